package org.helix.report;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.helix.analysis.AnalysisRunner;
import org.helix.analysis.AnalyzerRegistry;
import org.helix.analysis.ModelSnapshot;
import org.helix.analysis.results.AnalysisRun;
import org.helix.model.core.HelixModel;
import org.helix.model.programme.PlanBaseline;
import org.helix.model.programme.Programme;

/**
 * Makes the progress report of a programme as of a date. It copies the model ({@link ModelSnapshot}) on the calling
 * thread and reads only the copy, runs every contributed analyzer on it through the analysis API as of that date,
 * and lets each contributed section write its part from the findings and the model.
 */
public final class ReportGenerator {

	private final ReportSections sections;
	private final AnalyzerRegistry analyzers;

	public ReportGenerator(ReportSections sections, AnalyzerRegistry analyzers) {
		this.sections = sections;
		this.analyzers = analyzers;
	}

	/** The generator with the contributed sections and analyzers; problems go to {@code err}. */
	public static ReportGenerator fromExtensions(PrintStream err) {
		return new ReportGenerator(ReportSections.fromExtensions(err), AnalyzerRegistry.fromExtensions(err));
	}

	public ReportSections sections() {
		return sections;
	}

	/**
	 * The report of {@code model}. Call it on the thread that owns the model (it takes the snapshot there), or hand it
	 * a snapshot; the rest may run in a Job.
	 *
	 * @throws ReportException when the model has no programme, or the programme, baseline or a section asked for does
	 *         not exist
	 */
	public Report generate(HelixModel model, ReportOptions options, IProgressMonitor monitor) throws ReportException {
		SubMonitor progress = SubMonitor.convert(monitor == null ? new NullProgressMonitor() : monitor, "Progress report", 100);
		List<ReportSections.Entry> chosen = chosenSections(options.sections());
		HelixModel snapshot = ModelSnapshot.of(model).model();
		progress.worked(5);
		Programme programme = programme(snapshot, options);
		PlanBaseline baseline = baseline(programme, options.baseline());
		AnalysisRunner runner = new AnalysisRunner().asOf(options.asOf()).monitor(progress.split(45))
				.parameter(ReportContext.DEADLINES + ":dueWithinDays", Integer.toString(ReportContext.DUE_WITHIN_DAYS));
		if (baseline != null) {
			runner.parameter(ReportContext.BASELINE_DIFF + ":baseline", baseline.getName());
		}
		AnalysisRun run = runner.run(snapshot, analyzers.all());
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		ReportContext context = new ReportContext(snapshot, programme, options.asOf(), baseline, run);
		SubMonitor writing = progress.split(50).setWorkRemaining(chosen.size() * 2);
		String[] bodies = new String[chosen.size()];
		List<List<ReportPage>> pages = new ArrayList<>();
		chosen.forEach(e -> pages.add(List.of()));
		for (int pass = 0; pass < 2; pass++) {
			for (int i = 0; i < chosen.size(); i++) {
				ReportSections.Entry entry = chosen.get(i);
				if (entry.section().writesLast() != (pass == 1)) {
					continue;
				}
				writing.subTask(entry.name());
				Html html = new Html();
				entry.section().write(context, html);
				bodies[i] = html.toString();
				pages.set(i, List.copyOf(entry.section().pages(context)));
				writing.worked(2);
				if (writing.isCanceled()) {
					throw new OperationCanceledException();
				}
			}
		}
		List<Report.Section> written = new ArrayList<>();
		List<ReportPage> allPages = new ArrayList<>();
		for (int i = 0; i < chosen.size(); i++) {
			written.add(new Report.Section(chosen.get(i).id(), chosen.get(i).name(), bodies[i]));
			allPages.addAll(pages.get(i));
		}
		String title = "Progress report: " + ReportContext.label(programme);
		return new Report(title, ReportContext.label(programme), options.asOf(), baseline == null ? null : baseline.getName(), written, allPages);
	}

	private List<ReportSections.Entry> chosenSections(List<String> ids) throws ReportException {
		if (ids == null) {
			return sections.all();
		}
		List<ReportSections.Entry> chosen = new ArrayList<>();
		for (ReportSections.Entry entry : sections.all()) {
			if (ids.contains(entry.id())) {
				chosen.add(entry);
			}
		}
		for (String id : ids) {
			if (sections.get(id) == null) {
				throw new ReportException("unknown report section '" + id + "'; known: "
						+ sections.all().stream().map(ReportSections.Entry::id).collect(Collectors.joining(", ")));
			}
		}
		return chosen;
	}

	/** The programmes worth a report: those with actions, else all. */
	public static List<Programme> programmes(HelixModel model) {
		List<Programme> withActions = model.getProgrammes().stream().filter(p -> !p.getActions().isEmpty()).toList();
		return withActions.isEmpty() ? List.copyOf(model.getProgrammes()) : withActions;
	}

	/** The programme asked for by id or name; else the one running at the as-of date; else the latest. */
	static Programme programme(HelixModel model, ReportOptions options) throws ReportException {
		if (model.getProgrammes().isEmpty()) {
			throw new ReportException("the model '" + ReportContext.label(model) + "' has no programme to report on");
		}
		if (options.programme() != null) {
			return model.getProgrammes().stream()
					.filter(p -> options.programme().equals(p.getId()) || options.programme().equals(p.getName())).findFirst()
					.orElseThrow(() -> new ReportException("the model has no programme '" + options.programme() + "'; its programmes: "
							+ model.getProgrammes().stream().map(ReportContext::label).collect(Collectors.joining(", "))));
		}
		List<Programme> candidates = programmes(model);
		LocalDate asOf = options.asOf();
		for (Programme p : candidates) {
			if (p.getStartYear() != null && p.getEndYear() != null && p.getStartYear() <= asOf.getYear() && asOf.getYear() <= p.getEndYear()) {
				return p;
			}
		}
		return candidates.get(candidates.size() - 1);
	}

	/**
	 * The baseline: a plan baseline of the programme (frozen in the model, {@code PlanBaseline}) by name; without a
	 * name the latest by date, or none when the programme has none.
	 */
	static PlanBaseline baseline(Programme programme, String name) throws ReportException {
		if (name == null || name.isBlank()) {
			return programme.getBaselines().stream().max(Comparator.comparing(b -> b.getDate() == null ? LocalDate.MIN : b.getDate())).orElse(null);
		}
		return programme.getBaselines().stream().filter(b -> name.equals(b.getName())).findFirst()
				.orElseThrow(() -> new ReportException("the programme '" + ReportContext.label(programme) + "' has no plan baseline named '" + name
						+ "'; " + (programme.getBaselines().isEmpty() ? "it has none (freeze one first)"
								: "its baselines: " + programme.getBaselines().stream().map(ReportContext::label).collect(Collectors.joining(", ")))));
	}
}
