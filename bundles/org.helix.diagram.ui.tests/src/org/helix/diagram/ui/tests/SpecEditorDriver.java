package org.helix.diagram.ui.tests;

import static org.helix.ui.testsupport.UiSupport.select;
import static org.helix.ui.testsupport.UiSupport.settle;
import static org.helix.ui.testsupport.UiSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.helix.diagram.ui.spec.SpecificationEditor;

/** Drives the specification editor's widgets as a specifier does: tree selection, New Child menu, pickers, fields. */
final class SpecEditorDriver {

	private SpecEditorDriver() {
	}

	/** Selects an element as a click in the tree does, and waits for its properties. */
	static void selectInTree(SpecificationEditor editor, EObject element) {
		editor.viewer().reveal(element);
		TreeItem item = treeItem(editor.viewer().getTree().getItems(), element);
		assertNotNull(item, "tree item of " + element);
		editor.viewer().getTree().setSelection(item);
		Event event = new Event();
		event.item = item;
		editor.viewer().getTree().notifyListeners(SWT.Selection, event);
		waitUntil("the properties of " + element, () -> editor.details().element() == element);
	}

	private static TreeItem treeItem(TreeItem[] items, Object element) {
		for (TreeItem item : items) {
			if (item.getData() == element) {
				return item;
			}
			item.setExpanded(true);
			TreeItem found = treeItem(item.getItems(), element);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/** The tree's context menu › New Child › {@code kind}. */
	static void newChild(SpecificationEditor editor, String kind) {
		Menu menu = editor.viewer().getTree().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		MenuItem newChild = menuItem(menu, "New Child");
		Menu submenu = newChild.getMenu();
		submenu.notifyListeners(SWT.Show, new Event());
		MenuItem create = menuItem(submenu, kind);
		assertTrue(create.isEnabled(), kind);
		select(create);
		submenu.notifyListeners(SWT.Hide, new Event());
		menu.notifyListeners(SWT.Hide, new Event());
		settle();
	}

	/** Chooses {@code value} in a picker. */
	static void pick(Control control, String value) {
		Combo combo = assertInstanceOf(Combo.class, control);
		int index = Arrays.asList(combo.getItems()).indexOf(value);
		assertTrue(index >= 0, value + " is offered in " + Arrays.toString(combo.getItems()));
		combo.select(index);
		select(combo);
		settle();
	}

	/** Types into a field and presses Enter. */
	static void type(Control control, String value) {
		Text text = assertInstanceOf(Text.class, control);
		text.setText(value);
		text.notifyListeners(SWT.DefaultSelection, new Event());
		settle();
	}

	/** The menu's item of this text (without mnemonic and accelerator). */
	static MenuItem menuItem(Menu menu, String text) {
		return Arrays.stream(menu.getItems()).filter(i -> plain(i.getText()).equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no menu item '" + text + "' in "
						+ Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
	}

	/** A menu or label text without its mnemonic and accelerator. */
	static String plain(String text) {
		String plain = text.replace("&", "");
		int tab = plain.indexOf('\t');
		return tab < 0 ? plain : plain.substring(0, tab);
	}
}
