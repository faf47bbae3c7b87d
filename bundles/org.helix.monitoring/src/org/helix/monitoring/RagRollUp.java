package org.helix.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;

/**
 * The RAG of every action of one programme at a date, rolled up by the worst-of rule: a dimension is the worst of its
 * rated actions, the programme the worst of its dimensions and of its actions without a dimension. Actions with no
 * data (unrated) do not count, and are never taken as red: a dimension or programme none of whose actions can be rated
 * has no data itself, and one with some unrated actions says how many in its {@link #explanation}. An action's RAG is
 * its effective one, so a justified manual override counts in the roll-up; the roll-up also counts how many overrides
 * it contains, so that a dimension or programme can say that its colour rests on one.
 */
public final class RagRollUp {

	private final Programme programme;
	private final Map<PriorityAction, ActionRating> actions = new LinkedHashMap<>();
	private final Map<Dimension, Rag> dimensions = new LinkedHashMap<>();
	private final Map<Dimension, Integer> overridesPerDimension = new IdentityHashMap<>();
	private Rag overall;
	private int overrides;
	private final List<PriorityAction> unrated = new ArrayList<>();

	private RagRollUp(Programme programme) {
		this.programme = programme;
	}

	public static RagRollUp of(Programme programme, LocalDate asOf) {
		return of(programme, asOf, 0.9, 0.7);
	}

	public static RagRollUp of(Programme programme, LocalDate asOf, double green, double amber) {
		RagRollUp rollUp = new RagRollUp(programme);
		programme.getDimensions().forEach(dimension -> rollUp.dimensions.put(dimension, null));
		Rag withoutDimension = null;
		for (PriorityAction action : programme.getActions()) {
			ActionRating rating = ActionRating.of(action, asOf, green, amber);
			rollUp.actions.put(action, rating);
			Rag rag = rating.effective();
			if (rag == null) {
				rollUp.unrated.add(action);
				continue;
			}
			if (rating.overridden()) {
				rollUp.overrides++;
			}
			if (action.getDimensions().isEmpty()) {
				withoutDimension = Rag.worst(withoutDimension, rag);
			}
			for (Dimension dimension : action.getDimensions()) {
				rollUp.dimensions.put(dimension, Rag.worst(rollUp.dimensions.get(dimension), rag));
				if (rating.overridden()) {
					rollUp.overridesPerDimension.merge(dimension, 1, Integer::sum);
				}
			}
		}
		rollUp.overall = withoutDimension;
		for (Rag rag : rollUp.dimensions.values()) {
			rollUp.overall = Rag.worst(rollUp.overall, rag);
		}
		return rollUp;
	}

	public Programme programme() {
		return programme;
	}

	/** The ratings of the programme's actions, in the programme's order. */
	public Map<PriorityAction, ActionRating> actions() {
		return Collections.unmodifiableMap(actions);
	}

	/** The dimensions of the programme, each with its RAG (null when none of its actions is rated). */
	public Map<Dimension, Rag> dimensions() {
		return Collections.unmodifiableMap(dimensions);
	}

	public Rag programmeRag() {
		return overall;
	}

	/** The RAG of an action, dimension or the programme itself; null for anything else or when not rated. */
	public Rag rag(EObject element) {
		if (element == programme) {
			return overall;
		}
		if (element instanceof PriorityAction action) {
			ActionRating rating = actions.get(action);
			return rating == null ? null : rating.effective();
		}
		return element instanceof Dimension ? dimensions.get(element) : null;
	}

	/** How many justified manual overrides count in the RAG of this dimension or of the programme. */
	public int overrides(EObject element) {
		if (element == programme) {
			return overrides;
		}
		return element instanceof Dimension ? overridesPerDimension.getOrDefault(element, 0) : 0;
	}

	/** The actions that count in this dimension or in the programme (every action of the programme). */
	public List<PriorityAction> members(EObject element) {
		if (element == programme) {
			return List.copyOf(actions.keySet());
		}
		return actions.keySet().stream().filter(action -> action.getDimensions().contains(element)).toList();
	}

	/**
	 * One line saying how the RAG of a dimension or the programme was found, e.g. "the worst of its 3 rated actions; 5
	 * of 8 actions have no data", or why there is none: "no data: none of its 8 actions can be rated yet (enter
	 * progress on the actions)". Null for anything else.
	 */
	public String explanation(EObject element) {
		if (element != programme && !(element instanceof Dimension)) {
			return null;
		}
		List<PriorityAction> members = members(element);
		long noData = members.stream().filter(unrated::contains).count();
		int rated = members.size() - (int) noData;
		if (rag(element) == null) {
			return members.isEmpty() ? "no data: it has no actions"
					: "no data: none of its " + members.size() + " actions can be rated yet (enter progress on the actions)";
		}
		int overridden = overrides(element);
		return "the worst of its " + rated + " rated action" + (rated == 1 ? "" : "s")
				+ (overridden > 0 ? ", " + overridden + " of them overridden" : "")
				+ (noData > 0 ? "; " + noData + " of " + members.size() + " actions have no data and do not count" : "");
	}

	public List<PriorityAction> unrated() {
		return Collections.unmodifiableList(unrated);
	}
}
