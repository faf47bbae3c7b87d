package org.helix.diagram.layout;

import org.eclipse.elk.alg.force.options.StressOptions;
import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.GreedySwitchType;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.graph.ElkNode;
import org.helix.diagram.model.description.LayoutKind;

/** The ELK set-ups Helix uses. Each sets its options on the root and on every container of the ELK graph. */
public enum LayoutConfiguration {

	/** ELK layered with its defaults: the reference the benchmark compares against. */
	ELK_LAYERED_DEFAULT {
		@Override
		void configure(ElkNode graph) {
			graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		}
	},
	/**
	 * Layered for flows and hierarchies (top to bottom), with the expensive phases turned down: one crossing
	 * minimisation pass without random restarts or greedy switching, longest-path layering, simple node placement and
	 * polyline routing. The drawing is a little less tidy; on large networks it is several times faster.
	 */
	LAYERED_FAST {
		@Override
		void configure(ElkNode graph) {
			graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
			graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
			graph.setProperty(LayeredOptions.THOROUGHNESS, 1);
			graph.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.LAYER_SWEEP);
			graph.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, GreedySwitchType.OFF);
			graph.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.LONGEST_PATH);
			graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
			graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
		}
	},
	/** Layered top to bottom with ELK's defaults otherwise: hierarchies such as dimensions → objectives → actions. */
	LAYERED {
		@Override
		void configure(ElkNode graph) {
			graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
			graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
			// keep the (sorted, model-ordered) input order where it costs no crossings: stages stay in sequence
			graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
			// unconnected parts side by side rather than in one long row
			graph.setProperty(CoreOptions.ASPECT_RATIO, 1.6);
			graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 30.0);
			// room between layers for the edge labels
			graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 50.0);
			graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 14.0);
			// at most four nodes in a layer: the ten bodies reporting to one council spread over three layers instead
			// of one row wider than a screen
			graph.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.COFFMAN_GRAHAM);
			graph.setProperty(LayeredOptions.LAYERING_COFFMAN_GRAHAM_LAYER_BOUND, 4);
			graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.NETWORK_SIMPLEX);
		}
	},
	/**
	 * For large diagrams: the network is split into clusters of densely connected nodes ({@link Clusters}), each laid
	 * out with the {@link #LAYERED_FAST} options as a graph of its own, and the clusters are packed in rows; edges
	 * between clusters are straight. {@link #LAYERED}, {@link #STRESS} and {@link #FORCE} switch to it above
	 * {@link #LARGE_DIAGRAM} visible nodes (see {@link #forSize}).
	 */
	CLUSTERED {
		@Override
		void configure(ElkNode graph) {
			LAYERED_FAST.configure(graph);
			graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
		}
	},
	/**
	 * {@link #LAYERED} from left to right: many elements serving one (actions of a dimension, objectives of an
	 * objective) become a column instead of a row, and the parts pack into a screen-shaped drawing.
	 */
	LAYERED_RIGHT {
		@Override
		void configure(ElkNode graph) {
			LAYERED.configure(graph);
			graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
			// columns of up to five: nine objectives serving one make two columns (four gave a wider drawing)
			graph.setProperty(LayeredOptions.LAYERING_COFFMAN_GRAHAM_LAYER_BOUND, 5);
			graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 16.0);
			graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 60.0);
		}
	},
	/** Stress majorization for networks; pinned nodes stay where they are (stress supports fixed nodes). */
	STRESS {
		@Override
		void configure(ElkNode graph) {
			graph.setProperty(CoreOptions.ALGORITHM, StressOptions.ALGORITHM_ID);
			// stress aims at edge lengths, not at gaps between nodes: ask for edges longer than a node is wide
			graph.setProperty(StressOptions.DESIRED_EDGE_LENGTH, 220.0);
		}
	},
	/** Force-directed (Eades / Fruchterman-Reingold) for small networks. */
	FORCE {
		@Override
		void configure(ElkNode graph) {
			graph.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.force");
		}
	},
	/** Mr. Tree for strict trees. */
	TREE {
		@Override
		void configure(ElkNode graph) {
			graph.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.mrtree");
		}
	};

	/**
	 * Above this many visible nodes (containers and their entries count) {@link #LAYERED}, {@link #STRESS} and
	 * {@link #FORCE} give way to {@link #CLUSTERED}: ELK layered needs seconds there, stress and force grow with the
	 * square of the node count, and a drawing that size is read cluster by cluster anyway. The shipped examples'
	 * diagrams stay well below it (the largest, the Klimaatsprong ecosystem, has about 150 nodes).
	 */
	public static final int LARGE_DIAGRAM = 400;

	abstract void configure(ElkNode graph);

	/** Whether this is ELK layered, which routes edges (orthogonally when an edge style asks for it). */
	public boolean isLayered() {
		return this != STRESS && this != FORCE && this != TREE;
	}

	/** The configuration a description's layout kind asks for (LAYERED when it names none). */
	public static LayoutConfiguration of(LayoutKind kind) {
		return switch (kind == null ? LayoutKind.LAYERED : kind) {
		case STRESS -> STRESS;
		case FORCE -> FORCE;
		case TREE -> TREE;
		case LAYERED_RIGHT -> LAYERED_RIGHT;
		default -> LAYERED;
		};
	}

	/** The configuration to use for a diagram of {@code visibleNodes} nodes. */
	public LayoutConfiguration forSize(int visibleNodes) {
		boolean adapts = this == LAYERED || this == LAYERED_RIGHT || this == STRESS || this == FORCE;
		return adapts && visibleNodes > LARGE_DIAGRAM ? CLUSTERED : this;
	}
}
