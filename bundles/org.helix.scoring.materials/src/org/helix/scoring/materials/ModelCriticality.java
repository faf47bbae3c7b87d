package org.helix.scoring.materials;

import java.util.ArrayList;
import java.util.List;

import org.helix.model.materials.ListEntry;
import org.helix.model.materials.MaterialList;

/** Criticality of every entry of a material list, beside what the list itself states. */
public final class ModelCriticality {

	private ModelCriticality() {
	}

	/**
	 * @param stated the entry's classification in the list, its borderline flag and rationale, as the seed gives them
	 */
	public record EntryResult(ListEntry entry, CriticalityAssessment assessment, String stated) {
	}

	public static List<EntryResult> assess(MaterialList list, CriticalityThresholds thresholds) {
		List<EntryResult> results = new ArrayList<>();
		for (ListEntry entry : list.getEntries()) {
			String name = entry.getMaterial() == null ? "(no material)" : entry.getMaterial().getName();
			CriticalityAssessment assessment = CriticalityAssessment.assess(name, entry.getSupplyRisk(),
					entry.getEconomicImportance(), thresholds);
			StringBuilder stated = new StringBuilder(entry.getClassification().getLiteral());
			if (Boolean.TRUE.equals(entry.getBorderline())) {
				stated.append(", borderline");
			}
			if (entry.getRationale() != null) {
				stated.append(" (").append(entry.getRationale()).append(')');
			}
			results.add(new EntryResult(entry, assessment, stated.toString()));
		}
		return results;
	}
}
