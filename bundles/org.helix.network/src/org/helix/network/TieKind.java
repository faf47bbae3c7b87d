package org.helix.network;

import java.util.Locale;

import org.helix.core.ecosystem.ActorTieKind;

/**
 * The kinds of tie the ecosystem network is made of: the kinds a model implies ({@link ActorTieKind}, derived in
 * org.helix.core and shared with the ecosystem diagram's layers) under the same names, and {@link #EDGE} for edge lists.
 * The CLI selects them with {@code --ties}. The {@link #id()} is the name used in JSON, CSV
 * and on the command line.
 */
public enum TieKind {
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
	AFFILIATION("organisation to parent organisation"),
	/** A row of an edge-list CSV file. */
	EDGE("edge of an edge list");

	private final String description;

	TieKind(String description) {
		this.description = description;
	}

	/** The name in JSON, CSV and on the command line: lower case with hyphens, e.g. {@code body-membership}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public String description() {
		return description;
	}

	/** The network's name for a kind of tie a model implies. */
	public static TieKind of(ActorTieKind kind) {
		return valueOf(kind.name());
	}

	/** @return the kind with this {@link #id()}, or {@code null} */
	public static TieKind byId(String id) {
		for (TieKind kind : values()) {
			if (kind.id().equals(id)) {
				return kind;
			}
		}
		return null;
	}
}
