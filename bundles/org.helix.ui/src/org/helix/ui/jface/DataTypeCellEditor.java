package org.helix.ui.jface;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * A text field for a value of an EMF data type (strings, numbers, dates). Text is converted with the type's own
 * conversion, so what is accepted here is what a {@code .helix} file can hold; text that does not convert is refused
 * with a message instead of being set. An empty field means "unknown" (null) for everything but strings.
 */
public class DataTypeCellEditor extends TextCellEditor {

	private final EDataType type;

	public DataTypeCellEditor(Composite parent, EDataType type) {
		super(parent);
		this.type = type;
		setValidator(value -> {
			try {
				fromText((String) value);
				return null;
			} catch (RuntimeException e) {
				return "'" + value + "' is not a valid " + type.getName() + " value";
			}
		});
	}

	private boolean isString() {
		return type.getInstanceClass() == String.class;
	}

	Object fromText(String text) {
		if (text == null) {
			return null;
		}
		if (isString()) {
			return text;
		}
		String trimmed = text.strip();
		return trimmed.isEmpty() ? null : EcoreUtil.createFromString(type, trimmed);
	}

	@Override
	protected Object doGetValue() {
		return fromText((String) super.doGetValue());
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(value == null ? "" : isString() ? value : EcoreUtil.convertToString(type, value));
	}
}
