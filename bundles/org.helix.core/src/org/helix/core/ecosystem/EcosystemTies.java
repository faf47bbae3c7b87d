package org.helix.core.ecosystem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
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
 * Who is tied to whom in a model, derived from what the model already knows. This is pure model logic, shared by the
 * network analysis (org.helix.network builds its graph from it) and the ecosystem diagram (which draws each kind as a
 * layer), so both always show the same network. The actors are every organisation (also those without ties), and
 * people who have no organisation but take part in a tie; a person with an organisation stands for that organisation
 * (a membership "VLAIO, in the person of X" ties VLAIO). The ties, each with its {@link ActorTieKind}:
 * <ul>
 * <li>{@code Relationship}s whose two ends are actors (directed unless bidirectional);</li>
 * <li>governance bodies: every two of its members, chair, trekker, secretariat and owning organisation (mutual);</li>
 * <li>clusters: every two of its members and cluster organisation (mutual);</li>
 * <li>decarbonisation projects: every two of its companies (mutual);</li>
 * <li>value chains: material flows from → to (directed), and every two organisations with an activity on a stage of
 * the same value chain (mutual);</li>
 * <li>funding: the funding source and the manager of an instrument to the companies of each project it funds
 * (directed);</li>
 * <li>advice: the submitters of a stakeholder input to its addressees (directed);</li>
 * <li>priority actions: every two of its lead, project leader and involved actors (mutual);</li>
 * <li>an organisation to its parent (directed).</li>
 * </ul>
 * A body, cluster or project with <i>k</i> distinct participants gives <i>k(k−1)/2</i> ties. {@link #derive} only reads
 * the model; call it on a snapshot when the model can be edited meanwhile. {@link #of} caches the result on the model
 * until it changes, for callers on the thread that owns the model (diagram refreshes).
 */
public final class EcosystemTies {

	/**
	 * The features (by name, of any class) that decide which actors and ties {@link #derive} finds, their kinds and
	 * directions, besides containment (which objects are in the model, and where): what a change must touch to change
	 * who is tied to whom. Names, codes and a relationship's kind only label ties ({@link #LABELS}).
	 */
	public static final Set<String> STRUCTURE = Set.of("parent", "source", "target", "bidirectional", "memberships",
			"organisation", "person", "chair", "trekker", "secretariat", "members", "clusterOrganisation", "companies",
			"fundedBy", "manager", "fundingSource", "from", "to", "stage", "submittedBy", "addressees", "lead",
			"projectLeader", "involvedActors");
	/** The features the labels of ties are made of ({@link ActorTie#label()}). */
	public static final Set<String> LABELS = Set.of("name", "code", "kind");

	private final Set<Actor> actors = new LinkedHashSet<>();
	private final List<ActorTie> ties = new ArrayList<>();
	private Map<ActorTieKind, Map<Actor, List<ActorTie>>> byActor;
	private Map<Actor, Integer> order;

	private EcosystemTies() {
	}

	/** The actors, in the order they first appear (the model's organisations first), each once. */
	public List<Actor> actors() {
		return List.copyOf(actors);
	}

	/** Every tie, in model order; ties of an actor to itself included. */
	public List<ActorTie> ties() {
		return Collections.unmodifiableList(ties);
	}

	/** How many ties of each kind there are (ties of an actor to itself not counted). */
	public Map<ActorTieKind, Integer> counts() {
		Map<ActorTieKind, Integer> counts = new EnumMap<>(ActorTieKind.class);
		for (ActorTie tie : ties) {
			if (tie.source() != tie.target()) {
				counts.merge(tie.kind(), 1, Integer::sum);
			}
		}
		return counts;
	}

	/**
	 * The ties of one kind at an actor (as source or target, never to itself); a person with an organisation asks for
	 * the organisation's ties.
	 */
	public synchronized List<ActorTie> ties(Actor actor, ActorTieKind kind) {
		if (byActor == null) {
			byActor = new EnumMap<>(ActorTieKind.class);
			for (ActorTie tie : ties) {
				if (tie.source() != tie.target()) {
					Map<Actor, List<ActorTie>> ofKind = byActor.computeIfAbsent(tie.kind(), k -> new LinkedHashMap<>());
					ofKind.computeIfAbsent(tie.source(), a -> new ArrayList<>()).add(tie);
					ofKind.computeIfAbsent(tie.target(), a -> new ArrayList<>()).add(tie);
				}
			}
		}
		Map<Actor, List<ActorTie>> ofKind = byActor.get(kind);
		List<ActorTie> result = ofKind == null ? null : ofKind.get(representative(actor));
		return result == null ? List.of() : Collections.unmodifiableList(result);
	}

	/**
	 * The actors tied to {@code actor} by ties of one kind, each once, as a diagram draws them: for a directed tie the
	 * targets of the ties from it; for a mutual tie the partners that come after it in {@link #actors()}, so every pair
	 * is drawn once.
	 */
	public synchronized List<Actor> tiedFrom(Actor actor, ActorTieKind kind) {
		if (order == null) {
			order = new java.util.HashMap<>();
			for (Actor a : actors) {
				order.put(a, order.size());
			}
		}
		Actor self = representative(actor);
		Integer own = order.get(self);
		Set<Actor> result = new LinkedHashSet<>();
		for (ActorTie tie : ties(self, kind)) {
			if (tie.directed()) {
				if (tie.source() == self) {
					result.add(tie.target());
				}
			} else {
				Actor other = tie.source() == self ? tie.target() : tie.source();
				if (own != null && order.get(other) > own) {
					result.add(other);
				}
			}
		}
		return List.copyOf(result);
	}

	/**
	 * The ties of a model, cached on it until something they are derived from ({@link #STRUCTURE}, {@link #LABELS},
	 * containment) changes; call from the thread that owns the model.
	 */
	public static EcosystemTies of(HelixModel model) {
		return ModelCache.get(model, EcosystemTies.class, union(STRUCTURE, LABELS), EcosystemTies::derive);
	}

	/** Both sets of feature names. */
	public static Set<String> union(Set<String> some, Set<String> more) {
		Set<String> all = new java.util.HashSet<>(some);
		all.addAll(more);
		return Set.copyOf(all);
	}

	/** The ties of a model, derived afresh. */
	public static EcosystemTies derive(HelixModel model) {
		EcosystemTies result = new EcosystemTies();
		for (Actor actor : model.getActors()) {
			if (actor instanceof Organisation organisation) {
				result.actor(organisation);
			}
		}
		Map<ValueChain, Set<Actor>> valueChains = new LinkedHashMap<>();
		for (var contents = model.eAllContents(); contents.hasNext();) {
			EObject object = contents.next();
			if (object instanceof Organisation organisation) {
				result.actor(organisation);
				result.tie(organisation, organisation.getParent(), ActorTieKind.AFFILIATION, true, organisation, organisation.getName());
			} else if (object instanceof Relationship relationship) {
				if (relationship.getSource() instanceof Actor source && relationship.getTarget() instanceof Actor target) {
					result.tie(source, target, ActorTieKind.RELATIONSHIP, !Boolean.TRUE.equals(relationship.getBidirectional()),
							relationship, relationship.getKind() == null ? null : relationship.getKind().getLiteral());
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
				result.clique(members, ActorTieKind.BODY_MEMBERSHIP, body, body.getName());
			} else if (object instanceof Cluster cluster) {
				List<Actor> members = new ArrayList<>(cluster.getMembers());
				members.add(cluster.getClusterOrganisation());
				result.clique(members, ActorTieKind.CLUSTER_MEMBERSHIP, cluster, cluster.getName());
			} else if (object instanceof DecarbonisationProject project) {
				result.clique(new ArrayList<>(project.getCompanies()), ActorTieKind.PROJECT_PARTNER, project, project.getName());
				for (PolicyInstrument instrument : project.getFundedBy()) {
					List<Actor> funders = new ArrayList<>();
					funders.add(instrument.getManager());
					if (instrument instanceof FundingInstrument funding) {
						funders.add(funding.getFundingSource());
					}
					for (Actor funder : distinct(funders)) {
						for (Organisation company : project.getCompanies()) {
							result.tie(funder, company, ActorTieKind.FUNDING, true, instrument, instrument.getName());
						}
					}
				}
			} else if (object instanceof MaterialFlow flow) {
				result.tie(flow.getFrom(), flow.getTo(), ActorTieKind.VALUE_CHAIN, true, flow, name(flow.eContainer()));
			} else if (object instanceof MaterialActivity activity && activity.getStage() != null
					&& activity.getStage().eContainer() instanceof ValueChain chain && activity.getOrganisation() != null) {
				valueChains.computeIfAbsent(chain, c -> new LinkedHashSet<>()).add(activity.getOrganisation());
			} else if (object instanceof StakeholderInput input) {
				for (Actor submitter : distinct(input.getSubmittedBy())) {
					for (Actor addressee : distinct(input.getAddressees())) {
						result.tie(submitter, addressee, ActorTieKind.ADVICE, true, input, input.getName());
					}
				}
			} else if (object instanceof PriorityAction action) {
				List<Actor> team = new ArrayList<>();
				team.add(action.getLead());
				team.add(action.getProjectLeader());
				team.addAll(action.getInvolvedActors());
				result.clique(team, ActorTieKind.ACTION, action, action.getCode() != null ? action.getCode() : action.getName());
			}
		}
		valueChains.forEach((chain, members) -> result.clique(new ArrayList<>(members), ActorTieKind.VALUE_CHAIN, chain, chain.getName()));
		return result;
	}

	/** The actor that stands for this one in the network: a person's organisation when it has one. */
	public static Actor representative(Actor actor) {
		if (actor instanceof Person person && person.getOrganisation() != null) {
			return person.getOrganisation();
		}
		return actor;
	}

	private Actor actor(Actor actor) {
		Actor node = representative(actor);
		actors.add(node);
		return node;
	}

	private void tie(Actor source, Actor target, ActorTieKind kind, boolean directed, EObject via, String label) {
		if (source == null || target == null) {
			return;
		}
		ties.add(new ActorTie(actor(source), actor(target), kind, directed, via, label));
	}

	/** A mutual tie between every two distinct actors of the list (nulls and repeats are ignored). */
	private void clique(List<Actor> list, ActorTieKind kind, EObject via, String label) {
		List<Actor> members = distinct(list);
		for (int i = 0; i < members.size(); i++) {
			for (int j = i + 1; j < members.size(); j++) {
				tie(members.get(i), members.get(j), kind, false, via, label);
			}
		}
	}

	private static List<Actor> distinct(List<? extends Actor> list) {
		Set<Actor> seen = new LinkedHashSet<>();
		for (Actor actor : list) {
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
