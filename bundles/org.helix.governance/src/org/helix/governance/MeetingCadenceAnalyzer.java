package org.helix.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.ecore.EClass;
import org.helix.analysis.AnalysisContext;
import org.helix.analysis.ParameterSpec;
import org.helix.analysis.ParameterType;
import org.helix.analysis.results.Severity;
import org.helix.model.governance.BodyStatus;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.GovernancePackage;
import org.helix.model.governance.MeetingCadence;
import org.helix.model.governance.MeetingKind;

/**
 * Meeting cadence against each body's own rule, read from its data: meetingsPerYear when set, else meetingCadence
 * (SIX_WEEKLY: every 42 days; THREE_TIMES_A_YEAR: 3 a year; ...). Bodies whose cadence is REGULAR, AD_HOC,
 * CONTINUOUS or unspecified have no rule to check. Over the window (the last 365 days before the as-of date, or since
 * the body was established, whichever is shorter) it expects window / interval meetings; fewer than
 * {@code tolerance} times that is a WARNING, and so is a gap since the last meeting longer than 1.5 intervals.
 * Bodies with a yearly reflection moment in their data are checked for a REFLECTION_MOMENT meeting in the last year.
 */
public class MeetingCadenceAnalyzer extends GovernanceAnalyzer {

	@Override
	public String id() {
		return "org.helix.governance.meetingCadence";
	}

	/** 1.1: fewer than tolerance x expected (no rounding down); bodies not yet established are left out. */
	@Override
	public String version() {
		return "1.1";
	}

	@Override
	public String label() {
		return "Meeting cadence";
	}

	@Override
	public List<EClass> appliesTo() {
		return List.of(GovernancePackage.Literals.GOVERNANCE_BODY);
	}

	@Override
	public List<ParameterSpec> parameters() {
		return List.of(new ParameterSpec("tolerance", ParameterType.DECIMAL, "0.75", "share of the expected number of meetings below which a body meets too rarely"));
	}

	/** Days between meetings for a cadence; null when the cadence sets no checkable rhythm. */
	static Double intervalDays(MeetingCadence cadence) {
		return switch (cadence) {
		case WEEKLY -> 7.0;
		case MONTHLY -> 365.0 / 12;
		case SIX_WEEKLY -> 42.0;
		case QUARTERLY -> 365.0 / 4;
		case THREE_TIMES_AYEAR -> 365.0 / 3;
		case TWICE_AYEAR -> 365.0 / 2;
		case ANNUAL -> 365.0;
		case FIVE_YEARLY -> 5 * 365.0;
		default -> null;
		};
	}

	@Override
	public void analyze(AnalysisContext context) {
		BigDecimal tolerance = context.number("tolerance");
		LocalDate asOf = context.asOf();
		for (GovernanceBody body : context.model().getGovernanceBodies()) {
			if (context.isCancelled()) {
				return;
			}
			if (body.getStatus() == BodyStatus.DISSOLVED || body.getStatus() == BodyStatus.PLANNED || body.getStatus() == BodyStatus.NOT_STARTED) {
				continue;
			}
			// an if, not a ?: whose double branch would unbox a null interval
			Double interval = intervalDays(body.getMeetingCadence());
			if (body.getMeetingsPerYear() != null && body.getMeetingsPerYear() > 0) {
				interval = 365.0 / body.getMeetingsPerYear();
			}
			if (interval == null) {
				continue;
			}
			LocalDate from = asOf.minusDays(365);
			LocalDate established = body.getEstablished();
			if (established != null && established.isAfter(asOf)) {
				continue; // not established yet at the as-of date: there is no window to count meetings in
			}
			if (established != null && established.isAfter(from)) {
				from = established;
			}
			final LocalDate windowStart = from;
			List<LocalDate> dates = body.getMeetings().stream().map(m -> m.getDate()).filter(Objects::nonNull)
					.filter(d -> !d.isAfter(asOf)).sorted().toList();
			long inWindow = dates.stream().filter(d -> !d.isBefore(windowStart)).count();
			long windowDays = ChronoUnit.DAYS.between(windowStart, asOf);
			double expected = windowDays / interval;
			String rule = body.getMeetingsPerYear() != null ? body.getMeetingsPerYear() + " meetings a year" : words(body.getMeetingCadence().getLiteral());
			// fewer than tolerance x expected, as documented; rounding the bar down let an annual body that never met
			// pass (floor(0.75 x 1) = 0)
			if (inWindow < expected * tolerance.doubleValue()) {
				context.report(Severity.WARNING, "body.meetsTooRarely", String.format(Locale.ROOT,
						"Met %d times in the %d days up to %s; its cadence (%s) expects about %.1f", inWindow, windowDays, asOf, rule, expected), body)
						.value("meetings", inWindow).value("expected", expected);
			} else {
				context.report(Severity.INFO, "body.cadenceKept", String.format(Locale.ROOT,
						"Met %d times in the %d days up to %s; its cadence (%s) expects about %.1f", inWindow, windowDays, asOf, rule, expected), body)
						.value("meetings", inWindow).value("expected", expected);
			}
			LocalDate last = dates.isEmpty() ? null : dates.get(dates.size() - 1);
			if (last != null && ChronoUnit.DAYS.between(last, asOf) > 1.5 * interval) {
				context.report(Severity.WARNING, "body.longGap", "Last meeting on " + last + ", " + ChronoUnit.DAYS.between(last, asOf)
						+ " days before " + asOf + "; its cadence (" + rule + ") is about every " + Math.round(interval) + " days", body);
			}
			reflection(context, body, windowStart, asOf);
		}
	}

	/**
	 * A yearly reflection moment is expected of a body that has held one before, or whose tasks name one (the sounding
	 * board's "jaarlijks reflectiemoment", seed 001 L410); the metamodel has no structured field for it.
	 */
	private static void reflection(AnalysisContext context, GovernanceBody body, LocalDate from, LocalDate asOf) {
		boolean yearlyReflection = body.getMeetings().stream().anyMatch(m -> m.getKind() == MeetingKind.REFLECTION_MOMENT)
				|| body.getTasks().stream().filter(Objects::nonNull).map(task -> task.toLowerCase(Locale.ROOT))
						.anyMatch(task -> task.contains("reflectiemoment") || task.contains("reflection moment"));
		if (!yearlyReflection || ChronoUnit.DAYS.between(from, asOf) < 365) {
			return;
		}
		boolean held = body.getMeetings().stream().filter(m -> m.getKind() == MeetingKind.REFLECTION_MOMENT)
				.map(m -> m.getDate()).anyMatch(d -> d != null && !d.isBefore(from) && !d.isAfter(asOf));
		if (!held) {
			context.report(Severity.WARNING, "body.noReflection", "No reflection moment in the 365 days up to " + asOf, body);
		}
	}


	/** "TWICE_A_YEAR" as "twice a year": messages are for people, not enum names. */
	static String words(String literal) {
		return literal.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}
}
