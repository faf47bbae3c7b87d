package org.helix.analysis.ui.tests;

import static org.helix.analysis.ui.tests.AnalysisViewTest.processEvents;
import static org.helix.analysis.ui.tests.AnalysisViewTest.waitUntil;
import static org.helix.analysis.ui.tests.RagDecorationTest.copyOfKlimaatsprong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.helix.analysis.AnalysisRunner;
import org.helix.analysis.results.AnalysisRun;
import org.helix.analysis.results.AnalyzerResult;
import org.helix.analysis.results.Finding;
import org.helix.analysis.results.FindingValue;
import org.helix.analysis.status.ElementStatus;
import org.helix.analysis.status.StatusProviders;
import org.helix.analysis.ui.AnalysisView;
import org.helix.analysis.ui.dashboard.DashboardData;
import org.helix.analysis.ui.dashboard.DashboardView;
import org.helix.analysis.ui.decorators.RagDecorator;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Identifiable;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammeFactory;
import org.helix.model.programme.ProgrammePackage.Literals;
import org.helix.model.programme.RagStatus;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 2: no background thread reads a model the user can edit. The Klimaatsprong example is edited on the
 * UI thread through the editor's command stack (progress, plans, overrides, actions added and removed, undo, redo)
 * while the Analysis view, the programme dashboard and the RAG decorator compute in their jobs, over and over. No job
 * may fail and nothing may be logged as an error; every result a job produced must equal a fresh computation on the
 * snapshot it was given (so no job saw a half-made edit); and once the edits stop the decorations are those of the
 * live model.
 */
class SnapshotStressTest {

	private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
	/** How many results of each kind must have been checked against their snapshot. */
	private static final int RESULTS_PER_KIND = 5;
	private static final long STRESS_TIMEOUT_MS = 300_000;

	private final Queue<Job> finished = new ConcurrentLinkedQueue<>();
	private final int[] ragJobs = new int[1];
	private final Queue<String> errors = new ConcurrentLinkedQueue<>();
	private final JobChangeAdapter jobListener = new JobChangeAdapter() {
		@Override
		public void done(IJobChangeEvent event) {
			Job job = event.getJob();
			if (job instanceof AnalysisView.AnalysisJob || job instanceof DashboardView.RefreshJob || job instanceof RagDecorator.RagJob) {
				if (event.getResult().getSeverity() == IStatus.ERROR) {
					errors.add(job.getName() + " failed: " + event.getResult() + " " + event.getResult().getException());
				}
				finished.add(job);
			}
			if (job instanceof RagDecorator.RagJob) {
				ragJobs[0]++;
			}
		}
	};
	private final ILogListener logListener = (status, plugin) -> {
		if (status.getSeverity() == IStatus.ERROR) {
			errors.add("logged by " + plugin + ": " + status.getMessage() + " " + status.getException());
		}
	};

	@AfterEach
	void removeListeners() {
		Job.getJobManager().removeJobChangeListener(jobListener);
		Platform.removeLogListener(logListener);
	}

	@Test
	void editsOnTheUiThreadWhileAnalysesAndDecorationsRunGiveResultsEqualToTheirSnapshots() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		HelixModelEditor editor = (HelixModelEditor) IDE.openEditor(page, copyOfKlimaatsprong("helix-stress-tests"), HelixUI.EDITOR_ID);
		AnalysisView analysis = (AnalysisView) page.showView(AnalysisView.ID);
		DashboardView dashboard = (DashboardView) page.showView(DashboardView.ID);
		RagDecorator decorator = assertInstanceOf(RagDecorator.class,
				PlatformUI.getWorkbench().getDecoratorManager().getLightweightLabelDecorator(RagDecorator.ID), "enabled by default");
		page.activate(editor);
		processEvents();
		HelixModel model = editor.getModel();
		Programme programme = model.getProgrammes().stream().filter(p -> Integer.valueOf(2026).equals(p.getStartYear())).findFirst()
				.orElseThrow();
		editor.getViewer().expandToLevel(programme, 1);
		// every change of the live model must come from the UI thread (a job resolving a proxy or adding an adapter in
		// the live model would notify from its own thread)
		model.eResource().eAdapters().add(new EContentAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				if (Display.getCurrent() == null) {
					errors.add("the live model changed off the UI thread: " + notification + " on " + Thread.currentThread().getName());
				}
			}
		});
		Job.getJobManager().addJobChangeListener(jobListener);
		Platform.addLogListener(logListener);
		dashboard.setAsOf(AS_OF);

		EditingDomain domain = editor.getEditingDomain();
		CommandStack stack = domain.getCommandStack();
		List<PriorityAction> actions = List.copyOf(programme.getActions());
		int[] checked = new int[3]; // analysis, dashboard, decorator
		long deadline = System.currentTimeMillis() + STRESS_TIMEOUT_MS;
		Job analysisJob = null;
		int edit = 0;
		while (checked[0] < RESULTS_PER_KIND || checked[1] < RESULTS_PER_KIND || checked[2] < RESULTS_PER_KIND) {
			assertTrue(System.currentTimeMillis() < deadline, "within " + STRESS_TIMEOUT_MS / 1000 + " s, results checked "
					+ "(analysis, dashboard, decorations): " + Arrays.toString(checked) + "; decorator jobs done " + ragJobs[0]
					+ ", adapters on the model's resource " + model.eResource().eAdapters().stream().map(a -> a.getClass().getName()).toList()
					+ ", decoration of " + actions.get(0).getName() + ": " + decorator.rag(actions.get(0)));
			edit(domain, stack, programme, actions, edit++);
			if (analysisJob == null || analysisJob.getResult() != null) {
				analysisJob = analysis.runAnalysis(editor, analysis.checkedAnalyzers(), AS_OF);
			}
			// the next edit while a job is running, or once all are done
			pumpUntil("a running job or an idle workbench", () -> running(AnalysisView.JOB_FAMILY) || running(DashboardView.JOB_FAMILY)
					|| running(RagDecorator.JOB_FAMILY) || idle());
			for (Job job; (job = finished.poll()) != null;) {
				check(job, model, checked);
			}
			assertTrue(errors.isEmpty(), String.join("\n", errors));
			if (edit % 4 == 0) {
				// let a dashboard recomputation finish now and then: each edit cancels the one before
				pumpUntil("the dashboard's job", () -> !pending(DashboardView.JOB_FAMILY));
			}
		}

		// quiet again: the decorations show the live model as the provider rates it on the UI thread
		pumpUntil("the last jobs", SnapshotStressTest::idle);
		for (Job job; (job = finished.poll()) != null;) {
			check(job, model, checked);
		}
		assertTrue(errors.isEmpty(), String.join("\n", errors));
		waitUntil("decorations of the live model", () -> programme.getActions().stream().allMatch(action -> {
			ElementStatus status = StatusProviders.status(action, LocalDate.now());
			return status.rag() == decorator.rag(action);
		}));
		assertTrue(edit > 0 && checked[0] >= RESULTS_PER_KIND && checked[1] >= RESULTS_PER_KIND && checked[2] >= RESULTS_PER_KIND);
		page.closeEditor(editor, false);
	}

	/** One edit through the command stack: progress, plan, override, an action added or removed, undo or redo. */
	private static void edit(EditingDomain domain, CommandStack stack, Programme programme, List<PriorityAction> actions, int i) {
		PriorityAction action = actions.get(i % actions.size());
		LocalDate today = LocalDate.now();
		Command command = switch (i % 7) {
		case 0 -> SetCommand.create(domain, action, Literals.PRIORITY_ACTION__PERCENT_COMPLETE, (double) (i * 13 % 100));
		case 1 -> new CompoundCommand("Plan", List.of(
				SetCommand.create(domain, action, Literals.PRIORITY_ACTION__PLANNED_START, today.minusDays(10 + i)),
				SetCommand.create(domain, action, Literals.PRIORITY_ACTION__PLANNED_END, today.plusDays(100 + i))));
		case 2 -> new CompoundCommand("Override", List.of(
				SetCommand.create(domain, action, Literals.PRIORITY_ACTION__RAG_OVERRIDE, i % 2 == 0 ? RagStatus.GREEN : RagStatus.RED),
				SetCommand.create(domain, action, Literals.PRIORITY_ACTION__RAG_OVERRIDE_JUSTIFICATION, i % 3 == 0 ? null : "Stresstest " + i)));
		case 3 -> AddCommand.create(domain, programme, Literals.PROGRAMME__ACTIONS, newAction(i));
		case 4 -> {
			PriorityAction added = programme.getActions().stream().filter(a -> a.getId() != null && a.getId().startsWith("stress-"))
					.findFirst().orElse(null);
			yield added == null ? SetCommand.create(domain, action, Literals.PRIORITY_ACTION__PERCENT_COMPLETE, 50.0)
					: RemoveCommand.create(domain, programme, Literals.PROGRAMME__ACTIONS, added);
		}
		default -> null;
		};
		if (command != null) {
			assertTrue(command.canExecute(), "edit " + i + " can execute");
			stack.execute(command);
		} else if (i % 7 == 5 && stack.canUndo()) {
			stack.undo();
		} else if (stack.canRedo()) {
			stack.redo();
		}
	}

	private static PriorityAction newAction(int i) {
		PriorityAction action = ProgrammeFactory.eINSTANCE.createPriorityAction();
		action.setId("stress-" + i);
		action.setName("Stresstest actie " + i);
		action.getPriorityYears().add(2026);
		action.setPercentComplete((double) (i % 100));
		return action;
	}

	/** Checks a finished job's result against a fresh computation on the snapshot it was given. */
	private static void check(Job job, HelixModel live, int[] checked) {
		if (job.getResult() == null || job.getResult().getSeverity() != IStatus.OK) {
			return; // cancelled by a later change: it has no result to check
		}
		if (job instanceof AnalysisView.AnalysisJob run) {
			assertNotSame(live, run.snapshot());
			assertNotSame(live.eResource().getResourceSet(), run.snapshot().eResource().getResourceSet());
			AnalysisRun again = new AnalysisRunner().asOf(run.asOf()).run(run.snapshot(), run.analyzers());
			assertEquals(findings(again), findings(run.run()), "analysis " + checked[0]);
			checked[0]++;
		} else if (job instanceof DashboardView.RefreshJob refresh) {
			assertNotSame(live, refresh.snapshot());
			assertNotNull(refresh.data());
			DashboardData again = DashboardData.compute(refresh.snapshot(), refresh.programme(), refresh.asOf(), new NullProgressMonitor());
			assertEquals(text(again), text(refresh.data()), "dashboard " + checked[1]);
			checked[1]++;
		} else if (job instanceof RagDecorator.RagJob rag) {
			RagDecorator.Computation computation = rag.computation();
			assertNotNull(computation);
			assertNotSame(live, computation.snapshot());
			assertEquals(new TreeMap<>(StatusProviders.statuses(computation.snapshot(), computation.day())),
					new TreeMap<>(computation.statuses()), "decorations " + checked[2]);
			assertTrue(!computation.statuses().isEmpty(), "the monitoring provider rates the programmes");
			checked[2]++;
		}
	}

	/** The findings of a run, one line each, in order: what a user or the CSV export sees. */
	private static List<String> findings(AnalysisRun run) {
		List<String> lines = new ArrayList<>();
		for (AnalyzerResult result : run.getResults()) {
			lines.add(result.getAnalyzerId() + " " + result.getOutcome());
			for (Finding finding : result.getFindings()) {
				lines.add(finding.getSeverity() + " " + finding.getCode() + " " + finding.getTargetIds() + " " + finding.getMessage() + " "
						+ finding.getValues().stream().map(SnapshotStressTest::value).collect(Collectors.joining(", ")));
			}
		}
		return lines;
	}

	private static String value(FindingValue value) {
		return value.getKey() + "=" + (value.getNumber() != null ? value.getNumber().toPlainString() : value.getText());
	}

	/** Dashboard data as text: bars, months, KPIs by id with their RAG. */
	private static String text(DashboardData data) {
		StringBuilder text = new StringBuilder(id(data.programme())).append(' ').append(data.asOf()).append('\n');
		data.rag().forEach(bar -> text.append(bar).append('\n'));
		data.budget().forEach(bar -> text.append(bar.dimension()).append(' ').append(bar.actions()).append(' ')
				.append(Arrays.toString(bar.known())).append(' ').append(Arrays.toString(bar.unknown())).append('\n'));
		data.deadlines().forEach(month -> text.append(month).append('\n'));
		data.kpis().forEach(kpi -> text.append(id(kpi)).append(' ').append(data.kpiRag().get(kpi)).append('\n'));
		return text.toString();
	}

	private static String id(EObject element) {
		return element instanceof Identifiable identifiable ? identifiable.getId() : String.valueOf(element);
	}

	private static boolean running(Object family) {
		return Arrays.stream(Job.getJobManager().find(family)).anyMatch(job -> job.getState() == Job.RUNNING);
	}

	private static boolean pending(Object family) {
		return Job.getJobManager().find(family).length > 0;
	}

	private static boolean idle() {
		return !pending(AnalysisView.JOB_FAMILY) && !pending(DashboardView.JOB_FAMILY) && !pending(RagDecorator.JOB_FAMILY);
	}

	/** Runs the event loop until the condition holds, with a generous time-out; no fixed sleeps or passes. */
	private static void pumpUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 120_000;
		// the UI thread handles what is queued (relabelling, results shown) between edits, as it would for a user
		while (display.readAndDispatch()) {
			// drain
		}
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(10, () -> { });
				display.sleep();
			}
		}
	}
}
