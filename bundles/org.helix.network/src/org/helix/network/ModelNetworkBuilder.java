package org.helix.network;

import org.helix.core.ecosystem.ActorTie;
import org.helix.core.ecosystem.EcosystemTies;
import org.helix.model.core.HelixKind;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.Actor;
import org.helix.model.ecosystem.Organisation;

/**
 * The ecosystem network of a model: who is connected to whom. The actors and ties are derived by
 * {@link EcosystemTies} in org.helix.core (shared with the ecosystem diagram, which draws the same ties as layers):
 * every organisation is a node (also one without ties, so the map shows it), a person with an organisation stands for
 * it, and each tie has its kind ({@link TieKind} names the same kinds as {@code ActorTieKind}, plus {@link TieKind#EDGE}
 * for edge lists). Each tie remembers the label of the element that makes it ({@link Tie#via()}). The builder only
 * reads the model; call it on a snapshot when the model can be edited meanwhile.
 */
public final class ModelNetworkBuilder {

	private ModelNetworkBuilder() {
	}

	public static EcosystemNetwork build(HelixModel model) {
		EcosystemTies derived = EcosystemTies.derive(model);
		EcosystemNetwork network = new EcosystemNetwork();
		for (Actor actor : derived.actors()) {
			network.addNode(node(actor));
		}
		for (ActorTie tie : derived.ties()) {
			network.addTie(new Tie(id(tie.source()), id(tie.target()), TieKind.of(tie.kind()), tie.directed(), 1.0, tie.label()));
		}
		return network;
	}

	private static NetworkNode node(Actor node) {
		String label = node.getName() != null ? node.getName()
				: node instanceof Organisation organisation && organisation.getAbbreviation() != null ? organisation.getAbbreviation() : node.getId();
		HelixKind helix = node.getHelix();
		String group = helix == null || helix == HelixKind.UNSPECIFIED ? null : helix.getLiteral();
		return new NetworkNode(id(node), label, node.eClass().getName(), group);
	}

	private static String id(Actor node) {
		return node.getId() != null ? node.getId() : "@" + System.identityHashCode(node);
	}
}
