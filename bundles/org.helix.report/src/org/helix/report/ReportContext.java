package org.helix.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.helix.analysis.results.AnalysisRun;
import org.helix.analysis.results.AnalyzerResult;
import org.helix.analysis.results.Finding;
import org.helix.analysis.results.FindingValue;
import org.helix.model.core.HelixElement;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Identifiable;
import org.helix.model.core.NamedElement;
import org.helix.model.core.SourceCitation;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.programme.PlanBaseline;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;

/**
 * What a section works with: the programme of a private snapshot of the model, the as-of date, the plan baseline
 * compared with, and the analysis run of every contributed analyzer as of that date (so the report says what the
 * analyses say). Also the links between the pages and the numbered source citations. One context serves one report,
 * on one thread.
 */
public final class ReportContext {

	/** Ids of the analyzers the built-in sections read (docs/analysis.md). */
	public static final String ACTION_STATUS = "org.helix.monitoring.actionStatus", KPI_STATUS = "org.helix.monitoring.kpiStatus",
			BUDGET_VARIANCE = "org.helix.monitoring.budgetVariance", DEADLINES = "org.helix.monitoring.deadlines",
			BASELINE_DIFF = "org.helix.monitoring.baselineDiff", MEETING_CADENCE = "org.helix.governance.meetingCadence",
			HELIX_BALANCE = "org.helix.governance.helixBalance", TRACEABILITY = "org.helix.governance.traceability",
			INPUTS_ANSWERED = "org.helix.governance.inputsAnswered";

	/** Deliverables and milestones due within this many days of the as-of date are listed as due. */
	public static final int DUE_WITHIN_DAYS = 90;

	/** A source cited in the report: its number and the citation. */
	public record Citation(int number, SourceCitation citation) {
	}

	private final HelixModel model;
	private final Programme programme;
	private final LocalDate asOf;
	private final PlanBaseline baseline;
	private final AnalysisRun run;
	private final Map<String, List<Finding>> byAnalyzer = new HashMap<>();
	private final Map<EObject, List<Finding>> byTarget = new IdentityHashMap<>();
	private final Map<EObject, String> pages = new IdentityHashMap<>();
	private final Map<String, Citation> citations = new LinkedHashMap<>();

	public ReportContext(HelixModel model, Programme programme, LocalDate asOf, PlanBaseline baseline, AnalysisRun run) {
		this.model = model;
		this.programme = programme;
		this.asOf = asOf;
		this.baseline = baseline;
		this.run = run;
		for (AnalyzerResult result : run.getResults()) {
			byAnalyzer.computeIfAbsent(result.getAnalyzerId(), k -> new ArrayList<>()).addAll(result.getFindings());
			for (Finding finding : result.getFindings()) {
				if (!finding.getTargets().isEmpty()) {
					byTarget.computeIfAbsent(finding.getTargets().get(0), k -> new ArrayList<>()).add(finding);
				}
			}
		}
		Set<String> used = new HashSet<>();
		for (PriorityAction action : programme.getActions()) {
			pages.put(action, fileName("action-", action, used));
		}
		for (GovernanceBody body : bodies()) {
			pages.put(body, fileName("body-", body, used));
		}
	}

	private static String fileName(String prefix, Identifiable element, Set<String> used) {
		String id = element.getId() == null ? "x" : element.getId().replaceAll("[^A-Za-z0-9_-]", "_");
		String name = prefix + id;
		for (int i = 2; !used.add(name); i++) {
			name = prefix + id + "-" + i;
		}
		return name + ".html";
	}

	public HelixModel model() {
		return model;
	}

	public Programme programme() {
		return programme;
	}

	public LocalDate asOf() {
		return asOf;
	}

	/** The plan baseline the changes are measured against; null when the programme has none. */
	public PlanBaseline baseline() {
		return baseline;
	}

	public AnalysisRun run() {
		return run;
	}

	/** The governance bodies of the programme (those it names, else all of the model). */
	public List<GovernanceBody> bodies() {
		return programme.getBodies().isEmpty() ? model.getGovernanceBodies() : programme.getBodies();
	}

	/** Every finding of one analyzer; empty when it is not installed. */
	public List<Finding> findings(String analyzerId) {
		return byAnalyzer.getOrDefault(analyzerId, List.of());
	}

	public List<Finding> findings(String analyzerId, String code) {
		return findings(analyzerId).stream().filter(f -> code.equals(f.getCode())).toList();
	}

	/** The findings whose first target is {@code element}, of every analyzer. */
	public List<Finding> findingsAbout(EObject element) {
		return byTarget.getOrDefault(element, List.of());
	}

	/** The first finding of {@code analyzerId} with one of the {@code codes} about {@code element}, or null. */
	public Finding finding(String analyzerId, EObject element, String... codes) {
		for (Finding finding : findingsAbout(element)) {
			AnalyzerResult result = (AnalyzerResult) finding.eContainer();
			if (result != null && analyzerId.equals(result.getAnalyzerId()) && List.of(codes).contains(finding.getCode())) {
				return finding;
			}
		}
		return null;
	}

	/** True when the analyzer ran (its bundle is installed). */
	public boolean ran(String analyzerId) {
		return byAnalyzer.containsKey(analyzerId);
	}

	/** A number of a finding; null when it is absent or recorded as unknown. */
	public static BigDecimal number(Finding finding, String key) {
		if (finding != null) {
			for (FindingValue value : finding.getValues()) {
				if (key.equals(value.getKey())) {
					return value.getNumber();
				}
			}
		}
		return null;
	}

	public static String text(Finding finding, String key) {
		if (finding != null) {
			for (FindingValue value : finding.getValues()) {
				if (key.equals(value.getKey())) {
					return value.getText();
				}
			}
		}
		return null;
	}

	/** The page of an action or body of the report (a file name beside index.html), or null when it has none. */
	public String page(EObject element) {
		return pages.get(element);
	}

	/** A link to the element's page, or its escaped name when it has none. */
	public String linkTo(EObject element) {
		String page = page(element);
		String label = Html.esc(label(element));
		return page == null ? label : "<a href=\"" + page + "\">" + label + "</a>";
	}

	/** The element's name, else its id. */
	public static String label(EObject element) {
		if (element instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
			return named.getName();
		}
		if (element instanceof Identifiable identifiable && identifiable.getId() != null) {
			return identifiable.getId();
		}
		return element == null ? "" : element.eClass().getName();
	}

	/**
	 * Cites the element's sources: numbers them (the same source line range keeps its number) and returns the markup of
	 * the reference, e.g. {@code [3, 4]} linking to the sources list; empty when the element cites nothing.
	 */
	public String cite(HelixElement element) {
		if (element == null || element.getCitations().isEmpty()) {
			return "";
		}
		StringBuilder markup = new StringBuilder("<sup class=\"cite\">[");
		Set<Integer> numbers = new HashSet<>();
		for (SourceCitation citation : element.getCitations()) {
			String key = citation.getDocumentId() + "|" + citation.getDocumentTitle() + "|" + citation.getFromLine() + "|" + citation.getToLine();
			Citation numbered = citations.computeIfAbsent(key, k -> new Citation(citations.size() + 1, citation));
			if (numbers.add(numbered.number())) {
				markup.append(numbers.size() == 1 ? "" : ", ").append("<a href=\"index.html#source-").append(numbered.number()).append("\">")
						.append(numbered.number()).append("</a>");
			}
		}
		return markup.append("]</sup>").toString();
	}

	/** The sources cited so far, in the order of their numbers. */
	public List<Citation> citations() {
		return Collections.unmodifiableList(new ArrayList<>(citations.values()));
	}

	/** An amount in euro, or "unknown": an unknown amount is never shown as 0. */
	public static String money(BigDecimal amount) {
		return amount == null ? "unknown" : "EUR " + String.format(Locale.ROOT, "%,.0f", amount.setScale(0, RoundingMode.HALF_UP));
	}

	/** A number without needless decimals (at most three). */
	public static String number(BigDecimal value) {
		return value == null ? "unknown" : value.setScale(Math.min(Math.max(value.scale(), 0), 3), RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	/** The markup of a RAG badge: the colour and the word, so it reads in black and white too; null is "no data". */
	public static String ragBadge(String rag) {
		String word = rag == null ? "NO DATA" : rag;
		String css = rag == null ? "none" : rag.toLowerCase(Locale.ROOT);
		return "<span class=\"rag rag-" + Html.esc(css) + "\">" + Html.esc(word) + "</span>";
	}

	/** A percentage of a fraction, e.g. 0.5 gives "50 %". */
	public static String percent(BigDecimal fraction) {
		return fraction == null ? "unknown" : fraction.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).toPlainString() + " %";
	}
}
