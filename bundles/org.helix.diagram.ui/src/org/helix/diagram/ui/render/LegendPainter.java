package org.helix.diagram.ui.render;

import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.helix.diagram.model.description.DescriptionPackage;
import org.helix.diagram.model.description.LineStyle;
import org.helix.diagram.model.description.Shape;
import org.helix.diagram.ui.scene.SceneBuilder;
import org.helix.diagram.viewpoint.Legend;

/**
 * Paints a diagram's {@link Legend} as a box of swatches and texts in screen pixels (it does not zoom): a node
 * swatch in the entry's fill, border and shape, an edge swatch as a short line in its colour, width and line style.
 * Used by the canvas overlay and by the PNG export, so both look the same.
 */
public final class LegendPainter {

	private static final DescriptionPackage D = DescriptionPackage.eINSTANCE;
	static final int PAD = 8, ROW = 20, SWATCH_W = 34, SWATCH_H = 14;

	private LegendPainter() {
	}

	/** The size the legend takes (width, height) in pixels. */
	public static Point size(GC gc, List<Legend.Entry> entries) {
		Font old = gc.getFont();
		int width = 0;
		for (Legend.Entry entry : entries) {
			width = Math.max(width, gc.stringExtent(entry.text()).x);
		}
		Font bold = bold(gc);
		gc.setFont(bold);
		width = Math.max(width + SWATCH_W + 8, gc.stringExtent("Legend").x);
		gc.setFont(old);
		bold.dispose();
		return new Point(width + 2 * PAD, PAD * 2 + ROW * (entries.size() + 1));
	}

	/** Paints the legend with its top-left corner at (x, y); returns its bounds. */
	public static Rectangle paint(GC gc, List<Legend.Entry> entries, int x, int y) {
		Point size = size(gc, entries);
		Rectangle bounds = new Rectangle(x, y, size.x, size.y);
		gc.setAntialias(SWT.ON);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
		gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(bounds);
		Color frame = new Color(gc.getDevice(), 0x90, 0x90, 0x90);
		gc.setForeground(frame);
		gc.drawRectangle(bounds.x, bounds.y, bounds.width - 1, bounds.height - 1);
		Font old = gc.getFont();
		Font bold = bold(gc);
		gc.setFont(bold);
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
		gc.drawString("Legend", x + PAD, y + PAD, true);
		gc.setFont(old);
		bold.dispose();
		int rowY = y + PAD + ROW;
		for (Legend.Entry entry : entries) {
			swatch(gc, entry, x + PAD, rowY + (ROW - SWATCH_H) / 2 - 2);
			gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
			gc.drawString(entry.text(), x + PAD + SWATCH_W + 8, rowY, true);
			rowY += ROW;
		}
		frame.dispose();
		return bounds;
	}

	private static void swatch(GC gc, Legend.Entry entry, int x, int y) {
		if (entry.kind() == Legend.Kind.EDGE) {
			Color line = rgb(gc, color(entry, D.getEdgeStyle_Color(), 0x606060));
			gc.setForeground(line);
			gc.setLineWidth(Math.max(1, (Integer) value(entry, D.getEdgeStyle_Width(), 1)));
			gc.setLineStyle(lineStyle((LineStyle) value(entry, D.getEdgeStyle_LineStyle(), LineStyle.SOLID)));
			gc.drawLine(x, y + SWATCH_H / 2, x + SWATCH_W, y + SWATCH_H / 2);
			gc.setLineStyle(SWT.LINE_SOLID);
			gc.setLineWidth(1);
			line.dispose();
			return;
		}
		Color fill = rgb(gc, color(entry, D.getNodeStyle_FillColor(), 0xffffff));
		Color border = rgb(gc, color(entry, D.getNodeStyle_BorderColor(), 0x404040));
		int borderWidth = Math.min(4, Math.max(1, (Integer) value(entry, D.getNodeStyle_BorderWidth(), 1)));
		Shape shape = (Shape) value(entry, D.getNodeStyle_Shape(), Shape.ROUNDED_RECTANGLE);
		gc.setBackground(fill);
		gc.setForeground(border);
		gc.setLineWidth(borderWidth);
		gc.setLineStyle(lineStyle((LineStyle) value(entry, D.getNodeStyle_BorderLineStyle(), LineStyle.SOLID)));
		int inset = borderWidth / 2;
		int w = SWATCH_W - 2 * inset, h = SWATCH_H - 2 * inset;
		if (shape == Shape.ELLIPSE) {
			gc.fillOval(x + inset, y + inset, w, h);
			gc.drawOval(x + inset, y + inset, w, h);
		} else if (shape == Shape.RECTANGLE) {
			gc.fillRectangle(x + inset, y + inset, w, h);
			gc.drawRectangle(x + inset, y + inset, w, h);
		} else {
			gc.fillRoundRectangle(x + inset, y + inset, w, h, 8, 8);
			gc.drawRoundRectangle(x + inset, y + inset, w, h, 8, 8);
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
		fill.dispose();
		border.dispose();
	}

	static Object value(Legend.Entry entry, EStructuralFeature feature, Object fallback) {
		Object value = entry.value(feature);
		return value != null ? value : fallback;
	}

	static int color(Legend.Entry entry, EStructuralFeature feature, int fallback) {
		Object value = value(entry, feature, null);
		return value instanceof String text ? SceneBuilder.parseColor(text, fallback) : fallback;
	}

	private static Color rgb(GC gc, int rgb) {
		return new Color(gc.getDevice(), (rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
	}

	private static int lineStyle(LineStyle style) {
		return switch (style) {
		case DASHED -> SWT.LINE_DASH;
		case DOTTED -> SWT.LINE_DOT;
		default -> SWT.LINE_SOLID;
		};
	}

	private static Font bold(GC gc) {
		FontData[] data = gc.getFont().getFontData();
		for (FontData d : data) {
			d.setStyle(SWT.BOLD);
		}
		return new Font(gc.getDevice(), data);
	}
}
