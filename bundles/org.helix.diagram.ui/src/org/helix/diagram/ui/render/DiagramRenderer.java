package org.helix.diagram.ui.render;

import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.graphics.Transform;
import org.helix.diagram.model.description.ArrowHead;
import org.helix.diagram.ui.scene.Arrows;
import org.helix.diagram.ui.scene.Labels;
import org.helix.diagram.ui.scene.Scene;
import org.helix.diagram.ui.scene.SceneEdge;
import org.helix.diagram.ui.scene.SceneNode;
import org.helix.diagram.ui.scene.Shapes;

/**
 * Paints a {@link Scene} with an SWT {@link GC}: only what intersects the visible part (culling), and below
 * {@link #LABEL_ZOOM} no labels or arrow heads (level of detail), since text is the most expensive thing to draw and
 * unreadable there anyway. Fonts, colours, icons and wrapped labels are cached; {@link #dispose()} frees them.
 */
public final class DiagramRenderer {

	/** Below this zoom labels and arrow heads are left out. */
	public static final double LABEL_ZOOM = 0.45;
	private static final int SELECTION = 0x1e6fd9;

	private final Device device;
	private final Map<Integer, Color> colors = new HashMap<>();
	private final Map<String, Font> fonts = new HashMap<>();
	private final Map<String, Image> icons = new HashMap<>();
	private final Map<String, List<String>> wrapped = new HashMap<>();
	private static final int MAX_LAYOUTS = 20_000;
	private final Map<Font, Map<String, TextLayout>> layouts = new HashMap<>();
	private int layoutCount;
	private final Map<Font, Integer> lineHeights = new HashMap<>();
	private int lastPainted;

	public DiagramRenderer(Device device) {
		this.device = device;
	}

	/**
	 * Paints the part of the scene seen through {@code clip} (device pixels) when the diagram point
	 * ({@code originX}, {@code originY}) is at device (0, 0) and one diagram unit is {@code zoom} pixels.
	 *
	 * @param selection notation elements (nodes or edges) to highlight
	 */
	public void paint(GC gc, Scene scene, double originX, double originY, double zoom, Rectangle clip, Set<?> selection) {
		gc.setAdvanced(true);
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		gc.setLineJoin(SWT.JOIN_ROUND);
		Transform transform = new Transform(device);
		try {
			transform.scale((float) zoom, (float) zoom);
			transform.translate((float) -originX, (float) -originY);
			gc.setTransform(transform);
			double vx = originX + clip.x / zoom, vy = originY + clip.y / zoom;
			double vw = clip.width / zoom, vh = clip.height / zoom;
			boolean details = zoom >= LABEL_ZOOM;
			int painted = 0;
			// at overview zoom antialiased shapes cost much and show nothing more than a few pixels would
			gc.setAntialias(details ? SWT.ON : SWT.OFF);
			for (SceneNode node : scene.nodes()) {
				if (node.intersects(vx, vy, vw, vh)) {
					paintNode(gc, node, details, selection.contains(node.node()));
					painted++;
				}
			}
			gc.setAntialias(SWT.ON);
			for (SceneEdge edge : scene.edges()) {
				if (edge.intersects(vx, vy, vw, vh)) {
					paintEdge(gc, edge, details, selection.contains(edge.edge()), vx, vy, vw, vh);
					painted++;
				}
			}
			lastPainted = painted;
		} finally {
			gc.setTransform(null);
			transform.dispose();
		}
	}

	/** A solid border that can be painted as a filled outline (fills are much cheaper than strokes in cairo). */
	private static boolean solidBorder(SceneNode node, int w, int h) {
		return node.borderWidth() > 0 && Shapes.dashes(node.borderLine(), node.borderWidth()) == null
				&& w > 2 * node.borderWidth() && h > 2 * node.borderWidth();
	}

	/** How many nodes and edges the last {@link #paint} drew (for tests of the culling). */
	public int lastPainted() {
		return lastPainted;
	}

	private void paintNode(GC gc, SceneNode node, boolean details, boolean selected) {
		int x = (int) Math.round(node.x()), y = (int) Math.round(node.y());
		int w = (int) Math.round(node.width()), h = (int) Math.round(node.height());
		gc.setBackground(color(node.fill()));
		gc.setForeground(color(node.border()));
		gc.setLineWidth(Math.max(1, node.borderWidth()));
		lineStyle(gc, Shapes.dashes(node.borderLine(), node.borderWidth()));
		int[] polygon = switch (node.shape()) {
		case DIAMOND -> ints(Shapes.diamond(x, y, w, h));
		case HEXAGON -> ints(Shapes.hexagon(x, y, w, h));
		case NOTE -> ints(Shapes.note(x, y, w, h));
		default -> null;
		};
		int arc = (int) (2 * Shapes.CORNER_RADIUS);
		switch (node.shape()) {
		case ELLIPSE -> {
			if (solidBorder(node, w, h)) {
				// two fills instead of fill + stroke: cairo's antialiased stroke of curves was most of the repaint time
				int b = node.borderWidth();
				gc.setBackground(color(node.border()));
				gc.fillOval(x, y, w + 1, h + 1);
				gc.setBackground(color(node.fill()));
				gc.fillOval(x + b, y + b, w + 1 - 2 * b, h + 1 - 2 * b);
			} else {
				gc.fillOval(x, y, w, h);
				if (node.borderWidth() > 0) {
					gc.drawOval(x, y, w, h);
				}
			}
		}
		case ROUNDED_RECTANGLE -> {
			if (!details) {
				// at overview zoom the corners are a pixel or two: a rectangle looks the same and costs far less
				gc.fillRectangle(x, y, w, h);
				if (node.borderWidth() > 0) {
					gc.drawRectangle(x, y, w, h);
				}
			} else if (solidBorder(node, w, h)) {
				int b = node.borderWidth();
				gc.setBackground(color(node.border()));
				gc.fillRoundRectangle(x, y, w + 1, h + 1, arc, arc);
				gc.setBackground(color(node.fill()));
				gc.fillRoundRectangle(x + b, y + b, w + 1 - 2 * b, h + 1 - 2 * b, arc - 2 * b, arc - 2 * b);
			} else {
				gc.fillRoundRectangle(x, y, w, h, arc, arc);
				if (node.borderWidth() > 0) {
					gc.drawRoundRectangle(x, y, w, h, arc, arc);
				}
			}
		}
		case RECTANGLE -> {
			gc.fillRectangle(x, y, w, h);
			if (node.borderWidth() > 0) {
				gc.drawRectangle(x, y, w, h);
			}
		}
		default -> {
			gc.fillPolygon(polygon);
			if (node.borderWidth() > 0) {
				gc.drawPolygon(polygon);
			}
		}
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		if (selected) {
			gc.setForeground(color(SELECTION));
			gc.setLineWidth(2);
			gc.drawRectangle(x - 3, y - 3, w + 6, h + 6);
		}
		badges(gc, node, details);
		if (!details) {
			return;
		}
		double iconSpace = 0;
		Image icon = node.icon() == null ? null : icon(node.icon());
		if (icon != null) {
			Rectangle b = icon.getBounds();
			int size = (int) Shapes.ICON_SIZE;
			// at the top-left corner (a list container's entries sit below it; a small entry has it vertically centred)
			int inset = (int) Math.max(0, Math.min(Shapes.LABEL_PADDING, (h - size) / 2.0));
			gc.drawImage(icon, 0, 0, b.width, b.height, x + (int) Shapes.LABEL_PADDING, y + inset, size, size);
			iconSpace = size + 4;
		}
		if (node.label() == null || node.label().isBlank()) {
			return;
		}
		Font font = font(node.fontName(), node.fontSize(), node.bold(), node.italic());
		gc.setFont(font);
		int lineHeight = lineHeight(gc, font);
		if (node.borderSide() != null) {
			// a border node (port) is too small for its label: it goes outside the parent, beside the node
			TextLayout text = layout(font, node.borderLabelText());
			SceneNode.BorderLabel box = node.borderLabel(text.getBounds().width, lineHeight);
			gc.setForeground(color(node.labelColor()));
			text.draw(gc, (int) Math.round(box.x()), (int) Math.round(box.y()));
			return;
		}
		double textWidth = w - 2 * Shapes.LABEL_PADDING - iconSpace;
		int maxLines = node.container() ? 1 : Math.max(1, (h - 4) / lineHeight);
		List<String> lines = wrap(gc, node.label(), textWidth, maxLines, node.fontName() + node.fontSize() + node.bold() + node.italic());
		int top = node.container() ? y + (int) Shapes.LABEL_PADDING : y + (h - lines.size() * lineHeight) / 2;
		double centre = x + iconSpace + (w - iconSpace) / 2;
		gc.setForeground(color(node.labelColor()));
		for (int i = 0; i < lines.size(); i++) {
			TextLayout text = layout(font, lines.get(i));
			text.draw(gc, (int) Math.round(centre - text.getBounds().width / 2.0), top + i * lineHeight);
		}
	}

	/** The node's decorations: a disc on its top-right corner per badge (the sign on it only with details). */
	private void badges(GC gc, SceneNode node, boolean details) {
		int r = (int) SceneNode.BADGE_RADIUS;
		for (int i = 0; i < node.badges().size(); i++) {
			var kind = node.badges().get(i).kind();
			int cx = (int) Math.round(node.badgeX(i)), cy = (int) Math.round(node.badgeY());
			gc.setBackground(color(SceneNode.badgeColor(kind)));
			gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
			gc.setForeground(color(0xffffff));
			gc.setLineWidth(1);
			gc.drawOval(cx - r, cy - r, 2 * r, 2 * r);
			if (details) {
				gc.setFont(font("Sans", 8, true, false));
				org.eclipse.swt.graphics.Point extent = gc.stringExtent(SceneNode.badgeSign(kind));
				gc.drawString(SceneNode.badgeSign(kind), cx - extent.x / 2, cy - extent.y / 2, true);
			}
		}
	}

	/**
	 * A laid-out line of text. Drawing a string shapes it again every time (Pango), which dominated the repaint
	 * time; a kept TextLayout is shaped once. Bounded, so a long session cannot grow it without limit.
	 */
	private TextLayout layout(Font font, String text) {
		Map<String, TextLayout> ofFont = layouts.computeIfAbsent(font, f -> new HashMap<>());
		TextLayout layout = ofFont.get(text);
		if (layout == null) {
			if (++layoutCount > MAX_LAYOUTS) {
				disposeLayouts();
				ofFont = layouts.computeIfAbsent(font, f -> new HashMap<>());
			}
			layout = new TextLayout(device);
			layout.setFont(font);
			layout.setText(text);
			ofFont.put(text, layout);
		}
		return layout;
	}

	private void disposeLayouts() {
		layouts.values().forEach(ofFont -> ofFont.values().forEach(TextLayout::dispose));
		layouts.clear();
		layoutCount = 0;
	}

	private int lineHeight(GC gc, Font font) {
		return lineHeights.computeIfAbsent(font, f -> gc.getFontMetrics().getHeight());
	}

	private void paintEdge(GC gc, SceneEdge edge, boolean details, boolean selected, double vx, double vy, double vw, double vh) {
		double[] p = edge.points();
		gc.setForeground(color(selected ? SELECTION : edge.color()));
		gc.setLineWidth(Math.max(1, edge.width()) + (selected ? 1 : 0));
		int[] dashes = Shapes.dashes(edge.line(), edge.width());
		lineStyle(gc, dashes);
		double m = 2 * Math.max(1, edge.width()); // the line's own width must not be cut off at the view's border
		boolean inside = edge.minX() >= vx - m && edge.maxX() <= vx + vw + m && edge.minY() >= vy - m && edge.maxY() <= vy + vh + m;
		if (inside || dashes != null) {
			gc.drawPolyline(ints(p)); // dashes restart where a line starts: cutting it would make them crawl while scrolling
		} else {
			// long edges crossing the view: stroking only the visible parts was a large share of the repaint time
			for (int[] run : Clipping.visibleRuns(p, vx - m, vy - m, vw + 2 * m, vh + 2 * m)) {
				gc.drawPolyline(run);
			}
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		if (!details) {
			return;
		}
		int last = p.length - 2;
		arrow(gc, edge, edge.targetArrow(), Arrows.outline(edge.targetArrow(), p[last], p[last + 1], p[last - 2], p[last - 1], edge.width()));
		arrow(gc, edge, edge.sourceArrow(), Arrows.outline(edge.sourceArrow(), p[0], p[1], p[2], p[3], edge.width()));
		if (edge.label() != null && !edge.label().isBlank()) {
			TextLayout text = layout(font(edge.fontName(), edge.fontSize(), edge.bold(), edge.italic()), edge.label());
			double[] anchor = edge.labelAnchor();
			Rectangle extent = text.getBounds();
			if (edge.labelBox() != null) {
				// a white ground, so lines passing under a label do not strike it through
				double[] box = edge.labelBox();
				gc.setBackground(color(0xffffff));
				gc.fillRectangle((int) Math.round(box[0]), (int) Math.round(box[1]), (int) Math.round(box[2]), (int) Math.round(box[3]));
			}
			gc.setForeground(color(edge.labelColor()));
			text.draw(gc, (int) Math.round(anchor[0] - extent.width / 2.0), (int) Math.round(anchor[1] - extent.height / 2.0));
		}
	}

	private void arrow(GC gc, SceneEdge edge, ArrowHead head, double[] outline) {
		if (outline == null) {
			return;
		}
		int[] polygon = ints(outline);
		if (Arrows.open(head)) {
			gc.drawPolyline(polygon);
			return;
		}
		if (Arrows.filled(head)) {
			// filled in the line's colour: an outline would add nothing but a stroke, which costs more than the fill
			gc.setBackground(color(edge.color()));
			gc.fillPolygon(polygon);
			return;
		}
		gc.setBackground(color(0xffffff));
		gc.fillPolygon(polygon);
		gc.drawPolygon(polygon);
	}

	private List<String> wrap(GC gc, String label, double width, int maxLines, String fontKey) {
		String key = fontKey + '\u0000' + (int) width + '\u0000' + maxLines + '\u0000' + label;
		return wrapped.computeIfAbsent(key, k -> Labels.wrap(label, width, maxLines, text -> gc.stringExtent(text).x));
	}

	private static void lineStyle(GC gc, int[] dashes) {
		if (dashes == null) {
			gc.setLineStyle(SWT.LINE_SOLID);
		} else {
			gc.setLineDash(dashes);
		}
	}

	private static int[] ints(double[] values) {
		int[] result = new int[values.length];
		for (int i = 0; i < values.length; i++) {
			result[i] = (int) Math.round(values[i]);
		}
		return result;
	}

	private Color color(int rgb) {
		return colors.computeIfAbsent(rgb, c -> new Color(device, (c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff));
	}

	private Font font(String name, int size, boolean bold, boolean italic) {
		String key = name + '/' + size + '/' + bold + '/' + italic;
		return fonts.computeIfAbsent(key, k -> new Font(device, name, Math.max(1, size),
				(bold ? SWT.BOLD : SWT.NORMAL) | (italic ? SWT.ITALIC : SWT.NORMAL)));
	}

	/** An icon from a URL ({@code platform:/plugin/...}, {@code file:...}); a missing or broken one is skipped, logged once. */
	private Image icon(String location) {
		if (icons.containsKey(location)) {
			return icons.get(location);
		}
		Image image = loadIcon(device, location);
		icons.put(location, image);
		return image;
	}

	/** Locations already reported missing: one log entry per icon for the whole session, not one per repaint or editor. */
	private static final java.util.Set<String> REPORTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/**
	 * Loads an icon (a node's, a palette tool's), or null when it cannot be read: a diagram with a missing icon is still
	 * worth seeing, so it is left out with one warning in the log (per location), never an error.
	 */
	public static Image loadIcon(Device device, String location) {
		try (InputStream in = URI.create(location).toURL().openStream()) {
			return new Image(device, new ImageData(in));
		} catch (Exception e) {
			if (REPORTED.add(location)) {
				org.eclipse.core.runtime.ILog.of(DiagramRenderer.class).warn("Icon " + location + " cannot be read, left out: " + e);
			}
			return null;
		}
	}

	public void dispose() {
		disposeLayouts();
		lineHeights.clear();
		fonts.values().forEach(Font::dispose);
		icons.values().stream().filter(image -> image != null).forEach(Image::dispose);
		colors.values().forEach(Color::dispose);
		fonts.clear();
		icons.clear();
		colors.clear();
		wrapped.clear();
	}
}
