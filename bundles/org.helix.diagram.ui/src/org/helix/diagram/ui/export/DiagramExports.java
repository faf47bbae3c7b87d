package org.helix.diagram.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.helix.core.persistence.HelixPersistence;
import org.helix.diagram.layout.LayoutConfiguration;
import org.helix.diagram.layout.LayoutEngine;
import org.helix.diagram.layout.LayoutResult;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.Viewpoint;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.sync.DiagramSession;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.model.core.HelixModel;

/**
 * Opening a model's diagram for export or display, toolkit-free: loads the {@code .helix} file with its
 * {@code .helix-diagrams}, finds the stored diagram of a viewpoint (or makes one in memory) and lays out what was
 * never placed. Nothing is saved.
 */
public final class DiagramExports {

	/** An opened diagram; {@link #dispose()} when done. */
	public record Opened(DiagramSession session, Diagram diagram, DiagramDescription description) {
		public void dispose() {
			session.dispose();
		}
	}

	private DiagramExports() {
	}

	/**
	 * Finds a diagram description by a viewpoint id, a diagram description id or a viewpoint label (any case); a
	 * viewpoint gives its first diagram description.
	 */
	public static DiagramDescription find(ViewpointRegistry registry, String id) {
		DiagramDescription description = registry.diagram(id);
		if (description != null) {
			return description;
		}
		for (Viewpoint viewpoint : registry.viewpoints()) {
			boolean matches = viewpoint.getId().equals(id)
					|| (viewpoint.getLabel() != null && viewpoint.getLabel().toLowerCase(Locale.ROOT).equals(id.toLowerCase(Locale.ROOT)));
			if (matches && !viewpoint.getDiagrams().isEmpty()) {
				return viewpoint.getDiagrams().get(0);
			}
		}
		return null;
	}

	/** The ids users can pass, for error messages. */
	public static List<String> knownIds(ViewpointRegistry registry) {
		// a viewpoint of tables only (org.helix.viewpoint.tables) has nothing to export as a diagram
		return registry.viewpoints().stream().filter(v -> !v.getDiagrams().isEmpty()).map(Viewpoint::getId).sorted().toList();
	}

	/**
	 * Opens the diagram of {@code description} named {@code name} (or the first of that description when name is
	 * null) stored beside {@code file}; when there is none, a new one in memory, laid out.
	 */
	public static Opened open(Path file, DiagramDescription description, String name) throws IOException {
		return open(file, description, name, ViewpointRegistry.getDefault()::diagram);
	}

	/** As {@link #open(Path, DiagramDescription, String)}, finding the descriptions of stored diagrams with {@code descriptions}. */
	public static Opened open(Path file, DiagramDescription description, String name,
			java.util.function.Function<String, DiagramDescription> descriptions) throws IOException {
		ResourceSet resourceSet = HelixPersistence.newResourceSet();
		EditingDomain domain = DiagramSession.createEditingDomain(resourceSet);
		HelixModel model = HelixPersistence.load(resourceSet, file);
		DiagramSession session = DiagramSession.open(domain, model.eResource(), descriptions);
		Diagram diagram = session.diagrams().stream()
				.filter(d -> description.getId().equals(d.getDescriptionId()))
				.filter(d -> name == null || name.equals(d.getName()))
				.findFirst().orElse(null);
		if (diagram == null) {
			diagram = session.createDiagram(description, root(model, description), name != null ? name : description.getLabel());
		}
		layoutUnplaced(session, diagram, description);
		return new Opened(session, diagram, description);
	}

	/**
	 * The element a new diagram shows: the description's root expression on the model, else the model itself when the
	 * description's domain class is HelixModel, else the element of that class with the most content (the main
	 * programme of a model with several, for example); see {@link org.helix.diagram.sync.DiagramRoots}.
	 */
	public static EObject root(HelixModel model, DiagramDescription description) {
		return org.helix.diagram.sync.DiagramRoots.root(description, model);
	}

	/** A full layout when nothing was ever placed, else only the new nodes; as commands on the session's stack. */
	public static void layoutUnplaced(DiagramSession session, Diagram diagram, DiagramDescription description) {
		boolean anyPlaced = false, anyUnplaced = false;
		for (Node node : diagram.getNodes()) {
			anyPlaced |= node.isPlaced();
			anyUnplaced |= !node.isPlaced() && node.isVisible();
			// a new border node of a placed node is placed on its border too
			anyUnplaced |= node.isVisible() && node.getBorderedNodes().stream().anyMatch(b -> !b.isPlaced() && b.isVisible());
		}
		if (!anyUnplaced) {
			return;
		}
		LayoutResult result = anyPlaced ? LayoutEngine.placeNew(diagram)
				: LayoutEngine.compute(diagram, configuration(description), null);
		session.domain().getCommandStack().execute(LayoutEngine.applyCommand(diagram, result));
	}

	/** The layout a description prefers. */
	public static LayoutConfiguration configuration(DiagramDescription description) {
		return LayoutConfiguration.of(description.getLayout());
	}
}
