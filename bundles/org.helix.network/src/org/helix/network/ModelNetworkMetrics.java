package org.helix.network;

import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.helix.core.ecosystem.EcosystemTies;
import org.helix.core.ecosystem.ModelCache;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.Person;

/**
 * The metrics of a model's whole ecosystem network (undirected, all tie kinds, the default seed), computed at most
 * once per change of what they are computed from ({@link #READS}): for diagram styling and tables, which ask for one
 * element at a time. The cache is an adapter on the model; call from the thread that owns the model (diagram refreshes
 * do).
 */
public final class ModelNetworkMetrics {

	/**
	 * The features (by name) the metrics are computed from besides containment: who is tied to whom
	 * ({@link EcosystemTies#STRUCTURE}), the actors' ids (the nodes) and their helix (the groups brokerage counts
	 * between). Not names: a renamed organisation keeps its metrics, and they are not recomputed.
	 */
	public static final Set<String> READS = EcosystemTies.union(EcosystemTies.STRUCTURE, Set.of("id", "helix"));

	private ModelNetworkMetrics() {
	}

	/** The metrics of the network of the model that contains {@code element}; null when it is in no Helix model. */
	public static NetworkMetrics of(EObject element) {
		EObject root = element == null ? null : EcoreUtil.getRootContainer(element);
		return root instanceof HelixModel model ? ModelCache.get(model, ModelNetworkMetrics.class, READS, ModelNetworkMetrics::compute) : null;
	}

	/** The node metrics of an actor (a person with an organisation counts as it); null for anything else. */
	public static NodeMetrics node(EObject element) {
		NetworkMetrics metrics = of(element);
		if (metrics == null) {
			return null;
		}
		EObject actor = element instanceof Person person && person.getOrganisation() != null ? person.getOrganisation() : element;
		String id = EcoreUtil.getID(actor);
		return id == null ? null : metrics.node(id);
	}

	/**
	 * One metric of an actor by name: {@code degree}, {@code inDegree}, {@code outDegree}, {@code betweenness},
	 * {@code closeness}, {@code eigenvector}, {@code pagerank}, {@code constraint}, {@code brokerage} (the total),
	 * {@code community}, {@code component}; null when the element is not a node.
	 *
	 * @throws IllegalArgumentException for an unknown name
	 */
	public static Number value(EObject element, String metric) {
		NodeMetrics node = node(element);
		Number value = switch (metric) {
		case "degree" -> node == null ? null : node.degree();
		case "inDegree" -> node == null ? null : node.inDegree();
		case "outDegree" -> node == null ? null : node.outDegree();
		case "betweenness" -> node == null ? null : node.betweenness();
		case "closeness" -> node == null ? null : node.closeness();
		case "eigenvector" -> node == null ? null : node.eigenvector();
		case "pagerank" -> node == null ? null : node.pagerank();
		case "constraint" -> node == null || Double.isNaN(node.constraint()) ? null : node.constraint();
		case "brokerage" -> node == null ? null : node.brokerage().total();
		case "community" -> node == null ? null : node.community();
		case "component" -> node == null ? null : node.component();
		default -> throw new IllegalArgumentException("unknown network metric '" + metric
				+ "'; known: degree, inDegree, outDegree, betweenness, closeness, eigenvector, pagerank, constraint, brokerage, community, component");
		};
		return value;
	}

	/** The metrics of all ties of a model, computed once until the model changes. */
	private static NetworkMetrics compute(HelixModel model) {
		EcosystemNetwork network = ModelNetworkBuilder.build(model);
		return NetworkMetrics.compute(network.graph(false, EcosystemNetwork.allKinds()), id -> network.node(id).group(),
				new NullProgressMonitor());
	}
}
