package org.helix.diagram.ui.editor;

import java.util.Set;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.helix.diagram.ui.render.DiagramRenderer;
import org.helix.diagram.ui.scene.Scene;

/**
 * The Outline view for a diagram: the whole diagram scaled down, with the part the editor shows as a rectangle.
 * Clicking or dragging moves that rectangle, which scrolls the editor. The scaled diagram is painted once per scene
 * into an image, so following the editor's scrolling only redraws the rectangle.
 */
public class DiagramOutlinePage extends Page implements IContentOutlinePage {

	private static final int MARGIN = 6;

	private final DiagramCanvas editorCanvas;
	private final Runnable viewListener = this::editorViewChanged;
	private Canvas overview;
	private DiagramRenderer renderer;
	private Image image;
	private Scene imageScene;
	private double scale, offsetX, offsetY;

	public DiagramOutlinePage(DiagramCanvas editorCanvas) {
		this.editorCanvas = editorCanvas;
	}

	@Override
	public void createControl(Composite parent) {
		overview = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		renderer = new DiagramRenderer(overview.getDisplay());
		overview.addListener(SWT.Paint, this::paint);
		overview.addListener(SWT.Resize, e -> disposeImage());
		overview.addListener(SWT.MouseDown, this::pan);
		overview.addListener(SWT.MouseMove, e -> {
			if ((e.stateMask & SWT.BUTTON1) != 0) {
				pan(e);
			}
		});
		overview.addListener(SWT.Dispose, e -> {
			editorCanvas.removeViewListener(viewListener);
			disposeImage();
			renderer.dispose();
		});
		editorCanvas.addViewListener(viewListener);
	}

	private void editorViewChanged() {
		if (overview != null && !overview.isDisposed()) {
			overview.redraw();
		}
	}

	/** Diagram-to-outline scale and offset so the whole scene fits the control. */
	private boolean computeScale(Scene scene, Rectangle area) {
		if (scene == null || area.width <= 2 * MARGIN || area.height <= 2 * MARGIN) {
			return false;
		}
		scale = Math.min((area.width - 2.0 * MARGIN) / Math.max(1, scene.width()), (area.height - 2.0 * MARGIN) / Math.max(1, scene.height()));
		offsetX = scene.minX() - (area.width / scale - scene.width()) / 2;
		offsetY = scene.minY() - (area.height / scale - scene.height()) / 2;
		return true;
	}

	private void paint(Event e) {
		Rectangle area = overview.getClientArea();
		Scene scene = editorCanvas.isDisposed() ? null : editorCanvas.scene();
		e.gc.setBackground(overview.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
		e.gc.fillRectangle(area);
		if (!computeScale(scene, area)) {
			return;
		}
		if (image == null || imageScene != scene) {
			disposeImage();
			image = new Image(overview.getDisplay(), area.width, area.height);
			GC gc = new GC(image);
			try {
				gc.setBackground(overview.getDisplay().getSystemColor(SWT.COLOR_WHITE));
				gc.fillRectangle(area);
				renderer.paint(gc, scene, offsetX, offsetY, scale, area, Set.of());
			} finally {
				gc.dispose();
			}
			imageScene = scene;
		}
		e.gc.drawImage(image, 0, 0);
		double[] view = editorCanvas.viewport();
		int x = (int) Math.round((view[0] - offsetX) * scale), y = (int) Math.round((view[1] - offsetY) * scale);
		int w = (int) Math.round(view[2] * scale), h = (int) Math.round(view[3] * scale);
		e.gc.setAlpha(40);
		e.gc.setBackground(overview.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
		e.gc.fillRectangle(x, y, w, h);
		e.gc.setAlpha(255);
		e.gc.setForeground(overview.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
		e.gc.setLineWidth(2);
		e.gc.drawRectangle(x, y, w, h);
	}

	/** Centres the editor on the diagram point under the mouse. */
	private void pan(Event e) {
		if (scale > 0 && !editorCanvas.isDisposed()) {
			editorCanvas.centerOn(offsetX + e.x / scale, offsetY + e.y / scale);
		}
	}

	/** The visible rectangle in outline pixels: x, y, width, height (for tests and screenshots). */
	public Rectangle viewportInOutline() {
		double[] view = editorCanvas.viewport();
		return new Rectangle((int) Math.round((view[0] - offsetX) * scale), (int) Math.round((view[1] - offsetY) * scale),
				(int) Math.round(view[2] * scale), (int) Math.round(view[3] * scale));
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}

	@Override
	public Control getControl() {
		return overview;
	}

	@Override
	public void setFocus() {
		overview.setFocus();
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		// the overview has no selection of its own
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
	}

	@Override
	public ISelection getSelection() {
		return StructuredSelection.EMPTY;
	}

	@Override
	public void setSelection(ISelection selection) {
	}
}
