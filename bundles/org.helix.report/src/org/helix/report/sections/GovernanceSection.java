package org.helix.report.sections;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.helix.analysis.results.Finding;
import org.helix.model.core.HelixKind;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.Meeting;
import org.helix.model.governance.Membership;
import org.helix.report.Html;
import org.helix.report.ReportContext;
import org.helix.report.ReportPage;
import org.helix.report.ReportSection;

/**
 * Governance health per body: meetings held in the year up to the as-of date against its cadence (meeting-cadence
 * analysis), members by helix (helix-balance analysis), and a page per body with its memberships, meetings and findings.
 */
public class GovernanceSection implements ReportSection {

	private static final List<HelixKind> HELICES = List.of(HelixKind.GOVERNMENT, HelixKind.INDUSTRY, HelixKind.KNOWLEDGE, HelixKind.CIVIL_SOCIETY,
			HelixKind.UNSPECIFIED);

	@Override
	public void write(ReportContext context, Html html) {
		if (context.bodies().isEmpty()) {
			html.note("The model has no governance bodies.");
			return;
		}
		html.note("Meetings are counted over the 365 days up to the as-of date (or since the body was established) against the body's own cadence; "
				+ "members are counted per helix, each organisation or person once, current at the as-of date.");
		List<List<String>> rows = new ArrayList<>();
		for (GovernanceBody body : context.bodies()) {
			Finding cadence = context.finding(ReportContext.MEETING_CADENCE, body, "body.meetsTooRarely", "body.cadenceKept");
			Finding balance = context.finding(ReportContext.HELIX_BALANCE, body, "body.helixBalance");
			List<String> row = new ArrayList<>();
			row.add(context.linkTo(body));
			row.add(Html.esc(cadenceRule(body)));
			row.add(cadence == null ? "<span class=\"note\">no rule to measure against</span>"
					: Html.esc(ReportContext.number(ReportContext.number(cadence, "meetings")) + " held, about "
							+ ReportContext.number(cadence, "expected").setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + " expected")
							+ (cadence.getCode().equals("body.meetsTooRarely") ? " <span class=\"rag rag-amber\">TOO RARELY</span>" : ""));
			for (HelixKind helix : HELICES) {
				BigDecimal count = ReportContext.number(balance, helix.getLiteral());
				row.add(balance == null ? "" : count == null ? "0" : ReportContext.number(count));
			}
			rows.add(row);
		}
		html.table(List.of("Body", "Cadence", "Meetings (last year)", "Government", "Industry", "Knowledge", "Civil society", "Helix unknown"), rows,
				"governance");
		List<Finding> warnings = new ArrayList<>();
		for (GovernanceBody body : context.bodies()) {
			context.findingsAbout(body).stream().filter(f -> f.getSeverity().getValue() >= org.helix.analysis.results.Severity.WARNING_VALUE)
					.forEach(warnings::add);
		}
		html.element("h3", "Points of attention (" + warnings.size() + ")");
		if (warnings.isEmpty()) {
			html.note("None.");
		} else {
			List<List<String>> attention = new ArrayList<>();
			for (Finding finding : warnings) {
				attention.add(List.of(context.linkTo(finding.getTargets().get(0)), Html.esc(finding.getMessage())));
			}
			html.table(List.of("Body", "Finding"), attention, "governance-warnings");
		}
	}

	static String cadenceRule(GovernanceBody body) {
		if (body.getMeetingsPerYear() != null) {
			return body.getMeetingsPerYear() + " meetings a year";
		}
		if (body.getMeetingCadence() != null && !"UNSPECIFIED".equals(body.getMeetingCadence().getName())) {
			return Facts.words(body.getMeetingCadence().getName()) + (body.getCadenceText() == null ? "" : " (" + body.getCadenceText() + ")");
		}
		return body.getCadenceText() == null ? "not set" : body.getCadenceText();
	}

	@Override
	public List<ReportPage> pages(ReportContext context) {
		List<ReportPage> pages = new ArrayList<>();
		for (GovernanceBody body : context.bodies()) {
			pages.add(new ReportPage(context.page(body), ReportContext.label(body), "Governance bodies", page(context, body)));
		}
		return pages;
	}

	private static String page(ReportContext context, GovernanceBody body) {
		Html html = new Html();
		html.open("p").text(body.getMandate() != null ? body.getMandate() : body.getDescription()).raw(context.cite(body)).close("p");
		List<List<String>> facts = new ArrayList<>();
		facts.add(List.of("Kind", Html.esc(body.getKind() == null ? "" : Facts.words(body.getKind().getName()))));
		facts.add(List.of("Status", Html.esc(body.getStatus() == null ? "" : Facts.words(body.getStatus().getName()))));
		facts.add(List.of("Cadence", Html.esc(cadenceRule(body))));
		facts.add(List.of("Chair", Html.esc(body.getChair() == null ? "" : ReportContext.label(body.getChair()))));
		facts.add(List.of("Established", Html.esc(body.getEstablished() == null ? "unknown" : body.getEstablished().toString())));
		html.table(List.of("Field", "Value"), facts, "fiche");
		html.element("h3", "Memberships (" + body.getMemberships().size() + ")");
		List<List<String>> rows = new ArrayList<>();
		for (Membership m : body.getMemberships()) {
			String who = m.getOrganisation() != null ? ReportContext.label(m.getOrganisation()) : m.getPerson() != null ? ReportContext.label(m.getPerson()) : "";
			if (m.getPerson() != null && m.getOrganisation() != null) {
				who = ReportContext.label(m.getPerson()) + " (" + ReportContext.label(m.getOrganisation()) + ")";
			}
			rows.add(List.of(Html.esc(who) + context.cite(m), Html.esc(m.getRole() == null ? "" : Facts.words(m.getRole().getName())),
					Html.esc(m.getHelix() == null ? "" : Facts.words(m.getHelix().getName())),
					Html.esc((m.getSince() == null ? "" : "since " + m.getSince()) + (m.getUntil() == null ? "" : " until " + m.getUntil()))));
		}
		if (rows.isEmpty()) {
			html.note("No memberships recorded.");
		} else {
			html.table(List.of("Member", "Role", "Helix (own)", "Period"), rows, "memberships");
		}
		html.element("h3", "Meetings (" + body.getMeetings().size() + ")");
		rows = new ArrayList<>();
		List<Meeting> meetings = new ArrayList<>(body.getMeetings());
		meetings.sort(Comparator.comparing(m -> m.getDate() == null ? java.time.LocalDate.MIN : m.getDate()));
		for (Meeting m : meetings) {
			rows.add(List.of(Html.esc(m.getDate() == null ? "no date" : m.getDate().toString()), Html.esc(m.getKind() == null ? "" : Facts.words(m.getKind().getName())),
					Html.esc(m.getTitle())));
		}
		if (rows.isEmpty()) {
			html.note("No meetings recorded.");
		} else {
			html.table(List.of("Date", "Kind", "Title"), rows, "meetings");
		}
		html.element("h3", "Findings of the analyses");
		rows = new ArrayList<>();
		for (Finding finding : context.findingsAbout(body)) {
			rows.add(List.of(Html.esc(finding.getSeverity().getName()), Html.esc(finding.getCode()), Html.esc(finding.getMessage())));
		}
		if (rows.isEmpty()) {
			html.note("No findings about this body.");
		} else {
			html.table(List.of("Severity", "Code", "Finding"), rows, "findings");
		}
		return html.toString();
	}
}
