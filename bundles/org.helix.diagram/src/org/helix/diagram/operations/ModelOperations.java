package org.helix.diagram.operations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.helix.diagram.expression.EnumLabels;
import org.helix.diagram.expression.ExpressionException;
import org.helix.diagram.expression.Expressions;
import org.helix.diagram.model.description.AddValue;
import org.helix.diagram.model.description.ChangeContext;
import org.helix.diagram.model.description.CreateInstance;
import org.helix.diagram.model.description.Delete;
import org.helix.diagram.model.description.ForEach;
import org.helix.diagram.model.description.If;
import org.helix.diagram.model.description.Let;
import org.helix.diagram.model.description.ModelOperation;
import org.helix.diagram.model.description.RemoveValue;
import org.helix.diagram.model.description.SetValue;
import org.helix.diagram.model.description.Unset;
import org.helix.diagram.sync.ModelAccess;
import org.helix.diagram.sync.RecordingCommand;

/**
 * The interpreter of declared model operations (set, unset, add, remove, create an instance, delete, for each, if,
 * let, change context), shared by table cell editors, diagram tools and quick fixes. A list of operations becomes ONE
 * EMF command for the editing domain's stack, so one Undo takes the whole edit back.
 * <p>
 * Every expression is evaluated before anything changes (an If's condition, a ForEach's collection too), on the model
 * as it is when the user acts; an element created by {@link CreateInstance} exists from then on (not yet in the model),
 * so the operations nested in it set its features and refer to it through its variable. There is no way to run other
 * code: Java enters only through the {@code java('id')} functions of the expression language, which compute values.
 */
public final class ModelOperations {

	/** The variable a {@link CreateInstance} binds when it names none. */
	public static final String DEFAULT_INSTANCE_VARIABLE = "instance";

	private ModelOperations() {
	}

	/**
	 * @param self      the element the operations run on (a table's line, a tool's element)
	 * @param variables the context's variables, without their {@code $} ({@code value}, {@code line}, {@code root}, …)
	 * @return the command; an unexecutable one, with the reason as its description, when an operation cannot apply;
	 *         {@link UnexecutableCommand#INSTANCE} when the operations change nothing
	 */
	public static Command command(EditingDomain domain, String label, List<? extends ModelOperation> operations, EObject self,
			Map<String, Object> variables) {
		CompoundCommand compound = new CompoundCommand(label);
		try {
			new Planner(domain, compound).append(operations, self, variables);
		} catch (IllegalArgumentException e) {
			return refused(label, e.getMessage());
		}
		return compound.isEmpty() ? UnexecutableCommand.INSTANCE : compound;
	}

	/**
	 * Appends the operations' commands to {@code compound} (a tool's default behaviour already in it, for example),
	 * so they run in the same command.
	 *
	 * @throws IllegalArgumentException when an operation cannot apply, with the reason
	 */
	public static void append(EditingDomain domain, CompoundCommand compound, List<? extends ModelOperation> operations,
			EObject self, Map<String, Object> variables) {
		new Planner(domain, compound).append(operations, self, variables);
	}

	/** A command that cannot execute, its description saying why (for the status line). */
	public static Command refused(String label, String reason) {
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

	/** Walks the operations once, evaluating their expressions and appending one command per change. */
	private static final class Planner {
		private final EditingDomain domain;
		private final CompoundCommand compound;

		Planner(EditingDomain domain, CompoundCommand compound) {
			this.domain = domain;
			this.compound = compound;
		}

		void append(List<? extends ModelOperation> operations, EObject self, Map<String, Object> variables) {
			for (ModelOperation operation : operations) {
				operation(operation, self, variables);
			}
		}

		private void operation(ModelOperation operation, EObject self, Map<String, Object> variables) {
			if (operation instanceof If condition) {
				boolean holds = test(condition.getCondition(), self, variables);
				append(holds ? condition.getThenOperations() : condition.getElseOperations(), self, variables);
			} else if (operation instanceof SetValue set) {
				EObject target = target(set.getElementExpression(), self, variables);
				EStructuralFeature feature = feature(target, set.getFeatureName());
				Object value = convert(feature, evaluate(set.getValueExpression(), self, variables));
				if (Objects.equals(target.eGet(feature), value)) {
					return; // nothing to change: an edit that keeps the value puts nothing on the stack
				}
				compound.append(SetCommand.create(domain, target, feature, value == null ? SetCommand.UNSET_VALUE : value));
			} else if (operation instanceof AddValue add) {
				EObject target = target(add.getElementExpression(), self, variables);
				EStructuralFeature feature = many(target, add.getFeatureName());
				List<Object> absent = new ArrayList<>(values(evaluate(add.getValueExpression(), self, variables)));
				if (feature.isUnique()) {
					absent.removeAll((Collection<?>) target.eGet(feature));
				}
				if (!absent.isEmpty()) {
					compound.append(AddCommand.create(domain, target, feature, absent));
				}
			} else if (operation instanceof RemoveValue remove) {
				EObject target = target(remove.getElementExpression(), self, variables);
				EStructuralFeature feature = many(target, remove.getFeatureName());
				List<Object> present = new ArrayList<>(values(evaluate(remove.getValueExpression(), self, variables)));
				present.retainAll((Collection<?>) target.eGet(feature));
				if (!present.isEmpty()) {
					compound.append(RemoveCommand.create(domain, target, feature, present));
				}
			} else if (operation instanceof Unset unset) {
				EObject target = target(unset.getElementExpression(), self, variables);
				EStructuralFeature feature = feature(target, unset.getFeatureName());
				if (target.eIsSet(feature)) {
					compound.append(SetCommand.create(domain, target, feature, SetCommand.UNSET_VALUE));
				}
			} else if (operation instanceof CreateInstance create) {
				createInstance(create, self, variables);
			} else if (operation instanceof Delete delete) {
				delete(delete, self, variables);
			} else if (operation instanceof ForEach forEach) {
				String name = variableName(forEach.getVariableName(), null, "a ForEach needs a variable name");
				for (Object value : values(evaluate(forEach.getCollectionExpression(), self, variables))) {
					append(forEach.getSubOperations(), self, with(variables, name, value));
				}
			} else if (operation instanceof Let let) {
				String name = variableName(let.getVariableName(), null, "a Let needs a variable name");
				append(let.getSubOperations(), self, with(variables, name, evaluate(let.getValueExpression(), self, variables)));
			} else if (operation instanceof ChangeContext change) {
				append(change.getSubOperations(), target(change.getBrowseExpression(), self, variables), variables);
			} else {
				throw new IllegalArgumentException("unknown operation " + operation.eClass().getName());
			}
		}

		private void createInstance(CreateInstance create, EObject self, Map<String, Object> variables) {
			EObject owner = target(create.getElementExpression(), self, variables);
			EClass eClass;
			try {
				eClass = ModelAccess.eClass(resourceSet(owner), Objects.requireNonNullElse(create.getTypeName(), ""));
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("cannot create: " + e.getMessage(), e);
			}
			if (eClass.isAbstract() || eClass.isInterface()) {
				throw new IllegalArgumentException("cannot create an instance of the abstract class " + eClass.getName());
			}
			EStructuralFeature feature = feature(owner, create.getReferenceName());
			if (!(feature instanceof EReference reference) || !reference.isContainment()
					|| !reference.getEReferenceType().isSuperTypeOf(eClass)) {
				throw new IllegalArgumentException("'" + create.getReferenceName() + "' of " + owner.eClass().getName()
						+ " cannot contain a " + eClass.getName());
			}
			EObject created = EcoreUtil.create(eClass);
			compound.append(feature.isMany() ? AddCommand.create(domain, owner, feature, created)
					: SetCommand.create(domain, owner, feature, created));
			String name = variableName(create.getVariableName(), DEFAULT_INSTANCE_VARIABLE, null);
			append(create.getSubOperations(), created, with(variables, name, created));
		}

		private void delete(Delete delete, EObject self, Map<String, Object> variables) {
			List<EObject> doomed = new ArrayList<>();
			Object value = delete.getElementExpression() == null || delete.getElementExpression().isBlank() ? self
					: evaluate(delete.getElementExpression(), self, variables);
			for (Object element : values(value)) {
				if (!(element instanceof EObject object)) {
					throw new IllegalArgumentException("'" + delete.getElementExpression() + "' gives a value, not an element to delete");
				}
				doomed.add(object);
			}
			if (doomed.isEmpty()) {
				return;
			}
			ResourceSet resourceSet = domain != null ? domain.getResourceSet() : resourceSet(doomed.get(0));
			// recorded like the delete tool: every reference to the element goes too, in any resource of the set
			compound.append(new RecordingCommand("Delete", List.of(resourceSet), () -> doomed.forEach(e -> EcoreUtil.delete(e, true))));
		}

		private static ResourceSet resourceSet(EObject object) {
			return object.eResource() == null ? null : object.eResource().getResourceSet();
		}
	}

	private static Map<String, Object> with(Map<String, Object> variables, String name, Object value) {
		Map<String, Object> result = new HashMap<>(variables);
		result.put(name, value);
		return result;
	}

	private static String variableName(String name, String fallback, String missing) {
		String stripped = name == null ? "" : name.strip();
		if (stripped.startsWith("$")) {
			stripped = stripped.substring(1);
		}
		if (stripped.isEmpty()) {
			if (fallback == null) {
				throw new IllegalArgumentException(missing);
			}
			return fallback;
		}
		return stripped;
	}

	private static Object evaluate(String text, EObject self, Map<String, Object> variables) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("an operation lacks an expression");
		}
		try {
			return Expressions.parse(text).evaluate(self, variables);
		} catch (ExpressionException e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
	}

	private static boolean test(String text, EObject self, Map<String, Object> variables) {
		if (text == null || text.isBlank()) {
			return true;
		}
		try {
			return Expressions.parse(text).test(self, variables);
		} catch (ExpressionException e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
	}

	private static EObject target(String expression, EObject self, Map<String, Object> variables) {
		if (expression == null || expression.isBlank()) {
			return self;
		}
		Object target = evaluate(expression, self, variables);
		if (target instanceof EObject element) {
			return element;
		}
		throw new IllegalArgumentException("'" + expression + "' gives no element to change");
	}

	private static EStructuralFeature feature(EObject target, String name) {
		EStructuralFeature feature = name == null ? null : target.eClass().getEStructuralFeature(name);
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
	public static Object convert(EStructuralFeature feature, Object value) {
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
		if (value instanceof Number number && feature instanceof EAttribute attribute && !attribute.getEAttributeType().isInstance(value)) {
			// numbers of the expression language are BigDecimals: give the attribute its own number type
			String text = number instanceof java.math.BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString() : number.toString();
			try {
				return EcoreUtil.createFromString(attribute.getEAttributeType(), text);
			} catch (RuntimeException e) {
				throw new IllegalArgumentException(text + " is not a " + attribute.getEAttributeType().getName(), e);
			}
		}
		return value;
	}
}
