package org.helix.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A field of a kind: how it is written to a cell, read from one, compared and set. Cells are text; an empty cell is
 * an unknown value (never 0), and importing it clears the field. Numbers use a dot as decimal separator, dates are
 * ISO calendar dates (2026-07-01), enumerations their literal names (ONGOING), lists are separated by "; ".
 */
public abstract class Column<T extends EObject> {

	/** Separator of the values of a many-valued field in one cell. */
	public static final String LIST_SEPARATOR = "; ";

	private final String name;
	private final String description;
	private boolean updatable = true;

	protected Column(String name, String description) {
		this.name = name;
		this.description = description;
	}

	public String name() {
		return name;
	}

	public String description() {
		return description;
	}

	/** False for fields that only identify the element (its container, a budget row's name): matched, never changed. */
	public boolean updatable() {
		return updatable;
	}

	public Column<T> identifying() {
		this.updatable = false;
		return this;
	}

	public abstract String export(T element, ModelIndex index);

	/** The value a cell stands for; null for an empty cell. */
	public abstract Object parse(String text, ModelIndex index) throws RowException;

	public abstract Object get(T element);

	public abstract void set(T element, Object value);

	public boolean same(Object current, Object parsed) {
		if (current instanceof BigDecimal a && parsed instanceof BigDecimal b) {
			return a.compareTo(b) == 0;
		}
		if (current instanceof String a && parsed instanceof String b) {
			return a.strip().equals(b); // cells are read trimmed; stray spaces in the model are no change
		}
		if (current instanceof List<?> a && a.isEmpty()) {
			return parsed == null || parsed instanceof List<?> b && b.isEmpty();
		}
		if (current instanceof EEnumLiteral || current instanceof Enum<?>) {
			return Objects.equals(current, parsed) || parsed == null && isDefault(current);
		}
		return Objects.equals(current, parsed);
	}

	private static boolean isDefault(Object literal) {
		return literal instanceof org.eclipse.emf.common.util.Enumerator e && e.getValue() == 0;
	}

	/** A column for an attribute of the element, converted by the attribute's type. */
	public static <T extends EObject> Column<T> attribute(String name, EAttribute attribute, String description) {
		return new AttributeColumn<>(name, attribute, description);
	}

	/** A column for a reference of the element, written as the target's name (or id when the name is ambiguous). */
	public static <T extends EObject> Column<T> reference(String name, EReference reference, String description) {
		return new ReferenceColumn<>(name, reference, reference.getEReferenceType(), description);
	}

	/** A column for a reference, resolved among elements of a narrower type than the reference's own. */
	public static <T extends EObject> Column<T> reference(String name, EReference reference, EClass type, String description) {
		return new ReferenceColumn<>(name, reference, type, description);
	}

	private static final class AttributeColumn<T extends EObject> extends Column<T> {

		private final EAttribute attribute;

		AttributeColumn(String name, EAttribute attribute, String description) {
			super(name, description);
			this.attribute = attribute;
		}

		@Override
		public String export(T element, ModelIndex index) {
			Object value = element.eGet(attribute);
			if (attribute.isMany()) {
				List<String> texts = new ArrayList<>();
				for (Object item : (List<?>) value) {
					texts.add(text(item));
				}
				return String.join(LIST_SEPARATOR, texts);
			}
			if (value instanceof org.eclipse.emf.common.util.Enumerator literal && literal.getValue() == 0
					&& !element.eIsSet(attribute)) {
				return "";
			}
			return text(value);
		}

		private static String text(Object value) {
			if (value == null) {
				return "";
			}
			if (value instanceof BigDecimal number) {
				return number.toPlainString();
			}
			if (value instanceof org.eclipse.emf.common.util.Enumerator literal) {
				return literal.getName();
			}
			return value.toString();
		}

		@Override
		public Object parse(String text, ModelIndex index) throws RowException {
			if (attribute.isMany()) {
				List<Object> values = new ArrayList<>();
				if (text != null && !text.isBlank()) {
					for (String item : text.split(";")) {
						if (!item.isBlank()) {
							values.add(single(item.trim()));
						}
					}
				}
				return values;
			}
			return text == null || text.isBlank() ? null : single(text.trim());
		}

		private Object single(String text) throws RowException {
			EClassifier type = attribute.getEType();
			Class<?> javaType = type.getInstanceClass();
			try {
				if (type instanceof EEnum enumeration) {
					for (EEnumLiteral literal : enumeration.getELiterals()) {
						if (literal.getName().equalsIgnoreCase(text) || literal.getLiteral().equalsIgnoreCase(text)) {
							return literal.getInstance();
						}
					}
					throw new RowException(name() + ": '" + text + "' is not one of "
							+ String.join(", ", enumeration.getELiterals().stream().map(EEnumLiteral::getName).toList()));
				}
				if (javaType == String.class) {
					return text;
				}
				if (javaType == BigDecimal.class) {
					return new BigDecimal(text);
				}
				if (javaType == Integer.class || javaType == int.class) {
					BigDecimal number = new BigDecimal(text);
					return number.intValueExact();
				}
				if (javaType == Double.class || javaType == double.class) {
					return Double.valueOf(new BigDecimal(text).doubleValue());
				}
				if (javaType == Boolean.class || javaType == boolean.class) {
					return switch (text.toLowerCase(Locale.ROOT)) {
					case "true", "yes", "ja", "1" -> Boolean.TRUE;
					case "false", "no", "nee", "0" -> Boolean.FALSE;
					default -> throw new RowException(name() + ": '" + text + "' is not true or false");
					};
				}
				if (javaType == LocalDate.class) {
					return LocalDate.parse(text);
				}
			} catch (NumberFormatException | ArithmeticException e) {
				throw new RowException(name() + ": '" + text + "' is not a " + (javaType == Integer.class ? "whole " : "")
						+ "number (use a dot for decimals)");
			} catch (DateTimeParseException e) {
				throw new RowException(name() + ": '" + text + "' is not a date (YYYY-MM-DD)");
			}
			throw new IllegalStateException("no conversion for " + attribute);
		}

		@Override
		public Object get(T element) {
			return element.eGet(attribute);
		}

		@Override
		@SuppressWarnings("unchecked")
		public void set(T element, Object value) {
			if (attribute.isMany()) {
				List<Object> list = (List<Object>) element.eGet(attribute);
				list.clear();
				if (value != null) {
					list.addAll((List<Object>) value);
				}
			} else if (value == null) {
				element.eUnset(attribute);
			} else {
				element.eSet(attribute, value);
			}
		}
	}

	private static final class ReferenceColumn<T extends EObject> extends Column<T> {

		private final EReference reference;
		private final EClass type;

		ReferenceColumn(String name, EReference reference, EClass type, String description) {
			super(name, description);
			this.reference = reference;
			this.type = type;
		}

		@Override
		public String export(T element, ModelIndex index) {
			return index.label((EObject) element.eGet(reference));
		}

		@Override
		public Object parse(String text, ModelIndex index) throws RowException {
			return index.resolve(type, text, name());
		}

		@Override
		public Object get(T element) {
			return element.eGet(reference);
		}

		@Override
		public void set(T element, Object value) {
			if (value == null) {
				element.eUnset(reference);
			} else {
				element.eSet(reference, value);
			}
		}
	}

	/**
	 * A column that places the row (the programme of an action, the list of an assessment): written from the element,
	 * read by the kind to find the container, never set on the element.
	 */
	public static <T extends EObject> Column<T> container(String name, java.util.function.BiFunction<T, ModelIndex, String> text,
			String description) {
		Column<T> column = new Column<>(name, description) {
			@Override
			public String export(T element, ModelIndex index) {
				return text.apply(element, index);
			}

			@Override
			public Object parse(String cell, ModelIndex index) {
				return cell == null || cell.isBlank() ? null : cell.trim();
			}

			@Override
			public Object get(T element) {
				return null;
			}

			@Override
			public void set(T element, Object value) {
				// the kind places the element; nothing to set
			}
		};
		return column.identifying();
	}

	/** The structural feature behind a column name, for kinds that need it. */
	static EStructuralFeature feature(EClass type, String name) {
		return type.getEStructuralFeature(name);
	}
}
