package org.helix.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.helix.io.RowResult.Outcome;
import org.helix.model.core.HelixModel;

/**
 * What an import will do, computed before anything changes: per row create, update, unchanged or rejected. Nothing
 * is applied until {@link #command(boolean)} is executed, and then as one undoable command.
 */
public final class ImportPlan {

	/** Applies one accepted row; {@code created} shares elements (such as a new material list) between rows. */
	interface Step {
		void apply(Map<String, EObject> created);
	}

	private final String kind;
	private final HelixModel model;
	private final List<RowResult> rows;
	private final List<Step> steps;

	ImportPlan(String kind, HelixModel model, List<RowResult> rows, List<Step> steps) {
		this.kind = kind;
		this.model = model;
		this.rows = List.copyOf(rows);
		this.steps = steps;
	}

	public String kind() {
		return kind;
	}

	public List<RowResult> rows() {
		return rows;
	}

	public long count(Outcome outcome) {
		return rows.stream().filter(row -> row.outcome() == outcome).count();
	}

	public List<RowResult> rejected() {
		return rows.stream().filter(row -> row.outcome() == Outcome.REJECTED).toList();
	}

	public boolean hasRejected() {
		return count(Outcome.REJECTED) > 0;
	}

	/** True when applying would change the model. */
	public boolean changesModel() {
		return count(Outcome.CREATE) + count(Outcome.UPDATE) > 0;
	}

	/** "3 to create, 12 to update, 40 unchanged, 2 rejected". */
	public String summary() {
		return count(Outcome.CREATE) + " to create, " + count(Outcome.UPDATE) + " to update, " + count(Outcome.UNCHANGED)
				+ " unchanged, " + count(Outcome.REJECTED) + " rejected";
	}

	/**
	 * The whole import as one undoable command on the model. When rows were rejected the import is refused
	 * ({@link IllegalStateException}) unless {@code skipBadRows}: then only the accepted rows are applied.
	 */
	public Command command(boolean skipBadRows) {
		if (hasRejected() && !skipBadRows) {
			throw new IllegalStateException(count(Outcome.REJECTED) + " rows rejected; nothing is applied (first: "
					+ rejected().get(0).describe() + ")");
		}
		List<Step> accepted = new ArrayList<>(steps);
		ChangeCommand command = new ChangeCommand(model) {
			@Override
			protected void doExecute() {
				Map<String, EObject> created = new HashMap<>();
				for (Step step : accepted) {
					step.apply(created);
				}
			}
		};
		command.setLabel("Import " + kind + " (" + summary() + ")");
		return command;
	}
}
