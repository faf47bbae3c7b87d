package org.helix.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.cli.HelixCommand;
import org.helix.core.persistence.HelixPersistence;
import org.helix.report.cli.ReportCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report FILE --as-of DATE --out DIR [--pdf] [--baseline NAME]}: output, and clear usage errors (exit 2) for bad input. */
class ReportCommandTest {

	@TempDir
	Path folder;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	@BeforeEach
	void model() throws Exception {
		HelixPersistence.save(new ReportFixture().model, folder.resolve("klimaatsprong.helix"));
	}

	private int run(String... arguments) throws CommandException {
		PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
		return new ReportCommand().run(new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8), err, folder, List.of()), List.of(arguments));
	}

	private CommandException usage(String... arguments) {
		CommandException e = assertThrows(CommandException.class, () -> run(arguments));
		assertEquals(HelixCommand.USAGE_OR_IO_ERROR, e.getExitCode(), e.getMessage());
		return e;
	}

	@Test
	void writesTheSiteAndThePdf() throws Exception {
		assertEquals(0, run("klimaatsprong.helix", "--as-of", "2026-10-01", "--out", "report", "--pdf", "--baseline", ReportFixture.BASELINE));
		assertTrue(Files.exists(folder.resolve("report/index.html")));
		assertTrue(Files.size(folder.resolve("report/report.pdf")) > 10_000);
		String printed = out.toString(StandardCharsets.UTF_8);
		assertTrue(printed.contains("Report of 'Klimaatsprong voor de Industrie' as of 2026-10-01: 9 sections"), printed);
	}

	@Test
	void unknownParametersAreUsageErrors() {
		assertTrue(usage("klimaatsprong.helix", "--as-of", "2026-10-01", "--out", "r", "--format", "pdf").getMessage()
				.startsWith("unknown option --format; known options: --as-of DATE, --out DIR, --pdf, --baseline NAME"));
		assertTrue(usage("klimaatsprong.helix", "-o", "r").getMessage().startsWith("unknown option -o"));
		assertTrue(usage("klimaatsprong.helix", "--as-of", "01/10/2026", "--out", "r").getMessage().contains("calendar date like 2026-10-01"));
		assertTrue(usage("klimaatsprong.helix", "--as-of", "2026-02-30", "--out", "r").getMessage().contains("got '2026-02-30'"));
		assertTrue(usage("klimaatsprong.helix", "--out", "r").getMessage().startsWith("--as-of DATE is required"));
		assertTrue(usage("klimaatsprong.helix", "--as-of", "2026-10-01").getMessage().startsWith("--out DIR is required"));
		assertTrue(usage("--as-of", "2026-10-01", "--out", "r").getMessage().equals("no model file given"));
		assertTrue(usage("klimaatsprong.helix", "--as-of", "2026-10-01", "--out", "r", "--pdf=yes").getMessage().equals("--pdf takes no value"));
		assertFalse(Files.exists(folder.resolve("r")), "nothing written after a usage error");
	}

	@Test
	void anUnknownBaselineIsNamedWithTheKnownOnes() {
		String message = usage("klimaatsprong.helix", "--as-of", "2026-10-01", "--out", "r", "--baseline", "Q3").getMessage();
		assertEquals("the programme 'Klimaatsprong voor de Industrie' has no plan baseline named 'Q3'; its baselines: " + ReportFixture.BASELINE, message);
		assertFalse(Files.exists(folder.resolve("r")));
	}

	@Test
	void aMalformedModelIsReportedAndNothingIsWritten() throws Exception {
		Files.writeString(folder.resolve("broken.helix"), "<?xml version=\"1.0\"?><helix:HelixModel xmlns:helix=\"x\"><unclosed>");
		String message = usage("broken.helix", "--as-of", "2026-10-01", "--out", "r").getMessage();
		assertTrue(message.contains("broken.helix"), message);
		assertFalse(Files.exists(folder.resolve("r")));
		assertTrue(usage("missing.helix", "--as-of", "2026-10-01", "--out", "r").getMessage().contains("missing.helix"));
	}
}
