package org.helix.diagram.ui.editor;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.helix.diagram.model.notation.DiagramElement;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.ui.render.DiagramRenderer;
import org.helix.diagram.ui.scene.Scene;
import org.helix.diagram.ui.scene.SceneEdge;
import org.helix.diagram.ui.scene.SceneNode;

/**
 * The drawing surface: shows a {@link Scene} at a zoom and scroll position, selects by click and marquee, drags
 * nodes and pans. It never changes the model itself: moves, clicks with a tool and double clicks are handed to the
 * editor, which turns them into commands.
 */
public class DiagramCanvas extends Canvas {

	public static final double MIN_ZOOM = 0.05, MAX_ZOOM = 4;

	/** What the editor is told when the user finished dragging nodes: new positions in container coordinates. */
	public interface Listener {
		void moved(Map<Node, double[]> positions);

		/** A click with a creation tool armed, or a double click: diagram coordinates and what is under them. */
		void clicked(double x, double y, DiagramElement element, boolean doubleClick);

		void selectionChanged(Set<DiagramElement> selection);
	}

	private final DiagramRenderer renderer;
	private Scene scene;
	private double originX, originY, zoom = 1;
	private final Set<DiagramElement> selection = new LinkedHashSet<>();
	private Listener listener;
	private boolean toolArmed;

	// drag state, in diagram coordinates
	private int dragButton;
	private double downX, downY, lastX, lastY;
	private boolean dragging, marquee, draggingNodes;

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
		addListener(SWT.MouseVerticalWheel, this::wheel);
		addListener(SWT.KeyDown, this::key);
		addListener(SWT.Dispose, e -> renderer.dispose());
	}

	public void setListener(Listener listener) {
		this.listener = listener;
	}

	public void setScene(Scene scene) {
		this.scene = scene;
		selection.retainAll(union(scene)); // elements deleted since are no longer selected
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

	/** While a creation tool is armed, clicks go to the editor instead of selecting. */
	public void setToolArmed(boolean armed) {
		toolArmed = armed;
		setCursor(getDisplay().getSystemCursor(armed ? SWT.CURSOR_CROSS : SWT.CURSOR_ARROW));
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
		if (marquee) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
			gc.setLineStyle(SWT.LINE_DASH);
			gc.setLineWidth(1);
			int x0 = (int) ((Math.min(downX, lastX) - originX) * zoom), y0 = (int) ((Math.min(downY, lastY) - originY) * zoom);
			gc.drawRectangle(x0, y0, (int) (Math.abs(lastX - downX) * zoom), (int) (Math.abs(lastY - downY) * zoom));
		}
		if (draggingNodes) {
			// the dragged nodes' outlines at their new place; the model moves once, on release
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
			gc.setLineStyle(SWT.LINE_DOT);
			forDragged(n -> gc.drawRectangle((int) ((n.x() + lastX - downX - originX) * zoom),
					(int) ((n.y() + lastY - downY - originY) * zoom), (int) (n.width() * zoom), (int) (n.height() * zoom)));
		}
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
		DiagramElement element = elementAt(downX, downY);
		if (toolArmed) {
			if (listener != null) {
				listener.clicked(downX, downY, element, false);
			}
			dragButton = 0;
			return;
		}
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
			DiagramElement under = elementAt(downX, downY);
			marquee = dragButton == 1 && under == null;
			draggingNodes = dragButton == 1 && under instanceof Node && selection.contains(under);
		}
		if (dragButton == 2 || dragButton == 3) { // pan with the middle or right button
			originX -= x - lastX;
			originY -= y - lastY;
			redraw();
			return; // origin moved: the diagram point under the mouse stays the same
		}
		lastX = x;
		lastY = y;
		redraw();
	}

	private void up(Event e) {
		if (dragging && marquee) {
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
					positions.put(node, new double[] { node.getX() + dx, node.getY() + dy });
				}
			}
			if (!positions.isEmpty()) {
				listener.moved(positions);
			}
		}
		dragButton = 0;
		dragging = marquee = draggingNodes = false;
		redraw();
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
		case SWT.ARROW_LEFT -> scrollBy(-40, 0);
		case SWT.ARROW_RIGHT -> scrollBy(40, 0);
		case SWT.ARROW_UP -> scrollBy(0, -40);
		case SWT.ARROW_DOWN -> scrollBy(0, 40);
		case SWT.KEYPAD_ADD -> zoomBy(1.25);
		case SWT.KEYPAD_SUBTRACT -> zoomBy(0.8);
		default -> {
			if (ctrl && (e.character == '+' || e.character == '=')) {
				zoomBy(1.25);
			} else if (ctrl && e.character == '-') {
				zoomBy(0.8);
			} else if (ctrl && e.character == '0') {
				Rectangle area = getClientArea();
				zoomAt(1, area.width / 2, area.height / 2);
			} else if (ctrl && (e.character == 'a' || e.character == 1)) {
				select(union(scene));
			} else if (e.character == SWT.ESC) {
				select(Set.of());
			}
		}
		}
	}
}
