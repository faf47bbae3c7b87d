package org.helix.diagram.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.helix.diagram.expression.Expressions;
import org.helix.diagram.model.description.DeleteTool;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.DiagramElementMapping;
import org.helix.diagram.model.description.EdgeMapping;
import org.helix.diagram.model.description.Layer;
import org.helix.diagram.model.description.ModelOperation;
import org.helix.diagram.model.description.OperationAction;
import org.helix.diagram.model.description.ReconnectEdgeTool;
import org.helix.diagram.model.description.ReconnectionKind;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.helix.diagram.model.notation.Edge;
import org.helix.diagram.operations.ModelOperations;
import org.helix.diagram.model.description.DirectEditTool;
import org.helix.diagram.model.description.DropTool;
import org.helix.diagram.model.description.EdgeCreationTool;
import org.helix.diagram.model.description.NodeCreationTool;
import org.helix.diagram.model.description.Tool;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.model.notation.DiagramElement;
import org.helix.diagram.model.notation.Node;

/**
 * Turns the declarative tools of a description into commands on the semantic model. The diagram follows through the
 * session's refresh trigger, in the same undo step; the tools themselves never touch the notation (except asking an
 * unsynchronized diagram to show a created element).
 * <p>
 * A tool whose precondition fails, or that does not apply to the element, gives {@link UnexecutableCommand}.
 */
public final class DiagramTools {

	private final DiagramSession session;

	public DiagramTools(DiagramSession session) {
		this.session = session;
	}

	/** Deletes the semantic element behind a node or edge, with every reference to it (EcoreUtil.delete). */
	public Command delete(DeleteTool tool, DiagramElement element) {
		EObject semantic = element.getSemanticElement();
		if (semantic == null || !appliesTo(tool.getMappings(), element) || !allowed(tool, semantic)) {
			return UnexecutableCommand.INSTANCE;
		}
		if (!tool.getOperations().isEmpty()) { // declared operations replace the default deletion
			return ModelOperations.command(session.domain(), label(tool, "Delete"), tool.getOperations(), semantic,
					variables(diagramOf(element), "element", semantic));
		}
		return record(label(tool, "Delete"), () -> EcoreUtil.delete(semantic, true));
	}

	/** Sets the tool's feature of the element behind a node or edge from the edited text. */
	public Command directEdit(DirectEditTool tool, DiagramElement element, String text) {
		EObject semantic = element.getSemanticElement();
		if (semantic == null || !appliesTo(tool.getMappings(), element) || !allowed(tool, semantic)) {
			return UnexecutableCommand.INSTANCE;
		}
		return record(label(tool, "Edit"), () -> ModelAccess.setFromText(semantic, tool.getFeature(), text));
	}

	/**
	 * Creates an element of the tool's class in the element behind {@code container} (or the diagram root when null),
	 * evaluated through the tool's container expression. The command's result is the created element.
	 */
	public Command createNode(NodeCreationTool tool, Diagram diagram, Node container) {
		return createNode(tool, diagram, container, null);
	}

	/**
	 * Creates an element as {@link #createNode(NodeCreationTool, Diagram, Node)} does and, in the same command, shows
	 * its node centred on {@code at} (x, y in diagram coordinates; null leaves placing to the layout): the diagram is
	 * refreshed inside the command, so the node exists and is moved there before the command ends. One undo takes
	 * back the element and its node together (it used to take two: the element, then the node's position).
	 */
	public Command createNode(NodeCreationTool tool, Diagram diagram, Node container, double[] at) {
		EObject context = container != null ? container.getSemanticElement() : diagram.getSemanticRoot();
		if (context == null || !allowed(tool, context)) {
			return UnexecutableCommand.INSTANCE;
		}
		EObject owner = tool.getContainerExpression() == null || tool.getContainerExpression().isBlank() ? context
				: (EObject) Expressions.parse(tool.getContainerExpression()).evaluate(context);
		if (owner == null) {
			return UnexecutableCommand.INSTANCE;
		}
		EClass eClass = ModelAccess.eClass(resourceSet(), tool.getElementClass());
		EObject created = EcoreUtil.create(eClass);
		Map<String, Object> variables = variables(diagram, "instance", created);
		variables.put("container", owner);
		// the result is the created element, so the caller places its node and no other
		return withOperations(label(tool, "Create"), tool.getOperations(), created, variables, created, new RecordingCommand(label(tool, "Create"), List.of(resourceSet()), () -> {
			if (tool.getInitialName() != null && eClass.getEStructuralFeature("name") != null) {
				ModelAccess.setFromText(created, "name", tool.getInitialName());
			}
			ModelAccess.addOrSet(owner, tool.getContainmentFeature(), created);
			DiagramSynchronizer synchronizer = session.synchronizer(diagram);
			if (synchronizer != null && !diagram.isSynchronized()) {
				synchronizer.show(tool.getMapping(), created);
			}
			if (synchronizer != null && at != null) {
				synchronizer.markDirty();
				synchronizer.refresh();
				for (Node node : diagram.getNodes()) {
					if (node.getSemanticElement() == created) {
						node.setX(at[0] - node.getWidth() / 2);
						node.setY(at[1] - node.getHeight() / 2);
						node.setPlaced(true);
					}
				}
			}
		}) {
			@Override
			public java.util.Collection<?> getResult() {
				return List.of(created);
			}
		});
	}

	/**
	 * Connects two nodes: adds the target's element to the reference of the source's element (relation-based
	 * mappings), or creates a connecting element in the diagram root (element-based mappings). An element is never
	 * connected to itself: no shipped relation means anything from an element to itself (an organisation that
	 * "funds" itself, an action that depends on itself), and such an edge would be drawn over its own node.
	 */
	public Command createEdge(EdgeCreationTool tool, Diagram diagram, Node source, Node target) {
		EObject from = source.getSemanticElement();
		EObject to = target.getSemanticElement();
		if (from == null || to == null || from == to || !tool.getMapping().getSourceMappings().stream().anyMatch(m -> m.getId().equals(source.getMappingId()))
				|| !tool.getMapping().getTargetMappings().stream().anyMatch(m -> m.getId().equals(target.getMappingId()))
				|| !allowed(tool, from)) {
			return UnexecutableCommand.INSTANCE;
		}
		Map<String, Object> variables = variables(diagram, "source", from);
		variables.put("target", to);
		if (tool.getElementClass() == null || tool.getElementClass().isBlank()) {
			variables.put("instance", from);
			return withOperations(label(tool, "Connect"), tool.getOperations(), from, variables, from,
					record(label(tool, "Connect"), () -> ModelAccess.addOrSet(from, tool.getReferenceFeature(), to)));
		}
		EClass eClass = ModelAccess.eClass(resourceSet(), tool.getElementClass());
		EObject root = diagram.getSemanticRoot();
		EObject created = EcoreUtil.create(eClass);
		variables.put("instance", created);
		return withOperations(label(tool, "Connect"), tool.getOperations(), created, variables, created, record(label(tool, "Connect"), () -> {
			ModelAccess.addOrSet(created, tool.getSourceFeature(), from);
			ModelAccess.addOrSet(created, tool.getTargetFeature(), to);
			ModelAccess.addOrSet(root, tool.getContainmentFeature(), created);
		}));
	}

	/**
	 * The context-menu actions (Sirius "operation actions") of the diagram's active layers that apply to the element:
	 * their mappings include its mapping and their precondition holds on its semantic element. In layer order.
	 */
	public static List<OperationAction> operationActions(DiagramDescription description, Diagram diagram, DiagramElement element) {
		List<OperationAction> result = new ArrayList<>();
		EObject semantic = element.getSemanticElement();
		if (semantic == null) {
			return result;
		}
		for (Layer layer : description.getLayers()) {
			if (layer.isOptional() && !diagram.getActiveLayers().contains(layer.getId())) {
				continue;
			}
			for (Tool tool : layer.getTools()) {
				if (tool instanceof OperationAction action && appliesTo(action.getMappings(), element)
						&& allowed(tool, semantic, variables(diagram, "element", semantic))) {
					result.add(action);
				}
			}
		}
		return result;
	}

	/** Runs a context-menu action on the element behind a node or edge: its operations as one command. */
	public Command run(OperationAction action, DiagramElement element) {
		EObject semantic = element.getSemanticElement();
		Map<String, Object> variables = variables(diagramOf(element), "element", semantic);
		if (semantic == null || !appliesTo(action.getMappings(), element) || !allowed(action, semantic, variables)) {
			return UnexecutableCommand.INSTANCE;
		}
		return ModelOperations.command(session.domain(), label(action, "Action"), action.getOperations(), semantic, variables);
	}

	/** The reconnect tools of the diagram's active layers for the edge's mapping, in layer order. */
	public static List<ReconnectEdgeTool> reconnectTools(DiagramDescription description, Diagram diagram, Edge edge) {
		List<ReconnectEdgeTool> result = new ArrayList<>();
		for (Layer layer : description.getLayers()) {
			if (layer.isOptional() && !diagram.getActiveLayers().contains(layer.getId())) {
				continue;
			}
			for (Tool tool : layer.getTools()) {
				if (tool instanceof ReconnectEdgeTool reconnect && appliesTo(reconnect.getMappings(), edge)) {
					result.add(reconnect);
				}
			}
		}
		return result;
	}

	/**
	 * Moves one end of an edge to another node ({@code sourceEnd}: the source end, else the target end). Allowed when
	 * the tool's kind lets that end move, the new node is of one of the edge mapping's source (target) mappings, it
	 * is another element than the old end and than the other end, and the tool's precondition holds on the new end's
	 * element. The tool's operations run with {@code self} = the edge's element and the variables {@code $element},
	 * {@code $source}, {@code $target} (the ends before), {@code $oldEnd}, {@code $newEnd}, {@code $otherEnd}; without
	 * operations the end's feature is moved (see {@link #defaultReconnection}).
	 */
	public Command reconnect(ReconnectEdgeTool tool, Diagram diagram, Edge edge, boolean sourceEnd, Node newEnd) {
		EdgeMapping mapping = edgeMapping(diagram, edge);
		EObject element = edge.getSemanticElement();
		Node oldNode = sourceEnd ? edge.getSource() : edge.getTarget();
		Node otherNode = sourceEnd ? edge.getTarget() : edge.getSource();
		ReconnectionKind kind = tool.getReconnectionKind();
		boolean endAllowed = kind == ReconnectionKind.BOTH || (kind == ReconnectionKind.SOURCE) == sourceEnd;
		if (mapping == null || element == null || newEnd == null || oldNode == null || otherNode == null || !endAllowed
				|| !appliesTo(tool.getMappings(), edge)) {
			return UnexecutableCommand.INSTANCE;
		}
		List<? extends DiagramElementMapping> ends = sourceEnd ? mapping.getSourceMappings() : mapping.getTargetMappings();
		EObject oldEnd = oldNode.getSemanticElement();
		EObject newElement = newEnd.getSemanticElement();
		EObject otherEnd = otherNode.getSemanticElement();
		if (newElement == null || newElement == oldEnd || newElement == otherEnd || !appliesTo(ends, newEnd)) {
			return UnexecutableCommand.INSTANCE;
		}
		Map<String, Object> variables = variables(diagram, "element", element);
		variables.put("source", edge.getSource().getSemanticElement());
		variables.put("target", edge.getTarget().getSemanticElement());
		variables.put("oldEnd", oldEnd);
		variables.put("newEnd", newElement);
		variables.put("otherEnd", otherEnd);
		if (!allowed(tool, newElement, variables)) {
			return UnexecutableCommand.INSTANCE;
		}
		String label = label(tool, "Reconnect");
		if (!tool.getOperations().isEmpty()) {
			return ModelOperations.command(session.domain(), label, tool.getOperations(), element, variables);
		}
		return defaultReconnection(label, mapping, element, sourceEnd, oldEnd, newElement, otherEnd);
	}

	/**
	 * What a reconnect tool without operations does: for a relation-based mapping whose target expression is a feature
	 * of the source element (`objectives`, `setUpBy`), the reference moves from the old target to the new one, or the
	 * target moves from the old source's feature to the new source's; for an element-based mapping, the end whose
	 * expression is a feature of the edge's element is set to the new end, and a source given by {@code container()}
	 * moves the element into the same containment of the new source. Anything else cannot be reconnected by default.
	 */
	private Command defaultReconnection(String label, EdgeMapping mapping, EObject element, boolean sourceEnd, EObject oldEnd,
			EObject newEnd, EObject otherEnd) {
		boolean elementBased = mapping.getDomainClass() != null && !mapping.getDomainClass().isBlank();
		if (!elementBased) {
			EStructuralFeature feature = plainFeature(mapping.getTargetExpression(), element);
			if (feature == null || !(feature instanceof EReference)) {
				return UnexecutableCommand.INSTANCE;
			}
			EObject target = otherEnd; // when the source end moves, the target stays
			if (sourceEnd) {
				EStructuralFeature onNew = newEnd.eClass().getEStructuralFeature(feature.getName());
				if (onNew == null || !onNew.isChangeable()) {
					return UnexecutableCommand.INSTANCE;
				}
				return record(label, () -> {
					unlink(element, feature, target);
					link(newEnd, onNew, target);
				});
			}
			return record(label, () -> {
				unlink(element, feature, oldEnd);
				link(element, feature, newEnd);
			});
		}
		String endExpression = sourceEnd ? mapping.getSourceExpression() : mapping.getTargetExpression();
		if (sourceEnd && endExpression != null && endExpression.replace(" ", "").equals("container()")) {
			EReference containment = element.eContainmentFeature();
			EStructuralFeature onNew = containment == null ? null : newEnd.eClass().getEStructuralFeature(containment.getName());
			if (onNew == null) {
				return UnexecutableCommand.INSTANCE;
			}
			return record(label, () -> link(newEnd, onNew, element));
		}
		EStructuralFeature feature = plainFeature(endExpression, element);
		if (feature == null || !(feature instanceof EReference) || feature.isMany()) {
			return UnexecutableCommand.INSTANCE;
		}
		return record(label, () -> element.eSet(feature, newEnd));
	}

	@SuppressWarnings("unchecked")
	private static void unlink(EObject owner, EStructuralFeature feature, EObject value) {
		if (feature.isMany()) {
			((List<Object>) owner.eGet(feature)).remove(value);
		} else if (owner.eGet(feature) == value) {
			owner.eUnset(feature);
		}
	}

	@SuppressWarnings("unchecked")
	private static void link(EObject owner, EStructuralFeature feature, EObject value) {
		if (feature.isMany()) {
			List<Object> values = (List<Object>) owner.eGet(feature);
			if (!values.contains(value)) {
				values.add(value);
			}
		} else {
			owner.eSet(feature, value);
		}
	}

	/** The feature a plain feature name ({@code objectives}, {@code target}) names on the element, else null. */
	private static EStructuralFeature plainFeature(String expression, EObject element) {
		if (expression == null || !expression.strip().matches("[A-Za-z_][A-Za-z0-9_]*")) {
			return null;
		}
		EStructuralFeature feature = element.eClass().getEStructuralFeature(expression.strip());
		return feature != null && feature.isChangeable() && !feature.isDerived() ? feature : null;
	}

	private EdgeMapping edgeMapping(Diagram diagram, Edge edge) {
		DiagramSynchronizer synchronizer = session.synchronizer(diagram);
		return synchronizer != null && synchronizer.mapping(edge.getMappingId()) instanceof EdgeMapping mapping ? mapping : null;
	}

	/** Moves a dropped element into the element behind {@code target} (or the diagram root when null). */
	public Command drop(DropTool tool, Diagram diagram, EObject dropped, Node target) {
		EObject owner = target != null ? target.getSemanticElement() : diagram.getSemanticRoot();
		boolean accepted = tool.getMappings().stream().anyMatch(mapping -> mapping.getDomainClass() != null
				&& ModelAccess.eClass(resourceSet(), mapping.getDomainClass()).isInstance(dropped));
		if (owner == null || !accepted || !allowed(tool, dropped) || EcoreUtil.isAncestor(dropped, owner)) {
			return UnexecutableCommand.INSTANCE;
		}
		return record(label(tool, "Move"), () -> ModelAccess.addOrSet(owner, tool.getContainmentFeature(), dropped));
	}

	private static boolean appliesTo(List<? extends org.helix.diagram.model.description.DiagramElementMapping> mappings,
			DiagramElement element) {
		return mappings.stream().anyMatch(mapping -> mapping.getId().equals(element.getMappingId()));
	}

	private static boolean allowed(Tool tool, EObject semantic) {
		return allowed(tool, semantic, Map.of());
	}

	private static boolean allowed(Tool tool, EObject semantic, Map<String, Object> variables) {
		String precondition = tool.getPrecondition();
		try {
			return precondition == null || precondition.isBlank() || Expressions.parse(precondition).test(semantic, variables);
		} catch (org.helix.diagram.expression.ExpressionException e) {
			return false; // a precondition that cannot be evaluated (reported at load) does not let the tool run
		}
	}

	/** The variables every tool's operations see: {@code $root} (the diagram's semantic root) and one more. */
	private static Map<String, Object> variables(Diagram diagram, String name, Object value) {
		Map<String, Object> variables = new HashMap<>();
		if (diagram != null && diagram.getSemanticRoot() != null) {
			variables.put("root", diagram.getSemanticRoot());
		}
		variables.put(name, value);
		return variables;
	}

	private static Diagram diagramOf(EObject notation) {
		for (EObject current = notation; current != null; current = current.eContainer()) {
			if (current instanceof Diagram diagram) {
				return diagram;
			}
		}
		return null;
	}

	/**
	 * The tool's default command followed, in the same command, by its operations (on {@code self}); the result is
	 * {@code result}. Without operations, the default command as it is.
	 */
	private Command withOperations(String label, List<ModelOperation> operations, EObject self, Map<String, Object> variables,
			EObject result, Command defaultCommand) {
		if (operations.isEmpty()) {
			return defaultCommand;
		}
		CompoundCommand compound = new CompoundCommand(label) {
			@Override
			public java.util.Collection<?> getResult() {
				return List.of(result);
			}
		};
		compound.append(defaultCommand);
		try {
			ModelOperations.append(session.domain(), compound, operations, self, variables);
		} catch (IllegalArgumentException e) {
			return ModelOperations.refused(label, e.getMessage());
		}
		return compound;
	}

	private static String label(Tool tool, String fallback) {
		return tool.getLabel() != null ? tool.getLabel() : fallback;
	}

	private ResourceSet resourceSet() {
		return session.semanticResource().getResourceSet();
	}

	/** Records over the whole resource set: deleting an element also clears references to it in other resources. */
	private Command record(String label, Runnable change) {
		return new RecordingCommand(label, List.of(resourceSet()), change);
	}
}
