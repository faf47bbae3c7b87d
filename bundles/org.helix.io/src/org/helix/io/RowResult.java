package org.helix.io;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * What an import does with one row: create an element, update one (with the fields that change), leave one unchanged,
 * or reject the row (with the reasons).
 *
 * @param rowNumber the row as the spreadsheet numbers it (the header is row 1)
 * @param target    the matched element (null when the row creates one or is rejected without a match)
 * @param label     the element the row is about, for messages
 */
public record RowResult(int rowNumber, Outcome outcome, EObject target, String label, List<String> changedFields,
		List<String> reasons) {

	public enum Outcome {
		CREATE, UPDATE, UNCHANGED, REJECTED
	}

	/** One line for a report: "row 7: rejected — no raw material matches 'Fluorspar'". */
	public String describe() {
		return switch (outcome) {
		case CREATE -> "row " + rowNumber + ": create " + label;
		case UPDATE -> "row " + rowNumber + ": update " + label + " (" + String.join(", ", changedFields) + ")";
		case UNCHANGED -> "row " + rowNumber + ": unchanged " + label;
		case REJECTED -> "row " + rowNumber + ": rejected — " + String.join("; ", reasons);
		};
	}
}
