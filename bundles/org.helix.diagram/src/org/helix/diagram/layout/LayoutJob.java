package org.helix.diagram.layout;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.helix.diagram.model.notation.Diagram;

/**
 * Computes a layout in the background. The Job only reads the notation; whoever owns the command stack applies the
 * {@link #result()} with {@link LayoutEngine#applyCommand} (in the editor: from a Display.asyncExec in a job listener).
 */
public class LayoutJob extends Job {

	private final Diagram diagram;
	private final LayoutConfiguration configuration;
	private volatile LayoutResult result;

	public LayoutJob(Diagram diagram, LayoutConfiguration configuration) {
		super("Layout of " + diagram.getName());
		this.diagram = diagram;
		this.configuration = configuration;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try {
			result = LayoutEngine.compute(diagram, configuration, monitor);
			return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
		} finally {
			monitor.done();
		}
	}

	/** The computed layout, or null while running or when cancelled. */
	public LayoutResult result() {
		return result;
	}
}
