package org.helix.scoring.materials;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.helix.model.core.HelixModel;
import org.helix.model.core.NamedElement;
import org.helix.model.ecosystem.Cluster;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.Sector;
import org.helix.model.ecosystem.Technology;
import org.helix.model.ecosystem.ValueChain;
import org.helix.model.materials.MaterialActivity;
import org.helix.model.materials.MaterialFlow;
import org.helix.model.materials.MaterialsStrategy;
import org.helix.model.materials.PolicyTrack;
import org.helix.model.materials.RawMaterial;
import org.helix.model.materials.TrackAction;

/**
 * The dependency cascade of a raw material ("wegvallen van een schakel", seed 003): what depends on it, as a tree.
 * Under the material: the technologies that use it (each with its sectors), the sectors that use it, the companies
 * with an activity on it or receiving a flow of it (each with the clusters it is a member of), the value chains whose
 * stages those activities sit in, the policy tracks of the materials strategy that name it (each with its actions),
 * and the materials won as by-products of it (germanium from zinc residues, {@code hostMaterials}), each with its own
 * cascade. Only links the model holds are followed; a kind without links is left out.
 */
public final class Cascade {

	public enum Kind {
		MATERIAL, BY_PRODUCT, TECHNOLOGY, SECTOR, COMPANY, CLUSTER, VALUE_CHAIN, POLICY_TRACK, PROGRAMME_ACTION
	}

	/** One node: the element (null for an action without a name), its label, how it depends, and its children. */
	public record Node(Kind kind, EObject element, String label, String via, List<Node> children) {

		public Node {
			children = List.copyOf(children);
		}

		/** All nodes of a kind below (and including) this one, depth first. */
		public List<Node> find(Kind wanted) {
			List<Node> found = new ArrayList<>();
			collect(this, wanted, found);
			return found;
		}

		private static void collect(Node node, Kind wanted, List<Node> found) {
			if (node.kind() == wanted) {
				found.add(node);
			}
			for (Node child : node.children()) {
				collect(child, wanted, found);
			}
		}

		/** The tree as indented text, two spaces a level. */
		public String render() {
			StringBuilder text = new StringBuilder();
			render(this, 0, text);
			return text.toString();
		}

		private static void render(Node node, int depth, StringBuilder text) {
			text.append("  ".repeat(depth)).append(node.kind().name().toLowerCase().replace('_', ' ')).append(": ")
					.append(node.label());
			if (node.via() != null) {
				text.append(" (").append(node.via()).append(')');
			}
			text.append('\n');
			for (Node child : node.children()) {
				render(child, depth + 1, text);
			}
		}
	}

	private Cascade() {
	}

	public static Node of(RawMaterial material) {
		return build(material, Kind.MATERIAL, null, new HashSet<>());
	}

	private static Node build(RawMaterial material, Kind kind, String via, Set<RawMaterial> seen) {
		seen.add(material);
		HelixModel model = EcoreUtil.getRootContainer(material) instanceof HelixModel root ? root : null;
		List<Node> children = new ArrayList<>();
		for (Technology technology : material.getUsedIn()) {
			List<Node> sectors = new ArrayList<>();
			for (Sector sector : technology.getSectors()) {
				sectors.add(leaf(Kind.SECTOR, sector, "sector of the technology"));
			}
			children.add(new Node(Kind.TECHNOLOGY, technology, technology.getName(), "uses " + material.getName(),
					sectors));
		}
		for (Sector sector : material.getSectors()) {
			children.add(leaf(Kind.SECTOR, sector, "uses " + material.getName()));
		}
		Set<Organisation> companies = new LinkedHashSet<>();
		List<String> roles = new ArrayList<>();
		Set<ValueChain> chains = new LinkedHashSet<>();
		for (MaterialActivity activity : material.getActivities()) {
			if (activity.getOrganisation() != null && companies.add(activity.getOrganisation())) {
				roles.add(activity.getRole().getLiteral().toLowerCase() + " " + material.getName());
			}
			if (activity.getStage() != null && activity.getStage().eContainer() instanceof ValueChain chain) {
				chains.add(chain);
			}
		}
		for (MaterialFlow flow : material.getFlows()) {
			if (flow.getTo() != null && companies.add(flow.getTo())) {
				roles.add("receives " + material.getName() + " from "
						+ (flow.getFrom() == null ? "an unnamed supplier" : flow.getFrom().getName()));
			}
		}
		int i = 0;
		for (Organisation company : companies) {
			List<Node> clusters = new ArrayList<>();
			if (model != null) {
				for (Cluster cluster : model.getClusters()) {
					if (cluster.getMembers().contains(company)) {
						clusters.add(leaf(Kind.CLUSTER, cluster, "member"));
					}
				}
			}
			children.add(new Node(Kind.COMPANY, company, company.getName(), roles.get(i++), clusters));
		}
		for (ValueChain chain : chains) {
			children.add(leaf(Kind.VALUE_CHAIN, chain, "activities on " + material.getName() + " in its stages"));
		}
		if (model != null) {
			for (MaterialsStrategy strategy : model.getMaterialsStrategies()) {
				for (PolicyTrack track : strategy.getTracks()) {
					if (track.getMaterials().contains(material)) {
						List<Node> actions = new ArrayList<>();
						for (TrackAction action : track.getSubActions()) {
							actions.add(new Node(Kind.PROGRAMME_ACTION, action, action.getText(), null, List.of()));
						}
						children.add(new Node(Kind.POLICY_TRACK, track,
								(track.getCode() == null ? "" : track.getCode() + " ") + track.getName(),
								"names " + material.getName(), actions));
					}
				}
			}
			for (RawMaterial other : model.getRawMaterials()) {
				if (other.getHostMaterials().contains(material) && !seen.contains(other)) {
					children.add(build(other, Kind.BY_PRODUCT, "won as a by-product of " + material.getName(), seen));
				}
			}
		}
		return new Node(kind, material, material.getName(), via, children);
	}

	private static Node leaf(Kind kind, NamedElement element, String via) {
		return new Node(kind, element, element.getName(), via, List.of());
	}
}
