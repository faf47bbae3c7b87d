package org.helix.scoring.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.helix.cli.HelixCli;
import org.helix.cli.internal.CommandRegistry;
import org.junit.jupiter.api.Test;

/** The example problems of docs/scoring.md still run as the documentation says. */
class DocExamplesTest {

	/** The tests run in the bundle's folder (bundles/org.helix.scoring.tests). */
	private static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).resolve("../../docs/scoring").normalize();

	private static String[] run(String file, String format, int expectedCode) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			int code = HelixCli.run(new String[] { "mcda", "--input", file, "--format", format }, o, e, EXAMPLES, CommandRegistry.commands(e));
			assertEquals(expectedCode, code, err.toString(StandardCharsets.UTF_8));
		}
		return new String[] { out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8) };
	}

	@Test
	@SuppressWarnings("unchecked")
	void examplesRun() throws Exception {
		assertTrue(Files.isDirectory(EXAMPLES), EXAMPLES.toString());
		Map<String, Object> topsis = (Map<String, Object>) JsonTree.read(new StringReader(run("fighter-aircraft-topsis.json", "json", 0)[0]));
		assertEquals(List.of("A1", "A3", "A4", "A2"), topsis.get("ranking"));
		assertTrue(topsis.containsKey("oat") && topsis.containsKey("rankAcceptability"));
		Map<String, Object> promethee = (Map<String, Object>) JsonTree.read(new StringReader(run("promethee-six-projects.json", "json", 0)[0]));
		assertEquals(List.of("a5", "a2", "a4", "a6", "a3", "a1"), promethee.get("ranking"));
		Map<String, Object> ahp = (Map<String, Object>) JsonTree.read(new StringReader(run("ahp-group.json", "json", 0)[0]));
		assertEquals(3, ((List<Object>) ahp.get("ranking")).size());
		assertTrue(run("ahp-group.json", "text", 0)[0].contains("Criteria judgements: λmax"));
		assertTrue(run("ragged.json", "json", 2)[1].contains("ragged.json: matrix[1] (A2): 1 value, but there are 2 criteria"));
	}
}
