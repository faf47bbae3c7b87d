package org.helix.examples;

import static org.helix.examples.ExampleSupport.cite;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.helix.model.core.CoreFactory;
import org.helix.model.core.DatePrecision;
import org.helix.model.core.GovernanceLevel;
import org.helix.model.core.HelixKind;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Milestone;
import org.helix.model.ecosystem.EcosystemFactory;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.OrganisationKind;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.GovernanceFactory;
import org.helix.model.governance.ReportingKind;
import org.helix.model.governance.ReportingLine;
import org.helix.model.governance.MeetingCadence;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.GovernmentMandate;
import org.helix.model.programme.Objective;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammeFactory;
import org.helix.model.programme.Theme;

/**
 * Shared state of the Klimaatsprong example while it is being built: the model, the programme and look-up tables by
 * name, so the area builders can refer to each other's elements. Package-private on purpose.
 */
final class KsContext {

	static final String NOTE = "001";
	static final String SERV = "000";

	static final CoreFactory CORE = CoreFactory.eINSTANCE;
	static final EcosystemFactory ECO = EcosystemFactory.eINSTANCE;
	static final GovernanceFactory GOV = GovernanceFactory.eINSTANCE;
	static final ProgrammeFactory PROG = ProgrammeFactory.eINSTANCE;

	final HelixModel model;
	Programme programme;
	Programme predecessor;

	final Map<String, Organisation> orgs = new LinkedHashMap<>();
	final Map<String, GovernanceBody> bodies = new LinkedHashMap<>();
	final Map<String, Objective> objectives = new LinkedHashMap<>();
	final Map<String, Dimension> dimensions = new LinkedHashMap<>();
	final Map<String, Theme> themes = new LinkedHashMap<>();
	/** Priority actions by a short internal key (not stored in the model; the seed gives no codes). */
	final Map<String, PriorityAction> actions = new LinkedHashMap<>();
	final Map<String, GovernmentMandate> mandates = new LinkedHashMap<>();

	KsContext(HelixModel model) {
		this.model = model;
	}

	/** Creates (or returns the existing) organisation, cited at the given 001 lines. */
	Organisation org(String key, String name, String abbreviation, OrganisationKind kind, HelixKind helix,
			GovernanceLevel level, int from, int to) {
		Organisation existing = orgs.get(key);
		if (existing != null) {
			return existing;
		}
		Organisation o = ECO.createOrganisation();
		o.setName(name);
		o.setAbbreviation(abbreviation);
		o.setKind(kind);
		o.setHelix(helix);
		o.setLevel(level);
		cite(o, NOTE, from, to);
		model.getActors().add(o);
		orgs.put(key, o);
		return o;
	}

	Organisation org(String key) {
		Organisation o = orgs.get(key);
		if (o == null) {
			throw new IllegalStateException("unknown organisation " + key);
		}
		return o;
	}

	GovernanceBody body(String key) {
		GovernanceBody b = bodies.get(key);
		if (b == null) {
			throw new IllegalStateException("unknown body " + key);
		}
		return b;
	}

	PriorityAction action(String key) {
		PriorityAction a = actions.get(key);
		if (a == null) {
			throw new IllegalStateException("unknown action " + key);
		}
		return a;
	}

	GovernmentMandate mandate(String key) {
		GovernmentMandate m = mandates.get(key);
		if (m == null) {
			throw new IllegalStateException("unknown mandate " + key);
		}
		return m;
	}

	static ReportingLine report(GovernanceBody from, GovernanceBody to, ReportingKind kind, MeetingCadence frequency,
			String text, int fromLine, int toLine) {
		ReportingLine line = GOV.createReportingLine();
		line.setTarget(to);
		line.setKind(kind);
		line.setFrequency(frequency);
		line.setText(text);
		cite(line, NOTE, fromLine, toLine);
		from.getReportingLines().add(line);
		return line;
	}

	static Milestone milestone(String name, LocalDate date, DatePrecision precision, String dateText, String doc, int from,
			int to) {
		Milestone m = CORE.createMilestone();
		m.setName(name);
		m.setDate(date);
		m.setPrecision(precision);
		m.setDateText(dateText);
		return cite(m, doc, from, to);
	}

	static LocalDate date(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

	static BigDecimal dec(String value) {
		return new BigDecimal(value);
	}
}
