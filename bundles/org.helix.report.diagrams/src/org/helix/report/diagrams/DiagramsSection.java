package org.helix.report.diagrams;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.sync.DiagramSession;
import org.helix.diagram.ui.export.DiagramExports;
import org.helix.diagram.ui.scene.Scene;
import org.helix.diagram.ui.scene.SceneBuilder;
import org.helix.diagram.ui.scene.SvgWriter;
import org.helix.diagram.viewpoint.Legend;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.model.core.HelixModel;
import org.helix.report.Html;
import org.helix.report.ReportContext;
import org.helix.report.ReportSection;

/**
 * The report's "Diagrams" section: the diagrams stored beside the model ({@code NAME.helix-diagrams}: the shipped
 * governance, programme and value-chain diagrams, or the user's own), each as inline SVG written by the diagram
 * export ({@link SvgWriter}, with its legend), and the ecosystem map, made and laid out in memory when none is stored
 * and it is small enough to read on a page. Inline SVG keeps the site one folder without other files; the PDF draws
 * it too. Contributed to {@code org.helix.report.sections} from the diagram layer, because the report bundle (core
 * services) may not require the diagram export.
 *
 * <p>
 * It reads the report's snapshot of the model: the diagrams file is loaded into the snapshot's resource set, so its
 * references lead to the copied elements, and the layout of what was never placed is applied to that copy only.
 * Nothing is saved.
 */
public class DiagramsSection implements ReportSection {

	/** The viewpoint of the ecosystem map. */
	static final String ECOSYSTEM = "org.helix.viewpoint.ecosystem";
	/** An ecosystem map with more nodes than this is left out: on an A4 page its labels could not be read. */
	static final int MAX_ECOSYSTEM_NODES = 120;

	@Override
	public void write(ReportContext context, Html html) {
		HelixModel model = context.model();
		Resource resource = model.eResource();
		if (resource == null || resource.getResourceSet() == null) {
			html.note("No diagrams: the model was not read from a file, so it has no stored diagrams.");
			return;
		}
		ViewpointRegistry registry = ViewpointRegistry.getDefault();
		DiagramSession session;
		try {
			session = DiagramSession.open(DiagramSession.createEditingDomain(resource.getResourceSet()), resource, registry::diagram);
		} catch (IOException e) {
			html.note("No diagrams: the diagrams stored beside the model cannot be read (" + e.getMessage() + ").");
			return;
		}
		try {
			List<Drawn> drawn = new ArrayList<>();
			boolean ecosystemStored = false;
			for (Diagram diagram : session.diagrams()) {
				DiagramDescription description = registry.diagram(diagram.getDescriptionId());
				if (description == null) {
					continue; // a viewpoint that is not installed: the diagram is kept in the file but cannot be drawn
				}
				ecosystemStored |= ECOSYSTEM.equals(diagram.getViewpointId());
				drawn.add(draw(session, diagram, description));
			}
			String ecosystemNote = null;
			DiagramDescription ecosystem = ecosystemStored ? null : DiagramExports.find(registry, ECOSYSTEM);
			if (ecosystem != null) {
				Diagram map = session.createDiagram(ecosystem, DiagramExports.root(model, ecosystem), "Ecosystem map");
				long nodes = map.getNodes().stream().filter(n -> n.isVisible()).count();
				if (nodes == 0) {
					ecosystemNote = "No ecosystem map: the model has no actors, clusters or value-chain stages to show.";
				} else if (nodes > MAX_ECOSYSTEM_NODES) {
					ecosystemNote = "The ecosystem map is left out: with " + nodes + " elements (more than " + MAX_ECOSYSTEM_NODES
							+ ") it cannot be read on a page; open it in Helix (Open Diagram..., Ecosystem).";
				} else {
					Drawn made = draw(session, map, ecosystem);
					drawn.add(new Drawn(made.name(), made.svg(), made.nodes(), made.edges(), true));
				}
			}
			if (drawn.isEmpty()) {
				html.note("No diagrams: none is stored beside the model (open a diagram in Helix and save it to include it).");
			}
			for (Drawn diagram : drawn) {
				html.open("figure", "class", "diagram").element("h3", diagram.name())
						.open("div", "class", "diagram-svg").raw(diagram.svg()).close("div")
						.element("figcaption", diagram.nodes() + " elements, " + diagram.edges() + " links"
								+ (diagram.madeForReport() ? "; not stored beside the model: made and laid out for this report" : "; as stored beside the model"))
						.close("figure");
			}
			if (ecosystemNote != null) {
				html.note(ecosystemNote);
			}
		} finally {
			session.dispose();
		}
	}

	/** A diagram as SVG markup to put inside the page, with its size. */
	private record Drawn(String name, String svg, int nodes, int edges, boolean madeForReport) {
	}

	private static Drawn draw(DiagramSession session, Diagram diagram, DiagramDescription description) {
		DiagramExports.layoutUnplaced(session, diagram, description);
		Scene scene = SceneBuilder.build(diagram);
		String name = diagram.getName() == null || diagram.getName().isBlank() ? description.getLabel() : diagram.getName();
		String svg = SvgWriter.write(scene, name, Legend.of(description, diagram.getActiveLayers()));
		return new Drawn(name, inline(svg), scene.nodes().size(), scene.edges().size(), false);
	}

	/** The SVG document as an element inside XHTML: without its XML declaration. */
	static String inline(String svg) {
		String trimmed = svg.strip();
		if (trimmed.startsWith("<?xml")) {
			trimmed = trimmed.substring(trimmed.indexOf("?>") + 2).strip();
		}
		return trimmed;
	}
}
