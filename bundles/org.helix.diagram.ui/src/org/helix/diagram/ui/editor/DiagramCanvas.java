package org.helix.diagram.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.helix.diagram.layout.BorderNodes;
import org.helix.diagram.ui.render.LegendPainter;
import org.helix.diagram.viewpoint.Legend;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.helix.diagram.model.notation.DiagramElement;
import org.helix.diagram.model.notation.Edge;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.ui.render.DiagramRenderer;
import org.helix.diagram.ui.scene.Scene;
import org.helix.diagram.ui.scene.SceneEdge;
import org.helix.diagram.ui.scene.SceneNode;

/**
 * The drawing surface: shows a {@link Scene} at a zoom and scroll position, selects by click and marquee, drags
 * nodes and pans. It never changes the model itself: moves, clicks with a tool, connections and double clicks are
 * handed to the editor, which turns them into commands.
 * <p>
 * What a press, drag and release mean depends on the {@link Mode}: in {@link Mode#SELECT} they select, move, resize
 * and pan; in {@link Mode#CREATE_NODE} a click (press and release without dragging) asks for a node at that point;
 * in {@link Mode#CREATE_EDGE} a drag from a source node to a target node asks for a connection, with a rubber band
 * and target feedback (accepted or refused) while dragging. A click in that mode connects nothing.
 */
public class DiagramCanvas extends Canvas {

	public static final double MIN_ZOOM = 0.05, MAX_ZOOM = 4;

	/** What a left press, drag and release do. */
	public enum Mode {
		SELECT, CREATE_NODE, CREATE_EDGE
	}

	/** How the node under the pointer answers a connection being dragged. */
	public enum TargetFeedback {
		/** Not dragging a connection, or nothing under the pointer. */
		NONE,
		/** Releasing here connects. */
		ACCEPTED,
		/** Releasing here connects nothing (e.g. the source itself, or a kind of node the tool cannot connect to). */
		REFUSED
	}

	/** What the editor is told when the user finished dragging nodes: new positions in container coordinates. */
	public interface Listener {
		void moved(Map<Node, double[]> positions);

		/** A click with a creation tool armed, or a double click: diagram coordinates and what is under them. */
		void clicked(double x, double y, DiagramElement element, boolean doubleClick);

		/**
		 * Enter on the selected element: by default what a double click does; the editor makes it a direct edit, so
		 * that a mapping's double-click navigation does not take Enter away from renaming.
		 */
		default void enter(double x, double y, DiagramElement element) {
			clicked(x, y, element, true);
		}

		void selectionChanged(Set<DiagramElement> selection);

		/** The user dragged a resize handle: the node's new bounds in its container's coordinates. */
		default void resized(Node node, double x, double y, double width, double height) {
		}

		/** Whether the armed edge tool can connect these nodes; asked while a connection is dragged over target. */
		default boolean canConnect(Node source, Node target) {
			return false;
		}

		/** A connection was dragged from source and released on a target that {@link #canConnect} accepted. */
		default void connect(Node source, Node target) {
		}

		/** Whether an end of the edge can be dragged to another node (a reconnect tool applies to it). */
		default boolean canReconnect(Edge edge, boolean sourceEnd) {
			return false;
		}

		/** Whether releasing the dragged end on {@code node} reconnects; asked while the end is dragged over it. */
		default boolean canReconnect(Edge edge, boolean sourceEnd, Node node) {
			return false;
		}

		/** The end of the edge was dragged to {@code node}, which {@link #canReconnect(Edge, boolean, Node)} accepted. */
		default void reconnect(Edge edge, boolean sourceEnd, Node node) {
		}
	}

	/** Size of a resize handle, in pixels (it does not scale with the zoom). */
	static final int HANDLE = 7;

	private final DiagramRenderer renderer;
	private Scene scene;
	private double originX, originY, zoom = 1;
	private final Set<DiagramElement> selection = new LinkedHashSet<>();
	private Listener listener;
	private Mode mode = Mode.SELECT;
	/** While a connection is dragged: the node it starts from, the node under the pointer, and that node's answer. */
	private SceneNode connectionSource, connectionTarget;
	/** While an end of an edge is dragged to another node: the edge and which end (connectionTarget: the node under it). */
	private SceneEdge reconnecting;
	private boolean reconnectingSource;
	private TargetFeedback targetFeedback = TargetFeedback.NONE;

	// drag state, in diagram coordinates
	private int dragButton;
	private double downX, downY, lastX, lastY;
	private boolean dragging, marquee, draggingNodes;
	/** While resizing: the handle's corner (0 top left, 1 top right, 2 bottom right, 3 bottom left), else -1. */
	private int resizeCorner = -1;
	private SceneNode resizing;
	private final List<Runnable> viewListeners = new ArrayList<>();

	public DiagramCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.BORDER);
		renderer = new DiagramRenderer(getDisplay());
		addListener(SWT.Paint, this::paint);
		addListener(SWT.MouseDown, e -> down(e));
		addListener(SWT.MouseMove, e -> move(e));
		addListener(SWT.MouseUp, e -> up(e));
		addListener(SWT.MouseDoubleClick, e -> {
			DiagramElement element = elementAt(x(e.x), y(e.y));
			if (listener != null) {
				listener.clicked(x(e.x), y(e.y), element, true);
			}
		});
		addListener(SWT.MouseHover, e -> {
			String tooltip = badgeTooltip(x(e.x), y(e.y));
			SceneNode under = tooltip == null && scene != null ? scene.nodeAt(x(e.x), y(e.y)) : null;
			// a border node's label may be shortened beside it: the whole of it on hover
			setToolTipText(tooltip != null || under == null || under.borderSide() == null ? tooltip : under.label());
		});
		addListener(SWT.MouseVerticalWheel, this::wheel);
		addListener(SWT.KeyDown, this::key);
		addListener(SWT.Dispose, e -> renderer.dispose());
	}

	/** The tooltip of the decoration badge at (x, y) in diagram coordinates, null when there is none. */
	public String badgeTooltip(double x, double y) {
		if (scene == null) {
			return null;
		}
		for (int i = scene.nodes().size() - 1; i >= 0; i--) {
			org.helix.diagram.ui.scene.SceneNode node = scene.nodes().get(i);
			int badge = node.badgeAt(x, y);
			if (badge >= 0) {
				return node.badges().get(badge).tooltip();
			}
		}
		return null;
	}

	public void setListener(Listener listener) {
		this.listener = listener;
	}

	public void setScene(Scene scene) {
		this.scene = scene;
		selection.retainAll(union(scene)); // elements deleted since are no longer selected
		redraw();
		viewChanged();
	}

	/** Told whenever the scene, the zoom or the scroll position changed (the outline follows). */
	public void addViewListener(Runnable listener) {
		viewListeners.add(listener);
	}

	public void removeViewListener(Runnable listener) {
		viewListeners.remove(listener);
	}

	private void viewChanged() {
		List.copyOf(viewListeners).forEach(Runnable::run);
	}

	@Override
	public void redraw() {
		super.redraw();
		viewChanged();
	}

	/** The part of the diagram the canvas shows: x, y, width, height in diagram coordinates. */
	public double[] viewport() {
		Rectangle area = getClientArea();
		return new double[] { originX, originY, area.width / zoom, area.height / zoom };
	}

	/** Scrolls so that the diagram point (x, y) is in the middle of the canvas. */
	public void centerOn(double x, double y) {
		Rectangle area = getClientArea();
		originX = x - area.width / zoom / 2;
		originY = y - area.height / zoom / 2;
		redraw();
	}

	/** Scrolls as little as needed to show a node whole (when it fits). */
	public void reveal(SceneNode node) {
		double[] view = viewport();
		double margin = 20 / zoom;
		if (node.x() < view[0] + margin || node.x() + node.width() > view[0] + view[2] - margin) {
			originX = node.centerX() - view[2] / 2;
		}
		if (node.y() < view[1] + margin || node.y() + node.height() > view[1] + view[3] - margin) {
			originY = node.centerY() - view[3] / 2;
		}
		redraw();
	}

	private static Set<DiagramElement> union(Scene scene) {
		Set<DiagramElement> all = new LinkedHashSet<>(scene.byNode().keySet());
		all.addAll(scene.byEdge().keySet());
		return all;
	}

	public Scene scene() {
		return scene;
	}

	/** Selecting, or a creation tool armed: then presses go to the editor instead of selecting. */
	public void setMode(Mode mode) {
		this.mode = mode;
		endConnection();
		setCursor(getDisplay().getSystemCursor(mode == Mode.SELECT ? SWT.CURSOR_ARROW : SWT.CURSOR_CROSS));
	}

	public Mode mode() {
		return mode;
	}

	/** The answer of the node under the pointer while a connection is dragged (what the canvas shows). */
	public TargetFeedback targetFeedback() {
		return targetFeedback;
	}

	private void endConnection() {
		connectionSource = connectionTarget = null;
		reconnecting = null;
		targetFeedback = TargetFeedback.NONE;
	}

	/** Whether an end of an edge is being dragged to another node. */
	public boolean isReconnecting() {
		return reconnecting != null;
	}

	/**
	 * Where the end of the edge is drawn, in canvas pixels: the first point of its route for the source end, the last
	 * for the target end (the route is clipped to the nodes' outlines). Null when the edge is not shown.
	 */
	public org.eclipse.swt.graphics.Point endPoint(Edge edge, boolean sourceEnd) {
		SceneEdge shown = scene == null ? null : scene.byEdge().get(edge);
		if (shown == null || shown.points().length < 4) {
			return null;
		}
		double[] p = shown.points();
		int i = sourceEnd ? 0 : p.length - 2;
		return new org.eclipse.swt.graphics.Point((int) Math.round((p[i] - originX) * zoom), (int) Math.round((p[i + 1] - originY) * zoom));
	}

	/** The selected edge whose end handle is at (ex, ey) (canvas pixels): 0 its source end, 1 its target end, else -1. */
	private int edgeEndAt(int ex, int ey) {
		SceneEdge edge = reconnectableSelection();
		if (edge == null) {
			return -1;
		}
		for (int end = 0; end < 2; end++) {
			org.eclipse.swt.graphics.Point at = endPoint(edge.edge(), end == 0);
			if (at != null && Math.abs(at.x - ex) <= HANDLE && Math.abs(at.y - ey) <= HANDLE && listener.canReconnect(edge.edge(), end == 0)) {
				return end;
			}
		}
		return -1;
	}

	/** The only selected element, when it is an edge that a reconnect tool applies to. */
	private SceneEdge reconnectableSelection() {
		if (selection.size() != 1 || scene == null || listener == null || !(selection.iterator().next() instanceof Edge edge)) {
			return null;
		}
		SceneEdge shown = scene.byEdge().get(edge);
		return shown != null && (listener.canReconnect(edge, true) || listener.canReconnect(edge, false)) ? shown : null;
	}

	/** Escape while an end or a connection is dragged: nothing happens, the drag ends. */
	public void cancelDrag() {
		endConnection();
		dragButton = 0;
		dragging = marquee = draggingNodes = false;
		resizing = null;
		resizeCorner = -1;
		setCursor(getDisplay().getSystemCursor(mode == Mode.SELECT ? SWT.CURSOR_ARROW : SWT.CURSOR_CROSS));
		redraw();
	}

	public Set<DiagramElement> selection() {
		return Set.copyOf(selection);
	}

	public void select(Set<? extends DiagramElement> elements) {
		selection.clear();
		selection.addAll(elements);
		redraw();
		if (listener != null) {
			listener.selectionChanged(selection());
		}
	}

	public double zoom() {
		return zoom;
	}

	/** Zooms keeping the diagram point under the canvas point (cx, cy) in place. */
	public void zoomAt(double newZoom, int cx, int cy) {
		double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
		double dx = x(cx), dy = y(cy);
		zoom = z;
		originX = dx - cx / z;
		originY = dy - cy / z;
		redraw();
	}

	public void zoomBy(double factor) {
		Rectangle area = getClientArea();
		zoomAt(zoom * factor, area.width / 2, area.height / 2);
	}

	private List<Legend.Entry> legend = List.of();
	private boolean legendShown = true;
	private Rectangle legendBounds;

	/** The legend to show in the bottom-right corner (screen pixels; it does not zoom or scroll). */
	public void setLegend(List<Legend.Entry> entries) {
		legend = List.copyOf(entries);
		redraw();
	}

	public List<Legend.Entry> legend() {
		return legend;
	}

	/** Shows or hides the legend overlay. */
	public void setLegendShown(boolean shown) {
		legendShown = shown;
		if (!shown) {
			legendBounds = null; // nothing of it stays on the canvas after the repaint this asks for
		}
		redraw();
	}

	public boolean isLegendShown() {
		return legendShown;
	}

	/** Where the legend was last painted (canvas pixels), or null when it is hidden or empty. */
	public Rectangle legendBounds() {
		return legendBounds;
	}

	private void paintLegend(GC gc) {
		if (!legendShown || legend.isEmpty()) {
			legendBounds = null;
			return;
		}
		org.eclipse.swt.graphics.Point size = LegendPainter.size(gc, legend);
		Rectangle area = getClientArea();
		// bottom-right: the diagram opens on its top-left corner, where the legend would hide what matters most
		legendBounds = LegendPainter.paint(gc, legend, Math.max(0, area.width - size.x - 12), Math.max(0, area.height - size.y - 12));
	}

	/** The zoom a diagram opens at: 100 %, where labels have their normal font size (Fit makes them ~6 px). */
	public static final double OPENING_ZOOM = 1.0;

	/**
	 * The opening view, as Sirius and Archi open a diagram: at {@link #OPENING_ZOOM} with the top-left corner of the
	 * content in the top-left corner of the canvas (a small margin around it). Fit stays available (Ctrl+0).
	 */
	public void showTopLeft() {
		double margin = 20;
		zoom = OPENING_ZOOM;
		originX = (scene == null ? 0 : scene.minX()) - margin / zoom;
		originY = (scene == null ? 0 : scene.minY()) - margin / zoom;
		redraw();
	}

	/** Shows the whole diagram, at most at 100 %. */
	public void fit() {
		Rectangle area = getClientArea();
		if (scene == null || area.width == 0 || area.height == 0) {
			return;
		}
		double margin = 20;
		zoom = Math.max(MIN_ZOOM, Math.min(1, Math.min((area.width - 2 * margin) / Math.max(1, scene.width()),
				(area.height - 2 * margin) / Math.max(1, scene.height()))));
		originX = scene.minX() - (area.width / zoom - scene.width()) / 2;
		originY = scene.minY() - (area.height / zoom - scene.height()) / 2;
		redraw();
	}

	public void scrollBy(double dx, double dy) {
		originX += dx / zoom;
		originY += dy / zoom;
		redraw();
	}

	double x(int canvasX) {
		return originX + canvasX / zoom;
	}

	double y(int canvasY) {
		return originY + canvasY / zoom;
	}

	private void paint(Event e) {
		GC gc = e.gc;
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(e.x, e.y, e.width, e.height);
		if (scene == null) {
			return;
		}
		renderer.paint(gc, scene, originX, originY, zoom, new Rectangle(e.x, e.y, e.width, e.height), selection);
		paintLegend(gc);
		if (marquee) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
			gc.setLineStyle(SWT.LINE_DASH);
			gc.setLineWidth(1);
			int x0 = (int) ((Math.min(downX, lastX) - originX) * zoom), y0 = (int) ((Math.min(downY, lastY) - originY) * zoom);
			gc.drawRectangle(x0, y0, (int) (Math.abs(lastX - downX) * zoom), (int) (Math.abs(lastY - downY) * zoom));
		}
		SceneNode handles = handleNode();
		if (handles != null && !draggingNodes) {
			double[] b = resizing == handles && dragging ? resizedBounds() : new double[] { handles.x(), handles.y(), handles.width(), handles.height() };
			gc.setLineStyle(SWT.LINE_SOLID);
			gc.setLineWidth(1);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
			if (resizing == handles && dragging) {
				gc.setLineStyle(SWT.LINE_DOT);
				gc.drawRectangle((int) ((b[0] - originX) * zoom), (int) ((b[1] - originY) * zoom), (int) (b[2] * zoom), (int) (b[3] * zoom));
				gc.setLineStyle(SWT.LINE_SOLID);
			}
			gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
			for (int corner = 0; corner < 4; corner++) {
				int[] c = corner(b, corner);
				gc.fillRectangle(c[0] - HANDLE / 2, c[1] - HANDLE / 2, HANDLE, HANDLE);
				gc.drawRectangle(c[0] - HANDLE / 2, c[1] - HANDLE / 2, HANDLE, HANDLE);
			}
		}
		if (connectionSource != null && dragging) {
			paintConnection(gc);
		}
		paintEdgeEnds(gc);
		if (draggingNodes) {
			// the dragged nodes' outlines at their new place; the model moves once, on release
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
			gc.setLineStyle(SWT.LINE_DOT);
			forDragged(n -> {
				double[] p = dragged(n, lastX - downX, lastY - downY);
				gc.drawRectangle((int) ((p[0] - originX) * zoom), (int) ((p[1] - originY) * zoom), (int) (n.width() * zoom),
						(int) (n.height() * zoom));
			});
		}
	}

	/**
	 * The rubber band from the source's centre to the pointer, the source outlined, and the node under the pointer
	 * outlined in green when releasing there connects, in red when it is refused.
	 */
	private void paintConnection(GC gc) {
		gc.setLineWidth(2);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
		outline(gc, connectionSource);
		if (connectionTarget != null && connectionTarget != connectionSource) {
			gc.setForeground(getDisplay().getSystemColor(targetFeedback == TargetFeedback.ACCEPTED ? SWT.COLOR_DARK_GREEN : SWT.COLOR_RED));
			outline(gc, connectionTarget);
		} else if (targetFeedback == TargetFeedback.REFUSED) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
			outline(gc, connectionSource);
		}
		gc.setForeground(getDisplay().getSystemColor(targetFeedback == TargetFeedback.REFUSED ? SWT.COLOR_RED : SWT.COLOR_DARK_GRAY));
		gc.setLineStyle(SWT.LINE_DASH);
		gc.drawLine((int) ((connectionSource.centerX() - originX) * zoom), (int) ((connectionSource.centerY() - originY) * zoom),
				(int) ((lastX - originX) * zoom), (int) ((lastY - originY) * zoom));
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
	}

	/**
	 * The end handles of a selected edge that can be reconnected and, while an end is dragged, a rubber band from the
	 * end that stays to the pointer, with the node under the pointer outlined green (releasing reconnects) or red.
	 */
	private void paintEdgeEnds(GC gc) {
		SceneEdge edge = reconnecting != null ? reconnecting : reconnectableSelection();
		if (edge == null) {
			return;
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		for (int end = 0; end < 2; end++) {
			org.eclipse.swt.graphics.Point at = endPoint(edge.edge(), end == 0);
			if (at != null && listener != null && listener.canReconnect(edge.edge(), end == 0)) {
				gc.fillOval(at.x - HANDLE / 2, at.y - HANDLE / 2, HANDLE, HANDLE);
				gc.drawOval(at.x - HANDLE / 2, at.y - HANDLE / 2, HANDLE, HANDLE);
			}
		}
		if (reconnecting == null || !dragging) {
			return;
		}
		if (connectionTarget != null) {
			gc.setLineWidth(2);
			gc.setForeground(getDisplay().getSystemColor(targetFeedback == TargetFeedback.ACCEPTED ? SWT.COLOR_DARK_GREEN : SWT.COLOR_RED));
			outline(gc, connectionTarget);
		}
		org.eclipse.swt.graphics.Point stays = endPoint(edge.edge(), !reconnectingSource);
		if (stays != null) {
			gc.setLineWidth(2);
			gc.setLineStyle(SWT.LINE_DASH);
			gc.setForeground(getDisplay().getSystemColor(targetFeedback == TargetFeedback.REFUSED ? SWT.COLOR_RED : SWT.COLOR_DARK_GRAY));
			gc.drawLine(stays.x, stays.y, (int) ((lastX - originX) * zoom), (int) ((lastY - originY) * zoom));
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
	}

	private void outline(GC gc, SceneNode node) {
		gc.drawRectangle((int) ((node.x() - originX) * zoom) - 2, (int) ((node.y() - originY) * zoom) - 2,
				(int) (node.width() * zoom) + 4, (int) (node.height() * zoom) + 4);
	}

	/** The node that shows resize handles: the only selected element, when it is a node. */
	private SceneNode handleNode() {
		if (selection.size() != 1 || scene == null || !(selection.iterator().next() instanceof Node node)) {
			return null;
		}
		return scene.byNode().get(node);
	}

	/** A corner of diagram bounds {x, y, w, h} in canvas pixels. */
	private int[] corner(double[] b, int corner) {
		double x = corner == 1 || corner == 2 ? b[0] + b[2] : b[0];
		double y = corner >= 2 ? b[1] + b[3] : b[1];
		return new int[] { (int) Math.round((x - originX) * zoom), (int) Math.round((y - originY) * zoom) };
	}

	/** The handle under a canvas point, or -1. */
	int handleAt(int cx, int cy) {
		SceneNode node = handleNode();
		if (node == null) {
			return -1;
		}
		double[] b = { node.x(), node.y(), node.width(), node.height() };
		for (int corner = 0; corner < 4; corner++) {
			int[] c = corner(b, corner);
			if (Math.abs(cx - c[0]) <= HANDLE / 2 + 1 && Math.abs(cy - c[1]) <= HANDLE / 2 + 1) {
				return corner;
			}
		}
		return -1;
	}

	/** The bounds of the node being resized, following the mouse, never smaller than the minimum size. */
	private double[] resizedBounds() {
		double dx = lastX - downX, dy = lastY - downY;
		double x = resizing.x(), y = resizing.y(), w = resizing.width(), h = resizing.height();
		double min = NotationCommands.MIN_SIZE;
		if (resizeCorner == 0 || resizeCorner == 3) { // left edge moves
			double nw = Math.max(min, w - dx);
			x += w - nw;
			w = nw;
		} else {
			w = Math.max(min, w + dx);
		}
		if (resizeCorner <= 1) { // top edge moves
			double nh = Math.max(min, h - dy);
			y += h - nh;
			h = nh;
		} else {
			h = Math.max(min, h + dy);
		}
		return new double[] { x, y, w, h };
	}

	/**
	 * Where a dragged node goes, in diagram coordinates, when the pointer moved by (dx, dy): a border node slides
	 * along its parent's outline ({@link BorderNodes#snap}), any other node follows the pointer.
	 */
	static double[] dragged(SceneNode node, double dx, double dy) {
		if (!BorderNodes.isBorderNode(node.node())) {
			return new double[] { node.x() + dx, node.y() + dy };
		}
		double parentX = node.x() - node.node().getX(), parentY = node.y() - node.node().getY(); // scene is absolute
		double[] p = BorderNodes.snap(node.node(), node.node().getX() + dx, node.node().getY() + dy);
		return new double[] { parentX + p[0], parentY + p[1] };
	}

	private void forDragged(Consumer<SceneNode> action) {
		for (DiagramElement element : selection) {
			SceneNode node = element instanceof Node n ? scene.byNode().get(n) : null;
			if (node != null) {
				action.accept(node);
			}
		}
	}

	DiagramElement elementAt(double x, double y) {
		if (scene == null) {
			return null;
		}
		SceneEdge edge = scene.edgeAt(x, y, 4 / zoom);
		SceneNode node = scene.nodeAt(x, y);
		// an edge wins only close to its line and outside nodes' interiors beyond the border
		return edge != null && node == null ? edge.edge() : node != null ? node.node() : edge != null ? edge.edge() : null;
	}

	private void down(Event e) {
		setFocus();
		dragButton = e.button;
		downX = lastX = x(e.x);
		downY = lastY = y(e.y);
		dragging = false;
		if (e.button != 1) {
			return;
		}
		if (mode == Mode.CREATE_EDGE) {
			// a connection starts on a node; what it connects to is decided on release
			DiagramElement element = elementAt(downX, downY);
			connectionSource = element instanceof Node node ? scene.byNode().get(node) : null;
			return;
		}
		if (mode == Mode.CREATE_NODE) {
			return; // the node is asked for on release, if the press did not turn into a drag
		}
		int end = edgeEndAt(e.x, e.y);
		if (end >= 0) {
			// an end of the selected edge: dragged to another node, released there to reconnect
			reconnecting = reconnectableSelection();
			reconnectingSource = end == 0;
			return;
		}
		int handle = handleAt(e.x, e.y);
		if (handle >= 0) {
			resizeCorner = handle;
			resizing = handleNode();
			return;
		}
		DiagramElement element = elementAt(downX, downY);
		boolean toggle = (e.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0;
		if (element == null) {
			if (!toggle) {
				select(Set.of());
			}
		} else if (toggle) {
			Set<DiagramElement> next = new LinkedHashSet<>(selection);
			if (!next.remove(element)) {
				next.add(element);
			}
			select(next);
		} else if (!selection.contains(element)) {
			select(Set.of(element));
		}
	}

	private void move(Event e) {
		if (dragButton == 0) {
			return;
		}
		double x = x(e.x), y = y(e.y);
		if (!dragging && Math.hypot((x - downX) * zoom, (y - downY) * zoom) < 3) {
			return;
		}
		if (!dragging) {
			dragging = true;
			DiagramElement under = mode == Mode.SELECT ? elementAt(downX, downY) : null;
			marquee = dragButton == 1 && under == null && resizing == null && reconnecting == null;
			draggingNodes = dragButton == 1 && under instanceof Node && selection.contains(under) && resizing == null && reconnecting == null;
		}
		if (dragButton == 2) { // pan with the middle button (the right one opens the context menu)
			originX -= x - lastX;
			originY -= y - lastY;
			redraw();
			return; // origin moved: the diagram point under the mouse stays the same
		}
		lastX = x;
		lastY = y;
		if (connectionSource != null) {
			followConnection();
		}
		if (reconnecting != null) {
			followReconnection();
		}
		redraw();
	}

	/** Asks the editor about the node under the dragged end when it changes, and shows the answer. */
	private void followReconnection() {
		followTarget(node -> listener.canReconnect(reconnecting.edge(), reconnectingSource, node), SWT.CURSOR_ARROW);
	}

	/** Asks the editor about the node under the pointer when it changes, and shows the answer (outline, cursor). */
	private void followConnection() {
		followTarget(node -> listener.canConnect(connectionSource.node(), node), SWT.CURSOR_CROSS);
	}

	/** The node under the pointer as an accepted or refused end (outline and cursor); asked again only when it changes. */
	private void followTarget(java.util.function.Predicate<Node> accepts, int cursorOverNoNode) {
		DiagramElement under = elementAt(lastX, lastY);
		SceneNode target = under instanceof Node node ? scene.byNode().get(node) : null;
		if (target == connectionTarget && targetFeedback != TargetFeedback.NONE) {
			return;
		}
		connectionTarget = target;
		if (target == null) {
			targetFeedback = TargetFeedback.NONE;
		} else {
			boolean accepted = listener != null && accepts.test(target.node());
			targetFeedback = accepted ? TargetFeedback.ACCEPTED : TargetFeedback.REFUSED;
		}
		setCursor(getDisplay().getSystemCursor(targetFeedback == TargetFeedback.REFUSED ? SWT.CURSOR_NO
				: targetFeedback == TargetFeedback.ACCEPTED ? SWT.CURSOR_HAND : cursorOverNoNode));
	}

	private void up(Event e) {
		if (reconnecting != null) {
			if (dragButton == 1 && dragging && listener != null) {
				followReconnection(); // the release point decides
				if (targetFeedback == TargetFeedback.ACCEPTED) {
					listener.reconnect(reconnecting.edge(), reconnectingSource, connectionTarget.node());
				}
			}
			endConnection();
			if (!isDisposed()) {
				setCursor(getDisplay().getSystemCursor(SWT.CURSOR_ARROW));
			}
		} else if (mode == Mode.CREATE_EDGE) {
			if (dragButton == 1 && dragging && connectionSource != null && listener != null) {
				followConnection(); // the release point decides, even without a move event just before it
				if (targetFeedback == TargetFeedback.ACCEPTED) {
					listener.connect(connectionSource.node(), connectionTarget.node());
				}
			}
			// a click without a drag connects nothing: a connection needs a target other than where it started
			endConnection();
			if (!isDisposed()) {
				setCursor(getDisplay().getSystemCursor(mode == Mode.SELECT ? SWT.CURSOR_ARROW : SWT.CURSOR_CROSS));
			}
		} else if (mode == Mode.CREATE_NODE && dragButton == 1 && !dragging && listener != null) {
			listener.clicked(downX, downY, elementAt(downX, downY), false);
		} else if (dragging && resizing != null && listener != null) {
			double[] b = resizedBounds();
			Node node = resizing.node();
			// scene bounds are absolute; the notation's are relative to the container
			double offsetX = resizing.x() - node.getX(), offsetY = resizing.y() - node.getY();
			listener.resized(node, b[0] - offsetX, b[1] - offsetY, b[2], b[3]);
		} else if (dragging && marquee) {
			double rx = Math.min(downX, lastX), ry = Math.min(downY, lastY);
			double rw = Math.abs(lastX - downX), rh = Math.abs(lastY - downY);
			Set<DiagramElement> inside = new LinkedHashSet<>((e.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0 ? selection : Set.of());
			for (SceneNode node : scene.nodes()) {
				if (node.x() >= rx && node.y() >= ry && node.x() + node.width() <= rx + rw && node.y() + node.height() <= ry + rh) {
					inside.add(node.node());
				}
			}
			select(inside);
		} else if (dragging && draggingNodes && listener != null) {
			Map<Node, double[]> positions = new LinkedHashMap<>();
			double dx = lastX - downX, dy = lastY - downY;
			for (DiagramElement element : selection) {
				if (element instanceof Node node && !selection.contains(node.eContainer())) {
					positions.put(node, BorderNodes.isBorderNode(node) ? BorderNodes.snap(node, node.getX() + dx, node.getY() + dy)
							: new double[] { node.getX() + dx, node.getY() + dy });
				}
			}
			if (!positions.isEmpty()) {
				listener.moved(positions);
			}
		}
		dragButton = 0;
		dragging = marquee = draggingNodes = false;
		resizing = null;
		resizeCorner = -1;
		redraw();
	}

	/**
	 * Arrow keys: the selection moves to the nearest node in that direction (nearest along the arrow, with nodes
	 * off to the side counting as farther); with nothing selected the view scrolls.
	 */
	void navigate(int dx, int dy) {
		SceneNode from = null;
		for (DiagramElement element : selection) {
			if (element instanceof Node node && scene.byNode().containsKey(node)) {
				from = scene.byNode().get(node);
			}
		}
		if (from == null) {
			scrollBy(40 * dx, 40 * dy);
			return;
		}
		SceneNode best = null;
		double bestScore = Double.MAX_VALUE;
		for (SceneNode candidate : scene.nodes()) {
			double along = (candidate.centerX() - from.centerX()) * dx + (candidate.centerY() - from.centerY()) * dy;
			double across = Math.abs((candidate.centerX() - from.centerX()) * dy + (candidate.centerY() - from.centerY()) * dx);
			if (candidate == from || along <= 0.5) {
				continue;
			}
			double score = along + 2 * across;
			if (score < bestScore) {
				best = candidate;
				bestScore = score;
			}
		}
		if (best != null) {
			select(Set.of(best.node()));
			reveal(best);
		}
	}

	private void wheel(Event e) {
		if ((e.stateMask & SWT.MOD1) != 0) {
			zoomAt(zoom * (e.count > 0 ? 1.15 : 1 / 1.15), e.x, e.y);
		} else if ((e.stateMask & SWT.SHIFT) != 0) {
			scrollBy(-e.count * 20, 0);
		} else {
			scrollBy(0, -e.count * 20);
		}
		e.doit = false;
	}

	private void key(Event e) {
		boolean ctrl = (e.stateMask & SWT.MOD1) != 0;
		switch (e.keyCode) {
		case SWT.ARROW_LEFT -> navigate(-1, 0);
		case SWT.ARROW_RIGHT -> navigate(1, 0);
		case SWT.ARROW_UP -> navigate(0, -1);
		case SWT.ARROW_DOWN -> navigate(0, 1);
		case SWT.KEYPAD_ADD -> zoomBy(1.25);
		case SWT.KEYPAD_SUBTRACT -> zoomBy(0.8);
		case SWT.CR, SWT.KEYPAD_CR -> {
			if (selection.size() == 1 && listener != null) {
				DiagramElement element = selection.iterator().next();
				SceneNode node = element instanceof Node n ? scene.byNode().get(n) : null;
				listener.enter(node == null ? 0 : node.centerX(), node == null ? 0 : node.centerY(), element);
			}
		}
		default -> {
			if (e.character == '+' || (ctrl && e.character == '=')) {
				zoomBy(1.25);
			} else if (e.character == '-') {
				zoomBy(0.8);
			} else if (ctrl && e.character == '0') {
				fit();
			} else if (ctrl && (e.character == 'a' || e.character == 1)) {
				select(union(scene));
			} else if (e.character == SWT.ESC) {
				if (dragButton != 0 && (reconnecting != null || connectionSource != null)) {
					cancelDrag(); // Escape cancels the drag, keeping the selection
				} else {
					select(Set.of());
				}
			}
		}
		}
	}
}
