package org.helix.analysis.ui.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.helix.analysis.AnalysisRunner;
import org.helix.analysis.results.AnalysisRun;
import org.helix.analysis.results.AnalyzerResult;
import org.helix.analysis.results.Finding;
import org.helix.analysis.results.FindingValue;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Indicator;
import org.helix.model.core.Measurement;
import org.helix.model.core.Target;
import org.helix.model.core.TargetKind;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.analysis.Analyzer;
import org.helix.analysis.AnalyzerRegistry;
import org.helix.analysis.ModelSnapshot;
import org.helix.analysis.status.Rag;

/**
 * What the programme dashboard shows, computed by running the monitoring analyzers (action status, budget variance,
 * deadlines, KPI status) and reading their findings, so the charts say what the analyses say; nothing is
 * self-reported. The analyzers are found by id among those contributed to {@code org.helix.analysis.analyzers}: this
 * bundle does not depend on monitoring, and without it the charts are empty. {@link #compute} runs in a Job on a
 * snapshot of the model; {@link #mappedTo} moves the result onto the live elements, on the UI thread. Unknown budgets stay unknown: a bar holds the sum of the known amounts, and how many are unknown is
 * counted next to it, never added as 0.
 */
public record DashboardData(Programme programme, LocalDate asOf, List<RagBar> rag, List<BudgetBar> budget,
		List<DeadlineMonth> deadlines, List<Indicator> kpis, Map<Indicator, String> kpiRag) {

	/** The label of the bar for actions without a dimension. */
	public static final String NO_DIMENSION = "(no dimension)";
	/** Deadlines of the dashboard: everything not done, so "due soon" covers all of the future. */
	static final String ALL_FUTURE_DAYS = "36500";
	/** The monitoring analyzers the charts read, by their public ids (docs/analysis.md). */
	public static final String ACTION_STATUS = "org.helix.monitoring.actionStatus", BUDGET_VARIANCE = "org.helix.monitoring.budgetVariance",
			DEADLINES = "org.helix.monitoring.deadlines", KPI_STATUS = "org.helix.monitoring.kpiStatus";
	private static volatile List<Analyzer> analyzers;

	/** Actions of a dimension by their RAG; {@code noData} counts the actions the analyzer could not rate. */
	public record RagBar(String dimension, int green, int amber, int red, int noData) {
	}

	/**
	 * Planned, committed and spent of a dimension's actions: the sum of the known amounts, and how many actions had
	 * the amount unknown (index 0 planned, 1 committed, 2 spent).
	 */
	public record BudgetBar(String dimension, int actions, BigDecimal[] known, int[] unknown) {
		public boolean allUnknown(int i) {
			return unknown[i] == actions;
		}
	}

	/** Deliverables and milestones not done, by month of their due date: before the as-of date (overdue) or not. */
	public record DeadlineMonth(YearMonth month, int overdue, int upcoming) {
	}

	/** The programmes worth a dashboard: those with actions, else all. */
	public static List<Programme> programmes(HelixModel model) {
		List<Programme> withActions = model.getProgrammes().stream().filter(p -> !p.getActions().isEmpty()).toList();
		return withActions.isEmpty() ? List.copyOf(model.getProgrammes()) : withActions;
	}

	/** The programme shown first: the one running at {@code asOf}, else the latest one. */
	public static Programme defaultProgramme(HelixModel model, LocalDate asOf) {
		List<Programme> programmes = programmes(model);
		for (Programme p : programmes) {
			if (p.getStartYear() != null && p.getEndYear() != null && p.getStartYear() <= asOf.getYear() && asOf.getYear() <= p.getEndYear()) {
				return p;
			}
		}
		return programmes.isEmpty() ? null : programmes.get(programmes.size() - 1);
	}

	/**
	 * Runs the analyzers on {@code model} and reads the charts of {@code programme} (one of its programmes) from their
	 * findings. Call it in a Job with a snapshot ({@link ModelSnapshot}), never with a model the user can edit.
	 */
	public static DashboardData compute(HelixModel model, Programme programme, LocalDate asOf, IProgressMonitor monitor) {
		AnalysisRun run = new AnalysisRunner().asOf(asOf).monitor(monitor)
				.parameter(DEADLINES + ":dueWithinDays", ALL_FUTURE_DAYS).run(model, analyzers());
		return new DashboardData(programme, asOf, rag(run, programme), budget(run, programme), deadlines(run, programme, asOf),
				kpis(model, programme), kpiRag(run));
	}

	/** The contributed analyzers the dashboard reads; fewer (or none) when monitoring is not installed. */
	static List<Analyzer> analyzers() {
		List<Analyzer> found = analyzers;
		if (found == null) {
			AnalyzerRegistry registry = AnalyzerRegistry.fromExtensions(System.err);
			found = java.util.stream.Stream.of(ACTION_STATUS, BUDGET_VARIANCE, DEADLINES, KPI_STATUS).map(registry::get)
					.filter(java.util.Objects::nonNull).toList();
			analyzers = found;
		}
		return found;
	}

	/**
	 * The same data about the live model's elements: the programme and KPIs found by id (UI thread only). Everything
	 * else the charts show is text and numbers already.
	 */
	public DashboardData mappedTo(Map<String, EObject> liveById, ModelSnapshot snapshot) {
		Map<Indicator, String> liveRag = new HashMap<>();
		List<Indicator> liveKpis = new ArrayList<>();
		for (Indicator kpi : kpis) {
			if (live(kpi, liveById, snapshot) instanceof Indicator indicator) {
				liveKpis.add(indicator);
				if (kpiRag.containsKey(kpi)) {
					liveRag.put(indicator, kpiRag.get(kpi));
				}
			}
		}
		Programme liveProgramme = live(programme, liveById, snapshot) instanceof Programme p ? p : null;
		return new DashboardData(liveProgramme, asOf, rag, budget, deadlines, liveKpis, liveRag);
	}

	private static EObject live(EObject copy, Map<String, EObject> liveById, ModelSnapshot snapshot) {
		String id = copy instanceof org.helix.model.core.Identifiable identifiable ? identifiable.getId() : null;
		// an element without an id: the object it was copied from (still in the model unless it was deleted meanwhile)
		return id != null ? liveById.get(id) : snapshot.original(copy);
	}

	private static List<Finding> findings(AnalysisRun run, String analyzerId) {
		List<Finding> findings = new ArrayList<>();
		for (AnalyzerResult result : run.getResults()) {
			if (analyzerId.equals(result.getAnalyzerId())) {
				findings.addAll(result.getFindings());
			}
		}
		return findings;
	}

	private static List<RagBar> rag(AnalysisRun run, Programme programme) {
		Map<EObject, Rag> rated = new IdentityHashMap<>();
		for (Finding finding : findings(run, ACTION_STATUS)) {
			if ("action.rag".equals(finding.getCode()) && !finding.getTargets().isEmpty()) {
				rated.put(finding.getTargets().get(0), Rag.valueOf(text(finding, "rag")));
			}
		}
		Map<String, int[]> bars = new LinkedHashMap<>();
		programme.getDimensions().forEach(d -> bars.put(label(d), new int[4]));
		for (PriorityAction action : programme.getActions()) {
			Rag rag = rated.get(action);
			int slot = rag == null ? 3 : rag.ordinal();
			if (action.getDimensions().isEmpty()) {
				bars.computeIfAbsent(NO_DIMENSION, k -> new int[4])[slot]++;
			}
			for (Dimension dimension : action.getDimensions()) {
				bars.computeIfAbsent(label(dimension), k -> new int[4])[slot]++;
			}
		}
		List<RagBar> result = new ArrayList<>();
		bars.forEach((name, n) -> result.add(new RagBar(name, n[0], n[1], n[2], n[3])));
		return result;
	}

	private static List<BudgetBar> budget(AnalysisRun run, Programme programme) {
		Map<EObject, Finding> byDimension = new IdentityHashMap<>();
		for (Finding finding : findings(run, BUDGET_VARIANCE)) {
			if ("dimension.budget".equals(finding.getCode()) && !finding.getTargets().isEmpty()) {
				byDimension.put(finding.getTargets().get(0), finding);
			}
		}
		String[] names = { "planned", "committed", "spent" };
		List<BudgetBar> result = new ArrayList<>();
		for (Dimension dimension : programme.getDimensions()) {
			Finding finding = byDimension.get(dimension);
			if (finding == null) {
				continue; // no actions in this dimension
			}
			BigDecimal[] known = new BigDecimal[3];
			int[] unknown = new int[3];
			for (int i = 0; i < 3; i++) {
				known[i] = number(finding, names[i] + "Known");
				unknown[i] = number(finding, names[i] + "Unknown").intValue();
			}
			int actions = (int) programme.getActions().stream().filter(a -> a.getDimensions().contains(dimension)).count();
			result.add(new BudgetBar(label(dimension), actions, known, unknown));
		}
		return result;
	}

	private static List<DeadlineMonth> deadlines(AnalysisRun run, Programme programme, LocalDate asOf) {
		Set<EObject> ofProgramme = new LinkedHashSet<>(programme.getActions());
		TreeMap<YearMonth, int[]> months = new TreeMap<>();
		for (Finding finding : findings(run, DEADLINES)) {
			// targets: the deliverable or milestone, then its action
			if (finding.getTargets().size() < 2 || !ofProgramme.contains(finding.getTargets().get(1))) {
				continue;
			}
			LocalDate due = dueDate(finding.getTargets().get(0));
			if (due == null) {
				continue;
			}
			boolean overdue = finding.getCode().endsWith(".overdue");
			months.computeIfAbsent(YearMonth.from(due), m -> new int[2])[overdue ? 0 : 1]++;
		}
		List<DeadlineMonth> result = new ArrayList<>();
		months.forEach((month, n) -> result.add(new DeadlineMonth(month, n[0], n[1])));
		return result;
	}

	private static LocalDate dueDate(EObject element) {
		if (element instanceof org.helix.model.programme.Deliverable deliverable) {
			return deliverable.getDueDate();
		}
		if (element instanceof org.helix.model.core.Milestone milestone) {
			return milestone.getDate();
		}
		return null;
	}

	/** The programme's KPIs by the KPI status analyzer's rule: marked kpi, used as an action's KPI, or with a target. */
	static List<Indicator> kpis(HelixModel model, Programme programme) {
		Set<Indicator> kpis = new LinkedHashSet<>();
		for (PriorityAction action : programme.getActions()) {
			kpis.addAll(action.getKpis());
		}
		for (Indicator indicator : programme.getIndicators()) {
			if (Boolean.TRUE.equals(indicator.getKpi()) || !indicator.getTargets().isEmpty()) {
				kpis.add(indicator);
			}
		}
		return new ArrayList<>(kpis);
	}

	private static Map<Indicator, String> kpiRag(AnalysisRun run) {
		Map<Indicator, String> result = new HashMap<>();
		for (Finding finding : findings(run, KPI_STATUS)) {
			if (!finding.getTargets().isEmpty() && finding.getTargets().get(0) instanceof Indicator kpi) {
				if ("kpi.rag".equals(finding.getCode())) {
					result.merge(kpi, text(finding, "rag"), (a, b) -> a + ", " + b);
				} else if ("kpi.stale".equals(finding.getCode())) {
					result.merge(kpi, "stale", (a, b) -> a + ", " + b);
				}
			}
		}
		return result;
	}

	/**
	 * (time in years, value) of the KPI's actual measurements in time order, timed as the KPI status analyzer does: a
	 * dated measurement at its date, one with a year only at 1 January. Projections are left out.
	 */
	public static List<double[]> measured(Indicator kpi) {
		List<double[]> points = new ArrayList<>();
		for (Measurement m : kpi.getMeasurements()) {
			Double time = m.getDate() != null ? years(m.getDate())
					: m.getYear() != null ? Double.valueOf(m.getYear()) : null;
			if (time != null && m.getValue() != null && !Boolean.TRUE.equals(m.getProjection())) {
				points.add(new double[] { time, m.getValue().doubleValue() });
			}
		}
		points.sort(Comparator.comparingDouble(p -> p[0]));
		return points;
	}

	/**
	 * The trajectory the KPI status analyzer measures against: the baseline, then per target year the first target of
	 * that year that can be made a value (a PERCENT_CHANGE is relative to the baseline).
	 */
	public static List<double[]> trajectory(Indicator kpi) {
		List<double[]> points = new ArrayList<>();
		if (kpi.getBaselineValue() == null || kpi.getBaselineYear() == null) {
			return points;
		}
		points.add(new double[] { kpi.getBaselineYear(), kpi.getBaselineValue().doubleValue() });
		TreeMap<Integer, Double> targets = new TreeMap<>();
		for (Target target : kpi.getTargets()) {
			Double value = absolute(kpi, target);
			if (target.getYear() != null && value != null) {
				targets.putIfAbsent(target.getYear(), value);
			}
		}
		targets.forEach((year, value) -> points.add(new double[] { year, value }));
		return points;
	}

	/** As KpiStatusAnalyzer: a target in the indicator's unit, null when it cannot be made one. */
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

	static double years(LocalDate date) {
		return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
	}

	static String label(Dimension dimension) {
		return dimension.getName() != null ? dimension.getName() : dimension.getId();
	}

	private static String text(Finding finding, String key) {
		for (FindingValue value : finding.getValues()) {
			if (key.equals(value.getKey())) {
				return value.getText();
			}
		}
		return null;
	}

	private static BigDecimal number(Finding finding, String key) {
		for (FindingValue value : finding.getValues()) {
			if (key.equals(value.getKey()) && value.getNumber() != null) {
				return value.getNumber();
			}
		}
		return BigDecimal.ZERO;
	}
}
