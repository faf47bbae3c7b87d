package org.helix.scoring.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

/**
 * A scatter chart drawn by hand: labelled points, a vertical and a horizontal cut-off line (with an optional dashed
 * margin line below each), the names of the four quadrants and the axes' titles. Used for the criticality matrix
 * (SR × EI) and the strategic-investment framework (relatedness density × complexity). Each point's label is drawn
 * beside it and is its tooltip.
 */
public final class ScatterCanvas extends Canvas {

	/** One point; {@code rgb} as 0xRRGGBB. */
	public record Dot(String label, double x, double y, int rgb, String tooltip) {
	}

	private static final int MARGIN_LEFT = 70;
	private static final int MARGIN_BOTTOM = 50;
	private static final int MARGIN_TOP = 30;
	private static final int MARGIN_RIGHT = 30;

	private List<Dot> dots = List.of();
	private String xTitle = "";
	private String yTitle = "";
	private double xCut = Double.NaN;
	private double yCut = Double.NaN;
	private double xMarginCut = Double.NaN;
	private double yMarginCut = Double.NaN;
	/** Top left, top right, bottom left, bottom right. */
	private String[] quadrantNames = { "", "", "", "" };
	private double xMin;
	private double xMax = 1;
	private double yMin;
	private double yMax = 1;
	private String empty = "";
	/** The colours' meanings, drawn above the plot: label and 0xRRGGBB. */
	private List<Dot> legend = List.of();

	public ScatterCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		addPaintListener(event -> paint(event.gc));
		addListener(SWT.MouseHover, event -> {
			Dot dot = dotAt(event.x, event.y);
			setToolTipText(dot == null ? null : dot.tooltip());
		});
	}

	public void setAxes(String xTitle, String yTitle) {
		this.xTitle = xTitle;
		this.yTitle = yTitle;
	}

	/** The cut-off lines (NaN: none) and, dashed, the margin lines (NaN: none). */
	public void setCuts(double xCut, double yCut, double xMarginCut, double yMarginCut) {
		this.xCut = xCut;
		this.yCut = yCut;
		this.xMarginCut = xMarginCut;
		this.yMarginCut = yMarginCut;
	}

	/** The colours' meanings, drawn above the plot (only label and colour of each are used). */
	public void setLegend(List<Dot> entries) {
		legend = List.copyOf(entries);
	}

	/** Top left, top right, bottom left, bottom right. */
	public void setQuadrantNames(String topLeft, String topRight, String bottomLeft, String bottomRight) {
		quadrantNames = new String[] { topLeft, topRight, bottomLeft, bottomRight };
	}

	/** The points; the axes span them and the cut-offs with some room. {@code emptyText} is shown when there are none. */
	public void setDots(List<Dot> newDots, String emptyText) {
		dots = List.copyOf(newDots);
		empty = emptyText;
		List<Double> xs = new ArrayList<>();
		List<Double> ys = new ArrayList<>();
		for (Dot dot : dots) {
			xs.add(dot.x());
			ys.add(dot.y());
		}
		// the axes reach past the cut-offs by half again, so the top-right quadrant has room for points and its name
		for (double v : new double[] { xCut, xMarginCut, xCut * 1.5 }) {
			if (!Double.isNaN(v)) {
				xs.add(v);
			}
		}
		for (double v : new double[] { yCut, yMarginCut, yCut * 1.5 }) {
			if (!Double.isNaN(v)) {
				ys.add(v);
			}
		}
		double[] x = range(xs);
		double[] y = range(ys);
		xMin = x[0];
		xMax = x[1];
		yMin = y[0];
		yMax = y[1];
		redraw();
	}

	public List<Dot> dots() {
		return dots;
	}

	/** Where a value lands on the canvas (for tests and the tooltip). */
	public Point toScreen(double x, double y) {
		Rectangle area = plotArea();
		int sx = area.x + (int) Math.round((x - xMin) / (xMax - xMin) * area.width);
		int sy = area.y + area.height - (int) Math.round((y - yMin) / (yMax - yMin) * area.height);
		return new Point(sx, sy);
	}

	private static double[] range(List<Double> values) {
		if (values.isEmpty()) {
			return new double[] { 0, 1 };
		}
		double min = Math.min(0, values.stream().mapToDouble(Double::doubleValue).min().getAsDouble());
		double max = values.stream().mapToDouble(Double::doubleValue).max().getAsDouble();
		if (max <= min) {
			max = min + 1;
		}
		max += (max - min) * 0.05;
		// five ticks at a round step (1, 2 or 5 times a power of ten)
		double rough = (max - min) / 5;
		double power = Math.pow(10, Math.floor(Math.log10(rough)));
		double step = rough / power <= 1 ? power : rough / power <= 2 ? 2 * power : rough / power <= 5 ? 5 * power : 10 * power;
		return new double[] { Math.floor(min / step) * step, Math.floor(min / step) * step + 5 * step };
	}

	private Rectangle plotArea() {
		Rectangle client = getClientArea();
		return new Rectangle(MARGIN_LEFT, MARGIN_TOP, Math.max(10, client.width - MARGIN_LEFT - MARGIN_RIGHT),
				Math.max(10, client.height - MARGIN_TOP - MARGIN_BOTTOM));
	}

	private Dot dotAt(int x, int y) {
		for (Dot dot : dots) {
			Point p = toScreen(dot.x(), dot.y());
			if (Math.abs(p.x - x) <= 6 && Math.abs(p.y - y) <= 6) {
				return dot;
			}
		}
		return null;
	}

	private void paint(GC gc) {
		Display display = getDisplay();
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		Rectangle area = plotArea();
		Color black = display.getSystemColor(SWT.COLOR_BLACK);
		Color grey = display.getSystemColor(SWT.COLOR_DARK_GRAY);
		gc.setForeground(black);
		gc.drawRectangle(area);
		// ticks: five steps on each axis
		for (int i = 0; i <= 5; i++) {
			double xv = xMin + (xMax - xMin) * i / 5;
			Point px = toScreen(xv, yMin);
			gc.drawLine(px.x, area.y + area.height, px.x, area.y + area.height + 4);
			String text = format(xv);
			gc.drawString(text, px.x - gc.textExtent(text).x / 2, area.y + area.height + 6, true);
			double yv = yMin + (yMax - yMin) * i / 5;
			Point py = toScreen(xMin, yv);
			gc.drawLine(area.x - 4, py.y, area.x, py.y);
			text = format(yv);
			gc.drawString(text, area.x - 8 - gc.textExtent(text).x, py.y - gc.textExtent(text).y / 2, true);
		}
		Point xTitleSize = gc.textExtent(xTitle);
		gc.drawString(xTitle, area.x + (area.width - xTitleSize.x) / 2, area.y + area.height + 26, true);
		gc.drawString(yTitle, area.x, 6, true);
		int legendX = area.x + gc.textExtent(yTitle).x + 40;
		for (Dot entry : legend) {
			Color fill = new Color(display, (entry.rgb() >> 16) & 0xff, (entry.rgb() >> 8) & 0xff, entry.rgb() & 0xff);
			gc.setBackground(fill);
			gc.fillOval(legendX, 9, 11, 11);
			gc.drawOval(legendX, 9, 11, 11);
			gc.drawString(entry.label(), legendX + 16, 6, true);
			legendX += 16 + gc.textExtent(entry.label()).x + 24;
			fill.dispose();
		}
		// quadrant names, in the corners of the plot
		gc.setForeground(grey);
		int pad = 6;
		Point size;
		gc.drawString(quadrantNames[0], area.x + pad, area.y + pad, true);
		size = gc.textExtent(quadrantNames[1]);
		gc.drawString(quadrantNames[1], area.x + area.width - pad - size.x, area.y + pad, true);
		size = gc.textExtent(quadrantNames[2]);
		gc.drawString(quadrantNames[2], area.x + pad, area.y + area.height - pad - size.y, true);
		size = gc.textExtent(quadrantNames[3]);
		gc.drawString(quadrantNames[3], area.x + area.width - pad - size.x, area.y + area.height - pad - size.y, true);
		// cut-offs solid, margins dashed
		gc.setLineWidth(2);
		Color cutColor = new Color(display, 0x1f, 0x4e, 0x9c);
		gc.setForeground(cutColor);
		if (!Double.isNaN(xCut)) {
			int x = toScreen(xCut, yMin).x;
			gc.drawLine(x, area.y, x, area.y + area.height);
		}
		if (!Double.isNaN(yCut)) {
			int y = toScreen(xMin, yCut).y;
			gc.drawLine(area.x, y, area.x + area.width, y);
		}
		gc.setLineWidth(1);
		gc.setLineStyle(SWT.LINE_DASH);
		if (!Double.isNaN(xMarginCut)) {
			int x = toScreen(xMarginCut, yMin).x;
			gc.drawLine(x, area.y, x, area.y + area.height);
		}
		if (!Double.isNaN(yMarginCut)) {
			int y = toScreen(xMin, yMarginCut).y;
			gc.drawLine(area.x, y, area.x + area.width, y);
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		cutColor.dispose();
		// the points with their labels
		for (Dot dot : dots) {
			Point p = toScreen(dot.x(), dot.y());
			Color fill = new Color(display, (dot.rgb() >> 16) & 0xff, (dot.rgb() >> 8) & 0xff, dot.rgb() & 0xff);
			gc.setBackground(fill);
			gc.fillOval(p.x - 5, p.y - 5, 11, 11);
			gc.setForeground(black);
			gc.drawOval(p.x - 5, p.y - 5, 11, 11);
			gc.drawString(dot.label(), p.x + 8, p.y - 8, true);
			fill.dispose();
		}
		if (dots.isEmpty() && !empty.isEmpty()) {
			gc.setForeground(grey);
			Point textSize = gc.textExtent(empty);
			gc.drawString(empty, area.x + (area.width - textSize.x) / 2, area.y + area.height / 2, true);
		}
	}

	private static String format(double value) {
		return String.format(java.util.Locale.ROOT, "%.2f", value);
	}
}
