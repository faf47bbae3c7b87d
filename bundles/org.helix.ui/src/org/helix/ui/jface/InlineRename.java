package org.helix.ui.jface;

import java.util.function.BiConsumer;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TreeEditor;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.helix.model.core.NamedElement;

/**
 * Renaming in place, as F2 does in Archi's model tree and Eclipse's explorers: a text field over the element's tree
 * item, filled with its name and selected. Enter (or clicking elsewhere) renames, Escape keeps the old name; an empty or
 * unchanged name changes nothing. The rename itself is the caller's: one undoable command. The model editor and the
 * Model Explorer share this one mechanism (F2, the context menu's Rename, and a newly created element).
 */
public final class InlineRename {

	private final TreeViewer viewer;
	private final BiConsumer<NamedElement, String> rename;
	private final TreeEditor editor;
	private Text text;
	private NamedElement element;

	/** {@code rename} executes the command that gives the element its new name. */
	public InlineRename(TreeViewer viewer, BiConsumer<NamedElement, String> rename) {
		this.viewer = viewer;
		this.rename = rename;
		this.editor = new TreeEditor(viewer.getTree());
		editor.horizontalAlignment = SWT.LEFT;
		editor.grabHorizontal = true;
		editor.minimumWidth = 160;
		viewer.getTree().addDisposeListener(event -> close());
	}

	public static boolean canRename(Object element) {
		return element instanceof NamedElement;
	}

	/** Opens the text field on {@code element} (revealing it); false when it is not a named element shown in the tree. */
	public boolean start(Object element) {
		close();
		if (!(element instanceof NamedElement named) || viewer.getControl().isDisposed()) {
			return false;
		}
		viewer.reveal(element);
		if (!(viewer.testFindItem(element) instanceof TreeItem item)) {
			return false;
		}
		this.element = named;
		Text field = new Text(viewer.getTree(), SWT.SINGLE | SWT.BORDER);
		text = field;
		field.setText(named.getName() == null ? "" : named.getName());
		field.selectAll();
		field.addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_RETURN) {
				event.doit = false;
				commit();
			} else if (event.detail == SWT.TRAVERSE_ESCAPE) {
				event.doit = false;
				cancel();
			}
		});
		field.addListener(SWT.DefaultSelection, event -> commit());
		field.addListener(SWT.FocusOut, event -> commit());
		// the element went away (undo, delete, a reload): nothing left to rename
		item.addDisposeListener(event -> close());
		editor.setEditor(field, item);
		field.setFocus();
		return true;
	}

	/** Whether the text field is open; while it is, the owner's Delete, Cut, Copy and Paste go to {@link #text()}. */
	public boolean isActive() {
		return text != null && !text.isDisposed();
	}

	/** The open text field, or null. */
	public Text text() {
		return isActive() ? text : null;
	}

	/** The element being renamed, or null. */
	public NamedElement element() {
		return isActive() ? element : null;
	}

	/** Renames the element to what was typed (when it is not blank and differs), and closes the field. */
	public void commit() {
		if (!isActive()) {
			return;
		}
		NamedElement target = element;
		String typed = text.getText().strip();
		boolean hadFocus = text.isFocusControl();
		close();
		if (!typed.isEmpty() && !typed.equals(target.getName())) {
			rename.accept(target, typed);
		}
		if (hadFocus && !viewer.getControl().isDisposed()) {
			viewer.getControl().setFocus();
		}
	}

	/** Closes the field and keeps the old name. */
	public void cancel() {
		boolean hadFocus = isActive() && text.isFocusControl();
		close();
		if (hadFocus && !viewer.getControl().isDisposed()) {
			viewer.getControl().setFocus();
		}
	}

	/**
	 * What the workbench's Delete, Cut, Copy and Paste do while the field is open: they edit the text, never the model
	 * (Delete would otherwise delete the element being renamed). True when the field took the action.
	 */
	public boolean forward(String actionId) {
		Text field = text();
		if (field == null) {
			return false;
		}
		switch (actionId) {
		case "cut" -> field.cut();
		case "copy" -> field.copy();
		case "paste" -> field.paste();
		case "selectAll" -> field.selectAll();
		case "delete" -> {
			org.eclipse.swt.graphics.Point range = field.getSelection();
			if (range.x == range.y && range.y < field.getCharCount()) {
				field.setSelection(range.x, range.x + 1);
			}
			field.insert("");
		}
		default -> {
			return false;
		}
		}
		return true;
	}

	private void close() {
		Text field = text;
		text = null;
		element = null;
		if (field != null && !field.isDisposed()) {
			editor.setEditor(null);
			field.dispose();
		}
	}
}
