package org.helix.diagram.ui.editor;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.helix.diagram.layout.BorderNodes;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.model.notation.Edge;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.sync.RecordingCommand;

/** Commands that move nodes on a diagram. */
public final class NodeMoves {

	private NodeMoves() {
	}

	/**
	 * Moves nodes to new positions (in their container's coordinates) as one undoable command. A node the user put
	 * somewhere is pinned, so a later layout leaves it there; the bend points of its edges would point to the old
	 * place, so those edges become straight.
	 */
	public static Command move(Diagram diagram, Map<Node, double[]> positions, boolean pin) {
		return new RecordingCommand(positions.size() == 1 ? "Move node" : "Move " + positions.size() + " nodes",
				List.of(diagram.eResource()), () -> {
					positions.forEach((node, wanted) -> {
						// a border node moves along its parent's outline only
						double[] p = BorderNodes.isBorderNode(node) ? BorderNodes.snap(node, wanted[0], wanted[1]) : wanted;
						node.setX(p[0]);
						node.setY(p[1]);
						node.setPlaced(true);
						if (pin) {
							node.setPinned(true);
						}
					});
					for (Edge edge : diagram.getEdges()) {
						if (!edge.getBendPoints().isEmpty() && (moved(positions, edge.getSource()) || moved(positions, edge.getTarget()))) {
							edge.getBendPoints().clear();
						}
					}
				});
	}

	/** Whether the node moves: it is moved itself, or it is a border node of a moved node (which carries it). */
	private static boolean moved(Map<Node, double[]> positions, Node node) {
		return positions.containsKey(node) || BorderNodes.isBorderNode(node) && positions.containsKey(BorderNodes.parent(node));
	}
}
