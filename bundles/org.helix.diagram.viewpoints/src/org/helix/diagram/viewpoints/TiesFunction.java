package org.helix.diagram.viewpoints;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.helix.core.ecosystem.ActorTieKind;
import org.helix.core.ecosystem.EcosystemTies;
import org.helix.diagram.expression.Dependencies;
import org.helix.diagram.functions.DiagramFunction;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.Actor;

/**
 * {@code java('org.helix.ecosystem.ties', 'body-membership')}: the actors an actor is tied to by one kind of tie the
 * model implies (org.helix.core's {@link EcosystemTies}, the same derivation the network analysis uses), as the target
 * expression of a relation-based edge mapping: one edge per pair of actors and kind (mutual ties once, from the actor
 * that comes first in the model; directed ties from source to target). An empty list for anything but an actor.
 */
public class TiesFunction implements DiagramFunction {

	public static final String ID = "org.helix.ecosystem.ties";

	@Override
	public Object apply(Object target, List<Object> arguments) {
		ActorTieKind kind = arguments.size() == 1 && arguments.get(0) instanceof String id ? ActorTieKind.byId(id) : null;
		if (kind == null) {
			List<String> known = new ArrayList<>();
			for (ActorTieKind k : ActorTieKind.values()) {
				known.add(k.id());
			}
			throw new IllegalArgumentException(ID + " takes one argument, a kind of tie: " + String.join(", ", known));
		}
		if (target instanceof Actor actor && EcoreUtil.getRootContainer(actor) instanceof HelixModel model) {
			return new ArrayList<EObject>(EcosystemTies.of(model).tiedFrom(actor, kind));
		}
		return List.of();
	}

	/**
	 * Who is tied to whom: the features the ties are derived from ({@link EcosystemTies#STRUCTURE}) and containment;
	 * not names, which only label ties and are not part of the result.
	 */
	@Override
	public Dependencies reads(List<Object> arguments) {
		return Dependencies.of(java.util.Set.of(), EcosystemTies.STRUCTURE, true);
	}
}
