package org.helix.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.edit.command.AddCommand;
import org.helix.diagram.expression.Expressions;
import org.helix.diagram.functions.FunctionRegistry;
import org.helix.diagram.viewpoints.MetricFunction;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.GovernanceFactory;
import org.helix.model.governance.GovernancePackage;
import org.helix.model.governance.Membership;
import org.helix.network.ModelNetworkMetrics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network metrics reach diagram expressions through org.helix.diagram.functions (contributed by the viewpoints
 * bundle, not by org.helix.network), on the Klimaatsprong example, and follow edits of the model.
 */
class MetricFunctionTest {

	@TempDir
	Path folder;

	private DiagramFixture fixture;

	@BeforeEach
	void open() throws Exception {
		fixture = new DiagramFixture(folder);
	}

	private Organisation organisation(String name) {
		return fixture.model.getActors().stream().filter(a -> a instanceof Organisation && name.equals(a.getName())).map(Organisation.class::cast)
				.findFirst().orElseThrow();
	}

	@Test
	void metricsAreAvailableToExpressionsAndFollowEdits() {
		FunctionRegistry registry = FunctionRegistry.getDefault();
		assertTrue(registry.problems().isEmpty(), registry.problems().toString());
		assertInstanceOf(MetricFunction.class, registry.function(MetricFunction.ID));

		Organisation agoria = organisation("Agoria");
		Organisation essenscia = organisation("essenscia");
		// Agoria's only ties: the Vlaams Industrieforum with the Vlaamse Regering, essenscia, Fedustria and Fevia
		assertEquals(4, ((Number) Expressions.parse("java('org.helix.analysis.metric', 'degree')").evaluate(agoria)).intValue());
		assertTrue(Expressions.parse("java('org.helix.analysis.metric', 'betweenness') > 0").test(essenscia));
		assertEquals(ModelNetworkMetrics.node(essenscia).community(),
				((Number) Expressions.parse("java('org.helix.analysis.metric', 'community')").evaluate(essenscia)).intValue());
		GovernanceBody forum = fixture.model.getGovernanceBodies().stream().filter(b -> "Vlaams Industrieforum".equals(b.getName())).findFirst()
				.orElseThrow();
		assertNull(Expressions.parse("java('org.helix.analysis.metric', 'degree')").evaluate(forum), "a body is no node");
		assertThrows(RuntimeException.class, () -> Expressions.parse("java('org.helix.analysis.metric', 'fame')").evaluate(agoria));

		// a new member of the forum: the cached metrics are dropped and Agoria gains a neighbour
		Organisation vito = organisation("Vlaamse Instelling voor Technologisch Onderzoek");
		Membership membership = GovernanceFactory.eINSTANCE.createMembership();
		membership.setOrganisation(vito);
		fixture.domain.getCommandStack().execute(AddCommand.create(fixture.domain, forum, GovernancePackage.Literals.GOVERNANCE_BODY__MEMBERSHIPS, membership));
		assertEquals(5, ((Number) Expressions.parse("java('org.helix.analysis.metric', 'degree')").evaluate(agoria)).intValue());
	}
}
