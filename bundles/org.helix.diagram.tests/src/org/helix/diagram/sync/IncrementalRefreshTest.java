package org.helix.diagram.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.helix.core.ecosystem.ModelCache;
import org.helix.core.persistence.HelixPersistence;
import org.helix.diagram.expression.Dependencies;
import org.helix.diagram.expression.Expression;
import org.helix.diagram.expression.Expressions;
import org.helix.diagram.functions.DiagramFunction;
import org.helix.diagram.model.description.ConditionalStyle;
import org.helix.diagram.model.description.ContainerMapping;
import org.helix.diagram.model.description.DescriptionFactory;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.EdgeMapping;
import org.helix.diagram.model.description.Filter;
import org.helix.diagram.model.description.FilterKind;
import org.helix.diagram.model.description.Layer;
import org.helix.diagram.model.description.NodeMapping;
import org.helix.diagram.model.description.NodeStyle;
import org.helix.diagram.model.description.Style;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.model.notation.Edge;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.model.notation.NotationFactory;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.examples.Example;
import org.helix.model.core.HelixModel;
import org.helix.network.ModelNetworkMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Incremental refresh (docs/diagrams.md, "Incremental refresh"): after every command of a realistic editing session on
 * the shipped examples, every diagram of every shipped viewpoint (with its default layers, and with every layer and
 * filter on) and of a workspace-style viewpoint declared here must be exactly what a full refresh makes of it; and a
 * change that a mapping does not read leaves that mapping's elements alone.
 */
class IncrementalRefreshTest {

	private static final List<String> SHIPPED = List.of("org.helix.ecosystem.network", "org.helix.governance.bodies",
			"org.helix.programme.structure", "org.helix.valuechain.stages");

	@TempDir
	Path folder;

	private ResourceSet resourceSet;
	private EditingDomain domain;
	private HelixModel model;
	private DiagramSession session;

	private void open(HelixModel built, String fileName) throws Exception {
		resourceSet = HelixPersistence.newResourceSet();
		domain = DiagramSession.createEditingDomain(resourceSet);
		model = built;
		Resource resource = resourceSet.createResource(URI.createFileURI(folder.resolve(fileName).toString()));
		resource.getContents().add(model);
		session = DiagramSession.open(domain, resource, ViewpointRegistry.getDefault()::diagram);
	}

	@ParameterizedTest
	@EnumSource(Example.class)
	void everyCommandOfAnEditingSessionLeavesEachDiagramAsAFullRefreshWould(Example example) throws Exception {
		open(example.build(), example.fileName());
		List<Diagram> diagrams = new ArrayList<>();
		for (String id : SHIPPED) {
			DiagramDescription description = ViewpointRegistry.getDefault().diagram(id);
			assertNotNull(description, id);
			diagrams.add(session.createDiagram(description, DiagramRoots.root(description, model), id));
			Diagram everything = session.createDiagram(description, DiagramRoots.root(description, model), id + " (all layers and filters)");
			description.getLayers().forEach(layer -> everything.getActiveLayers().add(layer.getId()));
			description.getFilters().forEach(filter -> everything.getActiveFilters().add(filter.getId()));
			session.refresh(everything);
			diagrams.add(everything);
		}
		DiagramDescription workspace = workspaceStyleDescription();
		Diagram declaredHere = session.createDiagram(workspace, model, "workspace-style");
		declaredHere.getActiveFilters().add("ws.hideGovernment");
		session.refresh(declaredHere);
		diagrams.add(declaredHere);
		CommandStack stack = domain.getCommandStack();
		stack.flush();

		int executed = 0;
		int incremental = 0;
		for (Map.Entry<String, Supplier<Command>> step : editingSession().entrySet()) {
			Command command = step.getValue().get();
			if (command == null) {
				continue; // this example has nothing of the kind
			}
			assertTrue(command.canExecute(), step.getKey());
			stack.execute(command);
			executed++;
			incremental += assertAsFullRefresh(diagrams, step.getKey());
		}
		for (int i = 0; i < 4; i++) {
			stack.undo();
			assertAsFullRefresh(diagrams, "undo " + (i + 1));
		}
		for (int i = 0; i < 2; i++) {
			stack.redo();
			assertAsFullRefresh(diagrams, "redo " + (i + 1));
		}
		Command after = set(model.getActors().get(0), "name", "After redo");
		stack.execute(after);
		incremental += assertAsFullRefresh(diagrams, "rename after undo and redo");
		assertTrue(executed >= 12, example + ": only " + executed + " kinds of change apply");
		assertTrue(incremental > executed * diagrams.size() / 2,
				"most refreshes are incremental: " + incremental + " of " + (executed + 1) * diagrams.size());
	}

	/**
	 * Compares each diagram with a copy that a new synchronizer refreshes in full, exactly (order, geometry, styles by
	 * value, decorations), and with a diagram made from scratch (as sets, without positions). Returns how many of the
	 * diagrams were refreshed incrementally.
	 */
	private int assertAsFullRefresh(List<Diagram> diagrams, String step) {
		int incremental = 0;
		for (Diagram diagram : diagrams) {
			DiagramSynchronizer synchronizer = session.synchronizer(diagram);
			incremental += synchronizer.lastRefresh().full() ? 0 : 1;
			Diagram copy = EcoreUtil.copy(diagram);
			// the full refresh derives metrics and ties afresh: a value the cache kept over a change it reads would differ
			ModelCache.clear(model);
			DiagramSynchronizer full = new DiagramSynchronizer(synchronizer.description(), copy);
			full.refresh();
			assertEquals(dump(copy, full, true), dump(diagram, synchronizer, true), step + ": " + diagram.getName());

			Diagram fresh = NotationFactory.eINSTANCE.createDiagram();
			fresh.setSemanticRoot(diagram.getSemanticRoot());
			fresh.setSynchronized(diagram.isSynchronized());
			fresh.getActiveLayers().addAll(diagram.getActiveLayers());
			fresh.getActiveFilters().addAll(diagram.getActiveFilters());
			DiagramSynchronizer scratch = new DiagramSynchronizer(synchronizer.description(), fresh);
			scratch.refresh();
			assertEquals(sorted(dump(fresh, scratch, false)), sorted(dump(diagram, synchronizer, false)), step + " (from scratch): " + diagram.getName());
		}
		return incremental;
	}

	/** The commands of the session, in order; each made when its turn comes (null: nothing of the kind here). */
	private Map<String, Supplier<Command>> editingSession() {
		Map<String, Supplier<Command>> steps = new LinkedHashMap<>();
		List<EObject> organisations = new ArrayList<>();
		EObject[] added = new EObject[2];
		steps.put("rename an organisation", () -> set(organisation(0), "name", "Renamed organisation"));
		steps.put("change an organisation's helix", () -> set(organisation(0), "helix", literal(organisation(0), "helix", "GOVERNMENT")));
		steps.put("add an organisation", () -> {
			added[0] = create("Organisation");
			added[0].eSet(feature(added[0], "name"), "Nieuwe organisatie");
			added[0].eSet(feature(added[0], "helix"), literal(added[0], "helix", "KNOWLEDGE"));
			return AddCommand.create(domain, model, feature(model, "actors"), added[0]);
		});
		steps.put("add a relationship", () -> {
			EObject relationship = create("Relationship");
			relationship.eSet(feature(relationship, "source"), added[0]);
			relationship.eSet(feature(relationship, "target"), organisation(1));
			relationship.eSet(feature(relationship, "kind"), literal(relationship, "kind", "PARTNER"));
			return AddCommand.create(domain, model, feature(model, "relationships"), relationship);
		});
		// read only by the network metrics and the implied ties (java functions that declare what they read)
		steps.put("give an organisation a parent", () -> set(organisation(2), "parent", organisation(3)));
		steps.put("add a cluster member", () -> {
			EObject cluster = first("clusters");
			return cluster == null ? null : AddCommand.create(domain, cluster, feature(cluster, "members"), organisation(4));
		});
		steps.put("move a person to another organisation", () -> model.getActors().stream()
				.filter(a -> a.eClass().getName().equals("Person")).findFirst()
				.map(person -> set(person, "organisation", organisation(6))).orElse(null));
		steps.put("change an organisation's id", () -> set(organisation(5), "id", "renumbered-organisation"));
		steps.put("make a relationship bidirectional", () -> first("relationships") == null ? null
				: set(first("relationships"), "bidirectional", Boolean.TRUE));
		steps.put("change a relationship's kind", () -> first("relationships") == null ? null
				: set(first("relationships"), "kind", literal(first("relationships"), "kind", "FUNDS")));
		steps.put("redirect a relationship", () -> first("relationships") == null ? null
				: set(first("relationships"), "target", organisation(2)));
		steps.put("add a membership", () -> {
			EObject body = first("governanceBodies");
			if (body == null) {
				return null;
			}
			added[1] = create("Membership");
			added[1].eSet(feature(added[1], "organisation"), added[0]);
			added[1].eSet(feature(added[1], "role"), literal(added[1], "role", "MEMBER"));
			return AddCommand.create(domain, body, feature(body, "memberships"), added[1]);
		});
		steps.put("make the member chair", () -> added[1] == null ? null : set(added[1], "role", literal(added[1], "role", "CHAIR")));
		steps.put("rename the new member's organisation", () -> set(added[0], "name", "Nieuwe organisatie (hernoemd)"));
		steps.put("dissolve a body", () -> first("governanceBodies") == null ? null
				: set(first("governanceBodies"), "status", literal(first("governanceBodies"), "status", "DISSOLVED")));
		steps.put("delay an action", () -> action() == null ? null : set(action(), "status", literal(action(), "status", "DELAYED")));
		steps.put("complete an action (hidden by a filter)", () -> action(1) == null ? null
				: set(action(1), "status", literal(action(1), "status", "COMPLETED")));
		steps.put("make a fiche incomplete", () -> {
			if (action() == null) {
				return null;
			}
			CompoundCommand incomplete = new CompoundCommand("no lead, no group");
			incomplete.append(set(action(), "lead", null));
			incomplete.append(set(action(), "group", null));
			return incomplete;
		});
		steps.put("move an action's planned end", () -> action() == null ? null : set(action(), "plannedEnd", LocalDate.of(2026, 3, 31)));
		steps.put("let an action serve another objective", () -> {
			EObject action = action();
			EObject programme = action == null ? null : action.eContainer();
			List<?> objectives = programme == null ? List.of() : (List<?>) programme.eGet(feature(programme, "objectives"));
			return objectives.isEmpty() ? null : AddCommand.create(domain, action, feature(action, "objectives"), objectives.get(objectives.size() - 1));
		});
		// border nodes (the programme diagram shows an action's deliverables on its border)
		steps.put("add a deliverable to an action", () -> {
			if (action() == null) {
				return null;
			}
			EObject deliverable = create("Deliverable");
			deliverable.eSet(feature(deliverable, "name"), "Tussentijds rapport");
			return AddCommand.create(domain, action(), feature(action(), "deliverables"), deliverable);
		});
		steps.put("rename an action's first deliverable", () -> {
			List<?> deliverables = action() == null ? List.of() : (List<?>) action().eGet(feature(action(), "deliverables"));
			return deliverables.isEmpty() ? null : set((EObject) deliverables.get(0), "name", "Eindrapport");
		});
		steps.put("give an action a lead", () -> action(2) == null ? null : set(action(2), "lead", added[0]));
		steps.put("rename a value chain stage", () -> {
			EObject chain = first("valueChains");
			List<?> stages = chain == null ? List.of() : (List<?>) chain.eGet(feature(chain, "stages"));
			return stages.isEmpty() ? null : set((EObject) stages.get(0), "name", "Eerste schakel");
		});
		steps.put("move an organisation to the end", () -> MoveCommand.create(domain, model, feature(model, "actors"), organisation(0),
				model.getActors().size() - 1));
		steps.put("delete an organisation", () -> {
			organisations.add(organisation(1));
			return DeleteCommand.create(domain, organisation(1));
		});
		steps.put("delete a governance body", () -> first("governanceBodies") == null ? null
				: DeleteCommand.create(domain, first("governanceBodies")));
		steps.put("remove a relationship", () -> first("relationships") == null ? null
				: RemoveCommand.create(domain, model, feature(model, "relationships"), first("relationships")));
		steps.put("delete an action", () -> action() == null ? null : DeleteCommand.create(domain, action()));
		return steps;
	}

	private EObject organisation(int index) {
		List<EObject> organisations = model.getActors().stream().filter(a -> a.eClass().getName().equals("Organisation"))
				.map(EObject.class::cast).toList();
		return organisations.get(index % organisations.size());
	}

	/** The first element of a containment list of the model, or null. */
	private EObject first(String feature) {
		List<?> list = (List<?>) model.eGet(feature(model, feature));
		return list.isEmpty() ? null : (EObject) list.get(0);
	}

	private EObject action() {
		return action(0);
	}

	/** An action of the programme with the most actions (the one the programme diagram shows), or null. */
	private EObject action(int index) {
		EObject programme = DiagramRoots.root(ViewpointRegistry.getDefault().diagram("org.helix.programme.structure"), model);
		if (programme == model) {
			return null;
		}
		List<?> actions = (List<?>) programme.eGet(feature(programme, "actions"));
		return actions.size() <= index ? null : (EObject) actions.get(index);
	}

	private EObject create(String className) {
		return EcoreUtil.create(ModelAccess.eClass(resourceSet, className));
	}

	private static EStructuralFeature feature(EObject object, String name) {
		return ModelAccess.feature(object, name);
	}

	private static Object literal(EObject object, String feature, String name) {
		return ((EEnum) feature(object, feature).getEType()).getEEnumLiteral(name).getInstance();
	}

	private Command set(EObject object, String feature, Object value) {
		return SetCommand.create(domain, object, feature(object, feature), value);
	}

	/**
	 * A viewpoint as a specifier writes one in the workspace: a container with a filtered candidate list and
	 * sub-mappings by precondition, a label through container(), candidates from $root, an edge from a sub-mapping,
	 * domain edges over all contents, a conditional style, a hiding filter.
	 */
	private static DiagramDescription workspaceStyleDescription() {
		DescriptionFactory factory = DescriptionFactory.eINSTANCE;
		DiagramDescription description = factory.createDiagramDescription();
		description.setId("test.workspace");
		description.setDomainClass("HelixModel");
		description.setSynchronized(true);
		Layer layer = factory.createLayer();
		layer.setId("ws.default");
		description.getLayers().add(layer);

		ContainerMapping body = factory.createContainerMapping();
		body.setId("ws.body");
		body.setDomainClass("GovernanceBody");
		body.setSemanticCandidates("governanceBodies[status != 'DISSOLVED']");
		body.setLabelExpression("name + ' (' + memberships.size() + ')'");
		body.setStyle(nodeStyle("#dbe8f6"));
		NodeMapping member = factory.createNodeMapping();
		member.setId("ws.member");
		member.setDomainClass("Membership");
		member.setPrecondition("organisation != null");
		member.setLabelExpression("organisation.name + ' in ' + container().name");
		member.setStyle(nodeStyle("#fff6d5"));
		member.getConditionalStyles().add(conditional("role = 'CHAIR'", "#f3d36b"));
		body.getSubMappings().add(member);
		layer.getNodeMappings().add(body);

		NodeMapping organisation = factory.createNodeMapping();
		organisation.setId("ws.organisation");
		organisation.setDomainClass("Organisation");
		organisation.setSemanticCandidates("$root.actors");
		organisation.setLabelExpression("abbreviation.orElse(name)");
		organisation.setStyle(nodeStyle("#eef3f8"));
		organisation.getConditionalStyles().add(conditional("helix = 'KNOWLEDGE'", "#e6f2e6"));
		organisation.getConditionalStyles().add(conditional("count($root.relationships[target = $root]) > 0", "#ffffff"));
		layer.getNodeMappings().add(organisation);

		EdgeMapping memberOf = factory.createEdgeMapping();
		memberOf.setId("ws.memberOf");
		memberOf.setTargetExpression("organisation");
		memberOf.getSourceMappings().add(member);
		memberOf.getTargetMappings().add(organisation);
		memberOf.setLabelExpression("role");
		layer.getEdgeMappings().add(memberOf);

		EdgeMapping relationship = factory.createEdgeMapping();
		relationship.setId("ws.relationship");
		relationship.setDomainClass("Relationship"); // no candidates: every relationship in the model
		relationship.setSourceExpression("source");
		relationship.setTargetExpression("target");
		relationship.setLabelExpression("source.name + ' to ' + target.name");
		relationship.getSourceMappings().add(organisation);
		relationship.getTargetMappings().add(organisation);
		layer.getEdgeMappings().add(relationship);

		Filter hide = factory.createFilter();
		hide.setId("ws.hideGovernment");
		hide.setKind(FilterKind.HIDE);
		hide.setCondition("helix = 'GOVERNMENT'");
		hide.getMappings().add(organisation);
		description.getFilters().add(hide);
		return description;
	}

	private static NodeStyle nodeStyle(String fill) {
		NodeStyle style = DescriptionFactory.eINSTANCE.createNodeStyle();
		style.setFillColor(fill);
		return style;
	}

	private static ConditionalStyle conditional(String condition, String fill) {
		ConditionalStyle conditional = DescriptionFactory.eINSTANCE.createConditionalStyle();
		conditional.setCondition(condition);
		conditional.setStyle(nodeStyle(fill));
		return conditional;
	}

	/** A canonical text of the diagram: nodes (nested), edges, labels, styles by value, visibility, decorations. */
	private static List<String> dump(Diagram diagram, DiagramSynchronizer synchronizer, boolean geometry) {
		List<String> lines = new ArrayList<>();
		for (Node node : diagram.getNodes()) {
			dump(node, "", synchronizer, geometry, lines);
		}
		for (Edge edge : diagram.getEdges()) {
			lines.add("edge " + edge.getMappingId() + " " + id(edge.getSemanticElement()) + " from " + key(edge.getSource()) + " to "
					+ key(edge.getTarget()) + " '" + edge.getLabel() + "' " + edge.getStyleKey() + " " + style(edge.getAppliedStyle())
					+ (edge.isVisible() ? "" : " hidden"));
		}
		return lines;
	}

	private static void dump(Node node, String indent, DiagramSynchronizer synchronizer, boolean geometry, List<String> lines) {
		lines.add(indent + key(node) + " '" + node.getLabel() + "' " + node.getStyleKey() + " " + style(node.getAppliedStyle())
				+ (node.isVisible() ? "" : " hidden") + (node.isCollapsed() ? " collapsed" : "")
				+ (geometry ? " at " + node.getX() + "," + node.getY() : "") + " size " + node.getWidth() + "x" + node.getHeight()
				+ " badges " + Decorations.of(node, (NodeMapping) synchronizer.mapping(node.getMappingId())));
		for (Node child : node.getChildren()) {
			dump(child, geometry ? indent + "  " : indent + key(node) + " > ", synchronizer, geometry, lines);
		}
		for (Node border : node.getBorderedNodes()) {
			dump(border, geometry ? indent + "  on border " : indent + key(node) + " on border ", synchronizer, geometry, lines);
		}
	}

	private static String key(Node node) {
		return node.getMappingId() + ":" + id(node.getSemanticElement());
	}

	private static String id(EObject object) {
		if (object == null) {
			return "null";
		}
		return object.eResource() == null ? "detached " + object.eClass().getName() : object.eResource().getURIFragment(object);
	}

	private static String style(Style style) {
		if (style == null) {
			return "{}";
		}
		StringBuilder text = new StringBuilder(style.eClass().getName()).append('{');
		for (EAttribute attribute : style.eClass().getEAllAttributes()) {
			if (style.eIsSet(attribute)) {
				text.append(attribute.getName()).append('=').append(style.eGet(attribute)).append(' ');
			}
		}
		return text.append('}').toString();
	}

	private static List<String> sorted(List<String> lines) {
		return lines.stream().sorted().toList();
	}

	// --- what a change does not read, it does not touch

	/** The actor network with organisations, relationships and their other ends; no size or colour option, no ties. */
	private Diagram plainNetwork() throws Exception {
		open(Example.KLIMAATSPRONG.build(), Example.KLIMAATSPRONG.fileName());
		DiagramDescription description = ViewpointRegistry.getDefault().diagram("org.helix.ecosystem.network");
		Diagram diagram = session.createDiagram(description, model, "network");
		diagram.getActiveLayers().clear();
		// the example's relationships run from recommendations and bodies to programmes and objectives: their ends shown
		diagram.getActiveLayers().addAll(List.of("eco.default", "eco.recommendations"));
		session.refresh(diagram);
		assertTrue(diagram.getNodes().size() > 50 && diagram.getEdges().size() > 20,
				"the example has a real network: " + diagram.getNodes().size() + " nodes, " + diagram.getEdges().size() + " edges");
		return diagram;
	}

	@Test
	void renamingAnOrganisationReevaluatesItsNodeOnlyNotTheRelationships() throws Exception {
		Diagram diagram = plainNetwork();
		EObject organisation = organisation(3);
		domain.getCommandStack().execute(set(organisation, "name", "Renamed"));
		DiagramSynchronizer.Statistics statistics = session.synchronizer(diagram).lastRefresh();
		assertFalse(statistics.full());
		assertEquals(1, statistics.updatedElements(), "only the renamed organisation's node");
		assertEquals(Set.of("eco.organisation"), statistics.touchedMappings());
		assertEquals("Renamed", diagram.getNodes().stream().filter(n -> n.getSemanticElement() == organisation).findFirst().orElseThrow().getLabel());
	}

	@Test
	void addingARelationshipRecomputesTheRelationshipsOnlyNotTheOrganisations() throws Exception {
		Diagram diagram = plainNetwork();
		EObject relationship = create("Relationship");
		relationship.eSet(feature(relationship, "source"), organisation(0));
		relationship.eSet(feature(relationship, "target"), organisation(1));
		int edges = diagram.getEdges().size();
		domain.getCommandStack().execute(AddCommand.create(domain, model, feature(model, "relationships"), relationship));
		DiagramSynchronizer.Statistics statistics = session.synchronizer(diagram).lastRefresh();
		assertFalse(statistics.full());
		assertEquals(Set.of("eco.relationship"), statistics.touchedMappings());
		assertEquals(1, statistics.updatedElements(), "only the new edge is evaluated");
		assertEquals(edges + 1, diagram.getEdges().size());
	}

	@Test
	void aConditionalStyleFollowsTheAttributeItReadsOnThatElementAlone() throws Exception {
		Diagram diagram = plainNetwork();
		EObject organisation = model.getActors().stream().filter(a -> a.eClass().getName().equals("Organisation"))
				.filter(a -> a.getHelix() == org.helix.model.core.HelixKind.INDUSTRY).findFirst().orElseThrow();
		domain.getCommandStack().execute(set(organisation, "helix", literal(organisation, "helix", "KNOWLEDGE")));
		DiagramSynchronizer.Statistics statistics = session.synchronizer(diagram).lastRefresh();
		assertEquals(1, statistics.updatedElements());
		Node node = diagram.getNodes().stream().filter(n -> n.getSemanticElement() == organisation).findFirst().orElseThrow();
		assertEquals("#e6f2e6", ((NodeStyle) node.getAppliedStyle()).getFillColor(), "knowledge institutions are green");
	}

	@Test
	void aForcedFullRefreshReevaluatesEverything() throws Exception {
		Diagram diagram = plainNetwork();
		session.synchronizer(diagram).setIncremental(false);
		domain.getCommandStack().execute(set(organisation(3), "name", "Renamed"));
		DiagramSynchronizer.Statistics statistics = session.synchronizer(diagram).lastRefresh();
		assertTrue(statistics.full());
		assertEquals(diagram.getNodes().size() + diagram.getEdges().size(), statistics.updatedElements());
	}

	// --- diagram functions that say what they read (DiagramFunction.reads)

	/** The ecosystem network as a new diagram shows it: the default layers (size by betweenness, colour by community, ties). */
	private Diagram defaultNetwork() throws Exception {
		open(Example.KLIMAATSPRONG.build(), Example.KLIMAATSPRONG.fileName());
		DiagramDescription description = ViewpointRegistry.getDefault().diagram("org.helix.ecosystem.network");
		Diagram diagram = session.createDiagram(description, model, "network");
		assertTrue(diagram.getActiveLayers().containsAll(List.of("eco.size.betweenness", "eco.colour.community", "eco.ties.body")),
				"the default layers call the metric and ties functions: " + diagram.getActiveLayers());
		return diagram;
	}

	@Test
	void renamingAnOrganisationOnTheDefaultNetworkReevaluatesItsNodeOnlyAndKeepsTheMetrics() throws Exception {
		Diagram diagram = defaultNetwork();
		EObject organisation = organisation(3);
		assertTrue(ModelCache.cached(model, ModelNetworkMetrics.class), "the diagram's styles computed the metrics");
		long derivations = ModelCache.derivations(model);
		domain.getCommandStack().execute(set(organisation, "name", "Renamed"));
		DiagramSynchronizer.Statistics statistics = session.synchronizer(diagram).lastRefresh();
		assertFalse(statistics.full());
		assertEquals(1, statistics.updatedElements(), "only the renamed organisation's node");
		assertEquals(Set.of("eco.organisation"), statistics.touchedMappings());
		assertEquals("Renamed", diagram.getNodes().stream().filter(n -> n.getSemanticElement() == organisation).findFirst().orElseThrow().getLabel());
		assertTrue(ModelCache.cached(model, ModelNetworkMetrics.class), "a rename keeps the metrics");
		assertEquals(derivations, ModelCache.derivations(model), "nothing derived again: betweenness is not recomputed");
	}

	@Test
	void addingARelationshipOnTheDefaultNetworkRecomputesTheMetrics() throws Exception {
		Diagram diagram = defaultNetwork();
		long derivations = ModelCache.derivations(model);
		EObject relationship = create("Relationship");
		relationship.eSet(feature(relationship, "source"), organisation(0));
		relationship.eSet(feature(relationship, "target"), organisation(1));
		domain.getCommandStack().execute(AddCommand.create(domain, model, feature(model, "relationships"), relationship));
		DiagramSynchronizer.Statistics statistics = session.synchronizer(diagram).lastRefresh();
		assertFalse(statistics.full());
		assertTrue(statistics.touchedMappings().contains("eco.organisation"), "sizes and colours follow the new metrics");
		assertTrue(ModelCache.derivations(model) > derivations, "the metrics are derived again");
		assertTrue(ModelCache.cached(model, ModelNetworkMetrics.class));
	}

	@Test
	void aChangeOfWhatTheMetricsReadDropsThemAndOtherChangesKeepThem() throws Exception {
		open(Example.KLIMAATSPRONG.build(), Example.KLIMAATSPRONG.fileName());
		ModelNetworkMetrics.of(model);
		domain.getCommandStack().execute(set(organisation(2), "abbreviation", "XYZ"));
		assertTrue(ModelCache.cached(model, ModelNetworkMetrics.class), "an abbreviation is no part of the network");
		domain.getCommandStack().execute(set(organisation(2), "parent", organisation(3)));
		assertFalse(ModelCache.cached(model, ModelNetworkMetrics.class), "a parent ties the organisation to it");
		ModelNetworkMetrics.of(model);
		domain.getCommandStack().execute(set(organisation(2), "helix", literal(organisation(2), "helix", "KNOWLEDGE")));
		assertFalse(ModelCache.cached(model, ModelNetworkMetrics.class), "the helix groups brokerage");
	}

	@Test
	void theAnalysisSeparatesReadsOnTheElementFromReadsElsewhere() {
		Dependencies member = Dependencies.of(Expressions.parse("role + ': ' + organisation.name"), List.of());
		assertEquals(Set.of("role", "organisation"), member.selfFeatures());
		assertEquals(Set.of("name"), member.otherFeatures());
		assertFalse(member.everything());

		Dependencies activities = Dependencies.of(Expressions.parse("$root.rawMaterials.activities[stage = $parent]"), List.of());
		assertEquals(Set.of("rawMaterials", "activities", "stage"), activities.otherFeatures());
		assertEquals(Set.of(), activities.selfFeatures());

		assertTrue(Dependencies.of(Expressions.parse("container().name"), List.of()).readsContainers());
		Dependencies community = Dependencies.of(Expressions.parse("java('org.helix.analysis.metric', 'community') = 0"), List.of());
		assertFalse(community.everything(), "the network metrics say what they read");
		assertTrue(community.readsContainers(), "adding or removing anything may change the network");
		assertTrue(community.otherFeatures().containsAll(Set.of("source", "target", "memberships", "parent", "organisation", "helix")),
				community.toString());
		assertFalse(community.otherFeatures().contains("name"), "a metric does not depend on names");
		assertTrue(Dependencies.of(Expressions.parse("java('org.helix.monitoring.rag') = 'RED'"), List.of()).everything(),
				"a function that does not say what it reads (the default) may read anything");
		Expression degree = Expressions.parse("java('org.helix.analysis.metric', 'degree') > 3");
		assertTrue(Dependencies.of(degree, List.of(), id -> null).everything(), "an unknown function may read anything");
		DiagramFunction thirdParty = (target, arguments) -> 0; // does not override reads
		assertTrue(Dependencies.of(degree, List.of(), id -> thirdParty).everything(),
				"by default a function may read anything, so a third party's function stays correct");
		assertTrue(Dependencies.of(Expressions.parse("java('org.helix.analysis.metric', $parent)"), List.of()).everything(),
				"a metric that is not a literal may be any metric");
	}

	@Test
	void aStyleOptionThatIsOffHidesWhatItGuardsFromTheAnalysis() {
		String community = "$layers.contains('eco.colour.community') and java('org.helix.analysis.metric', 'community') = 0";
		assertFalse(Dependencies.of(Expressions.parse(community), List.of("eco.default")).everything());
		assertTrue(Dependencies.of(Expressions.parse(community), List.of("eco.default", "eco.colour.community")).otherFeatures()
				.contains("source"));
		String helix = "not $layers.contains('eco.colour.community') and helix = 'KNOWLEDGE'";
		assertEquals(Set.of("helix"), Dependencies.of(Expressions.parse(helix), List.of("eco.default")).selfFeatures());
		assertEquals(Set.of(), Dependencies.of(Expressions.parse(helix), List.of("eco.colour.community")).selfFeatures());
	}
}
