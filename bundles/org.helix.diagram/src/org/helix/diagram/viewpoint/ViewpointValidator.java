package org.helix.diagram.viewpoint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.helix.core.persistence.HelixPersistence;
import org.helix.diagram.expression.Expression;
import org.helix.diagram.expression.ExpressionException;
import org.helix.diagram.expression.Expressions;
import org.helix.diagram.expression.TypeCheck;
import org.helix.diagram.expression.TypeCheck.Type;
import org.helix.diagram.functions.FunctionRegistry;
import org.helix.diagram.model.description.AddValue;
import org.helix.diagram.model.description.ChangeContext;
import org.helix.diagram.model.description.ConditionalStyle;
import org.helix.diagram.model.description.CreateInstance;
import org.helix.diagram.model.description.Delete;
import org.helix.diagram.model.description.DeleteTool;
import org.helix.diagram.model.description.ForEach;
import org.helix.diagram.model.description.If;
import org.helix.diagram.model.description.Let;
import org.helix.diagram.model.description.ModelOperation;
import org.helix.diagram.model.description.OperationAction;
import org.helix.diagram.model.description.ReconnectEdgeTool;
import org.helix.diagram.model.description.ReconnectionKind;
import org.helix.diagram.model.description.RemoveValue;
import org.helix.diagram.model.description.SetValue;
import org.helix.diagram.model.description.Unset;
import org.helix.diagram.model.description.ContainerMapping;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.DiagramElementMapping;
import org.helix.diagram.model.description.DirectEditTool;
import org.helix.diagram.model.description.DropTool;
import org.helix.diagram.model.description.EdgeCreationTool;
import org.helix.diagram.model.description.EdgeMapping;
import org.helix.diagram.model.description.Filter;
import org.helix.diagram.model.description.IdentifiedElement;
import org.helix.diagram.model.description.Layer;
import org.helix.diagram.model.description.NodeCreationTool;
import org.helix.diagram.model.description.NodeMapping;
import org.helix.diagram.model.description.Tool;
import org.helix.diagram.model.description.Viewpoint;
import org.helix.diagram.sync.ModelAccess;

/**
 * Checks a viewpoint specification against the Helix metamodel before it is used, the way a Sirius specifier's
 * validation does: every domain class, every feature a tool names, every expression (parsed, then type-checked with
 * the {@code self} and variables that the synchronizer gives it at that place, so that an unknown feature is reported
 * with its position) and every contributed function and style provider. Errors keep the viewpoint out of the registry;
 * nothing here needs a user interface.
 */
public final class ViewpointValidator {

	private static final String SEPARATOR = " \u203a ";

	private final String file;
	private final Collection<EPackage> packages;
	private final List<ViewpointProblem> problems = new ArrayList<>();
	/** Expression attributes checked with their context; the generic syntax pass skips them. */
	private final Set<String> checked = new HashSet<>();
	/** Whether a diagram description id outside the viewpoint is known (double-click targets). */
	private final Predicate<String> diagramsElsewhere;

	private ViewpointValidator(String file, Collection<EPackage> packages, Predicate<String> diagramsElsewhere) {
		this.file = file;
		this.packages = packages;
		this.diagramsElsewhere = diagramsElsewhere;
	}

	/** The problems of {@code viewpoint} (read from {@code file}), checked against the Helix metamodel. */
	public static List<ViewpointProblem> validate(Viewpoint viewpoint, String file) {
		return validate(viewpoint, file, HelixPersistence.packages());
	}

	/** The problems of {@code viewpoint}, with the domain classes looked up in {@code packages} first. */
	public static List<ViewpointProblem> validate(Viewpoint viewpoint, String file, Collection<EPackage> packages) {
		return validate(viewpoint, file, packages, id -> true);
	}

	/**
	 * The problems of {@code viewpoint}, double-click targets included: a {@code doubleClickDescription} must name a
	 * diagram description of the viewpoint or one {@code diagramsElsewhere} knows (the registry's).
	 */
	public static List<ViewpointProblem> validate(Viewpoint viewpoint, String file, Predicate<String> diagramsElsewhere) {
		return validate(viewpoint, file, HelixPersistence.packages(), diagramsElsewhere);
	}

	private static List<ViewpointProblem> validate(Viewpoint viewpoint, String file, Collection<EPackage> packages,
			Predicate<String> diagramsElsewhere) {
		ViewpointValidator validator = new ViewpointValidator(file, packages, diagramsElsewhere);
		validator.viewpoint(viewpoint);
		return List.copyOf(validator.problems);
	}

	/**
	 * Double-click targets ({@code NodeMapping.doubleClickDescription}) that name no diagram description of the
	 * viewpoint and none {@code diagramsElsewhere} knows. Warnings: the viewpoint still works (a double-click on such a
	 * node opens nothing), and the target may be in a viewpoint that is loaded later.
	 */
	public static List<ViewpointProblem> unknownDiagrams(Viewpoint viewpoint, String file, Predicate<String> diagramsElsewhere) {
		List<String> own = viewpoint.getDiagrams().stream().map(DiagramDescription::getId).toList();
		List<ViewpointProblem> found = new ArrayList<>();
		viewpoint.eAllContents().forEachRemaining(object -> {
			if (object instanceof NodeMapping mapping && mapping.getDoubleClickDescription() != null
					&& !mapping.getDoubleClickDescription().isBlank()) {
				String target = mapping.getDoubleClickDescription();
				if (!own.contains(target) && !diagramsElsewhere.test(target)) {
					found.add(new ViewpointProblem(ViewpointProblem.Severity.WARNING, file, path(mapping), nearestId(mapping),
							"doubleClickDescription", null, -1, "unknown diagram description '" + target
									+ "': a double-click on these nodes opens nothing" + TypeCheck.suggestion(target, own)));
				}
			}
		});
		return found;
	}

	private void viewpoint(Viewpoint viewpoint) {
		if (viewpoint.getId() == null || viewpoint.getId().isBlank()) {
			error(viewpoint, "id", "the viewpoint has no id");
		}
		if (viewpoint.getDiagrams().isEmpty() && viewpoint.getTables().isEmpty() && viewpoint.getValidationRules().isEmpty()) {
			error(viewpoint, "diagrams", "the viewpoint describes no diagram, no table and no validation rule");
		}
		for (DiagramDescription diagram : viewpoint.getDiagrams()) {
			diagram(diagram);
		}
		for (org.helix.diagram.model.description.AbstractTableDescription table : viewpoint.getTables()) {
			tableOperations(table);
		}
		for (org.helix.diagram.model.description.ValidationRule rule : viewpoint.getValidationRules()) {
			validationRule(rule);
		}
		syntaxOfTheRest(viewpoint);
		problems.addAll(unknownDiagrams(viewpoint, file, diagramsElsewhere));
	}

	private void diagram(DiagramDescription diagram) {
		EClass rootClass = domainClass(diagram, diagram.getDomainClass(), true);
		Type root = typeOf(rootClass);
		EClass modelClass = findClass("HelixModel");
		expression(diagram, "rootExpression", diagram.getRootExpression(), typeOf(modelClass), Map.of());
		expression(diagram, "titleExpression", diagram.getTitleExpression(), root, Map.of("root", root));
		List<NodeMapping> topMappings = new ArrayList<>();
		diagram.getLayers().forEach(layer -> topMappings.addAll(layer.getNodeMappings()));
		expression(diagram, "layoutTopExpression", diagram.getLayoutTopExpression(), common(topMappings), Map.of());
		if (diagram.getLayers().isEmpty()) {
			error(diagram, "layers", "the diagram has no layer");
		}
		for (Layer layer : diagram.getLayers()) {
			for (NodeMapping mapping : layer.getNodeMappings()) {
				nodeMapping(mapping, root, root);
			}
			for (EdgeMapping mapping : layer.getEdgeMappings()) {
				edgeMapping(mapping, root);
			}
			for (Tool tool : layer.getTools()) {
				tool(tool, root);
			}
		}
		Map<String, Type> conditionVariables = conditionVariables(root);
		for (Filter filter : diagram.getFilters()) {
			expression(filter, "condition", filter.getCondition(), common(filter.getMappings()), conditionVariables);
			if (filter.getCondition() == null || filter.getCondition().isBlank()) {
				error(filter, "condition", "a filter needs a condition");
			}
		}
	}

	private void nodeMapping(NodeMapping mapping, Type root, Type parent) {
		Type element = mappingCommon(mapping, root, parent);
		if (mapping instanceof ContainerMapping container) {
			for (NodeMapping sub : container.getSubMappings()) {
				nodeMapping(sub, root, element);
			}
		}
		for (NodeMapping border : mapping.getBorderedNodeMappings()) {
			nodeMapping(border, root, element); // candidates evaluated on this mapping's element, like sub-mappings
		}
	}

	/** What node and edge mappings share; returns the type of the mapping's elements. */
	private Type mappingCommon(DiagramElementMapping mapping, Type root, Type parent) {
		EClass domainClass = domainClass(mapping, mapping.getDomainClass(), false);
		Type element = domainClass != null ? typeOf(domainClass) : Type.ANY;
		expression(mapping, "semanticCandidates", mapping.getSemanticCandidates(), parent, Map.of("root", root, "parent", parent));
		expression(mapping, "precondition", mapping.getPrecondition(), element, Map.of());
		styles(mapping, element, root);
		return element;
	}

	private void styles(DiagramElementMapping mapping, Type element, Type root) {
		if (!(mapping instanceof EdgeMapping edge) || edge.getDomainClass() != null && !edge.getDomainClass().isBlank()) {
			expression(mapping, "labelExpression", mapping.getLabelExpression(), element, Map.of());
		}
		Map<String, Type> variables = conditionVariables(root);
		for (ConditionalStyle style : mapping.getConditionalStyles()) {
			expression(style, "condition", style.getCondition(), element, variables);
			if (style.getStyle() == null) {
				error(style, "style", "a conditional style needs a style");
			}
		}
		if (mapping instanceof NodeMapping node) {
			for (org.helix.diagram.model.description.Decoration decoration : node.getDecorations()) {
				expression(decoration, "condition", decoration.getCondition(), element, variables);
				if (decoration.getCondition() == null || decoration.getCondition().isBlank()) {
					error(decoration, "condition", "a decoration needs a condition");
				}
				expression(decoration, "tooltipExpression", decoration.getTooltipExpression(), element, Map.of());
			}
		}
		String provider = mapping.getStyleProvider();
		if (provider != null && !provider.isBlank() && FunctionRegistry.getDefault().styleProvider(provider) == null) {
			List<String> known = FunctionRegistry.getDefault().styleProviderIds();
			error(mapping, "styleProvider", "unknown style provider '" + provider + "'; "
					+ (known.isEmpty() ? "none is contributed" : "contributed are " + String.join(", ", known)));
		}
	}

	private void edgeMapping(EdgeMapping mapping, Type root) {
		if (mapping.getSourceMappings().isEmpty()) {
			error(mapping, "sourceMappings", "an edge mapping needs source mappings");
		}
		if (mapping.getTargetMappings().isEmpty()) {
			error(mapping, "targetMappings", "an edge mapping needs target mappings");
		}
		if (mapping.getTargetExpression() == null || mapping.getTargetExpression().isBlank()) {
			error(mapping, "targetExpression", "an edge mapping needs a target expression");
		}
		boolean elementBased = mapping.getDomainClass() != null && !mapping.getDomainClass().isBlank();
		if (elementBased) {
			Type element = mappingCommon(mapping, root, root);
			if (mapping.getSourceExpression() == null || mapping.getSourceExpression().isBlank()) {
				error(mapping, "sourceExpression", "an element-based edge mapping (with a domain class) needs a source expression");
			}
			expression(mapping, "sourceExpression", mapping.getSourceExpression(), element, Map.of());
			expression(mapping, "targetExpression", mapping.getTargetExpression(), element, Map.of());
		} else {
			// relation-based: the target, the label and the styles are evaluated on each source node's element
			Type source = common(mapping.getSourceMappings());
			expression(mapping, "semanticCandidates", mapping.getSemanticCandidates(), root, Map.of("root", root, "parent", root));
			expression(mapping, "precondition", mapping.getPrecondition(), source, Map.of());
			expression(mapping, "targetExpression", mapping.getTargetExpression(), source, Map.of());
			expression(mapping, "labelExpression", mapping.getLabelExpression(), source, Map.of());
			styles(mapping, source, root);
		}
	}

	private void tool(Tool tool, Type root) {
		if (tool instanceof ReconnectEdgeTool reconnect) {
			reconnectTool(reconnect, root); // its precondition sees the ends
			return;
		}
		if (tool instanceof OperationAction action) {
			Type element = common(action.getMappings());
			expression(tool, "precondition", tool.getPrecondition(), element, Map.of("root", root));
			if (action.getMappings().isEmpty()) {
				error(tool, "mappings", "an operation action needs mappings");
			}
			operations(action.getOperations(), element, variables("root", root, "element", element));
			return;
		}
		expression(tool, "precondition", tool.getPrecondition(), Type.ANY, Map.of());
		if (tool instanceof NodeCreationTool create) {
			if (create.getMapping() == null) {
				error(tool, "mapping", "a node creation tool needs a mapping");
			}
			EClass created = domainClass(tool, create.getElementClass(), true, "elementClass");
			Type owner = root;
			if (create.getContainerExpression() != null && !create.getContainerExpression().isBlank()) {
				expression(tool, "containerExpression", create.getContainerExpression(), root, Map.of());
				owner = resultType(create.getContainerExpression(), root);
			}
			containment(tool, "containmentFeature", create.getContainmentFeature(), owner, created);
			operations(create.getOperations(), typeOf(created), variables("root", root, "instance", typeOf(created), "container", owner));
		} else if (tool instanceof EdgeCreationTool create) {
			if (create.getMapping() == null) {
				error(tool, "mapping", "an edge creation tool needs a mapping");
				return;
			}
			if (create.getReferenceFeature() != null && !create.getReferenceFeature().isBlank()) {
				Type source = common(create.getMapping().getSourceMappings());
				feature(tool, "referenceFeature", create.getReferenceFeature(), source, true);
				operations(create.getOperations(), source, variables("root", root, "source", source, "target",
						common(create.getMapping().getTargetMappings()), "instance", source));
			} else {
				EClass created = domainClass(tool, create.getElementClass(), true, "elementClass");
				containment(tool, "containmentFeature", create.getContainmentFeature(), root, created);
				feature(tool, "sourceFeature", create.getSourceFeature(), typeOf(created), true);
				feature(tool, "targetFeature", create.getTargetFeature(), typeOf(created), true);
				operations(create.getOperations(), typeOf(created), variables("root", root, "source", common(create.getMapping().getSourceMappings()),
						"target", common(create.getMapping().getTargetMappings()), "instance", typeOf(created)));
			}
		} else if (tool instanceof DeleteTool delete) {
			Type element = common(delete.getMappings());
			operations(delete.getOperations(), element, variables("root", root, "element", element));
		} else if (tool instanceof DirectEditTool edit) {
			for (DiagramElementMapping mapping : edit.getMappings()) {
				EClass eClass = mapping.getDomainClass() == null ? null : lookUp(mapping.getDomainClass());
				if (eClass != null) {
					feature(tool, "feature", edit.getFeature(), typeOf(eClass), true);
				}
			}
		} else if (tool instanceof DropTool drop) {
			// the element behind the drop target can be of any mapping: the feature must exist on some Helix class
			String name = drop.getContainmentFeature();
			boolean exists = name != null && packages.stream().flatMap(p -> p.getEClassifiers().stream())
					.anyMatch(c -> c instanceof EClass eClass && eClass.getEStructuralFeature(name) instanceof EReference r && r.isContainment());
			if (!exists) {
				error(tool, "containmentFeature", "no class of the Helix metamodel has a containment '" + name + "'");
			}
		}
	}

	// ---- validation rules

	/** A rule's condition (with $root the model) and message on its domain class, and its quick fixes' operations. */
	private void validationRule(org.helix.diagram.model.description.ValidationRule rule) {
		EClass eClass = domainClass(rule, rule.getDomainClass(), true);
		Type element = typeOf(eClass);
		Map<String, Type> variables = Map.of("root", typeOf(findClass("HelixModel")));
		if (rule.getCondition() == null || rule.getCondition().isBlank()) {
			error(rule, "condition", "a validation rule needs a condition (the constraint that must hold)");
		}
		expression(rule, "condition", rule.getCondition(), element, variables);
		expression(rule, "messageExpression", rule.getMessageExpression(), element, Map.of());
		for (org.helix.diagram.model.description.QuickFix fix : rule.getFixes()) {
			if (fix.getOperations().isEmpty()) {
				error(fix, "operations", "a quick fix needs at least one operation");
			}
			operations(fix.getOperations(), element, variables);
		}
	}

	/**
	 * The operations of a table's cell editors (on the line, with $root, $line, $value) and of a cross-table's cell tool
	 * (with $root, $line, $column), typed as the tables run them; the rest of a table is checked for syntax.
	 */
	private void tableOperations(org.helix.diagram.model.description.AbstractTableDescription table) {
		Type root = typeOf(lookUp(Objects.requireNonNullElse(table.getDomainClass(), "")));
		Type line = typeOf(lookUp(Objects.requireNonNullElse(table.getLineDomainClass(), "")));
		if (table instanceof org.helix.diagram.model.description.TableDescription plain) {
			for (org.helix.diagram.model.description.ColumnMapping column : plain.getColumns()) {
				if (column.getCellEditor() != null) {
					operations(column.getCellEditor().getOperations(), line, variables("root", root, "line", line, "value", Type.ANY));
				}
			}
		} else if (table instanceof org.helix.diagram.model.description.CrossTableDescription cross && cross.getCellTool() != null) {
			Type column = typeOf(lookUp(Objects.requireNonNullElse(cross.getColumnDomainClass(), "")));
			operations(cross.getCellTool().getOperations(), line, variables("root", root, "line", line, "column", column));
		}
	}

	/** A reconnect tool: its ends' types come from the edge mapping (the first one when it names several). */
	private void reconnectTool(ReconnectEdgeTool tool, Type root) {
		if (tool.getMappings().isEmpty()) {
			error(tool, "mappings", "a reconnect tool needs edge mappings");
			return;
		}
		EdgeMapping mapping = tool.getMappings().get(0);
		boolean elementBased = mapping.getDomainClass() != null && !mapping.getDomainClass().isBlank();
		Type source = common(mapping.getSourceMappings());
		Type target = common(mapping.getTargetMappings());
		Type element = elementBased ? typeOf(lookUp(mapping.getDomainClass())) : source;
		ReconnectionKind kind = tool.getReconnectionKind();
		Type end = kind == ReconnectionKind.TARGET ? target : kind == ReconnectionKind.SOURCE ? source : Type.ANY;
		Type other = kind == ReconnectionKind.TARGET ? source : kind == ReconnectionKind.SOURCE ? target : Type.ANY;
		Map<String, Type> variables = variables("root", root, "element", element, "source", source, "target", target);
		variables.put("oldEnd", end);
		variables.put("newEnd", end);
		variables.put("otherEnd", other);
		expression(tool, "precondition", tool.getPrecondition(), end, variables);
		operations(tool.getOperations(), element, variables);
	}

	/**
	 * Model operations: every expression type-checked with the {@code self} and variables it will have, every feature
	 * name looked up on the class of the element it changes (known from {@code self}, a variable or an expression), a
	 * created class and its containment checked, and the variables an operation binds visible to the ones it nests.
	 */
	private void operations(List<? extends ModelOperation> operations, Type self, Map<String, Type> variables) {
		for (ModelOperation operation : operations) {
			if (operation instanceof If condition) {
				expression(operation, "condition", condition.getCondition(), self, variables);
				operations(condition.getThenOperations(), self, variables);
				operations(condition.getElseOperations(), self, variables);
			} else if (operation instanceof SetValue set) {
				changed(operation, set.getFeatureName(), set.getElementExpression(), self, variables);
				required(operation, "valueExpression", set.getValueExpression());
				expression(operation, "valueExpression", set.getValueExpression(), self, variables);
			} else if (operation instanceof AddValue add) {
				changed(operation, add.getFeatureName(), add.getElementExpression(), self, variables);
				required(operation, "valueExpression", add.getValueExpression());
				expression(operation, "valueExpression", add.getValueExpression(), self, variables);
			} else if (operation instanceof RemoveValue remove) {
				changed(operation, remove.getFeatureName(), remove.getElementExpression(), self, variables);
				required(operation, "valueExpression", remove.getValueExpression());
				expression(operation, "valueExpression", remove.getValueExpression(), self, variables);
			} else if (operation instanceof Unset unset) {
				changed(operation, unset.getFeatureName(), unset.getElementExpression(), self, variables);
			} else if (operation instanceof Delete delete) {
				expression(operation, "elementExpression", delete.getElementExpression(), self, variables);
			} else if (operation instanceof CreateInstance create) {
				Type owner = elementType(operation, create.getElementExpression(), self, variables);
				EClass created = domainClass(operation, create.getTypeName(), true, "typeName");
				containment(operation, "referenceName", create.getReferenceName(), owner, created);
				String name = create.getVariableName() == null || create.getVariableName().isBlank() ? "instance"
						: create.getVariableName().strip().replaceFirst("^\\$", "");
				operations(create.getSubOperations(), typeOf(created), with(variables, name, typeOf(created)));
			} else if (operation instanceof ForEach forEach) {
				required(operation, "collectionExpression", forEach.getCollectionExpression());
				expression(operation, "collectionExpression", forEach.getCollectionExpression(), self, variables);
				Type each = resultType(forEach.getCollectionExpression(), self, variables);
				String name = variableName(operation, forEach.getVariableName());
				operations(forEach.getSubOperations(), self, with(variables, name, new Type(each.classifier(), false)));
			} else if (operation instanceof Let let) {
				required(operation, "valueExpression", let.getValueExpression());
				expression(operation, "valueExpression", let.getValueExpression(), self, variables);
				String name = variableName(operation, let.getVariableName());
				operations(let.getSubOperations(), self, with(variables, name, resultType(let.getValueExpression(), self, variables)));
			} else if (operation instanceof ChangeContext change) {
				required(operation, "browseExpression", change.getBrowseExpression());
				Type context = elementType(operation, change.getBrowseExpression(), self, variables);
				operations(change.getSubOperations(), context, variables);
			}
		}
	}

	/** The element an operation changes ({@code self} or its element expression) must have the named feature. */
	private void changed(EObject operation, String featureName, String elementExpression, Type self, Map<String, Type> variables) {
		Type target = elementType(operation, elementExpression, self, variables);
		feature(operation, "featureName", featureName, target, true);
		if (target.classifier() instanceof EClass eClass && featureName != null && eClass.getEStructuralFeature(featureName) != null) {
			EStructuralFeature changed = eClass.getEStructuralFeature(featureName);
			if (!changed.isChangeable() || changed.isDerived()) {
				error(operation, "featureName", "'" + featureName + "' of " + eClass.getName() + " cannot be changed");
			} else if ((operation instanceof AddValue || operation instanceof RemoveValue) && !changed.isMany()) {
				error(operation, "featureName", "'" + featureName + "' of " + eClass.getName() + " holds one value; use SetValue");
			}
		}
	}

	private Type elementType(EObject operation, String elementExpression, Type self, Map<String, Type> variables) {
		String attribute = operation instanceof ChangeContext ? "browseExpression" : "elementExpression";
		if (elementExpression == null || elementExpression.isBlank()) {
			checked.add(key(operation, attribute));
			return self;
		}
		expression(operation, attribute, elementExpression, self, variables);
		Type type = resultType(elementExpression, self, variables);
		return type.many() ? Type.ANY : type;
	}

	private void required(EObject owner, String attribute, String text) {
		if (text == null || text.isBlank()) {
			error(owner, attribute, "no " + attribute + " is given");
		}
	}

	private String variableName(EObject operation, String name) {
		if (name == null || name.isBlank()) {
			error(operation, "variableName", "no variableName is given");
			return "?";
		}
		return name.strip().replaceFirst("^\\$", "");
	}

	private static Map<String, Type> variables(Object... namesAndTypes) {
		Map<String, Type> variables = new HashMap<>();
		for (int i = 0; i < namesAndTypes.length; i += 2) {
			variables.put((String) namesAndTypes[i], (Type) namesAndTypes[i + 1]);
		}
		return variables;
	}

	private static Map<String, Type> with(Map<String, Type> variables, String name, Type type) {
		Map<String, Type> result = new HashMap<>(variables);
		result.put(name, type);
		return result;
	}

	// ---- expressions

	private void expression(EObject owner, String attribute, String text, Type self, Map<String, Type> variables) {
		checked.add(key(owner, attribute));
		if (text == null || text.isBlank()) {
			return;
		}
		Expression expression;
		try {
			expression = Expressions.parse(text);
		} catch (ExpressionException e) {
			expressionProblem(owner, attribute, e);
			return;
		}
		for (ExpressionException e : TypeCheck.check(expression, new TypeCheck.Scope(self, variables, packages))) {
			expressionProblem(owner, attribute, e);
		}
	}

	private Type resultType(String text, Type self) {
		return resultType(text, self, Map.of());
	}

	private Type resultType(String text, Type self, Map<String, Type> variables) {
		if (text == null || text.isBlank()) {
			return Type.ANY;
		}
		try {
			return TypeCheck.resultType(Expressions.parse(text), new TypeCheck.Scope(self, variables, packages));
		} catch (ExpressionException e) {
			return Type.ANY; // reported by expression()
		}
	}

	private void expressionProblem(EObject owner, String attribute, ExpressionException e) {
		problems.add(new ViewpointProblem(ViewpointProblem.Severity.ERROR, file, path(owner), nearestId(owner), attribute,
				e.expression(), e.position(), e.getMessage()));
	}

	/** Expression-valued attributes this class does not know about (added later): at least their syntax. */
	private void syntaxOfTheRest(Viewpoint viewpoint) {
		List<EObject> all = new ArrayList<>();
		all.add(viewpoint);
		viewpoint.eAllContents().forEachRemaining(all::add);
		for (EObject object : all) {
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				String name = attribute.getName();
				boolean expressionValued = name.endsWith("Expression") || name.equals("semanticCandidates")
						|| name.equals("precondition") || name.equals("condition") || name.equals("linePrecondition")
						|| name.equals("columnPrecondition") || name.equals("columnCandidates");
				if (expressionValued && !checked.contains(key(object, name)) && object.eGet(attribute) instanceof String text
						&& !text.isBlank()) {
					try {
						Expressions.parse(text);
					} catch (ExpressionException e) {
						expressionProblem(object, name, e);
					}
				}
			}
		}
	}

	private static String key(EObject owner, String attribute) {
		return System.identityHashCode(owner) + "#" + attribute;
	}

	private static Map<String, Type> conditionVariables(Type root) {
		Map<String, Type> variables = new HashMap<>();
		variables.put("root", root);
		variables.put("layers", Type.listOf(EcorePackage.Literals.ESTRING));
		return variables;
	}

	// ---- classes and features

	private EClass domainClass(EObject owner, String name, boolean required) {
		return domainClass(owner, name, required, "domainClass");
	}

	private EClass domainClass(EObject owner, String name, boolean required, String attribute) {
		if (name == null || name.isBlank()) {
			if (required) {
				error(owner, attribute, "no " + attribute + " is given");
			}
			return null;
		}
		EClass eClass = lookUp(name);
		if (eClass == null) {
			List<String> names = packages.stream().flatMap(p -> p.getEClassifiers().stream()).filter(EClass.class::isInstance)
					.map(EClassifier::getName).toList();
			error(owner, attribute, "unknown class '" + name + "' in the Helix metamodel" + TypeCheck.suggestion(name, names));
		}
		return eClass;
	}

	private EClass lookUp(String name) {
		EClass found = findClass(name);
		if (found != null) {
			return found;
		}
		try {
			return ModelAccess.eClass(null, name); // "package.Class", or a class of another registered package
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	private EClass findClass(String name) {
		for (EPackage ePackage : packages) {
			if (ePackage.getEClassifier(name) instanceof EClass eClass) {
				return eClass;
			}
		}
		return null;
	}

	private void feature(EObject owner, String attribute, String name, Type type, boolean required) {
		if (name == null || name.isBlank()) {
			if (required) {
				error(owner, attribute, "no " + attribute + " is given");
			}
			return;
		}
		if (type.classifier() instanceof EClass eClass && eClass.getEStructuralFeature(name) == null) {
			List<String> names = eClass.getEAllStructuralFeatures().stream().map(EStructuralFeature::getName).toList();
			error(owner, attribute, "unknown feature '" + name + "' on " + eClass.getName() + TypeCheck.suggestion(name, names));
		}
	}

	private void containment(EObject owner, String attribute, String name, Type ownerType, EClass created) {
		if (name == null || name.isBlank()) {
			error(owner, attribute, "no " + attribute + " is given");
			return;
		}
		if (!(ownerType.classifier() instanceof EClass eClass)) {
			return; // unknown owner: checked when the tool runs
		}
		EStructuralFeature feature = eClass.getEStructuralFeature(name);
		if (feature == null) {
			feature(owner, attribute, name, ownerType, true);
		} else if (!(feature instanceof EReference reference) || !reference.isContainment()) {
			error(owner, attribute, "'" + name + "' of " + eClass.getName() + " is not a containment reference");
		} else if (created != null && !reference.getEReferenceType().isSuperTypeOf(created)) {
			error(owner, attribute, "'" + name + "' of " + eClass.getName() + " holds " + reference.getEReferenceType().getName()
					+ " elements, not " + created.getName());
		}
	}

	private static Type typeOf(EClass eClass) {
		return eClass == null ? Type.ANY : Type.of(eClass);
	}

	/** The class the mappings' elements share when they all have the same one, else unknown. */
	private Type common(List<? extends DiagramElementMapping> mappings) {
		Set<EClass> classes = new LinkedHashSet<>();
		for (DiagramElementMapping mapping : mappings) {
			EClass eClass = mapping.getDomainClass() == null || mapping.getDomainClass().isBlank() ? null : lookUp(mapping.getDomainClass());
			if (eClass == null) {
				return Type.ANY;
			}
			classes.add(eClass);
		}
		return classes.size() == 1 ? Type.of(classes.iterator().next()) : Type.ANY;
	}

	// ---- where

	private void error(EObject owner, String attribute, String message) {
		problems.add(new ViewpointProblem(ViewpointProblem.Severity.ERROR, file, path(owner), nearestId(owner), attribute, null, -1,
				message));
	}

	/**
	 * {@code Layer 'Bodies' › NodeMapping 'body'}: from the diagram description down (the diagram only when the viewpoint
	 * has several), each element by its class and its label, else its id, else its place among its siblings.
	 */
	static String path(EObject object) {
		List<String> steps = new ArrayList<>();
		for (EObject current = object; current != null && !(current instanceof Viewpoint); current = current.eContainer()) {
			if (current instanceof DiagramDescription && current.eContainer() instanceof Viewpoint viewpoint
					&& viewpoint.getDiagrams().size() == 1) {
				break;
			}
			steps.add(0, step(current));
		}
		return object instanceof Viewpoint viewpoint ? "Viewpoint '" + name(viewpoint) + "'" : String.join(SEPARATOR, steps);
	}

	private static String step(EObject object) {
		String kind = object instanceof DiagramDescription ? "Diagram" : object.eClass().getName();
		if (object instanceof IdentifiedElement identified) {
			return kind + " '" + name(identified) + "'";
		}
		if (object instanceof ModelOperation && object.eContainingFeature() != null && object.eContainingFeature().isMany()) {
			// "SetValue 2": the operation's place in its list, so the specifier finds it among its siblings
			return kind + " " + (((List<?>) object.eContainer().eGet(object.eContainingFeature())).indexOf(object) + 1);
		}
		if (object instanceof ConditionalStyle style && style.eContainer() instanceof DiagramElementMapping mapping) {
			return "conditional style " + (mapping.getConditionalStyles().indexOf(style) + 1);
		}
		return object.eContainingFeature() == null ? kind : object.eContainingFeature().getName();
	}

	private static String name(IdentifiedElement element) {
		if (element.getLabel() != null && !element.getLabel().isBlank()) {
			return element.getLabel();
		}
		return element.getId() != null ? element.getId() : "?";
	}

	private static String nearestId(EObject object) {
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (current instanceof IdentifiedElement identified && identified.getId() != null) {
				return identified.getId();
			}
		}
		return null;
	}
}
