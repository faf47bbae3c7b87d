package org.helix.diagram.layout;

import java.util.List;
import java.util.Map;

import org.helix.diagram.model.notation.Edge;
import org.helix.diagram.model.notation.Node;

/**
 * Positions computed by a layout, not yet applied to the notation: computing can run in a background Job while the
 * notation is only changed by {@link LayoutEngine#applyCommand}, on the thread that owns the command stack.
 */
public record LayoutResult(Map<Node, double[]> bounds, Map<Edge, List<double[]>> bendPoints, long millis) {
}
