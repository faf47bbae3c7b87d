package org.helix.ui.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.helix.core.validation.HelixProblem;
import org.helix.ui.HelixUI;

/**
 * Shows validation problems as problem markers on the model file, so they appear in the Problems view. Each marker
 * holds the id of its element, which the editor uses to navigate to it.
 */
public final class ValidationMarkers {

	private ValidationMarkers() {
	}

	/** Replaces the file's Helix problem markers by {@code problems}, in one workspace operation. */
	public static void replace(IFile file, List<HelixProblem> problems) throws CoreException {
		IWorkspaceRunnable update = monitor -> {
			file.deleteMarkers(HelixUI.PROBLEM_MARKER, true, IResource.DEPTH_ZERO);
			for (HelixProblem problem : problems) {
				IMarker marker = file.createMarker(HelixUI.PROBLEM_MARKER);
				marker.setAttribute(IMarker.SEVERITY, severity(problem));
				marker.setAttribute(IMarker.MESSAGE, problem.message());
				marker.setAttribute(IMarker.LOCATION, problem.element() == null ? file.getName() : problem.elementLabel());
				String id = problem.elementId();
				if (id != null) {
					marker.setAttribute(HelixUI.ELEMENT_ID, id);
				}
			}
		};
		ResourcesPlugin.getWorkspace().run(update, file, 0, null);
	}

	private static int severity(HelixProblem problem) {
		return switch (problem.severity()) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		case INFO -> IMarker.SEVERITY_INFO;
		};
	}
}
