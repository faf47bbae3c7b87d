package org.helix.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.helix.diagram.expression.ExpressionException;
import org.helix.diagram.expression.Expressions;
import org.helix.model.ecosystem.EcosystemFactory;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.programme.ActionStatus;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammeFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExpressionTest {

	private Programme programme;

	@BeforeEach
	void createProgramme() {
		programme = ProgrammeFactory.eINSTANCE.createProgramme();
		programme.setName("Klimaatsprong");
		Organisation vlaio = EcosystemFactory.eINSTANCE.createOrganisation();
		vlaio.setName("VLAIO");
		programme.getActions().add(action("A1", "Warmtenetten", ActionStatus.DELAYED, vlaio, "12.5"));
		programme.getActions().add(action("A2", "CO2-infrastructuur", ActionStatus.ONGOING, null, null));
		programme.getActions().add(action("A3", "Waterstof", ActionStatus.DELAYED, vlaio, "3"));
	}

	private static PriorityAction action(String code, String name, ActionStatus status, Organisation lead, String budget) {
		PriorityAction action = ProgrammeFactory.eINSTANCE.createPriorityAction();
		action.setCode(code);
		action.setName(name);
		action.setStatus(status);
		action.setLead(lead);
		action.setBudgetPlanned(budget == null ? null : new BigDecimal(budget));
		return action;
	}

	private Object eval(String expression) {
		return Expressions.parse(expression).evaluate(programme);
	}

	@Test
	void navigatesFeaturesAndFlattensLists() {
		assertEquals("Klimaatsprong", eval("name"));
		assertEquals("Klimaatsprong", eval("self.name"));
		assertEquals(List.of("Warmtenetten", "CO2-infrastructuur", "Waterstof"), eval("actions.name"));
		// a missing lead is unknown, not an error; the list skips it
		assertEquals(List.of("VLAIO", "VLAIO"), eval("actions.lead.name"));
		assertNull(Expressions.parse("lead.name").evaluate(programme.getActions().get(1)));
	}

	@Test
	void filtersCountsAndCompares() {
		assertEquals(List.of(programme.getActions().get(0), programme.getActions().get(2)), eval("actions[status = 'DELAYED']"));
		assertEquals(2, eval("actions[status = 'DELAYED'].size()"));
		assertEquals(2, eval("count(actions[status = 'DELAYED'])"));
		assertEquals(1, eval("count(actions[budgetPlanned > 10])"));
		assertEquals(true, eval("actions.notEmpty() and not actions.isEmpty()"));
		assertEquals(true, eval("count(actions) >= 3 or false"));
		assertEquals(false, eval("name != 'Klimaatsprong'"));
		assertEquals("Warmtenetten", eval("actions.first().name"));
		assertEquals(true, eval("actions.first().isA('NamedElement')"));
		assertEquals("PriorityAction", eval("actions.first().type()"));
		assertTrue(Expressions.parse("status = 'DELAYED' and lead.name = 'VLAIO'").test(programme.getActions().get(0)));
		assertFalse(Expressions.parse("status = 'DELAYED'").test(programme.getActions().get(1)));
	}

	@Test
	void concatenatesLabels() {
		PriorityAction a1 = programme.getActions().get(0);
		// an enum value reads as EMF.Edit names it (plugin.properties: _UI_ActionStatus_DELAYED_literal), not DELAYED
		assertEquals("A1 Warmtenetten [Delayed]",
				Expressions.parse("code + ' ' + name + ' [' + status + ']'").evaluateString(a1));
		assertEquals("A2 lead: ", Expressions.parse("code + ' lead: ' + lead.name").evaluateString(programme.getActions().get(1)));
		assertEquals(new BigDecimal("15.5"), eval("actions.first().budgetPlanned + 3"));
		assertEquals("actions: 3", eval("\"actions: \" + count(actions)"));
	}

	/** The list methods added for tables: distinct(), orElse(x), trim(). */
	@Test
	void distinctOrElseAndTrim() {
		Object vlaio = programme.getActions().get(0).getLead();
		assertEquals(List.of(vlaio), eval("actions.lead.distinct()"), "VLAIO leads two actions: once, the missing lead left out");
		assertEquals(List.of(ActionStatus.DELAYED, ActionStatus.ONGOING), eval("actions.status.distinct()"));
		PriorityAction a2 = programme.getActions().get(1);
		assertEquals("no lead", Expressions.parse("lead.name.orElse('no lead')").evaluate(a2));
		assertEquals("VLAIO", Expressions.parse("lead.name.orElse('no lead')").evaluate(programme.getActions().get(0)));
		assertEquals("none", eval("actions[status = 'STOPPED'].orElse('none')"), "an empty list is missing too");
		a2.setCode(null);
		assertEquals("CO2-infrastructuur", Expressions.parse("(code + ' ' + name).trim()").evaluate(a2));
		assertEquals("A1 Warmtenetten", Expressions.parse("(code + ' ' + name).trim()").evaluate(programme.getActions().get(0)));
		ExpressionException arity = assertThrows(ExpressionException.class, () -> Expressions.parse("name.orElse()"));
		assertTrue(arity.getMessage().contains("orElse() takes 1 argument(s), got 0"), arity.getMessage());
	}

	@Test
	void reportsSyntaxErrorsWithTheirColumn() {
		ExpressionException e = assertThrows(ExpressionException.class, () -> Expressions.parse("actions[status = 'DELAYED'"));
		assertEquals("expected ']', found the end of the expression at column 27 in 'actions[status = 'DELAYED''", e.getMessage());
		assertEquals(26, e.position());

		e = assertThrows(ExpressionException.class, () -> Expressions.parse("name = = 'x'"));
		assertEquals("unexpected '=' at column 8 in 'name = = 'x''", e.getMessage());

		e = assertThrows(ExpressionException.class, () -> Expressions.parse("name ; drop"));
		assertEquals(5, e.position());
		assertEquals("unexpected character ';'", e.problem());

		e = assertThrows(ExpressionException.class, () -> Expressions.parse("'open"));
		assertEquals("unterminated string", e.problem());

		e = assertThrows(ExpressionException.class, () -> Expressions.parse("actions.delete()"));
		assertEquals(8, e.position());
		assertTrue(e.problem().startsWith("unknown method 'delete()'"), e.problem());

		e = assertThrows(ExpressionException.class, () -> Expressions.parse("System.exit(0)"));
		assertTrue(e.problem().startsWith("unknown method 'exit()'"), e.problem());

		e = assertThrows(ExpressionException.class, () -> Expressions.parse("   "));
		assertEquals("empty expression", e.problem());
	}

	@Test
	void reportsUnknownFeaturesWithTheEClass() {
		ExpressionException e = assertThrows(ExpressionException.class, () -> eval("actions.statuz"));
		assertEquals("unknown feature 'statuz' on PriorityAction", e.problem());
		assertEquals(8, e.position());
		assertEquals("unknown feature 'statuz' on PriorityAction at column 9 in 'actions.statuz'", e.getMessage());

		e = assertThrows(ExpressionException.class, () -> eval("actions[owner = 'x']"));
		assertEquals("unknown feature 'owner' on PriorityAction", e.problem());
		assertEquals(8, e.position());
	}

	@Test
	void reportsTypeErrors() {
		ExpressionException e = assertThrows(ExpressionException.class, () -> eval("name and true"));
		assertEquals("expected a boolean, got string 'Klimaatsprong'", e.problem());
		e = assertThrows(ExpressionException.class, () -> eval("actions[name]"));
		assertTrue(e.problem().startsWith("a filter needs a boolean condition"), e.problem());
		e = assertThrows(ExpressionException.class, () -> eval("name > 3"));
		assertEquals("cannot compare string 'Klimaatsprong' with Long 3", e.problem());
		assertThrows(ExpressionException.class, () -> Expressions.parse("name").test(programme));
	}
}
