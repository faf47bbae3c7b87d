package org.helix.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.helix.diagram.model.description.Viewpoint;
import org.helix.diagram.viewpoint.ViewpointProblem;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.diagram.viewpoint.ViewpointValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validation at load (issue 16, item 3): names of classes, features and functions in a viewpoint specification are
 * checked against the Helix metamodel and the contributed functions, each problem naming file, element and position.
 * The broken specifications are the shipped governance viewpoint with one typo each, as a specifier would make it.
 */
class ViewpointValidatorTest {

	private static final List<String> SHIPPED = List.of("governance", "programme", "ecosystem", "value-chain", "tables");

	@Test
	void theShippedViewpointsValidateClean() throws IOException {
		for (String name : SHIPPED) {
			Viewpoint viewpoint = read(shippedText(name));
			assertEquals(List.of(), ViewpointValidator.validate(viewpoint, name), name);
		}
		assertEquals(List.of(), ViewpointRegistry.getDefault().broken());
		assertEquals(SHIPPED.size(), ViewpointRegistry.getDefault().viewpoints().size());
	}

	@Test
	void aMisspeltFeatureNamesFileElementAndPosition(@TempDir Path folder) throws IOException {
		String text = shippedText("governance").replace("labelExpression=\"organisation.name\"", "labelExpression=\"organisation.nmae\"");
		List<ViewpointProblem> problems = load(folder, text).problems;
		assertEquals(1, problems.size(), problems.toString());
		ViewpointProblem problem = problems.get(0);
		assertEquals("governance.helix-viewpoint", problem.file());
		assertEquals("Layer 'Bodies and members' \u203a ContainerMapping 'Body' \u203a NodeMapping 'Member'", problem.element());
		assertEquals("gov.member", problem.elementId());
		assertEquals("labelExpression", problem.attribute());
		assertEquals(13, problem.position());
		assertEquals("governance.helix-viewpoint: Layer 'Bodies and members' \u203a ContainerMapping 'Body' \u203a NodeMapping 'Member', "
				+ "labelExpression: unknown feature 'nmae' on Organisation; did you mean 'name'? at column 14 in 'organisation.nmae'",
				problem.toString());
	}

	@Test
	void aBrokenViewpointIsListedWithItsReasonAndComesBackWhenFixed(@TempDir Path folder) throws IOException {
		String good = shippedText("governance");
		Loaded loaded = load(folder, good.replace("condition=\"kind = 'PERMANENT_COUNCIL'\"", "condition=\"kind = 'PERMANENT_COUNSIL'\""));
		ViewpointRegistry registry = loaded.registry;
		assertNull(registry.viewpoint("org.helix.viewpoint.governance"), "a viewpoint with errors is not used");
		assertEquals(1, registry.broken().size());
		ViewpointRegistry.Broken broken = registry.broken().get(0);
		assertEquals("org.helix.viewpoint.governance", broken.viewpointId());
		assertTrue(broken.reason().startsWith("governance.helix-viewpoint: Layer 'Bodies and members' \u203a ContainerMapping 'Body' \u203a "
				+ "conditional style 1, condition: 'PERMANENT_COUNSIL' is not a value of BodyKind; values are "), broken.reason());
		assertTrue(broken.reason().contains("PERMANENT_COUNCIL") && broken.reason().endsWith("at column 8 in 'kind = 'PERMANENT_COUNSIL''"),
				broken.reason());

		// saved again, fixed: the same origin is replaced, the listener hears which diagrams changed
		List<ViewpointRegistry.Change> changes = new ArrayList<>();
		registry.addListener(changes::add);
		Files.writeString(loaded.file, good);
		assertEquals(List.of(), registry.loadFile(URI.createFileURI(loaded.file.toString()), "governance.helix-viewpoint"));
		assertNotNull(registry.diagram("org.helix.governance.bodies"));
		assertEquals(List.of(), registry.broken());
		assertEquals(List.of(new ViewpointRegistry.Change("governance.helix-viewpoint", List.of("org.helix.governance.bodies"))), changes);

		// deleted: gone, and the listener is told
		registry.remove("governance.helix-viewpoint");
		assertNull(registry.diagram("org.helix.governance.bodies"));
		assertEquals(2, changes.size());
	}

	@Test
	void anUnknownFunctionClassOrVariableIsReportedWithItsColumn(@TempDir Path folder) throws IOException {
		String text = shippedText("governance")
				.replace("condition=\"status = 'DISSOLVED' or status = 'NOT_STARTED'\">",
						"condition=\"java('org.helix.monitoring.rgb') = 'RED'\">")
				.replace("domainClass=\"ReportingLine\"", "domainClass=\"ReportingLyne\"")
				.replace("precondition=\"organisation = null\"", "precondition=\"organisation = $nobody\"");
		List<String> problems = load(folder, text).problems.stream().map(p -> p.location() + " @" + p.column() + ": " + p.message()).toList();
		assertEquals(3, problems.size(), problems.toString());
		assertTrue(problems.get(0).startsWith("Layer 'Bodies and members' \u203a ContainerMapping 'Body' \u203a conditional style 2, condition @6: "
				+ "unknown Java function 'org.helix.monitoring.rgb'; contributed are "), problems.get(0));
		assertEquals("Layer 'Bodies and members' \u203a ContainerMapping 'Body' \u203a NodeMapping 'Represented group', precondition @16: "
				+ "unknown variable 'nobody'; none is defined here at column 16 in 'organisation = $nobody'", problems.get(1));
		assertEquals("Layer 'Bodies and members' \u203a EdgeMapping 'Reporting line', domainClass @0: "
				+ "unknown class 'ReportingLyne' in the Helix metamodel; did you mean 'ReportingLine'?", problems.get(2));
	}

	@Test
	void featuresOfToolsAreChecked(@TempDir Path folder) throws IOException {
		String text = shippedText("governance").replace("containmentFeature=\"governanceBodies\"", "containmentFeature=\"governanceBodys\"")
				.replace("feature=\"name\"", "feature=\"nam\"");
		List<String> problems = load(folder, text).problems.stream().map(p -> p.location() + ": " + p.message()).toList();
		assertEquals(List.of(
				"Layer 'Bodies and members' \u203a NodeCreationTool 'Governance body', containmentFeature: unknown feature 'governanceBodys' on HelixModel; did you mean 'governanceBodies'?",
				"Layer 'Bodies and members' \u203a DirectEditTool 'Rename', feature: unknown feature 'nam' on GovernanceBody; did you mean 'name'?"),
				problems);
	}

	@Test
	void aFileThatCannotBeReadIsListedNotDropped(@TempDir Path folder) throws IOException {
		Loaded loaded = load(folder, shippedText("governance").replace("sourceMappings=\"gov.body\"", "sourceMappings=\"gov.bodies\""));
		assertEquals(1, loaded.problems.size(), loaded.problems.toString());
		assertTrue(loaded.problems.get(0).message().startsWith("cannot read the file: "), loaded.problems.get(0).message());
		assertTrue(loaded.problems.get(0).message().contains("gov.bodies"), loaded.problems.get(0).message());
		assertEquals(1, loaded.registry.broken().size());
	}

	@Test
	void anUnknownDoubleClickTargetIsReportedWithItsElementAndTheViewpointStillLoads(@TempDir Path folder) throws IOException {
		ViewpointRegistry.getDefault(); // the installed viewpoints, whose diagrams a file of its own may name
		String shipped = shippedText("programme");
		assertTrue(shipped.contains("doubleClickDescription=\"org.helix.ecosystem.network\""), "the leads open the actor network");

		// the shipped target is a diagram of another installed viewpoint: known, so no problem
		Path good = folder.resolve("programme-copy.helix-viewpoint");
		Files.writeString(good, shipped.replace("id=\"org.helix.viewpoint.programme\"", "id=\"copy.programme\"")
				.replace("id=\"org.helix.programme.structure\"", "id=\"copy.programme.structure\""));
		ViewpointRegistry own = new ViewpointRegistry();
		assertEquals(List.of(), own.loadFile(URI.createFileURI(good.toString()), "programme-copy.helix-viewpoint"));

		// misspelt: a warning naming the element and the attribute; the viewpoint is still used (the double-click does nothing)
		Path file = folder.resolve("programme.helix-viewpoint");
		Files.writeString(file, shipped.replace("doubleClickDescription=\"org.helix.ecosystem.network\"",
				"doubleClickDescription=\"org.helix.ecosystem.netwerk\""));
		ViewpointRegistry registry = new ViewpointRegistry();
		List<ViewpointProblem> problems = registry.loadFile(URI.createFileURI(file.toString()), "programme.helix-viewpoint");
		assertEquals(1, problems.size(), problems.toString());
		ViewpointProblem problem = problems.get(0);
		assertEquals(ViewpointProblem.Severity.WARNING, problem.severity());
		assertEquals("programme.helix-viewpoint: Layer 'Leads' \u203a NodeMapping 'Lead', doubleClickDescription: unknown diagram"
				+ " description 'org.helix.ecosystem.netwerk': a double-click on these nodes opens nothing", problem.toString());
		assertEquals("prog.lead", problem.elementId());
		assertNotNull(registry.diagram("org.helix.programme.structure"), "a warning does not keep the viewpoint out");
		assertEquals(List.of(), registry.broken());

		// a diagram of the same specification is known without any registry; a near miss is suggested
		Viewpoint viewpoint = read(shipped.replace("doubleClickDescription=\"org.helix.ecosystem.network\"",
				"doubleClickDescription=\"org.helix.programme.structure\""));
		assertEquals(List.of(), ViewpointValidator.validate(viewpoint, "p", id -> false));
		viewpoint = read(shipped.replace("doubleClickDescription=\"org.helix.ecosystem.network\"",
				"doubleClickDescription=\"org.helix.programme.structur\""));
		assertEquals(List.of("Layer 'Leads' \u203a NodeMapping 'Lead', doubleClickDescription: unknown diagram description"
				+ " 'org.helix.programme.structur': a double-click on these nodes opens nothing; did you mean 'org.helix.programme.structure'?"),
				ViewpointValidator.validate(viewpoint, "p", id -> false).stream().map(p -> p.location() + ": " + p.message()).toList());
	}

	private record Loaded(ViewpointRegistry registry, Path file, List<ViewpointProblem> problems) {
	}

	private static Loaded load(Path folder, String text) throws IOException {
		Path file = folder.resolve("governance.helix-viewpoint");
		Files.writeString(file, text);
		ViewpointRegistry registry = new ViewpointRegistry();
		List<ViewpointProblem> problems = registry.loadFile(URI.createFileURI(file.toString()), "governance.helix-viewpoint");
		return new Loaded(registry, file, problems);
	}

	static String shippedText(String name) throws IOException {
		URL url = Platform.getBundle("org.helix.diagram.viewpoints").getEntry("viewpoints/" + name + ".helix-viewpoint");
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Viewpoint read(String text) throws IOException {
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(org.helix.diagram.model.description.DescriptionPackage.eNS_URI,
				org.helix.diagram.model.description.DescriptionPackage.eINSTANCE);
		Resource resource = resourceSet.createResource(URI.createURI("memory:/shipped.helix-viewpoint"));
		resource.load(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return (Viewpoint) resource.getContents().get(0);
	}
}
