package org.helix.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;

/**
 * Draws the report's inline SVG in the PDF without Batik: openhtmltopdf hands every {@code <svg>} element to an
 * {@link SVGDrawer}, and this one paints the small part of SVG that the report's charts and diagrams use (groups with
 * translate/scale transforms, rect, line, polyline, polygon, circle, ellipse and text; fill, stroke, stroke-width,
 * stroke-dasharray, font-size, font-weight, font-style, text-anchor, inherited from the enclosing groups) through
 * Java2D onto the PDF page, as vector graphics; the text stays text. Anything else (paths, gradients, CSS in the SVG)
 * is skipped. Batik (openhtmltopdf-svg-support) would draw all of SVG, but it is large, needs xml-apis under OSGi
 * and is not in the target platform.
 */
public final class SimpleSvgDrawer implements SVGDrawer {

	/**
	 * Pictures are scaled down to at most this size (CSS px, 0.75 pt each), so that one fits on an A4 page within the
	 * report's margins (178 mm = 673 px wide) with its heading.
	 */
	static final double MAX_WIDTH_PX = 660, MAX_HEIGHT_PX = 820;

	@Override
	public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
		// the report declares no fonts of its own
	}

	@Override
	public void addFontFile(File fontFile, String family, Integer weight, FontStyle style) {
		// the report declares no fonts of its own
	}

	@Override
	public void close() {
	}

	@Override
	public SVGImage buildSVGImage(Element svg, Box box, CssContext css, double cssWidth, double cssHeight, double dotsPerPixel) {
		double[] viewBox = viewBox(svg);
		double width = cssWidth >= 0 ? cssWidth / dotsPerPixel : viewBox[2];
		double height = cssHeight >= 0 ? cssHeight / dotsPerPixel : width * viewBox[3] / viewBox[2];
		if (width > MAX_WIDTH_PX) {
			height *= MAX_WIDTH_PX / width;
			width = MAX_WIDTH_PX;
		}
		if (height > MAX_HEIGHT_PX) {
			width *= MAX_HEIGHT_PX / height;
			height = MAX_HEIGHT_PX;
		}
		return new Image(svg, viewBox, width, height, dotsPerPixel);
	}

	/** The viewBox (x, y, width, height): the attribute, else 0 0 width height, else 300 x 150 as browsers do. */
	static double[] viewBox(Element svg) {
		String attribute = svg.getAttribute("viewBox");
		if (!attribute.isBlank()) {
			double[] numbers = numbers(attribute);
			if (numbers.length == 4 && numbers[2] > 0 && numbers[3] > 0) {
				return numbers;
			}
		}
		double width = length(svg.getAttribute("width"), 300), height = length(svg.getAttribute("height"), 150);
		return new double[] { 0, 0, width, height };
	}

	private record Image(Element svg, double[] viewBox, double width, double height, double dotsPerPixel) implements SVGImage {

		@Override
		public int getIntrinsicWidth() {
			return (int) Math.round(width * dotsPerPixel);
		}

		@Override
		public int getIntrinsicHeight() {
			return (int) Math.round(height * dotsPerPixel);
		}

		@Override
		public void drawSVG(OutputDevice outputDevice, RenderingContext context, double x, double y) {
			outputDevice.drawWithGraphics((float) x, (float) y, (float) width, (float) height, graphics -> {
				graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
				graphics.scale(width / viewBox[2], height / viewBox[3]);
				graphics.translate(-viewBox[0], -viewBox[1]);
				graphics.clip(new Rectangle2D.Double(viewBox[0], viewBox[1], viewBox[2], viewBox[3]));
				paintChildren(graphics, svg, Style.INITIAL, viewBox);
			});
		}
	}

	/** Paints the SVG element {@code svg} into {@code graphics}, whose user space is the SVG's viewBox. */
	public static void paint(Graphics2D graphics, Element svg) {
		paintChildren(graphics, svg, Style.INITIAL, viewBox(svg));
	}

	/** The painting properties SVG inherits from group to child. */
	private record Style(Color fill, Color stroke, double strokeWidth, float[] dashes, double fontSize, boolean bold,
			boolean italic, String anchor) {
		static final Style INITIAL = new Style(Color.BLACK, null, 1, null, 16, false, false, "start");

		Style of(Element element) {
			Color fill = this.fill, stroke = this.stroke;
			double strokeWidth = this.strokeWidth, fontSize = this.fontSize;
			float[] dashes = this.dashes;
			boolean bold = this.bold, italic = this.italic;
			String anchor = this.anchor;
			if (element.hasAttribute("fill")) {
				fill = color(element.getAttribute("fill"), fill);
			}
			if (element.hasAttribute("stroke")) {
				stroke = color(element.getAttribute("stroke"), stroke);
			}
			if (element.hasAttribute("stroke-width")) {
				strokeWidth = length(element.getAttribute("stroke-width"), strokeWidth);
			}
			if (element.hasAttribute("stroke-dasharray")) {
				double[] numbers = numbers(element.getAttribute("stroke-dasharray"));
				dashes = null;
				if (numbers.length > 0 && java.util.Arrays.stream(numbers).anyMatch(n -> n > 0)) {
					dashes = new float[numbers.length];
					for (int i = 0; i < numbers.length; i++) {
						dashes[i] = (float) numbers[i];
					}
				}
			}
			if (element.hasAttribute("font-size")) {
				fontSize = length(element.getAttribute("font-size"), fontSize);
			}
			if (element.hasAttribute("font-weight")) {
				String weight = element.getAttribute("font-weight");
				bold = weight.equals("bold") || weight.equals("bolder") || (weight.matches("\\d+") && Integer.parseInt(weight) >= 600);
			}
			if (element.hasAttribute("font-style")) {
				italic = !element.getAttribute("font-style").equals("normal");
			}
			if (element.hasAttribute("text-anchor")) {
				anchor = element.getAttribute("text-anchor");
			}
			return new Style(fill, stroke, strokeWidth, dashes, fontSize, bold, italic, anchor);
		}
	}

	private static void paintChildren(Graphics2D graphics, Element parent, Style style, double[] viewBox) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				paintElement(graphics, element, style.of(element), viewBox);
			}
		}
	}

	private static void paintElement(Graphics2D graphics, Element element, Style style, double[] viewBox) {
		AffineTransform saved = graphics.getTransform();
		try {
			if (element.hasAttribute("transform")) {
				graphics.transform(transform(element.getAttribute("transform")));
			}
			switch (name(element)) {
			case "g", "a" -> paintChildren(graphics, element, style, viewBox);
			case "rect" -> {
				double x = length(element.getAttribute("x"), 0), y = length(element.getAttribute("y"), 0);
				double w = length(element.getAttribute("width"), 0, viewBox[2]), h = length(element.getAttribute("height"), 0, viewBox[3]);
				double rx = length(element.getAttribute("rx"), length(element.getAttribute("ry"), 0));
				shape(graphics, rx > 0 ? new RoundRectangle2D.Double(x, y, w, h, 2 * rx, 2 * rx) : new Rectangle2D.Double(x, y, w, h), style, true);
			}
			case "line" -> shape(graphics, new Line2D.Double(length(element.getAttribute("x1"), 0), length(element.getAttribute("y1"), 0),
					length(element.getAttribute("x2"), 0), length(element.getAttribute("y2"), 0)), style, false);
			case "polyline", "polygon" -> {
				double[] points = numbers(element.getAttribute("points"));
				if (points.length >= 4) {
					Path2D.Double path = new Path2D.Double();
					path.moveTo(points[0], points[1]);
					for (int i = 2; i + 1 < points.length; i += 2) {
						path.lineTo(points[i], points[i + 1]);
					}
					if (name(element).equals("polygon")) {
						path.closePath();
					}
					shape(graphics, path, style, true);
				}
			}
			case "circle" -> {
				double r = length(element.getAttribute("r"), 0);
				shape(graphics, new Ellipse2D.Double(length(element.getAttribute("cx"), 0) - r, length(element.getAttribute("cy"), 0) - r, 2 * r, 2 * r),
						style, true);
			}
			case "ellipse" -> {
				double rx = length(element.getAttribute("rx"), 0), ry = length(element.getAttribute("ry"), 0);
				shape(graphics, new Ellipse2D.Double(length(element.getAttribute("cx"), 0) - rx, length(element.getAttribute("cy"), 0) - ry, 2 * rx,
						2 * ry), style, true);
			}
			case "text" -> text(graphics, element, style);
			default -> {
				// title, desc, defs and what this drawer does not know: nothing to paint
			}
			}
		} finally {
			graphics.setTransform(saved);
		}
	}

	private static void shape(Graphics2D graphics, Shape shape, Style style, boolean fillable) {
		if (fillable && style.fill() != null) {
			graphics.setColor(style.fill());
			graphics.fill(shape);
		}
		if (style.stroke() != null && style.strokeWidth() > 0) {
			graphics.setColor(style.stroke());
			graphics.setStroke(new BasicStroke((float) style.strokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, style.dashes(), 0));
			graphics.draw(shape);
		}
	}

	private static void text(Graphics2D graphics, Element element, Style style) {
		String text = element.getTextContent().replaceAll("\\s+", " ").trim();
		if (text.isEmpty() || style.fill() == null) {
			return;
		}
		// a logical font: the PDF renderer maps it to its own sans-serif (Helvetica), so the text stays text
		Font font = new Font(Font.SANS_SERIF, (style.bold() ? Font.BOLD : 0) | (style.italic() ? Font.ITALIC : 0), 1)
				.deriveFont((float) style.fontSize());
		graphics.setFont(font);
		graphics.setColor(style.fill());
		double width = graphics.getFontMetrics().getStringBounds(text, graphics).getWidth();
		double x = length(element.getAttribute("x"), 0), y = length(element.getAttribute("y"), 0);
		x -= switch (style.anchor()) {
		case "middle" -> width / 2;
		case "end" -> width;
		default -> 0;
		};
		graphics.drawString(text, (float) x, (float) y);
	}

	private static String name(Element element) {
		String name = element.getLocalName() != null ? element.getLocalName() : element.getNodeName();
		int colon = name.indexOf(':');
		return colon < 0 ? name : name.substring(colon + 1);
	}

	private static final Pattern TRANSFORM = Pattern.compile("(translate|scale|matrix|rotate)\\s*\\(([^)]*)\\)");

	static AffineTransform transform(String attribute) {
		AffineTransform transform = new AffineTransform();
		Matcher matcher = TRANSFORM.matcher(attribute);
		while (matcher.find()) {
			double[] n = numbers(matcher.group(2));
			switch (matcher.group(1)) {
			case "translate" -> transform.translate(n.length > 0 ? n[0] : 0, n.length > 1 ? n[1] : 0);
			case "scale" -> transform.scale(n.length > 0 ? n[0] : 1, n.length > 1 ? n[1] : n.length > 0 ? n[0] : 1);
			case "rotate" -> transform.rotate(Math.toRadians(n.length > 0 ? n[0] : 0), n.length > 2 ? n[1] : 0, n.length > 2 ? n[2] : 0);
			default -> {
				if (n.length == 6) {
					transform.concatenate(new AffineTransform(n));
				}
			}
			}
		}
		return transform;
	}

	private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

	static double[] numbers(String text) {
		Matcher matcher = NUMBER.matcher(text);
		double[] numbers = new double[8];
		int count = 0;
		while (matcher.find()) {
			if (count == numbers.length) {
				numbers = java.util.Arrays.copyOf(numbers, count * 2);
			}
			numbers[count++] = Double.parseDouble(matcher.group());
		}
		return java.util.Arrays.copyOf(numbers, count);
	}

	static double length(String text, double fallback) {
		return length(text, fallback, 0);
	}

	/** A length in user units ("12", "12px"); a percentage of {@code whole}; {@code fallback} when absent or bad. */
	static double length(String text, double fallback, double whole) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		String trimmed = text.trim();
		try {
			if (trimmed.endsWith("%")) {
				return Double.parseDouble(trimmed.substring(0, trimmed.length() - 1)) * whole / 100;
			}
			return Double.parseDouble(trimmed.replaceAll("(px|pt)$", ""));
		} catch (NumberFormatException e) {
			return fallback;
		}
	}

	static Color color(String text, Color inherited) {
		String value = text.trim().toLowerCase(Locale.ROOT);
		if (value.equals("none") || value.equals("transparent")) {
			return null;
		}
		if (value.equals("inherit") || value.equals("currentcolor")) {
			return inherited;
		}
		try {
			if (value.matches("#[0-9a-f]{6}")) {
				return new Color(Integer.parseInt(value.substring(1), 16));
			}
			if (value.matches("#[0-9a-f]{3}")) {
				int r = Character.digit(value.charAt(1), 16), g = Character.digit(value.charAt(2), 16), b = Character.digit(value.charAt(3), 16);
				return new Color(r * 17, g * 17, b * 17);
			}
			Matcher rgb = Pattern.compile("rgb\\((\\d+),\\s*(\\d+),\\s*(\\d+)\\)").matcher(value);
			if (rgb.matches()) {
				return new Color(Integer.parseInt(rgb.group(1)), Integer.parseInt(rgb.group(2)), Integer.parseInt(rgb.group(3)));
			}
		} catch (IllegalArgumentException e) {
			return inherited;
		}
		return switch (value) {
		case "white" -> Color.WHITE;
		case "black" -> Color.BLACK;
		case "red" -> Color.RED;
		case "green" -> new Color(0, 128, 0);
		case "blue" -> Color.BLUE;
		case "gray", "grey" -> Color.GRAY;
		default -> inherited;
		};
	}
}
