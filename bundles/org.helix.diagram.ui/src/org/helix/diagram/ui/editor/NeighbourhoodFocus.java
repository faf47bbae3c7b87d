package org.helix.diagram.ui.editor;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.sync.DiagramSynchronizer;

/**
 * The context menu's "Focus on Neighbourhood": the selected node's 1-, 2- or 3-step neighbourhood stays, every other
 * node (and the edges at it) is hidden, the view fits what is left; "Show All" ends the focus. Each is one undoable
 * command ({@link DiagramSynchronizer#focusCommand}); the neighbourhood is {@link org.helix.diagram.sync.Neighbourhood}.
 */
final class NeighbourhoodFocus {

	static final String MENU_TEXT = "Focus on &Neighbourhood";
	static final String SHOW_ALL_TEXT = "Show &All (End Focus)";

	private NeighbourhoodFocus() {
	}

	/** Adds the focus submenu (enabled for one selected node) and "Show All" (enabled while focused). */
	static void fill(IMenuManager menu, DiagramEditor editor, List<Node> selectedNodes) {
		MenuManager focus = new MenuManager(MENU_TEXT, "org.helix.diagram.ui.focus");
		for (int hops = 1; hops <= 3; hops++) {
			int n = hops;
			Action action = new Action(n == 1 ? "&1 Step" : "&" + n + " Steps") {
				@Override
				public void run() {
					editor.focusNeighbourhood(selectedNodes.get(0), n);
				}
			};
			action.setEnabled(selectedNodes.size() == 1);
			focus.add(action);
		}
		menu.add(focus);
		Action showAll = new Action(SHOW_ALL_TEXT) {
			@Override
			public void run() {
				editor.clearFocus();
			}
		};
		showAll.setEnabled(editor.isFocused());
		menu.add(showAll);
	}
}
