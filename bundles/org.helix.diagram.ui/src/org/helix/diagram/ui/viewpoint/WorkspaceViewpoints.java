package org.helix.diagram.ui.viewpoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.helix.diagram.viewpoint.ViewpointProblem;
import org.helix.diagram.viewpoint.ViewpointRegistry;

/**
 * Feeds the {@code .helix-viewpoint} files of the workspace to the {@link ViewpointRegistry} (which knows nothing of
 * the workspace): all of them when started, then every one added, saved, moved or deleted, as a resource-change
 * listener. Loading runs in a Job; each file's problems become markers of type {@link #MARKER} on it, so the Problems
 * view lists them with the element and the position in the expression. The registry tells open diagrams.
 * <p>
 * The origin of a workspace viewpoint in the registry is the file's workspace path, e.g.
 * {@code /project/my.helix-viewpoint}.
 */
public final class WorkspaceViewpoints implements IResourceChangeListener {

	/** Problem marker type of viewpoint files (a problem marker: the Problems view shows it). */
	public static final String MARKER = "org.helix.diagram.ui.viewpointProblem";
	/** Marker attributes besides the standard ones. */
	public static final String ELEMENT = "element", ATTRIBUTE = "attribute", COLUMN = "column", EXPRESSION = "expression";
	/** The job family of the loading jobs, for {@code Job.getJobManager().join}. */
	public static final Object FAMILY = WorkspaceViewpoints.class;

	private static WorkspaceViewpoints instance;

	private final ViewpointRegistry registry;
	private final Set<IFile> pending = new LinkedHashSet<>();
	private final Job job = new Job("Loading viewpoint specifications") {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			List<IFile> files;
			synchronized (pending) {
				files = new ArrayList<>(pending);
				pending.clear();
			}
			monitor.beginTask(getName(), files.size());
			for (IFile file : files) {
				process(file);
				monitor.worked(1);
			}
			monitor.done();
			return Status.OK_STATUS;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}
	};

	private WorkspaceViewpoints(ViewpointRegistry registry) {
		this.registry = registry;
		job.setSystem(true);
	}

	/**
	 * Starts listening (once) and loads every viewpoint file of the workspace in the background. Called at start-up
	 * and, to be sure, before anything lists viewpoints.
	 */
	public static synchronized WorkspaceViewpoints start() {
		if (instance == null) {
			instance = new WorkspaceViewpoints(ViewpointRegistry.getDefault());
			IWorkspace workspace = ResourcesPlugin.getWorkspace();
			workspace.addResourceChangeListener(instance, IResourceChangeEvent.POST_CHANGE);
			List<IFile> files = new ArrayList<>();
			try {
				workspace.getRoot().accept(resource -> {
					if (resource instanceof IFile file && isViewpoint(file)) {
						files.add(file);
					}
					return true;
				});
			} catch (CoreException e) {
				ILog.of(WorkspaceViewpoints.class).error("Cannot list the viewpoint files of the workspace", e);
			}
			instance.schedule(files);
		}
		return instance;
	}

	/** Waits until the files changed so far are loaded (tests, and callers that list viewpoints right after a save). */
	public static void waitUntilLoaded() throws InterruptedException {
		Job.getJobManager().join(FAMILY, null);
	}

	/**
	 * {@link #start()}, then waits for the files found so far: before listing viewpoints or opening a diagram whose
	 * viewpoint may be a workspace file (an editor restored at start-up). Loading a few files takes milliseconds.
	 */
	public static void startAndWait() {
		start();
		try {
			waitUntilLoaded();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	static boolean isViewpoint(IFile file) {
		return ViewpointRegistry.FILE_EXTENSION.equals(file.getFileExtension());
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null) {
			return;
		}
		List<IFile> changed = new ArrayList<>();
		try {
			event.getDelta().accept(delta -> {
				if (delta.getResource() instanceof IFile file && isViewpoint(file)) {
					boolean content = delta.getKind() != IResourceDelta.CHANGED
							|| (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0;
					if (content) {
						changed.add(file);
					}
				}
				return true;
			});
		} catch (CoreException e) {
			ILog.of(WorkspaceViewpoints.class).error("Cannot read a workspace change", e);
		}
		schedule(changed);
	}

	private void schedule(List<IFile> files) {
		if (files.isEmpty()) {
			return;
		}
		synchronized (pending) {
			pending.addAll(files);
		}
		job.schedule();
	}

	/** Loads one file again (or removes it when it is gone) and renews its markers. */
	void process(IFile file) {
		String origin = file.getFullPath().toString();
		if (!file.exists() || file.getLocation() == null) {
			registry.remove(origin);
			return;
		}
		List<ViewpointProblem> problems = registry.loadFile(URI.createFileURI(file.getLocation().toOSString()), origin);
		try {
			file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
			String text = read(file);
			for (ViewpointProblem problem : problems) {
				IMarker marker = file.createMarker(MARKER);
				marker.setAttribute(IMarker.SEVERITY, problem.severity() == ViewpointProblem.Severity.ERROR
						? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
				marker.setAttribute(IMarker.MESSAGE, (problem.location().isEmpty() ? "" : problem.location() + ": ") + problem.message());
				String where = problem.location() + (problem.column() > 0 ? ", column " + problem.column() : "");
				marker.setAttribute(IMarker.LOCATION, where.isEmpty() ? "file" : where);
				marker.setAttribute(IMarker.LINE_NUMBER, line(text, problem.elementId()));
				int[] range = range(text, problem);
				if (range != null) {
					// opening the marker selects the offending name in a text editor
					marker.setAttribute(IMarker.CHAR_START, range[0]);
					marker.setAttribute(IMarker.CHAR_END, range[1]);
				}
				marker.setAttribute(ELEMENT, problem.element());
				if (problem.attribute() != null) {
					marker.setAttribute(ATTRIBUTE, problem.attribute());
				}
				if (problem.expression() != null) {
					marker.setAttribute(EXPRESSION, problem.expression());
					marker.setAttribute(COLUMN, problem.column());
				}
			}
		} catch (CoreException e) {
			ILog.of(WorkspaceViewpoints.class).error("Cannot mark the problems of " + origin, e);
		}
	}

	private static String read(IFile file) {
		try {
			return Files.readString(file.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return "";
		}
	}

	/**
	 * Where in the file the problem's expression position is: the attribute in the start tag of the element with the
	 * problem's id, then the position inside its value (when the value has no XML escapes before it), to the end of the
	 * name there. Null when it cannot be told.
	 */
	static int[] range(String text, ViewpointProblem problem) {
		if (problem.elementId() == null || problem.attribute() == null || problem.position() < 0 || problem.expression() == null) {
			return null;
		}
		java.util.regex.Matcher element = java.util.regex.Pattern.compile("\\sid=\"" + java.util.regex.Pattern.quote(problem.elementId()) + "\"")
				.matcher(text);
		if (!element.find()) {
			return null;
		}
		// the element's start tag: from the '<' before the id to the '>' after it
		int tagStart = text.lastIndexOf('<', element.start());
		int tagEnd = text.indexOf('>', element.end());
		if (tagStart < 0 || tagEnd < 0) {
			return null;
		}
		String tag = text.substring(tagStart, tagEnd);
		java.util.regex.Matcher attribute = java.util.regex.Pattern.compile("\\s" + java.util.regex.Pattern.quote(problem.attribute()) + "=\"")
				.matcher(tag);
		if (!attribute.find()) {
			return null;
		}
		int valueStart = tagStart + attribute.end();
		String raw = text.substring(valueStart, Math.min(text.length(), valueStart + problem.position()));
		if (raw.contains("&") || !problem.expression().startsWith(raw)) {
			return null; // escapes shift the offsets: the line and the column still say where
		}
		int start = valueStart + problem.position();
		int end = start;
		while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
			end++;
		}
		return new int[] { start, Math.max(end, start + 1) };
	}

	/** The line (1-based) of the element with this id in the XMI text, or 1. */
	static int line(String text, String id) {
		if (id == null) {
			return 1;
		}
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\sid=\"" + java.util.regex.Pattern.quote(id) + "\"").matcher(text);
		if (!matcher.find()) {
			return 1;
		}
		int at = matcher.start();
		int line = 1;
		for (int i = 0; i < at; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}
}
