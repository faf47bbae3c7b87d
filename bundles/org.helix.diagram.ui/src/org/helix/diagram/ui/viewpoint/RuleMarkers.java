package org.helix.diagram.ui.viewpoint;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.helix.diagram.model.description.DecorationKind;
import org.helix.diagram.viewpoint.ValidationRules;
import org.helix.diagram.viewpoint.ValidationRules.Violation;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;

/**
 * The violations of the viewpoints' validation rules as problem markers on the model file, so the Problems view lists
 * them: for every model open in a {@link HelixModelEditor}, evaluated on the UI thread (which owns the model) after
 * each command, on a reload and when a viewpoint changes, then written by a workspace job (the file's rule). A marker
 * holds the element's id ({@link HelixUI#ELEMENT_ID}, so opening it selects the element in the model editor) and the
 * rule's id ({@link #RULE_ID}, for the quick fixes of {@link RuleMarkerResolutions}); the location is the element's
 * path. Markers are not persistent and live while the model is open in an editor (they go when it closes).
 */
public final class RuleMarkers {

	public static final String MARKER = "org.helix.diagram.ui.ruleViolation";
	public static final String RULE_ID = "ruleId";
	/** Family of the jobs that write the markers (tests wait on it). */
	public static final Object FAMILY = RuleMarkers.class;

	private static RuleMarkers instance;

	/** One marker to write: computed on the UI thread, written later. */
	private record Entry(int severity, String message, String location, String elementId, String ruleId) {
	}

	private final Map<HelixModelEditor, Tracked> tracked = new HashMap<>();
	private final Map<IFile, List<Entry>> pending = new HashMap<>();
	private final Consumer<ViewpointRegistry.Change> registryListener = change -> Display.getDefault().asyncExec(this::updateAll);

	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partOpened(IWorkbenchPartReference ref) {
			track(ref.getPart(false));
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			untrack(ref.getPart(false));
		}
	};

	private final IWindowListener windowListener = new IWindowListener() {
		@Override
		public void windowOpened(IWorkbenchWindow window) {
			watch(window);
		}

		@Override
		public void windowActivated(IWorkbenchWindow window) {
		}

		@Override
		public void windowDeactivated(IWorkbenchWindow window) {
		}

		@Override
		public void windowClosed(IWorkbenchWindow window) {
		}
	};

	/** What is attached to one model editor. */
	private final class Tracked {
		final HelixModelEditor editor;
		final CommandStackListener stackListener = this::changed;
		final IPropertyListener reloadListener = (source, property) -> {
			if (property == HelixModelEditor.PROP_MODEL) {
				changed(null);
			}
		};

		Tracked(HelixModelEditor editor) {
			this.editor = editor;
		}

		void changed(EventObject event) {
			update(editor);
		}
	}

	private RuleMarkers() {
	}

	/** Starts following the workbench's model editors (idempotent; any thread). */
	public static void start() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		Runnable start = () -> {
			synchronized (RuleMarkers.class) {
				if (instance != null) {
					return;
				}
				instance = new RuleMarkers();
			}
			instance.install();
		};
		if (Display.getCurrent() == display) {
			start.run();
		} else {
			display.asyncExec(start);
		}
	}

	private void install() {
		PlatformUI.getWorkbench().addWindowListener(windowListener);
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			watch(window);
		}
		ViewpointRegistry.getDefault().addListener(registryListener);
	}

	private void watch(IWorkbenchWindow window) {
		for (IWorkbenchPage page : window.getPages()) {
			page.addPartListener(partListener);
			for (IEditorReference ref : page.getEditorReferences()) {
				track(ref.getEditor(false));
			}
		}
		window.addPageListener(new org.eclipse.ui.IPageListener() {
			@Override
			public void pageOpened(IWorkbenchPage page) {
				page.addPartListener(partListener);
			}

			@Override
			public void pageClosed(IWorkbenchPage page) {
				page.removePartListener(partListener);
			}

			@Override
			public void pageActivated(IWorkbenchPage page) {
			}
		});
	}

	private void track(IWorkbenchPart part) {
		if (!(part instanceof HelixModelEditor editor) || tracked.containsKey(editor) || editor.getEditingDomain() == null) {
			return;
		}
		Tracked entry = new Tracked(editor);
		tracked.put(editor, entry);
		editor.getEditingDomain().getCommandStack().addCommandStackListener(entry.stackListener);
		editor.addPropertyListener(entry.reloadListener);
		update(editor);
	}

	private void untrack(IWorkbenchPart part) {
		Tracked entry = tracked.remove(part);
		if (entry != null) {
			entry.editor.getEditingDomain().getCommandStack().removeCommandStackListener(entry.stackListener);
			entry.editor.removePropertyListener(entry.reloadListener);
			IFile file = file(entry.editor.getEditorInput());
			if (file != null) {
				schedule(file, List.of()); // rules are evaluated on open models only: no marker outlives its editor
			}
		}
	}

	private void updateAll() {
		List.copyOf(tracked.keySet()).forEach(this::update);
	}

	/** Evaluates the rules on the editor's model now (UI thread) and schedules the markers' writing. */
	private void update(HelixModelEditor editor) {
		IFile file = file(editor.getEditorInput());
		if (file == null) {
			return;
		}
		List<Entry> entries = new ArrayList<>();
		if (editor.getModel() != null) {
			Resource resource = editor.getModel().eResource();
			for (Violation violation : ValidationRules.check(resource, ValidationRules.rules(ViewpointRegistry.getDefault()))) {
				EObject element = violation.element();
				entries.add(new Entry(severity(violation.severity()), violation.message(), violation.location(),
						resource.getURIFragment(element), violation.ruleId()));
			}
		}
		schedule(file, entries);
	}

	/** Writes {@code entries} as the file's markers in a workspace job (the latest entries win). */
	private void schedule(IFile file, List<Entry> entries) {
		synchronized (pending) {
			pending.put(file, entries);
		}
		WorkspaceJob job = new WorkspaceJob("Validation rule markers of " + file.getName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				List<Entry> latest;
				synchronized (pending) {
					latest = pending.remove(file);
				}
				if (latest != null && file.exists()) {
					write(file, latest);
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setRule(file);
		job.setSystem(true);
		job.schedule();
	}

	private static void write(IFile file, List<Entry> entries) throws CoreException {
		List<Entry> existing = new ArrayList<>();
		for (IMarker marker : file.findMarkers(MARKER, false, IResource.DEPTH_ZERO)) {
			existing.add(new Entry(marker.getAttribute(IMarker.SEVERITY, -1), marker.getAttribute(IMarker.MESSAGE, ""),
					marker.getAttribute(IMarker.LOCATION, ""), marker.getAttribute(HelixUI.ELEMENT_ID, ""), marker.getAttribute(RULE_ID, "")));
		}
		if (new java.util.HashSet<>(existing).equals(new java.util.HashSet<>(entries)) && existing.size() == entries.size()) {
			return; // most commands change no violation: no marker delta, nothing for the Problems view to redo
		}
		file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
		for (Entry entry : entries) {
			IMarker marker = file.createMarker(MARKER);
			marker.setAttribute(IMarker.SEVERITY, entry.severity());
			marker.setAttribute(IMarker.MESSAGE, entry.message());
			marker.setAttribute(IMarker.LOCATION, entry.location());
			marker.setAttribute(HelixUI.ELEMENT_ID, entry.elementId());
			marker.setAttribute(RULE_ID, entry.ruleId());
		}
	}

	private static int severity(DecorationKind kind) {
		return switch (kind) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case INFO -> IMarker.SEVERITY_INFO;
		default -> IMarker.SEVERITY_WARNING;
		};
	}

	static IFile file(IEditorInput input) {
		return input instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
	}

	/** The open model editor of {@code file}, or null. UI thread. */
	static HelixModelEditor editorOf(IFile file) {
		if (instance == null) {
			return null;
		}
		return instance.tracked.keySet().stream().filter(editor -> file.equals(file(editor.getEditorInput()))).findFirst().orElse(null);
	}
}
