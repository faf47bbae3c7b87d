package org.helix.monitoring;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.helix.analysis.status.ElementStatus;
import org.helix.analysis.status.StatusProvider;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Identifiable;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;

/**
 * The programme RAG for the workbench, contributed to {@code org.helix.analysis.statusProviders}: an action's RAG by
 * the action-status rule with the default thresholds ({@link ActionRating}, a justified override wins), a dimension's
 * and a programme's by the worst-of roll-up ({@link RagRollUp}). Nothing is cached on the model: callers that colour
 * many elements ask {@link #statuses} once per snapshot.
 */
public class MonitoringStatusProvider implements StatusProvider {

	@Override
	public ElementStatus status(EObject element, LocalDate asOf) {
		if (element instanceof PriorityAction action) {
			return of(ActionRating.of(action, asOf), asOf);
		}
		if (element instanceof Programme programme) {
			return rollUp(RagRollUp.of(programme, asOf), programme);
		}
		if (element instanceof Dimension dimension && dimension.eContainer() instanceof Programme programme) {
			return rollUp(RagRollUp.of(programme, asOf), dimension);
		}
		return null;
	}

	@Override
	public Map<String, ElementStatus> statuses(HelixModel model, LocalDate asOf) {
		Map<String, ElementStatus> statuses = new HashMap<>();
		for (Programme programme : model.getProgrammes()) {
			RagRollUp rollUp = RagRollUp.of(programme, asOf);
			put(statuses, programme, rollUp(rollUp, programme));
			programme.getDimensions().forEach(dimension -> put(statuses, dimension, rollUp(rollUp, dimension)));
			rollUp.actions().forEach((action, rating) -> put(statuses, action, of(rating, asOf)));
		}
		return statuses;
	}

	private static void put(Map<String, ElementStatus> statuses, EObject element, ElementStatus status) {
		if (element instanceof Identifiable identifiable && identifiable.getId() != null) {
			statuses.putIfAbsent(identifiable.getId(), status);
		}
	}

	static ElementStatus of(ActionRating rating, LocalDate asOf) {
		String explanation = rating.computed() == null ? "no data: " + rating.unratedReason()
				: String.format(Locale.ROOT, "%d %% done, %d %% expected by %s", Math.round(rating.progress() * 100),
						Math.round(rating.expected() * 100), asOf);
		String plan = rating.start() == null ? null : ActionPlan.describe(rating.action());
		return new ElementStatus(api(rating.effective()), api(rating.computed()), rating.overridden(), rating.unjustifiedOverride(),
				explanation, plan);
	}

	private static ElementStatus rollUp(RagRollUp rollUp, EObject element) {
		Rag rag = rollUp.rag(element);
		int overrides = rollUp.overrides(element);
		return new ElementStatus(api(rag), api(rag), overrides > 0, false, rollUp.explanation(element));
	}

	private static org.helix.analysis.status.Rag api(Rag rag) {
		return rag == null ? null : org.helix.analysis.status.Rag.valueOf(rag.name());
	}
}
