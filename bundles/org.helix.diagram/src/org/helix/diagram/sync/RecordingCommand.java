package org.helix.diagram.sync;

import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;

/**
 * A command that runs arbitrary model code and records what it changed, so it can be undone and redone. This is the
 * pattern of EMF Transaction's RecordingCommand, which is not available from Maven Central. The synchronizer computes
 * its changes by diffing, so spelling them out as Add/Remove/Set commands would only duplicate that logic.
 */
public class RecordingCommand extends AbstractCommand {

	private final List<? extends Notifier> targets;
	private final Runnable change;
	private ChangeDescription recorded;

	/** @param targets what to record: resources or a resource set; changes elsewhere are not undone */
	public RecordingCommand(String label, List<? extends Notifier> targets, Runnable change) {
		super(label);
		this.targets = targets;
		this.change = change;
	}

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public void execute() {
		ChangeRecorder recorder = new ChangeRecorder();
		recorder.setRecordingTransientFeatures(true);
		recorder.beginRecording(targets);
		try {
			change.run();
		} finally {
			recorded = recorder.endRecording();
			recorder.dispose();
		}
	}

	@Override
	public void undo() {
		recorded.applyAndReverse();
	}

	@Override
	public void redo() {
		recorded.applyAndReverse();
	}

	/** True when executing changed nothing (used to keep empty refreshes off the undo stack). */
	public boolean isEmpty() {
		return recorded != null && recorded.getObjectChanges().isEmpty() && recorded.getResourceChanges().isEmpty()
				&& recorded.getObjectsToAttach().isEmpty() && recorded.getObjectsToDetach().isEmpty();
	}
}
