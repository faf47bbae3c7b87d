package org.helix.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.helix.analysis.AnalysisContext;
import org.helix.analysis.Analyzer;
import org.helix.analysis.ParameterSpec;
import org.helix.analysis.ParameterType;
import org.helix.analysis.results.Severity;
import org.helix.model.core.CorePackage;
import org.helix.model.core.Indicator;
import org.helix.model.core.Measurement;
import org.helix.model.core.Target;
import org.helix.model.core.TargetKind;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;

/**
 * KPI status: the latest actual value against the straight trajectory from the baseline (baselineValue in
 * baselineYear) to the next target (value in year); and stale KPIs, whose latest measurement is older than the
 * reporting cycle. A KPI is an indicator marked kpi, used as an action's KPI, or with a target.
 * <p>
 * Times are in years: a measurement with a date counts at that date (year plus the fraction of the year passed), one
 * with only a year at 1 January of that year, like the baseline and target years. A PERCENT_CHANGE target is
 * relative to the baseline value.
 */
public class KpiStatusAnalyzer implements Analyzer {

	public static final String ID = "org.helix.monitoring.kpiStatus";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String version() {
		return "1.0";
	}

	@Override
	public String label() {
		return "KPI status";
	}

	@Override
	public String category() {
		return "Monitoring";
	}

	@Override
	public List<EClass> appliesTo() {
		return List.of(CorePackage.Literals.INDICATOR);
	}

	@Override
	public List<ParameterSpec> parameters() {
		return List.of(new ParameterSpec("green", ParameterType.DECIMAL, "0.9", "GREEN when the change achieved is at least this share of the change expected"),
				new ParameterSpec("amber", ParameterType.DECIMAL, "0.7", "AMBER at least this share, else RED"),
				new ParameterSpec("reportingCycleDays", ParameterType.INTEGER, "365", "a KPI without a measurement in this many days before the as-of date is stale"));
	}

	@Override
	public void analyze(AnalysisContext context) {
		BigDecimal green = context.number("green");
		BigDecimal amber = context.number("amber");
		int cycle = context.integer("reportingCycleDays");
		for (Indicator kpi : kpis(context)) {
			if (context.isCancelled()) {
				return;
			}
			Measurement latest = kpi.getMeasurements().stream().filter(m -> !Boolean.TRUE.equals(m.getProjection()))
					.filter(m -> m.getValue() != null && time(m) != null).max(Comparator.comparingDouble(KpiStatusAnalyzer::time))
					.orElse(null);
			double asOf = years(context.asOf());
			if (latest == null) {
				context.report(Severity.WARNING, "kpi.stale", "KPI has no measurement", kpi);
			} else if (asOf - time(latest) > cycle / 365.25) {
				context.report(Severity.WARNING, "kpi.stale", String.format(Locale.ROOT,
						"KPI is stale: latest measurement %s, more than %d days before %s", when(latest), cycle, context.asOf()), kpi);
			}
			status(context, kpi, latest, green, amber);
		}
	}

	private static void status(AnalysisContext context, Indicator kpi, Measurement latest, BigDecimal green, BigDecimal amber) {
		if (latest == null || kpi.getBaselineValue() == null || kpi.getBaselineYear() == null) {
			return;
		}
		double now = time(latest);
		Target target = kpi.getTargets().stream().filter(t -> t.getYear() != null && absolute(kpi, t) != null)
				.filter(t -> t.getYear() >= now).min(Comparator.comparing(Target::getYear)).orElse(null);
		if (target == null) {
			return;
		}
		double baseline = kpi.getBaselineValue().doubleValue();
		double goal = absolute(kpi, target);
		double span = target.getYear() - kpi.getBaselineYear();
		double expected = span <= 0 ? goal : baseline + (goal - baseline) * (now - kpi.getBaselineYear()) / span;
		double actual = latest.getValue().doubleValue();
		double expectedChange = expected - baseline;
		// achieved change over expected change; the sign takes care of the direction (decrease or increase)
		double ratio = expectedChange == 0 ? 1 : (actual - baseline) / expectedChange;
		Rag rag = Rag.of(ratio, green, amber);
		context.report(rag.severity(), "kpi.rag", String.format(Locale.ROOT,
				"KPI is %s: %s %s in %s, trajectory from %s (%d) to %s (%d) expects %.2f (%.0f %% of the expected change achieved)",
				rag, plain(latest.getValue()), unit(kpi), when(latest), plain(kpi.getBaselineValue()), kpi.getBaselineYear(),
				plain(new BigDecimal(goal).round(new java.math.MathContext(6))), target.getYear(), expected, ratio * 100), kpi).text("rag", rag.name())
				.value("actual", actual).value("expected", expected).value("target", goal).value("ratio", ratio);
	}

	private static Set<Indicator> kpis(AnalysisContext context) {
		Set<Indicator> kpis = new LinkedHashSet<>();
		List<Indicator> all = new ArrayList<>(context.model().getIndicators());
		for (Programme programme : context.model().getProgrammes()) {
			all.addAll(programme.getIndicators());
			for (PriorityAction action : programme.getActions()) {
				kpis.addAll(action.getKpis());
			}
		}
		for (Indicator indicator : all) {
			if (Boolean.TRUE.equals(indicator.getKpi()) || !indicator.getTargets().isEmpty()) {
				kpis.add(indicator);
			}
		}
		return kpis;
	}

	/** The target as a value in the indicator's unit; null when it cannot be made one. */
	static Double absolute(Indicator kpi, Target target) {
		if (target.getValue() == null) {
			return null;
		}
		if (target.getKind() == TargetKind.PERCENT_CHANGE) {
			if (kpi.getBaselineValue() == null || (target.getBaseYear() != null && !target.getBaseYear().equals(kpi.getBaselineYear()))) {
				return null;
			}
			return kpi.getBaselineValue().doubleValue() * (1 + target.getValue().doubleValue() / 100);
		}
		return target.getValue().doubleValue();
	}

	static Double time(Measurement measurement) {
		if (measurement.getDate() != null) {
			return years(measurement.getDate());
		}
		return measurement.getYear() == null ? null : measurement.getYear().doubleValue();
	}

	static double years(LocalDate date) {
		return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
	}

	private static String when(Measurement measurement) {
		return measurement.getDate() != null ? measurement.getDate().toString() : String.valueOf(measurement.getYear());
	}

	private static String unit(Indicator kpi) {
		return kpi.getUnit() == null ? "" : kpi.getUnit();
	}

	/**
	 * A number as people write it: no trailing zeros, no exponent. Computed targets (a percentage of the baseline)
	 * are rounded to 6 significant digits first, so a message never reads "10.411999999999999".
	 */
	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
