package org.helix.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.helix.diagram.layout.LayoutConfiguration;
import org.helix.diagram.layout.LayoutEngine;
import org.helix.diagram.layout.LayoutResult;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.model.notation.Edge;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.model.notation.Point;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attributes of the description language that used to be declared only (issue 16, item 4): edge routing,
 * children presentation, root and title expressions, icons. On the Klimaatsprong example and the shipped viewpoints.
 */
class DeclaredAttributesTest {

	@TempDir
	Path folder;

	private static final double TOLERANCE = 0.5;

	private Diagram laidOut(DiagramFixture fixture, DiagramDescription description) {
		Diagram diagram = fixture.session.createDiagram(description, fixture.model, description.getLabel());
		LayoutResult result = LayoutEngine.compute(diagram, LayoutConfiguration.of(description.getLayout()), description, null);
		fixture.domain.getCommandStack().execute(LayoutEngine.applyCommand(diagram, result));
		return diagram;
	}

	private static boolean onOutline(Node node, Point p) {
		boolean inside = p.getX() >= node.getX() - TOLERANCE && p.getX() <= node.getX() + node.getWidth() + TOLERANCE
				&& p.getY() >= node.getY() - TOLERANCE && p.getY() <= node.getY() + node.getHeight() + TOLERANCE;
		boolean onSide = Math.abs(p.getX() - node.getX()) <= TOLERANCE || Math.abs(p.getX() - node.getX() - node.getWidth()) <= TOLERANCE
				|| Math.abs(p.getY() - node.getY()) <= TOLERANCE || Math.abs(p.getY() - node.getY() - node.getHeight()) <= TOLERANCE;
		return inside && onSide;
	}

	/**
	 * The governance viewpoint asks for orthogonal reporting lines: ELK routes them orthogonally and the notation keeps
	 * the whole route, from the reporting body's outline to the outline of the body reported to, every segment
	 * horizontal or vertical. "Set up by" edges (no routing: straight) keep only their bends, as before.
	 */
	@Test
	void orthogonalRoutingGivesAxisParallelSegmentsOnTheGovernanceDiagram() throws Exception {
		DiagramFixture fixture = new DiagramFixture(folder);
		Diagram diagram = laidOut(fixture, ViewpointRegistry.getDefault().diagram("org.helix.governance.bodies"));
		List<Edge> reporting = diagram.getEdges().stream().filter(e -> e.getMappingId().equals("gov.reporting")).toList();
		assertTrue(reporting.size() >= 5, "Klimaatsprong has reporting lines: " + reporting.size());
		for (Edge edge : reporting) {
			assertTrue(LayoutEngine.isOrthogonal(edge), edge.getLabel());
			List<Point> route = edge.getBendPoints();
			String name = edge.getSource().getLabel() + " → " + edge.getTarget().getLabel();
			assertTrue(route.size() >= 2, name + " has its whole route: " + route.size());
			assertTrue(onOutline(edge.getSource(), route.get(0)), name + " starts on the source's outline");
			assertTrue(onOutline(edge.getTarget(), route.get(route.size() - 1)), name + " ends on the target's outline");
			for (int i = 0; i + 1 < route.size(); i++) {
				Point a = route.get(i), b = route.get(i + 1);
				assertTrue(Math.abs(a.getX() - b.getX()) <= TOLERANCE || Math.abs(a.getY() - b.getY()) <= TOLERANCE,
						name + ": segment " + i + " (" + a.getX() + "," + a.getY() + ")-(" + b.getX() + "," + b.getY()
								+ ") is neither horizontal nor vertical");
			}
		}
		List<Edge> setUpBy = diagram.getEdges().stream().filter(e -> e.getMappingId().equals("gov.setUpBy")).toList();
		assertEquals(fixture.model.getGovernanceBodies().stream().filter(b -> b.getSetUpBy() != null).count(), setUpBy.size(),
				"one edge per body set up by another");
		assertFalse(setUpBy.isEmpty());
		for (Edge edge : setUpBy) {
			assertFalse(LayoutEngine.isOrthogonal(edge));
			assertTrue(edge.getBendPoints().stream().noneMatch(p -> onOutline(edge.getSource(), p)),
					"a straight edge keeps only its bends (the ends are clipped when drawn)");
		}
	}

	/**
	 * Governance bodies are LIST containers: their members are stacked one under the other inside the body (a column
	 * of at most 12 entries, so in each column they share x), none overlaps another, and the body is sized to hold them.
	 */
	@Test
	void listContainersStackTheirEntries() throws Exception {
		DiagramFixture fixture = new DiagramFixture(folder);
		Diagram diagram = laidOut(fixture, ViewpointRegistry.getDefault().diagram("org.helix.governance.bodies"));
		int lists = 0;
		for (Node body : diagram.getNodes()) {
			List<Node> entries = body.getChildren().stream().filter(Node::isVisible).toList();
			if (entries.size() < 2) {
				continue;
			}
			lists++;
			java.util.Set<Double> columns = new java.util.TreeSet<>();
			entries.forEach(entry -> columns.add(entry.getX()));
			assertEquals((entries.size() + 11) / 12, columns.size(), body.getLabel() + ": one x per column of at most 12 entries");
			for (int i = 0; i < entries.size(); i++) {
				Node a = entries.get(i);
				assertTrue(a.getX() >= 0 && a.getY() >= 0 && a.getX() + a.getWidth() <= body.getWidth() + TOLERANCE
						&& a.getY() + a.getHeight() <= body.getHeight() + TOLERANCE, a.getLabel() + " lies inside " + body.getLabel());
				for (int j = i + 1; j < entries.size(); j++) {
					Node b = entries.get(j);
					assertFalse(a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth() && a.getY() < b.getY() + b.getHeight()
							&& b.getY() < a.getY() + a.getHeight(), a.getLabel() + " overlaps " + b.getLabel() + " in " + body.getLabel());
					if (a.getX() == b.getX()) {
						assertTrue(a.getY() + a.getHeight() <= b.getY(), "entries follow each other down in model order");
					}
				}
			}
		}
		assertTrue(lists >= 4, "Klimaatsprong's bodies list their members: " + lists);
	}

	/**
	 * The same diagram with the body mapping declared FREE: ELK lays the members out freely (unconnected, they share a
	 * layer side by side), so a body's entries no longer share x. Declaring LIST or FREE is what decides it.
	 */
	@Test
	void freeFormContainersLeaveTheirEntriesToTheLayout() throws Exception {
		DiagramFixture fixture = new DiagramFixture(folder);
		org.helix.diagram.model.description.Viewpoint copy = org.eclipse.emf.ecore.util.EcoreUtil
				.copy(ViewpointRegistry.getDefault().viewpoint("org.helix.viewpoint.governance"));
		DiagramDescription description = copy.getDiagrams().get(0);
		org.helix.diagram.model.description.ContainerMapping body = (org.helix.diagram.model.description.ContainerMapping) description
				.getLayers().get(0).getNodeMappings().get(0);
		body.setChildrenPresentation(org.helix.diagram.model.description.ChildrenPresentation.FREE);
		Diagram diagram = laidOut(fixture, description);
		Node biggest = diagram.getNodes().stream().max(java.util.Comparator.comparingInt(n -> n.getChildren().size())).orElseThrow();
		assertTrue(biggest.getChildren().size() >= 3);
		assertTrue(biggest.getChildren().stream().map(Node::getX).distinct().count() > 1,
				"free-form entries are placed by ELK, not stacked");
	}

	/**
	 * A member added after the layout goes into its body's list: the incremental placement stacks the LIST container
	 * again, the new entry under the others, and the body grows to hold it (before, it went into free space below).
	 */
	@Test
	void aNewEntryOfAListGoesIntoTheList() throws Exception {
		DiagramFixture fixture = new DiagramFixture(folder);
		DiagramDescription description = ViewpointRegistry.getDefault().diagram("org.helix.governance.bodies");
		Diagram diagram = laidOut(fixture, description);
		Node body = diagram.getNodes().stream().filter(n -> n.getChildren().size() >= 2 && n.getChildren().size() < 12)
				.findFirst().orElseThrow();
		double height = body.getHeight();
		double x = body.getChildren().get(0).getX();
		org.helix.model.governance.GovernanceBody element = (org.helix.model.governance.GovernanceBody) body.getSemanticElement();
		org.helix.model.governance.Membership membership = org.helix.model.governance.GovernanceFactory.eINSTANCE.createMembership();
		membership.setOrganisation(fixture.model.getActors().stream().filter(org.helix.model.ecosystem.Organisation.class::isInstance)
				.map(org.helix.model.ecosystem.Organisation.class::cast).findFirst().orElseThrow());
		fixture.domain.getCommandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(fixture.domain, element,
				org.helix.model.governance.GovernancePackage.Literals.GOVERNANCE_BODY__MEMBERSHIPS, membership));
		fixture.session.refreshIfDirty();
		Node added = body.getChildren().stream().filter(n -> n.getSemanticElement() == membership).findFirst().orElseThrow();
		assertFalse(added.isPlaced());
		fixture.domain.getCommandStack().execute(LayoutEngine.applyCommand(diagram, LayoutEngine.placeNew(diagram, description)));
		assertEquals(x, added.getX(), TOLERANCE, "the new member lines up with the others");
		double lowest = body.getChildren().stream().filter(n -> n != added).mapToDouble(n -> n.getY() + n.getHeight()).max().orElseThrow();
		assertTrue(added.getY() >= lowest, "under the others");
		assertEquals(height + added.getHeight() + 3, body.getHeight(), TOLERANCE, "the body grows by one entry and its gap");
	}

	/** The shipped title expressions give the diagram editor's title: "'Governance of ' + name" on the model, "name" on the programme. */
	@Test
	void titleExpressionsNameTheDiagram() throws Exception {
		DiagramFixture fixture = new DiagramFixture(folder);
		DiagramDescription governance = ViewpointRegistry.getDefault().diagram("org.helix.governance.bodies");
		Diagram bodies = fixture.session.createDiagram(governance, org.helix.diagram.sync.DiagramRoots.root(governance, fixture.model), "x");
		assertEquals("Governance of Klimaatsprong voor de Industrie 2026-2030", org.helix.diagram.sync.DiagramRoots.title(governance, bodies));
		DiagramDescription programme = ViewpointRegistry.getDefault().diagram("org.helix.programme.structure");
		Diagram structure = fixture.session.createDiagram(programme, org.helix.diagram.sync.DiagramRoots.root(programme, fixture.model), "y");
		assertEquals(((org.helix.model.programme.Programme) structure.getSemanticRoot()).getName(),
				org.helix.diagram.sync.DiagramRoots.title(programme, structure));
		// the title follows the model: a rename through the command stack
		fixture.domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(fixture.domain, fixture.model,
				org.helix.model.core.CorePackage.Literals.NAMED_ELEMENT__NAME, "Klimaatsprong (kopie)"));
		assertEquals("Governance of Klimaatsprong (kopie)", org.helix.diagram.sync.DiagramRoots.title(governance, bodies));
		// without a title expression the editor falls back to the file and the description's label
		DiagramDescription untitled = org.eclipse.emf.ecore.util.EcoreUtil.copy(governance);
		untitled.setTitleExpression(null);
		assertEquals(null, org.helix.diagram.sync.DiagramRoots.title(untitled, bodies));
	}

	/**
	 * A root expression says which element a new diagram is rooted on, and so what its mappings evaluate from. Without
	 * one, the programme diagram of the model shows its largest programme; with {@code programmes[name = '…']} it shows
	 * the one named; opened on an action, {@code container()} roots it on the action's programme. A result of another
	 * class falls back to the default.
	 */
	@Test
	void rootExpressionsChooseTheDiagramsRoot() throws Exception {
		DiagramFixture fixture = new DiagramFixture(folder);
		DiagramDescription shipped = ViewpointRegistry.getDefault().diagram("org.helix.programme.structure");
		List<org.helix.model.programme.Programme> programmes = fixture.model.getProgrammes();
		assertTrue(programmes.size() >= 2, "Klimaatsprong has several programmes: " + programmes.size());
		org.helix.model.programme.Programme largest = (org.helix.model.programme.Programme) org.helix.diagram.sync.DiagramRoots.root(shipped, fixture.model);
		org.helix.model.programme.Programme other = programmes.stream().filter(p -> p != largest && !p.getName().contains("'"))
				.findFirst().orElseThrow();
		assertEquals(programmes.stream().max(java.util.Comparator.comparingInt(p -> p.getActions().size())).orElseThrow(), largest);

		DiagramDescription named = org.eclipse.emf.ecore.util.EcoreUtil.copy(shipped);
		named.setRootExpression("programmes[name = '" + other.getName() + "']");
		org.eclipse.emf.ecore.EObject root = org.helix.diagram.sync.DiagramRoots.root(named, fixture.model);
		assertEquals(other, root);
		Diagram diagram = fixture.session.createDiagram(named, root, "other");
		assertEquals(other, diagram.getSemanticRoot());
		for (Node node : diagram.getNodes()) {
			for (org.eclipse.emf.ecore.EObject up = node.getSemanticElement(); up != null && !(up instanceof org.helix.model.core.HelixModel); up = up.eContainer()) {
				assertTrue(!(up instanceof org.helix.model.programme.Programme) || up == other,
						node.getLabel() + " comes from the rooted programme, not " + up);
			}
		}

		DiagramDescription up = org.eclipse.emf.ecore.util.EcoreUtil.copy(shipped);
		up.setRootExpression("container()");
		org.helix.model.programme.PriorityAction action = largest.getActions().get(3);
		assertEquals(largest, org.helix.diagram.sync.DiagramRoots.root(up, action), "an action's programme");

		DiagramDescription wrong = org.eclipse.emf.ecore.util.EcoreUtil.copy(shipped);
		wrong.setRootExpression("name");
		assertEquals(largest, org.helix.diagram.sync.DiagramRoots.root(wrong, fixture.model), "text is not a root: the default");
	}

	/**
	 * Icon paths: relative to the bundle for an installed viewpoint (wherever its file lies in the bundle), relative to
	 * the file for a viewpoint file elsewhere (a workspace's), and a URL as it is.
	 */
	@Test
	void iconPathsResolveAgainstTheBundleOrTheViewpointFile() throws Exception {
		var installed = ViewpointRegistry.getDefault().diagram("org.helix.governance.bodies").getLayers().get(0).getNodeMappings().get(0);
		String inBundle = org.helix.diagram.viewpoint.Icons.location(installed, "icons/body.png");
		String file = installed.eResource().getURI().toString();
		assertTrue(file.endsWith("/viewpoints/governance.helix-viewpoint"), file);
		assertEquals(file.substring(0, file.length() - "viewpoints/governance.helix-viewpoint".length()) + "icons/body.png", inBundle);

		org.eclipse.emf.ecore.resource.ResourceSet set = new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl();
		org.eclipse.emf.ecore.resource.Resource workspace = set.createResource(
				org.eclipse.emf.common.util.URI.createFileURI(folder.resolve("specs/mine.helix-viewpoint").toString()));
		org.helix.diagram.model.description.NodeMapping mapping = org.helix.diagram.model.description.DescriptionFactory.eINSTANCE.createNodeMapping();
		workspace.getContents().add(mapping);
		assertEquals(org.eclipse.emf.common.util.URI.createFileURI(folder.resolve("specs/icons/body.png").toString()).toString(),
				org.helix.diagram.viewpoint.Icons.location(mapping, "icons/body.png"));
		assertEquals("platform:/plugin/org.helix.ui/icons/model.png",
				org.helix.diagram.viewpoint.Icons.location(mapping, "platform:/plugin/org.helix.ui/icons/model.png"));
		assertEquals(null, org.helix.diagram.viewpoint.Icons.location(mapping, " "));
	}
}
