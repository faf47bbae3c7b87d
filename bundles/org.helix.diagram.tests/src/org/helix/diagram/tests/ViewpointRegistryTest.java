package org.helix.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.helix.diagram.model.description.EdgeMapping;
import org.helix.diagram.model.description.Viewpoint;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewpointRegistryTest {

	@Test
	void theShippedViewpointsAreContributedThroughTheExtensionPoint() {
		ViewpointRegistry registry = ViewpointRegistry.getDefault();
		assertEquals(List.of(), registry.problems());
		assertEquals(List.of("org.helix.viewpoint.governance", "org.helix.viewpoint.programme", "org.helix.viewpoint.ecosystem",
				"org.helix.viewpoint.valuechain", "org.helix.viewpoint.tables"),
				registry.viewpoints().stream().map(Viewpoint::getId).toList());
		assertNotNull(registry.diagram("org.helix.governance.bodies"));
		assertNotNull(registry.table("org.helix.programme.fiches"));
		// references between mappings are resolved by id
		EdgeMapping reporting = registry.diagram("org.helix.governance.bodies").getLayers().get(0).getEdgeMappings().get(0);
		assertEquals("gov.body", reporting.getSourceMappings().get(0).getId());
	}

	@Test
	void aViewpointWithABadExpressionIsReportedAndLeftOut(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("broken.helix-viewpoint");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<description:Viewpoint xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:description="http://www.helix.org/diagram/1.0/description" id="third.party">
				  <diagrams id="third.diagram" domainClass="HelixModel">
				    <layers id="third.layer">
				      <nodeMappings id="third.node" domainClass="Organisation" semanticCandidates="actors[name = ]"/>
				    </layers>
				  </diagrams>
				</description:Viewpoint>
				""");
		ViewpointRegistry registry = new ViewpointRegistry();
		assertTrue(registry.load(URI.createFileURI(file.toString()), "broken").isEmpty());
		assertEquals(List.of("broken: Layer 'third.layer' \u203a NodeMapping 'third.node', semanticCandidates: unexpected ']' at column 15 in 'actors[name = ]'"),
				registry.problems());
		// never silently dropped: listed as broken with its reason
		assertEquals(1, registry.broken().size());
		assertEquals("third.party", registry.broken().get(0).viewpointId());
		assertFalse(registry.viewpoints().stream().anyMatch(v -> v.getId().equals("third.party")));
	}

	@Test
	void governanceDiagramOfKlimaatsprong(@TempDir Path folder) throws Exception {
		DiagramFixture fixture = new DiagramFixture(folder);
		var diagram = fixture.session.createDiagram(ViewpointRegistry.getDefault().diagram("org.helix.governance.bodies"),
				fixture.model, "Governance");
		assertEquals(List.of(), fixture.session.synchronizer(diagram).problems());
		long bodies = fixture.model.getGovernanceBodies().size();
		assertEquals(bodies, diagram.getNodes().stream().filter(n -> n.getMappingId().equals("gov.body")).count());
		assertTrue(diagram.getNodes().stream().flatMap(n -> n.getChildren().stream())
				.anyMatch(n -> n.getMappingId().equals("gov.role") && n.getLabel().equals("Chair: Agentschap Innoveren en Ondernemen")),
				"members are listed in their body, with their role");
		assertTrue(diagram.getEdges().stream().anyMatch(e -> e.getMappingId().equals("gov.reporting")), "reporting lines are drawn");
		assertTrue(diagram.getNodes().stream().anyMatch(n -> "conditional:0".equals(n.getStyleKey())), "the permanent council stands out");
		// issue 11: edge labels read as EMF.Edit names the enum values (plugin.properties), never the raw literal
		List<String> reporting = diagram.getEdges().stream().filter(e -> e.getMappingId().equals("gov.reporting"))
				.map(e -> e.getLabel()).distinct().sorted().toList();
		assertTrue(reporting.containsAll(List.of("Feedback", "Reports to", "Status report")), reporting.toString());
		assertTrue(reporting.stream().noneMatch(label -> label.matches(".*[A-Z]{2,}_[A-Z]+.*")), reporting.toString());
	}

	@Test
	void legendIsGeneratedFromTheMappingsAndConditionalStyles() {
		var description = ViewpointRegistry.getDefault().diagram("org.helix.governance.bodies");
		List<org.helix.diagram.viewpoint.Legend.Entry> legend = org.helix.diagram.viewpoint.Legend.of(description, List.of());
		List<String> texts = legend.stream().map(org.helix.diagram.viewpoint.Legend.Entry::text).toList();
		// one entry per mapping, one per conditional style with its condition in words (enum values as EMF.Edit names them)
		assertTrue(texts.containsAll(List.of("Body", "Body: kind is Permanent council",
				"Body: status is Dissolved or status is Not started", "Member", "Member with a role: role is Chair or role is Trekker",
				"Reporting line", "Set up by")), texts.toString());
		assertEquals("#777777", ((org.helix.diagram.model.description.EdgeStyle) legend.stream()
				.filter(e -> e.text().equals("Set up by")).findFirst().orElseThrow().style()).getColor());
		assertEquals(org.helix.diagram.viewpoint.Legend.Kind.EDGE, legend.get(legend.size() - 1).kind(), "edges come after the nodes");
		// a style provider's looks: the programme's RAG frames
		var programme = ViewpointRegistry.getDefault().diagram("org.helix.programme.structure");
		assertTrue(org.helix.diagram.viewpoint.Legend.of(programme, List.of()).stream()
				.anyMatch(e -> e.text().endsWith("framed red: RAG red (behind plan)")));
	}

	@Test
	void legendOfTheEcosystemMapFollowsItsStyleOptions() {
		var description = ViewpointRegistry.getDefault().diagram("org.helix.ecosystem.network");
		// the options as the map opens: size by betweenness, colour by community
		List<String> texts = org.helix.diagram.viewpoint.Legend.of(description, List.of("eco.size.betweenness", "eco.colour.community",
				"eco.ties.body")).stream().map(org.helix.diagram.viewpoint.Legend.Entry::text).toList();
		assertTrue(texts.containsAll(List.of("Organisation: community is 0", "Organisation: community is 7",
				"Organisation: community is 8 or more", "Organisation: size by betweenness: smallest (lowest value, or none)",
				"Organisation: size by betweenness: largest (highest value in the model)", "Same governance body")), texts.toString());
		// the helix colours cannot apply while communities colour the map, and the switch itself is not shown
		assertTrue(texts.stream().noneMatch(t -> t.contains("helix is") || t.contains("$layers") || t.contains("java(")), texts.toString());
		// both options off: the helix colours, no community and no size entries
		texts = org.helix.diagram.viewpoint.Legend.of(description, List.of()).stream().map(org.helix.diagram.viewpoint.Legend.Entry::text).toList();
		assertTrue(texts.containsAll(List.of("Organisation: helix is Knowledge", "Organisation: helix is Government")), texts.toString());
		assertTrue(texts.stream().noneMatch(t -> t.contains("community") || t.contains("size by")), texts.toString());
		// size by degree names its metric
		assertTrue(org.helix.diagram.viewpoint.Legend.of(description, List.of("eco.size.degree")).stream()
				.anyMatch(e -> e.text().equals("Organisation: size by degree: largest (highest value in the model)")));
	}

	@Test
	void ecosystemDiagramDrawsTheRelationshipsOfKlimaatsprong(@TempDir Path folder) throws Exception {
		DiagramFixture fixture = new DiagramFixture(folder);
		var diagram = fixture.session.createDiagram(ViewpointRegistry.getDefault().diagram("org.helix.ecosystem.network"),
				fixture.model, "Ecosystem");
		assertEquals(List.of(), fixture.session.synchronizer(diagram).problems());
		// the example's relationships run from recommendations to programmes, bodies, objectives...: their ends are an
		// optional layer, off by default so the actor network stays readable; with it on, all are drawn
		assertEquals(0, diagram.getEdges().stream().filter(e -> e.getMappingId().equals("eco.relationship")).count());
		diagram.getActiveLayers().add("eco.recommendations");
		fixture.session.synchronizer(diagram).markDirty();
		fixture.session.synchronizer(diagram).refresh();
		assertEquals(List.of(), fixture.session.synchronizer(diagram).problems());
		assertEquals(fixture.model.getRelationships().size(),
				diagram.getEdges().stream().filter(e -> e.getMappingId().equals("eco.relationship")).count());
	}

	@Test
	void valueChainDiagramListsTheActivitiesPerStageInOrder(@TempDir Path folder) throws Exception {
		var model = org.helix.examples.Example.RAW_MATERIALS.build();
		var resourceSet = org.helix.core.persistence.HelixPersistence.newResourceSet();
		var domain = org.helix.diagram.sync.DiagramSession.createEditingDomain(resourceSet);
		var resource = resourceSet.createResource(URI.createFileURI(folder.resolve("grondstoffen.helix").toString()));
		resource.getContents().add(model);
		var session = org.helix.diagram.sync.DiagramSession.open(domain, resource, ViewpointRegistry.getDefault()::diagram);
		var diagram = session.createDiagram(ViewpointRegistry.getDefault().diagram("org.helix.valuechain.stages"), model, "Value chain");
		assertEquals(List.of(), session.synchronizer(diagram).problems());
		var stages = model.getValueChains().get(0).getStages();
		assertEquals(stages.stream().map(s -> s.getName()).toList(), diagram.getNodes().stream().map(n -> n.getLabel()).toList());
		assertTrue(diagram.getNodes().stream().anyMatch(n -> n.getChildren().size() > 20), "the refining stage lists its activities");
		var result = org.helix.diagram.layout.LayoutEngine.compute(diagram, org.helix.diagram.layout.LayoutConfiguration.LAYERED, null);
		double x = Double.NEGATIVE_INFINITY, y = Double.NEGATIVE_INFINITY;
		for (var node : diagram.getNodes()) {
			double[] b = result.bounds().get(node);
			// in reading order: left to right, and a stage that no longer fits the row starts the next one
			assertTrue(b[1] > y || (b[1] == y && b[0] > x), "stages in reading order: " + node.getLabel());
			x = b[0];
			y = b[1];
		}
	}
}
