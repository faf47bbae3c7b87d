package org.helix.ui.jface;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * A read-only combo over a list of values (enum literals, booleans, reference candidates). The JFace combo editor
 * works with indices; this one takes and gives the values themselves.
 */
public class ChoiceCellEditor extends ComboBoxCellEditor {

	private final List<Object> values;

	public ChoiceCellEditor(Composite parent, List<?> choices, ILabelProvider labels, boolean sort) {
		super(parent, new String[0], SWT.READ_ONLY);
		List<Object> sorted = new ArrayList<>(choices);
		if (sort) {
			sorted.sort(Comparator.comparing(value -> value == null ? "" : labels.getText(value),
					String.CASE_INSENSITIVE_ORDER));
		}
		this.values = sorted;
		setItems(sorted.stream().map(value -> value == null ? "" : labels.getText(value)).toArray(String[]::new));
	}

	@Override
	protected Object doGetValue() {
		int index = (Integer) super.doGetValue();
		return index >= 0 && index < values.size() ? values.get(index) : null;
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(Integer.valueOf(Math.max(values.indexOf(value), 0)));
	}

	public List<Object> values() {
		return values;
	}
}
