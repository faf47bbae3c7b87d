package org.helix.scoring.materials;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.helix.model.core.Note;
import org.helix.model.core.SourceCitation;
import org.helix.model.materials.EntryClassification;
import org.helix.model.materials.ListEntry;
import org.helix.model.materials.MaterialList;
import org.helix.model.materials.RawMaterial;

/**
 * Material lists side by side (e.g. the EU list, the Belgian list VITO derives from it, the additions SERV asks for):
 * per material its entry in each list, and per list what it adds to and drops from the list it derives from, with
 * why. A list drops a material when it holds it as EXCLUDED; it adds one when it holds it as a proposed addition. The seeds do not enumerate every list in full (seed 003 gives the
 * EU's 34 only as a count), so a material absent from a list is "not listed", never "dropped".
 */
public final class ListComparison {

	/** What a list adds or drops against the list it derives from. */
	public record Change(MaterialList list, MaterialList parent, RawMaterial material, boolean added, String why) {
	}

	private final List<MaterialList> lists;
	private final Map<RawMaterial, Map<MaterialList, ListEntry>> rows = new LinkedHashMap<>();
	private final List<Change> changes = new ArrayList<>();

	private ListComparison(List<MaterialList> lists) {
		this.lists = List.copyOf(lists);
	}

	public static ListComparison compare(List<MaterialList> lists) {
		ListComparison comparison = new ListComparison(lists);
		for (MaterialList list : lists) {
			for (ListEntry entry : list.getEntries()) {
				if (entry.getMaterial() != null) {
					comparison.rows.computeIfAbsent(entry.getMaterial(), m -> new LinkedHashMap<>()).put(list, entry);
				}
			}
		}
		for (MaterialList list : lists) {
			MaterialList parent = list.getDerivedFrom();
			for (ListEntry entry : list.getEntries()) {
				RawMaterial material = entry.getMaterial();
				if (material == null) {
					continue;
				}
				if (entry.getClassification() == EntryClassification.EXCLUDED) {
					comparison.changes.add(new Change(list, parent, material, false, why(entry)));
				} else if (entry.getClassification() == EntryClassification.PROPOSED_ADDITION) {
					comparison.changes.add(new Change(list, parent, material, true, why(entry)));
				}
			}
		}
		return comparison;
	}

	public List<MaterialList> lists() {
		return lists;
	}

	/** Materials in order of first appearance. */
	public List<RawMaterial> materials() {
		return List.copyOf(rows.keySet());
	}

	/** The entry of the material in the list; null when the list does not name it. */
	public ListEntry entry(RawMaterial material, MaterialList list) {
		Map<MaterialList, ListEntry> row = rows.get(material);
		return row == null ? null : row.get(list);
	}

	public List<Change> changes() {
		return List.copyOf(changes);
	}

	public List<Change> added(MaterialList list) {
		return changes.stream().filter(c -> c.list() == list && c.added()).toList();
	}

	public List<Change> dropped(MaterialList list) {
		return changes.stream().filter(c -> c.list() == list && !c.added()).toList();
	}

	/** The entry's rationale, else its notes, with the seed lines it cites. */
	static String why(ListEntry entry) {
		List<String> parts = new ArrayList<>();
		if (entry.getRationale() != null) {
			parts.add(entry.getRationale());
		}
		for (Note note : entry.getNotes()) {
			parts.add(note.getText());
		}
		List<String> lines = new ArrayList<>();
		for (SourceCitation citation : entry.getCitations()) {
			if (citation.getFromLine() != null) {
				Integer to = citation.getToLine();
				lines.add("seed " + citation.getDocumentId() + " L" + citation.getFromLine()
						+ (to != null && !to.equals(citation.getFromLine()) ? "-" + to : ""));
			}
		}
		if (parts.isEmpty() && entry.eContainer() instanceof MaterialList list && list.getCriteria() != null) {
			// no reason of its own: the list's criteria are the only reason the seed gives
			parts.add("on the list's criteria (" + list.getCriteria() + "); the seed gives no reason of its own");
		}
		String text = parts.isEmpty() ? "the seed gives no reason" : String.join(" ", parts);
		return lines.isEmpty() ? text : text + " (" + String.join(", ", lines) + ")";
	}
}
