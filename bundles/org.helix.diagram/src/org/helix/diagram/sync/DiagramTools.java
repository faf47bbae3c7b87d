package org.helix.diagram.sync;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.helix.diagram.expression.Expressions;
import org.helix.diagram.model.description.DeleteTool;
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
		// the result is the created element, so the caller places its node and no other
		return new RecordingCommand(label(tool, "Create"), List.of(resourceSet()), () -> {
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
		};
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
		if (tool.getElementClass() == null || tool.getElementClass().isBlank()) {
			return record(label(tool, "Connect"), () -> ModelAccess.addOrSet(from, tool.getReferenceFeature(), to));
		}
		EClass eClass = ModelAccess.eClass(resourceSet(), tool.getElementClass());
		EObject root = diagram.getSemanticRoot();
		return record(label(tool, "Connect"), () -> {
			EObject created = EcoreUtil.create(eClass);
			ModelAccess.addOrSet(created, tool.getSourceFeature(), from);
			ModelAccess.addOrSet(created, tool.getTargetFeature(), to);
			ModelAccess.addOrSet(root, tool.getContainmentFeature(), created);
		});
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
		String precondition = tool.getPrecondition();
		return precondition == null || precondition.isBlank() || Expressions.parse(precondition).test(semantic);
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
