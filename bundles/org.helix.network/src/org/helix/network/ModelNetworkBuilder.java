package org.helix.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.helix.model.core.HelixKind;
import org.helix.model.core.HelixModel;
import org.helix.model.core.NamedElement;
import org.helix.model.ecosystem.Actor;
import org.helix.model.ecosystem.Cluster;
import org.helix.model.ecosystem.DecarbonisationProject;
import org.helix.model.ecosystem.FundingInstrument;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.Person;
import org.helix.model.ecosystem.PolicyInstrument;
import org.helix.model.ecosystem.Relationship;
import org.helix.model.ecosystem.ValueChain;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.Membership;
import org.helix.model.governance.StakeholderInput;
import org.helix.model.materials.MaterialActivity;
import org.helix.model.materials.MaterialFlow;
import org.helix.model.programme.PriorityAction;

/**
 * Derives the ecosystem network of a model: who is connected to whom. The nodes are the actors: every organisation
 * (also those without ties, so the map shows them), and people who have no organisation but take part in a tie. A
 * person with an organisation stands for that organisation (a membership "VLAIO, in the person of X" ties VLAIO).
 * The ties come from what the model already knows, each with its {@link TieKind}:
 * <ul>
 * <li>{@code Relationship}s whose two ends are actors ({@link TieKind#RELATIONSHIP}, directed unless bidirectional);</li>
 * <li>governance bodies: every two of its members, chair, trekker, secretariat and owning organisation
 * ({@link TieKind#BODY_MEMBERSHIP}, mutual);</li>
 * <li>clusters: every two of its members and cluster organisation ({@link TieKind#CLUSTER_MEMBERSHIP}, mutual);</li>
 * <li>decarbonisation projects: every two of its companies ({@link TieKind#PROJECT_PARTNER}, mutual);</li>
 * <li>value chains: material flows from → to (directed), and every two organisations with an activity on a stage of
 * the same value chain ({@link TieKind#VALUE_CHAIN}, mutual);</li>
 * <li>funding: the funding source and the manager of an instrument to the companies of each project the instrument
 * funds ({@link TieKind#FUNDING}, directed);</li>
 * <li>advice: the submitters of a stakeholder input to its addressees ({@link TieKind#ADVICE}, directed);</li>
 * <li>priority actions: every two of its lead, project leader and involved actors ({@link TieKind#ACTION}, mutual);</li>
 * <li>an organisation to its parent ({@link TieKind#AFFILIATION}, directed).</li>
 * </ul>
 * Each tie remembers the element that makes it ({@link Tie#via()}). The builder only reads the model; call it on a
 * snapshot when the model can be edited meanwhile.
 */
public final class ModelNetworkBuilder {

	private final EcosystemNetwork network = new EcosystemNetwork();

	private ModelNetworkBuilder() {
	}

	public static EcosystemNetwork build(HelixModel model) {
		ModelNetworkBuilder builder = new ModelNetworkBuilder();
		for (Actor actor : model.getActors()) {
			if (actor instanceof Organisation organisation) {
				builder.node(organisation);
			}
		}
		Map<ValueChain, Set<Actor>> valueChains = new LinkedHashMap<>();
		for (var contents = model.eAllContents(); contents.hasNext();) {
			EObject object = contents.next();
			if (object instanceof Organisation organisation) {
				builder.node(organisation);
				builder.tie(organisation, organisation.getParent(), TieKind.AFFILIATION, true, organisation.getName());
			} else if (object instanceof Relationship relationship) {
				if (relationship.getSource() instanceof Actor source && relationship.getTarget() instanceof Actor target) {
					builder.tie(source, target, TieKind.RELATIONSHIP, !Boolean.TRUE.equals(relationship.getBidirectional()),
							relationship.getKind() == null ? null : relationship.getKind().getLiteral());
				}
			} else if (object instanceof GovernanceBody body) {
				List<Actor> members = new ArrayList<>();
				for (Membership membership : body.getMemberships()) {
					members.add(membership.getOrganisation() != null ? membership.getOrganisation() : membership.getPerson());
				}
				members.add(body.getChair());
				members.add(body.getTrekker());
				members.add(body.getSecretariat());
				members.add(body.getOrganisation());
				builder.clique(members, TieKind.BODY_MEMBERSHIP, body.getName());
			} else if (object instanceof Cluster cluster) {
				List<Actor> members = new ArrayList<>(cluster.getMembers());
				members.add(cluster.getClusterOrganisation());
				builder.clique(members, TieKind.CLUSTER_MEMBERSHIP, cluster.getName());
			} else if (object instanceof DecarbonisationProject project) {
				builder.clique(new ArrayList<>(project.getCompanies()), TieKind.PROJECT_PARTNER, project.getName());
				for (PolicyInstrument instrument : project.getFundedBy()) {
					List<Actor> funders = new ArrayList<>();
					funders.add(instrument.getManager());
					if (instrument instanceof FundingInstrument funding) {
						funders.add(funding.getFundingSource());
					}
					for (Actor funder : distinct(funders)) {
						for (Organisation company : project.getCompanies()) {
							builder.tie(funder, company, TieKind.FUNDING, true, instrument.getName());
						}
					}
				}
			} else if (object instanceof MaterialFlow flow) {
				builder.tie(flow.getFrom(), flow.getTo(), TieKind.VALUE_CHAIN, true, name(flow.eContainer()));
			} else if (object instanceof MaterialActivity activity && activity.getStage() != null
					&& activity.getStage().eContainer() instanceof ValueChain chain && activity.getOrganisation() != null) {
				valueChains.computeIfAbsent(chain, c -> new LinkedHashSet<>()).add(activity.getOrganisation());
			} else if (object instanceof StakeholderInput input) {
				for (Actor submitter : distinct(input.getSubmittedBy())) {
					for (Actor addressee : distinct(input.getAddressees())) {
						builder.tie(submitter, addressee, TieKind.ADVICE, true, input.getName());
					}
				}
			} else if (object instanceof PriorityAction action) {
				List<Actor> team = new ArrayList<>();
				team.add(action.getLead());
				team.add(action.getProjectLeader());
				team.addAll(action.getInvolvedActors());
				builder.clique(team, TieKind.ACTION, action.getCode() != null ? action.getCode() : action.getName());
			}
		}
		valueChains.forEach((chain, members) -> builder.clique(new ArrayList<>(members), TieKind.VALUE_CHAIN, chain.getName()));
		return builder.network;
	}

	/** The actor that stands for this one in the network: a person's organisation when it has one. */
	private static Actor representative(Actor actor) {
		if (actor instanceof Person person && person.getOrganisation() != null) {
			return person.getOrganisation();
		}
		return actor;
	}

	private String node(Actor actor) {
		Actor node = representative(actor);
		String label = node.getName() != null ? node.getName()
				: node instanceof Organisation organisation && organisation.getAbbreviation() != null ? organisation.getAbbreviation() : node.getId();
		HelixKind helix = node.getHelix();
		String group = helix == null || helix == HelixKind.UNSPECIFIED ? null : helix.getLiteral();
		String id = node.getId() != null ? node.getId() : "@" + System.identityHashCode(node);
		network.addNode(new NetworkNode(id, label, node.eClass().getName(), group));
		return id;
	}

	private void tie(Actor source, Actor target, TieKind kind, boolean directed, String via) {
		if (source == null || target == null) {
			return;
		}
		network.addTie(new Tie(node(source), node(target), kind, directed, 1.0, via));
	}

	/** A mutual tie between every two distinct actors of the list (nulls and repeats are ignored). */
	private void clique(List<Actor> actors, TieKind kind, String via) {
		List<Actor> members = distinct(actors);
		for (int i = 0; i < members.size(); i++) {
			for (int j = i + 1; j < members.size(); j++) {
				tie(members.get(i), members.get(j), kind, false, via);
			}
		}
	}

	private static List<Actor> distinct(List<? extends Actor> actors) {
		Set<Actor> seen = new LinkedHashSet<>();
		for (Actor actor : actors) {
			if (actor != null) {
				seen.add(representative(actor));
			}
		}
		return new ArrayList<>(seen);
	}

	private static String name(EObject object) {
		return object instanceof NamedElement named ? named.getName() : null;
	}
}
