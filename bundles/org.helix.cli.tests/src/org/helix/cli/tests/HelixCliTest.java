package org.helix.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.helix.cli.CommandDescriptor;
import org.helix.cli.HelixCli;
import org.helix.cli.internal.CommandRegistry;
import org.helix.core.persistence.HelixPersistence;
import org.helix.model.core.CoreFactory;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.EcosystemFactory;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.OrganisationKind;
import org.helix.model.governance.GovernanceFactory;
import org.helix.model.governance.PermanentCouncil;
import org.helix.model.programme.ActionStatus;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammeFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the commands in-process, through the extension registry, as {@code ./helix cli} does. */
class HelixCliTest {

	@TempDir
	Path folder;

	private Path model;
	private Programme programme;
	private HelixModel root;
	private String out;
	private String err;

	@BeforeEach
	void writeModel() throws IOException {
		root = CoreFactory.eINSTANCE.createHelixModel();
		root.setTitle("Klimaatsprong voor de Industrie 2026-2030");
		Organisation vlaio = EcosystemFactory.eINSTANCE.createOrganisation();
		vlaio.setName("VLAIO");
		vlaio.setKind(OrganisationKind.GOVERNMENT_AGENCY);
		root.getActors().add(vlaio);
		PermanentCouncil overlegorgaan = GovernanceFactory.eINSTANCE.createPermanentCouncil();
		overlegorgaan.setName("permanent overlegorgaan");
		overlegorgaan.setChair(vlaio);
		root.getGovernanceBodies().add(overlegorgaan);
		programme = ProgrammeFactory.eINSTANCE.createProgramme();
		programme.setName("Klimaatsprong voor de Industrie");
		programme.setStartYear(2026);
		programme.setEndYear(2030);
		programme.setCoordinator(vlaio);
		root.getProgrammes().add(programme);
		Dimension financiering = dimension("D2", "financiering van de transitie");
		Dimension infrastructuur = dimension("D3", "infrastructuur en beschikbaarheid van betaalbare energie");
		action("Het evalueren en bijsturen van het 'Contracts for difference' instrument", financiering, ActionStatus.PLANNED);
		action("Het ontwikkelen van een mechanisme tegen een 'first movers' malus", financiering, ActionStatus.PLANNED);
		action("Het opmaken van een roadmap voor de logistieke keten van de toekomst", infrastructuur, ActionStatus.ONGOING);
		model = folder.resolve("klimaatsprong.helix");
		HelixPersistence.save(root, model);
	}

	@Test
	void builtInCommandsComeFromTheExtensionPoint() {
		List<String> names = CommandRegistry.commands(System.err).stream().map(CommandDescriptor::name).toList();
		assertTrue(names.containsAll(List.of("export", "help", "info", "validate")), names.toString());
	}

	@Test
	void helpListsCommandsWithUsage() {
		assertEquals(0, run("help"));
		assertTrue(out.contains("info FILE"), out);
		assertTrue(out.contains("export FILE --format json|csv [--output PATH]"), out);
		assertEquals(0, run("help", "validate"));
		assertTrue(out.contains("usage: helix cli validate FILE"), out);
	}

	@Test
	void infoCountsTypesDimensionsAndStatuses() {
		assertEquals(0, run("info", model.toString()));
		assertTrue(out.contains("Model:    Klimaatsprong voor de Industrie 2026-2030"), out);
		assertTrue(out.matches("(?s).*PriorityAction\\s+3\\n.*"), out);
		assertTrue(out.matches("(?s).*D2 financiering van de transitie\\s+2\\n.*"), out);
		assertTrue(out.matches("(?s).*PLANNED\\s+2\\n.*ONGOING\\s+1\\n.*"), out);
		assertEquals("", err);
	}

	@Test
	void infoResolvesRelativePathsAgainstTheWorkingFolder() {
		assertEquals(0, HelixCli.run(new String[] { "info", "klimaatsprong.helix" }, quiet(), quiet(), folder,
				CommandRegistry.commands(System.err)));
	}

	@Test
	void validateReturnsZeroForAValidModelAndOneForErrors() throws IOException {
		assertEquals(0, run("validate", model.toString()));
		assertTrue(out.contains("klimaatsprong.helix: 0 errors, 0 warnings"), out);

		programme.setStartYear(2031);
		programme.getActions().get(0).setName(null);
		HelixPersistence.save(root, model);
		assertEquals(1, run("validate", model.toString()));
		assertTrue(out.contains("error: Programme 'Klimaatsprong voor de Industrie': start year 2031 is after end year 2030."), out);
		assertTrue(out.contains("error: PriorityAction in Programme 'Klimaatsprong voor de Industrie' has no name"), out);
		assertTrue(out.contains("2 errors, 0 warnings"), out);
	}

	@Test
	void brokenFileIsAnIoErrorWithPositionAndNoStackTrace() throws IOException {
		Path broken = folder.resolve("kapot.helix");
		Files.writeString(broken, "<?xml version=\"1.0\"?>\n<core:HelixModel xmlns:core=\"http://www.helix.org/model/1.0/core\">\n  <actors");
		assertEquals(2, run("validate", broken.toString()));
		assertTrue(err.startsWith("helix validate: " + broken + ":3:"), err);
		assertFalse(err.contains("\tat "), "no stack trace expected: " + err);
	}

	@Test
	void missingFileIsAnIoError() {
		assertEquals(2, run("info", folder.resolve("ontbreekt.helix").toString()));
		assertTrue(err.contains("ontbreekt.helix: no such file"), err);
	}

	@Test
	void usageErrorsExplainTheCommand() {
		assertEquals(2, run());
		assertTrue(err.contains("no command given"), err);
		assertEquals(2, run("inf", model.toString()));
		assertTrue(err.contains("unknown command 'inf'"), err);
		assertEquals(2, run("info"));
		assertTrue(err.contains("no model file given") && err.contains("usage: helix cli info FILE"), err);
		assertEquals(2, run("export", model.toString()));
		assertTrue(err.contains("--format is required"), err);
		assertEquals(2, run("export", model.toString(), "--format", "xlsx"));
		assertTrue(err.contains("unknown format 'xlsx'"), err);
		assertEquals(2, run("export", model.toString(), "--formaat", "json"));
		assertTrue(err.contains("unknown option --formaat"), err);
	}

	@Test
	void everyUnknownOptionIsAUsageError() {
		assertEquals(2, run("info", model.toString(), "--verbose"));
		assertTrue(err.contains("unknown option --verbose"), err);
		assertEquals(2, run("validate", "-q", model.toString()));
		assertTrue(err.contains("unknown option -q"), err);
		assertEquals(2, run("export", model.toString(), "--format", "json", "-o", "out.json"));
		assertTrue(err.contains("unknown option -o; known options: --format, --output"), err);
		assertEquals(2, run("export", model.toString(), "--format", "--output", "out.json"));
		assertTrue(err.contains("option --format needs a value"), err);
	}

	@Test
	void exportWritesJsonAndCsv() throws IOException {
		Path json = folder.resolve("out/klimaatsprong.json");
		assertEquals(0, run("export", model.toString(), "--format", "json", "--output", json.toString()));
		String text = Files.readString(json);
		assertTrue(text.contains("\"coordinator\" : \"" + root.getActors().get(0).getId() + "\""), text);
		assertTrue(text.contains("\"name\" : \"permanent overlegorgaan\""), text);

		Path csv = folder.resolve("klimaatsprong.csv");
		assertEquals(0, run("export", model.toString(), "--format=csv", "--output", csv.toString()));
		List<String> lines = Files.readAllLines(csv);
		assertEquals("id,type,name,container_id,container_feature,code,kind,status,start,end,citations", lines.get(0));
		assertEquals(1 + 1 + 1 + 1 + 1 + 2 + 3, lines.size(), lines.toString());

		assertEquals(0, run("export", model.toString(), "--format", "csv"));
		assertTrue(out.startsWith("id,type,name"), out);
	}

	private Dimension dimension(String code, String name) {
		Dimension dimension = ProgrammeFactory.eINSTANCE.createDimension();
		dimension.setCode(code);
		dimension.setName(name);
		programme.getDimensions().add(dimension);
		return dimension;
	}

	private void action(String name, Dimension dimension, ActionStatus status) {
		PriorityAction action = ProgrammeFactory.eINSTANCE.createPriorityAction();
		action.setName(name);
		action.getDimensions().add(dimension);
		action.setStatus(status);
		programme.getActions().add(action);
	}

	private int run(String... args) {
		ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
		ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
		int code;
		try (PrintStream o = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(errBytes, true, StandardCharsets.UTF_8)) {
			code = HelixCli.run(args, o, e, folder, CommandRegistry.commands(e));
		}
		out = outBytes.toString(StandardCharsets.UTF_8);
		err = errBytes.toString(StandardCharsets.UTF_8);
		return code;
	}

	private static PrintStream quiet() {
		return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
	}
}
