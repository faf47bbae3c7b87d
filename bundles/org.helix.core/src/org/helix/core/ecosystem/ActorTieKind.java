package org.helix.core.ecosystem;

import java.util.Locale;

/**
 * The kinds of tie between actors that a model holds without drawing them: each comes from one part of the model, so
 * the network analysis can select it ({@code --ties}) and the ecosystem diagram can show or hide it as a layer. The
 * {@link #id()} is the name used in JSON, CSV, on the command line and in diagram expressions.
 */
public enum ActorTieKind {
	/** An explicit {@code Relationship} between two actors; directed from source to target unless bidirectional. */
	RELATIONSHIP("explicit relationship"),
	/** Two actors take part in the same governance body (membership, chair, trekker, secretariat, owning organisation). */
	BODY_MEMBERSHIP("members of the same governance body"),
	/** Two actors belong to the same cluster (members and the cluster organisation). */
	CLUSTER_MEMBERSHIP("members of the same cluster"),
	/** Two companies are partners in the same decarbonisation project. */
	PROJECT_PARTNER("partners in the same decarbonisation project"),
	/** A material flow from one organisation to another, or two organisations active in the same value chain. */
	VALUE_CHAIN("positions in the same value chain, material flows"),
	/** The source or manager of a policy or funding instrument to the companies of the projects it funds. */
	FUNDING("funding: instrument source or manager to funded project companies"),
	/** A stakeholder input (advice) from the actors who submit it to the actors it is addressed to. */
	ADVICE("advice: submitter to addressee"),
	/** Two actors work on the same priority action (lead, project leader, involved actors). */
	ACTION("working on the same priority action"),
	/** An organisation to its parent organisation. */
	AFFILIATION("organisation to parent organisation");

	private final String description;

	ActorTieKind(String description) {
		this.description = description;
	}

	/** Lower case with hyphens, e.g. {@code body-membership}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public String description() {
		return description;
	}

	/** @return the kind with this {@link #id()}, or {@code null} */
	public static ActorTieKind byId(String id) {
		for (ActorTieKind kind : values()) {
			if (kind.id().equals(id)) {
				return kind;
			}
		}
		return null;
	}
}
