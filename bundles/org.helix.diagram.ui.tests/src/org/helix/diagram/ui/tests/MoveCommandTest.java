package org.helix.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.command.CommandStack;
import org.helix.diagram.layout.LayoutEngine;
import org.helix.diagram.layout.LayoutResult;
import org.helix.diagram.model.notation.Edge;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.ui.editor.NodeMoves;
import org.helix.diagram.ui.export.DiagramExports;
import org.helix.examples.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's move: one command that pins the node, straightens its edges, and one undo puts everything back. */
class MoveCommandTest {

	@TempDir
	Path folder;

	@Test
	void moveKeepsTheNodeThereThroughALayoutAndUndoRestores() throws Exception {
		DiagramExports.Opened opened = Fixtures.open(Example.KLIMAATSPRONG, "org.helix.viewpoint.governance", folder);
		try {
			CommandStack stack = opened.session().domain().getCommandStack();
			Edge edge = opened.diagram().getEdges().stream().filter(e -> !e.getBendPoints().isEmpty()).findFirst().orElseThrow();
			Node node = edge.getSource();
			double x = node.getX(), y = node.getY();
			int bends = edge.getBendPoints().size();
			assertFalse(node.isPinned());

			stack.execute(NodeMoves.move(opened.diagram(), Map.of(node, new double[] { x + 500, y + 300 }), true));
			assertEquals(x + 500, node.getX());
			assertEquals(y + 300, node.getY());
			assertTrue(node.isPinned(), "a node the user moved is pinned");
			assertEquals(0, edge.getBendPoints().size(), "its edges are straight until the next layout");

			LayoutResult layout = LayoutEngine.compute(opened.diagram(), DiagramExports.configuration(opened.description()), null);
			stack.execute(LayoutEngine.applyCommand(opened.diagram(), layout));
			assertEquals(x + 500, node.getX(), "a layout leaves a pinned node where the user put it");
			stack.undo();

			stack.undo();
			assertEquals(x, node.getX());
			assertEquals(y, node.getY());
			assertFalse(node.isPinned());
			assertEquals(bends, edge.getBendPoints().size());
			stack.redo();
			assertEquals(x + 500, node.getX());
			assertTrue(node.isPinned());
		} finally {
			opened.dispose();
		}
	}
}
