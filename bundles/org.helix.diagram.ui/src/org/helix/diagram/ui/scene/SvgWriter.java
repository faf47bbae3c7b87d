package org.helix.diagram.ui.scene;

import java.util.List;
import java.util.Locale;

import org.helix.diagram.model.description.DescriptionPackage;
import org.helix.diagram.viewpoint.Legend;

import org.helix.diagram.model.description.ArrowHead;
import org.helix.diagram.model.description.LineStyle;
import org.helix.diagram.model.description.Shape;

/**
 * Writes a {@link Scene} as standalone SVG 1.1 text. Needs no toolkit (the command line exports SVG without a
 * display): text widths for wrapping are estimated, so line breaks can differ slightly from the PNG. Each node is a
 * {@code <g class="node">}, each edge a {@code <g class="edge">}, so tests and tools can count them.
 */
public final class SvgWriter {

	private static final double MARGIN = 20;

	private SvgWriter() {
	}

	public static String write(Scene scene, String title) {
		return write(scene, title, List.of());
	}

	/** The scene with the legend to its right (a group of class "legend"), when {@code legend} is not empty. */
	public static String write(Scene scene, String title, List<Legend.Entry> legend) {
		double ox = MARGIN - scene.minX(), oy = MARGIN - scene.minY();
		double legendWidth = legend.isEmpty() ? 0 : legendWidth(legend) + MARGIN;
		double width = Math.ceil(scene.width() + 2 * MARGIN + legendWidth);
		double height = Math.ceil(Math.max(scene.height() + 2 * MARGIN, legend.isEmpty() ? 0 : LEGEND_ROW * (legend.size() + 1) + 16 + 2 * MARGIN));
		StringBuilder svg = new StringBuilder(64 * 1024);
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
				.append(" width=\"").append(n(width)).append("\" height=\"").append(n(height))
				.append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height)).append("\">\n");
		if (title != null) {
			svg.append("<title>").append(escape(title)).append("</title>\n");
		}
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		svg.append("<g transform=\"translate(").append(n(ox)).append(',').append(n(oy)).append(")\">\n");
		for (SceneNode node : scene.nodes()) {
			node(svg, node);
		}
		for (SceneEdge edge : scene.edges()) {
			edge(svg, edge);
		}
		svg.append("</g>\n");
		if (!legend.isEmpty()) {
			legend(svg, legend, scene.width() + 2 * MARGIN, MARGIN);
		}
		svg.append("</svg>\n");
		return svg.toString();
	}

	private static final double LEGEND_ROW = 20, LEGEND_PX = Labels.pixels(SceneBuilder.DEFAULT_FONT_SIZE);

	private static double legendWidth(List<Legend.Entry> legend) {
		double text = legend.stream().mapToDouble(e -> Labels.estimateWidth(e.text(), LEGEND_PX, false)).max().orElse(0);
		return Math.max(text + 34 + 8, 60) + 16;
	}

	/** The legend as the editor paints it (LegendPainter): a framed box, swatches and texts. */
	private static void legend(StringBuilder svg, List<Legend.Entry> legend, double x, double y) {
		DescriptionPackage d = DescriptionPackage.eINSTANCE;
		double w = legendWidth(legend), h = LEGEND_ROW * (legend.size() + 1) + 16;
		svg.append("<g class=\"legend\" transform=\"translate(").append(n(x)).append(',').append(n(y)).append(")\">");
		svg.append("<rect width=\"").append(n(w)).append("\" height=\"").append(n(h)).append("\" fill=\"#ffffff\" stroke=\"#909090\"/>");
		text(svg, List.of("Legend"), 8, 8, LEGEND_ROW, LEGEND_PX, 0, SceneBuilder.DEFAULT_FONT, true, false, "start");
		double rowY = 8 + LEGEND_ROW;
		for (Legend.Entry entry : legend) {
			double sy = rowY + 2;
			if (entry.kind() == Legend.Kind.EDGE) {
				Object color = entry.value(d.getEdgeStyle_Color());
				Object width = entry.value(d.getEdgeStyle_Width());
				Object line = entry.value(d.getEdgeStyle_LineStyle());
				svg.append("<line x1=\"8\" y1=\"").append(n(sy + 7)).append("\" x2=\"42\" y2=\"").append(n(sy + 7))
						.append("\" stroke=\"").append(hex(color instanceof String c ? SceneBuilder.parseColor(c, 0x606060) : 0x606060))
						.append("\" stroke-width=\"").append(width instanceof Integer i ? i : 1).append('"')
						.append(line == LineStyle.DASHED ? " stroke-dasharray=\"6,4\"" : line == LineStyle.DOTTED ? " stroke-dasharray=\"2,3\"" : "")
						.append("/>");
			} else {
				Object fill = entry.value(d.getNodeStyle_FillColor());
				Object border = entry.value(d.getNodeStyle_BorderColor());
				Object borderWidth = entry.value(d.getNodeStyle_BorderWidth());
				Object line = entry.value(d.getNodeStyle_BorderLineStyle());
				svg.append("<rect x=\"8\" y=\"").append(n(sy)).append("\" width=\"34\" height=\"14\" rx=\"4\" fill=\"")
						.append(hex(fill instanceof String c ? SceneBuilder.parseColor(c, 0xffffff) : 0xffffff)).append("\" stroke=\"")
						.append(hex(border instanceof String c ? SceneBuilder.parseColor(c, 0x404040) : 0x404040))
						.append("\" stroke-width=\"").append(borderWidth instanceof Integer i ? Math.min(4, i) : 1).append('"')
						.append(line == LineStyle.DASHED ? " stroke-dasharray=\"6,4\"" : line == LineStyle.DOTTED ? " stroke-dasharray=\"2,3\"" : "")
						.append("/>");
			}
			text(svg, List.of(entry.text()), 50, rowY, LEGEND_ROW, LEGEND_PX, 0x000000, SceneBuilder.DEFAULT_FONT, false, false, "start");
			rowY += LEGEND_ROW;
		}
		svg.append("</g>\n");
	}

	private static void node(StringBuilder svg, SceneNode node) {
		svg.append("<g class=\"node\" data-mapping=\"").append(escape(node.node().getMappingId())).append('"');
		if (node.borderSide() != null) {
			svg.append(" data-border=\"").append(node.borderSide()).append('"'); // a port on its parent's outline
		}
		svg.append('>');
		String paint = " fill=\"" + hex(node.fill()) + "\" stroke=\"" + hex(node.border()) + "\" stroke-width=\""
				+ Math.max(0, node.borderWidth()) + "\"" + dash(Shapes.dashes(node.borderLine(), node.borderWidth()));
		double x = node.x(), y = node.y(), w = node.width(), h = node.height();
		switch (node.shape()) {
		case ELLIPSE -> svg.append("<ellipse cx=\"").append(n(x + w / 2)).append("\" cy=\"").append(n(y + h / 2))
				.append("\" rx=\"").append(n(w / 2)).append("\" ry=\"").append(n(h / 2)).append('"').append(paint).append("/>");
		case DIAMOND -> polygon(svg, Shapes.diamond(x, y, w, h), paint);
		case HEXAGON -> polygon(svg, Shapes.hexagon(x, y, w, h), paint);
		case NOTE -> polygon(svg, Shapes.note(x, y, w, h), paint);
		default -> {
			svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
					.append("\" height=\"").append(n(h)).append('"');
			if (node.shape() == Shape.ROUNDED_RECTANGLE) {
				svg.append(" rx=\"").append(n(Shapes.CORNER_RADIUS)).append('"');
			}
			svg.append(paint).append("/>");
		}
		}
		double px = Labels.pixels(node.fontSize());
		SceneNode.BorderLabel outside = node.estimatedBorderLabel();
		if (outside != null) {
			// a border node's label goes outside its parent, beside the node
			text(svg, List.of(node.borderLabelText()), outside.anchorX(), outside.y(), px * 1.25, px, node.labelColor(), node.fontName(),
					node.bold(), node.italic(), outside.anchor());
		} else {
			double iconSpace = node.icon() != null ? Shapes.ICON_SIZE + 4 : 0;
			double textWidth = w - 2 * Shapes.LABEL_PADDING - iconSpace;
			double lineHeight = px * 1.25;
			int maxLines = node.container() ? 1 : Math.max(1, (int) ((h - 4) / lineHeight));
			List<String> lines = Labels.wrap(node.label(), textWidth, maxLines, t -> Labels.estimateWidth(t, px, node.bold()));
			double top = node.container() ? y + Shapes.LABEL_PADDING : y + (h - lines.size() * lineHeight) / 2;
			double cx = x + iconSpace + (w - iconSpace) / 2;
			text(svg, lines, cx, top, lineHeight, px, node.labelColor(), node.fontName(), node.bold(), node.italic(), "middle");
		}
		for (int i = 0; i < node.badges().size(); i++) {
			var badge = node.badges().get(i);
			svg.append("<g><title>").append(escape(badge.tooltip())).append("</title><circle cx=\"").append(n(node.badgeX(i)))
					.append("\" cy=\"").append(n(node.badgeY())).append("\" r=\"").append(n(SceneNode.BADGE_RADIUS))
					.append(String.format("\" fill=\"#%06x\" stroke=\"#ffffff\"/>", SceneNode.badgeColor(badge.kind())))
					.append("<text x=\"").append(n(node.badgeX(i))).append("\" y=\"").append(n(node.badgeY() + 4))
					.append("\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"11\" font-weight=\"bold\" fill=\"#ffffff\">")
					.append(SceneNode.badgeSign(badge.kind())).append("</text></g>");
		}
		svg.append("</g>\n");
	}

	private static void edge(StringBuilder svg, SceneEdge edge) {
		double[] p = edge.points();
		svg.append("<g class=\"edge\" data-mapping=\"").append(escape(edge.edge().getMappingId())).append("\">");
		svg.append("<polyline fill=\"none\" stroke=\"").append(hex(edge.color())).append("\" stroke-width=\"")
				.append(Math.max(1, edge.width())).append('"').append(dash(Shapes.dashes(edge.line(), edge.width())))
				.append(" points=\"");
		for (int i = 0; i < p.length; i += 2) {
			svg.append(i == 0 ? "" : " ").append(n(p[i])).append(',').append(n(p[i + 1]));
		}
		svg.append("\"/>");
		int last = p.length - 2;
		arrow(svg, edge.targetArrow(), Arrows.outline(edge.targetArrow(), p[last], p[last + 1], p[last - 2], p[last - 1], edge.width()), edge);
		arrow(svg, edge.sourceArrow(), Arrows.outline(edge.sourceArrow(), p[0], p[1], p[2], p[3], edge.width()), edge);
		if (edge.label() != null && !edge.label().isBlank()) {
			double px = Labels.pixels(edge.fontSize());
			double[] anchor = edge.labelAnchor();
			text(svg, List.of(edge.label()), anchor[0], anchor[1] - px * 1.25 / 2, px * 1.25, px, edge.labelColor(),
					edge.fontName(), edge.bold(), edge.italic(), "middle");
		}
		svg.append("</g>\n");
	}

	private static void arrow(StringBuilder svg, ArrowHead head, double[] outline, SceneEdge edge) {
		if (outline == null) {
			return;
		}
		String stroke = " stroke=\"" + hex(edge.color()) + "\" stroke-width=\"" + Math.max(1, edge.width()) + "\"";
		if (Arrows.open(head)) {
			svg.append("<polyline fill=\"none\"").append(stroke).append(" points=\"").append(points(outline)).append("\"/>");
		} else {
			polygon(svg, outline, " fill=\"" + (Arrows.filled(head) ? hex(edge.color()) : "#ffffff") + "\"" + stroke);
		}
	}

	private static void text(StringBuilder svg, List<String> lines, double x, double top, double lineHeight, double px,
			int color, String font, boolean bold, boolean italic, String anchor) {
		for (int i = 0; i < lines.size(); i++) {
			// baseline about 0.8 of the line box below its top
			svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(top + i * lineHeight + lineHeight * 0.78))
					.append("\" text-anchor=\"").append(anchor).append("\" font-family=\"").append(escape(font))
					.append(", sans-serif\" font-size=\"").append(n(px)).append("\" fill=\"").append(hex(color)).append('"');
			if (bold) {
				svg.append(" font-weight=\"bold\"");
			}
			if (italic) {
				svg.append(" font-style=\"italic\"");
			}
			svg.append('>').append(escape(lines.get(i))).append("</text>");
		}
	}

	private static void polygon(StringBuilder svg, double[] points, String paint) {
		svg.append("<polygon points=\"").append(points(points)).append('"').append(paint).append("/>");
	}

	private static String points(double[] points) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < points.length; i += 2) {
			text.append(i == 0 ? "" : " ").append(n(points[i])).append(',').append(n(points[i + 1]));
		}
		return text.toString();
	}

	private static String dash(int[] dashes) {
		return dashes == null ? "" : " stroke-dasharray=\"" + dashes[0] + "," + dashes[1] + "\"";
	}

	private static String hex(int rgb) {
		return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff);
	}

	/** Numbers with at most two decimals and a dot, whatever the default locale. */
	private static String n(double value) {
		if (value == Math.rint(value)) {
			return Long.toString((long) value);
		}
		return String.format(Locale.ROOT, "%.2f", value);
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '&' -> out.append("&amp;");
			case '"' -> out.append("&quot;");
			default -> {
				if (c >= 0x20 || c == '\t' || c == '\n') {
					out.append(c); // other control characters are not allowed in XML 1.0
				}
			}
			}
		}
		return out.toString();
	}
}
