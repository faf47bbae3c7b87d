package org.helix.ui.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Edits a list: the candidates from the model on the left (narrowed by a filter), the chosen values on the right in
 * their order. For lists of plain values (years, aliases) the left side is a field to type a new value instead. OK
 * gives the new list, which the caller sets as one command.
 */
public class ValuesDialog extends Dialog {

	private final String title;
	private final List<Object> available;
	private final List<Object> chosen;
	private final Function<Object, String> labels;
	private final Function<Object, Image> images;
	private final Function<String, Object> parser;
	private Text filter;
	private Text newValue;
	private Label problem;
	private TableViewer availableViewer;
	private TableViewer chosenViewer;

	/**
	 * @param available the candidates, or null when values are typed (then {@code parser} reads them)
	 * @param parser reads a typed value; throws IllegalArgumentException with a message for the user
	 */
	public ValuesDialog(Shell shell, String title, List<Object> available, List<Object> chosen,
			Function<Object, String> labels, Function<Object, Image> images, Function<String, Object> parser) {
		super(shell);
		this.title = title;
		this.available = available == null ? null : new ArrayList<>(available);
		this.chosen = new ArrayList<>(chosen);
		this.labels = labels;
		this.images = images;
		this.parser = parser;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Point getInitialSize() {
		return new Point(760, 520);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).applyTo(area);
		if (available != null) {
			createCandidates(area);
		} else {
			createValueEntry(area);
		}
		createMoveButtons(area);
		createChosen(area);
		problem = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(problem);
		refresh();
		return area;
	}

	private void createCandidates(Composite area) {
		Composite left = column(area, "&Available:");
		filter = new Text(left, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		filter.setMessage("type to filter");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		availableViewer = table(left);
		availableViewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parent, Object value) {
				String wanted = filter.getText().strip().toLowerCase();
				return !chosen.contains(value) && (wanted.isEmpty() || labels.apply(value).toLowerCase().contains(wanted));
			}
		});
		availableViewer.setInput(available);
		filter.addModifyListener(event -> availableViewer.refresh());
		// Enter in a non-empty filter takes the first match (in an empty one it is OK); Down goes to the list
		filter.addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_RETURN && !filter.getText().isBlank()) {
				event.doit = false;
				Object first = availableViewer.getElementAt(0);
				if (first != null) {
					add(List.of(first));
					filter.setText("");
				}
			}
		});
		filter.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.ARROW_DOWN && availableViewer.getTable().getItemCount() > 0) {
				availableViewer.getTable().setFocus();
				availableViewer.getTable().select(0);
			}
		});
		availableViewer.addDoubleClickListener(event -> add(availableViewer.getStructuredSelection().toList()));
	}

	private void createValueEntry(Composite area) {
		Composite left = column(area, "&New value:");
		newValue = new Text(left, SWT.SINGLE | SWT.BORDER);
		newValue.setMessage("type a value, then Enter");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(newValue);
		newValue.addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_RETURN && !newValue.getText().isBlank()) {
				event.doit = false;
				addTyped();
			}
		});
		Label hint = new Label(left, SWT.WRAP);
		hint.setText("Several values at once: separate them with a semicolon.");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(hint);
	}

	private void createMoveButtons(Composite area) {
		Composite buttons = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.CENTER, SWT.CENTER).applyTo(buttons);
		button(buttons, "Add \u2192", () -> {
			if (availableViewer != null) {
				add(availableViewer.getStructuredSelection().toList());
			} else {
				addTyped();
			}
		});
		button(buttons, "\u2190 Remove", () -> remove(chosenViewer.getStructuredSelection().toList()));
		button(buttons, "Up", () -> move(-1));
		button(buttons, "Down", () -> move(1));
	}

	private void createChosen(Composite area) {
		Composite right = column(area, "&Chosen (in order):");
		chosenViewer = table(right);
		chosenViewer.setInput(chosen);
		chosenViewer.addDoubleClickListener(event -> remove(chosenViewer.getStructuredSelection().toList()));
		chosenViewer.getTable().addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.DEL) {
				remove(chosenViewer.getStructuredSelection().toList());
			}
		});
	}

	private Composite column(Composite area, String heading) {
		Composite column = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(column);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(column);
		new Label(column, SWT.NONE).setText(heading);
		return column;
	}

	private TableViewer table(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object value) {
				return labels.apply(value);
			}

			@Override
			public Image getImage(Object value) {
				return images.apply(value);
			}
		});
		GridDataFactory.fillDefaults().grab(true, true).hint(280, 300).applyTo(viewer.getControl());
		return viewer;
	}

	private void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
		button.addListener(SWT.Selection, event -> action.run());
	}

	private void addTyped() {
		List<Object> values = new ArrayList<>();
		try {
			for (String part : newValue.getText().split(";")) {
				if (!part.isBlank()) {
					values.add(parser.apply(part.strip()));
				}
			}
		} catch (IllegalArgumentException e) {
			problem.setText(e.getMessage());
			return;
		}
		newValue.setText("");
		add(values);
	}

	/** Moves values to the end of the chosen list (each once). */
	void add(List<?> values) {
		for (Object value : values) {
			if (value != null && !chosen.contains(value)) {
				chosen.add(value);
			}
		}
		refresh();
		chosenViewer.setSelection(new StructuredSelection(values));
	}

	void remove(List<?> values) {
		chosen.removeAll(values);
		refresh();
	}

	private void move(int delta) {
		List<?> selected = chosenViewer.getStructuredSelection().toList();
		if (selected.size() != 1) {
			return;
		}
		int index = chosen.indexOf(selected.get(0));
		int target = index + delta;
		if (target >= 0 && target < chosen.size()) {
			chosen.add(target, chosen.remove(index));
			refresh();
		}
	}

	private void refresh() {
		if (problem != null && !problem.isDisposed()) {
			problem.setText("");
		}
		if (availableViewer != null) {
			availableViewer.refresh();
		}
		chosenViewer.refresh();
	}

	/** The filter field, for the keyboard and for tests; null for lists of typed values. */
	Text filter() {
		return filter;
	}

	TableViewer availableViewer() {
		return availableViewer;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** The chosen values, in order. */
	public List<Object> result() {
		return chosen;
	}
}
