package org.helix.core.summary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.helix.core.validation.ElementLabels;
import org.helix.model.core.HelixModel;
import org.helix.model.programme.ActionStatus;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;

/**
 * Counts of a model: elements per class, and for each programme its priority actions per dimension and per status.
 *
 * @param title the model's title or name
 * @param formatVersion as stored in the model
 * @param total number of elements, the root included
 * @param countsByType element count per class name, largest first (ties by name)
 * @param programmes one summary per programme, in model order
 */
public record HelixSummary(String title, String formatVersion, int total, Map<String, Integer> countsByType,
		List<ProgrammeSummary> programmes) {

	/** The label used for actions that are linked to no dimension. */
	public static final String NO_DIMENSION = "(no dimension)";

	/**
	 * @param actionsByDimension dimension label (code and name) to number of actions, in the programme's order of
	 *        dimensions; an action in two dimensions counts in both
	 * @param actionsByStatus status literal to number of actions, in the enum's order
	 */
	public record ProgrammeSummary(String name, int actions, Map<String, Integer> actionsByDimension,
			Map<String, Integer> actionsByStatus) {
	}

	public static HelixSummary of(HelixModel model) {
		Map<String, Integer> counts = new TreeMap<>();
		int total = 1;
		counts.merge(model.eClass().getName(), 1, Integer::sum);
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			counts.merge(it.next().eClass().getName(), 1, Integer::sum);
			total++;
		}
		List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
		entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
		Map<String, Integer> sorted = new LinkedHashMap<>();
		entries.forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));

		List<ProgrammeSummary> programmes = new ArrayList<>();
		for (Programme programme : model.getProgrammes()) {
			programmes.add(summarise(programme));
		}
		String title = model.getTitle() != null ? model.getTitle() : model.getName();
		return new HelixSummary(title, model.getFormatVersion(), total, Collections.unmodifiableMap(sorted),
				List.copyOf(programmes));
	}

	private static ProgrammeSummary summarise(Programme programme) {
		Map<String, Integer> byDimension = new LinkedHashMap<>();
		for (Dimension dimension : programme.getDimensions()) {
			byDimension.put(dimensionLabel(dimension), 0);
		}
		Map<ActionStatus, Integer> byStatus = new EnumMap<>(ActionStatus.class);
		for (PriorityAction action : programme.getActions()) {
			if (action.getDimensions().isEmpty()) {
				byDimension.merge(NO_DIMENSION, 1, Integer::sum);
			}
			for (Dimension dimension : action.getDimensions()) {
				byDimension.merge(dimensionLabel(dimension), 1, Integer::sum);
			}
			byStatus.merge(action.getStatus(), 1, Integer::sum);
		}
		Map<String, Integer> statusLabels = new LinkedHashMap<>();
		byStatus.forEach((status, count) -> statusLabels.put(status.getLiteral(), count));
		String name = ElementLabels.nameOf(programme);
		return new ProgrammeSummary(name == null ? "(unnamed programme)" : name, programme.getActions().size(),
				Collections.unmodifiableMap(byDimension), Collections.unmodifiableMap(statusLabels));
	}

	private static String dimensionLabel(Dimension dimension) {
		String name = dimension.getName() != null ? dimension.getName() : "(unnamed)";
		return dimension.getCode() != null ? dimension.getCode() + " " + name : name;
	}
}
