package org.helix.diagram.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.helix.diagram.expression.EnumLabels;
import org.helix.diagram.model.description.AddValue;
import org.helix.diagram.model.description.If;
import org.helix.diagram.model.description.ModelOperation;
import org.helix.diagram.model.description.RemoveValue;
import org.helix.diagram.model.description.SetValue;

/**
 * Turns declared model operations (set a feature, add or remove a value, if) into ONE EMF command for the editing
 * domain's stack, so one Undo takes the whole edit back. Every expression is evaluated before anything changes (an
 * If's condition too), on the model as it is when the user edits; there is no way to run other code.
 */
public final class ModelOperations {

	private ModelOperations() {
	}

	/**
	 * @param self      the element the operations run on (a table's line)
	 * @param variables {@code $value} (the edited value), {@code $line}, {@code $column}, {@code $root}
	 * @return the command; an unexecutable one, with the reason as its description, when an operation cannot apply
	 */
	public static Command command(EditingDomain domain, String label, List<ModelOperation> operations, EObject self,
			Map<String, Object> variables) {
		CompoundCommand compound = new CompoundCommand(label);
		try {
			append(domain, compound, operations, self, variables, new TableSupport());
		} catch (IllegalArgumentException e) {
			return refused(label, e.getMessage());
		}
		return compound.isEmpty() ? UnexecutableCommand.INSTANCE : compound;
	}

	/** A command that cannot execute, its description saying why (for the status line). */
	static Command refused(String label, String reason) {
		return new AbstractCommand(label, reason) {
			@Override
			protected boolean prepare() {
				return false;
			}

			@Override
			public void execute() {
				throw new UnsupportedOperationException(reason);
			}

			@Override
			public void redo() {
				throw new UnsupportedOperationException(reason);
			}
		};
	}

	private static void append(EditingDomain domain, CompoundCommand compound, List<ModelOperation> operations, EObject self,
			Map<String, Object> variables, TableSupport support) {
		for (ModelOperation operation : operations) {
			if (operation instanceof If condition) {
				boolean holds = evaluateTest(support, condition.getCondition(), self, variables);
				append(domain, compound, holds ? condition.getThenOperations() : condition.getElseOperations(), self, variables, support);
			} else if (operation instanceof SetValue set) {
				EObject target = target(support, set.getElementExpression(), self, variables);
				EStructuralFeature feature = feature(target, set.getFeatureName());
				Object value = convert(feature, evaluate(support, set.getValueExpression(), self, variables));
				if (java.util.Objects.equals(target.eGet(feature), value)) {
					continue; // nothing to change: an edit that keeps the value puts nothing on the stack
				}
				compound.append(SetCommand.create(domain, target, feature, value == null ? SetCommand.UNSET_VALUE : value));
			} else if (operation instanceof AddValue add) {
				EObject target = target(support, add.getElementExpression(), self, variables);
				EStructuralFeature feature = many(target, add.getFeatureName());
				Collection<?> values = values(evaluate(support, add.getValueExpression(), self, variables));
				List<Object> absent = new ArrayList<>(values);
				if (!feature.isUnique()) {
					compound.append(AddCommand.create(domain, target, feature, absent));
				} else {
					absent.removeAll((Collection<?>) target.eGet(feature));
					if (!absent.isEmpty()) {
						compound.append(AddCommand.create(domain, target, feature, absent));
					}
				}
			} else if (operation instanceof RemoveValue remove) {
				EObject target = target(support, remove.getElementExpression(), self, variables);
				EStructuralFeature feature = many(target, remove.getFeatureName());
				List<Object> present = new ArrayList<>(values(evaluate(support, remove.getValueExpression(), self, variables)));
				present.retainAll((Collection<?>) target.eGet(feature));
				if (!present.isEmpty()) {
					compound.append(RemoveCommand.create(domain, target, feature, present));
				}
			}
		}
	}

	private static Object evaluate(TableSupport support, String text, EObject self, Map<String, Object> variables) {
		Object value = support.evaluate(text, self, variables);
		failIfProblems(support);
		return value;
	}

	private static boolean evaluateTest(TableSupport support, String text, EObject self, Map<String, Object> variables) {
		boolean value = support.test(text, self, variables);
		failIfProblems(support);
		return value;
	}

	private static void failIfProblems(TableSupport support) {
		if (!support.problems().isEmpty()) {
			throw new IllegalArgumentException(support.problems().get(0));
		}
	}

	private static EObject target(TableSupport support, String expression, EObject self, Map<String, Object> variables) {
		if (expression == null || expression.isBlank()) {
			return self;
		}
		Object target = evaluate(support, expression, self, variables);
		if (target instanceof EObject element) {
			return element;
		}
		throw new IllegalArgumentException("'" + expression + "' gives no element to change");
	}

	private static EStructuralFeature feature(EObject target, String name) {
		EStructuralFeature feature = target.eClass().getEStructuralFeature(name);
		if (feature == null || !feature.isChangeable() || feature.isDerived()) {
			throw new IllegalArgumentException("no changeable feature '" + name + "' on " + target.eClass().getName());
		}
		return feature;
	}

	private static EStructuralFeature many(EObject target, String name) {
		EStructuralFeature feature = feature(target, name);
		if (!feature.isMany()) {
			throw new IllegalArgumentException("'" + name + "' of " + target.eClass().getName() + " holds one value; use SetValue");
		}
		return feature;
	}

	private static Collection<?> values(Object value) {
		return value == null ? List.of() : value instanceof Collection<?> collection ? collection : List.of(value);
	}

	/**
	 * The value a feature takes: edited text becomes the attribute's type (an enum literal by name or by its EMF.Edit
	 * label, a number, a date); empty text unsets.
	 */
	static Object convert(EStructuralFeature feature, Object value) {
		if (value instanceof String text && feature instanceof EAttribute attribute) {
			if (text.isBlank()) {
				return null;
			}
			EDataType type = attribute.getEAttributeType();
			if (type.getInstanceClass() == String.class) {
				return text;
			}
			if (type instanceof EEnum eEnum) {
				for (EEnumLiteral literal : eEnum.getELiterals()) {
					Enumerator instance = literal.getInstance();
					if (literal.getName().equals(text.strip()) || literal.getLiteral().equals(text.strip())
							|| EnumLabels.text(instance).equalsIgnoreCase(text.strip())) {
						return instance;
					}
				}
				throw new IllegalArgumentException("'" + text + "' is not a value of " + eEnum.getName());
			}
			try {
				return EcoreUtil.createFromString(type, text.strip());
			} catch (RuntimeException e) {
				throw new IllegalArgumentException("'" + text + "' is not a " + type.getName() + ": " + e.getMessage(), e);
			}
		}
		return value;
	}
}
