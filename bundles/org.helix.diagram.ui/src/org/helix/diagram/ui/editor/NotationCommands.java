package org.helix.diagram.ui.editor;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.EList;
import org.helix.diagram.layout.LayoutEngine;
import org.helix.diagram.layout.LayoutResult;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.model.notation.Edge;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.sync.DiagramSynchronizer;
import org.helix.diagram.sync.RecordingCommand;

/** Undoable changes to the notation only (the semantic model is untouched): size, pins, layers and filters. */
public final class NotationCommands {

	/** Nodes cannot be made smaller than this, so their label and handles stay usable. */
	public static final double MIN_SIZE = 20;

	private NotationCommands() {
	}

	/** New bounds (container coordinates) for a node the user resized; it is pinned, like a moved node. */
	public static Command resize(Diagram diagram, Node node, double x, double y, double width, double height) {
		return new RecordingCommand("Resize node", List.of(diagram.eResource()), () -> {
			node.setX(x);
			node.setY(y);
			node.setWidth(Math.max(MIN_SIZE, width));
			node.setHeight(Math.max(MIN_SIZE, height));
			node.setPlaced(true);
			node.setPinned(true);
			straighten(diagram, List.of(node));
		});
	}

	/** Pins nodes (a layout leaves them where they are) or unpins them (the next Arrange All may move them). */
	public static Command pin(Diagram diagram, Collection<Node> nodes, boolean pinned) {
		return new RecordingCommand(pinned ? "Pin" : "Unpin", List.of(diagram.eResource()),
				() -> nodes.forEach(node -> node.setPinned(pinned)));
	}

	/**
	 * Switches an optional layer or a filter on or off, stored in the diagram, and refreshes the diagram in the same
	 * command: nodes that appear are placed beside their neighbours, so one undo takes the whole step back.
	 */
	public static Command toggle(Diagram diagram, DiagramSynchronizer synchronizer, boolean layer, String id, boolean active) {
		EList<String> ids = layer ? diagram.getActiveLayers() : diagram.getActiveFilters();
		String label = (active ? "Show " : "Hide ") + (layer ? "layer " : "filter ") + id;
		return new RecordingCommand(label, List.of(diagram.eResource()), () -> {
			if (active && !ids.contains(id)) {
				ids.add(id);
			} else if (!active) {
				ids.remove(id);
			}
			synchronizer.markDirty();
			synchronizer.refresh();
			LayoutResult placed = LayoutEngine.placeNew(diagram);
			placed.bounds().forEach((node, b) -> {
				node.setX(b[0]);
				node.setY(b[1]);
				node.setWidth(b[2]);
				node.setHeight(b[3]);
				node.setPlaced(true);
			});
		});
	}

	/** Bend points lead to a node's old place, so its edges become straight until the next layout. */
	static void straighten(Diagram diagram, Collection<Node> nodes) {
		for (Edge edge : diagram.getEdges()) {
			if (nodes.contains(edge.getSource()) || nodes.contains(edge.getTarget())) {
				edge.getBendPoints().clear();
			}
		}
	}
}
