package org.helix.monitoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.helix.cli.HelixCli;
import org.helix.cli.internal.CommandRegistry;
import org.helix.examples.Example;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze} gives the same answer on every machine: the shipped Klimaatsprong example analysed as of
 * 1 December 2026 under the default zones UTC, Europe/Brussels and America/Los_Angeles. Its first deliverable, the
 * data-driven progress report (seed 001), is due July 2026, stored as 2026-07-01: from 1 July to 1 December is
 * 31 (July) + 31 (August) + 30 (September) + 31 (October) + 30 (November) = 153 days, so it is
 * "Overdue by 153 days (due 2026-07-01)" everywhere.
 */
class AnalyzeTimeZonesTest {

	private final TimeZone original = TimeZone.getDefault();

	@TempDir
	Path folder;

	@AfterEach
	void restoreZone() {
		TimeZone.setDefault(original);
	}

	private String analyze(String zone, String... args) {
		TimeZone.setDefault(TimeZone.getTimeZone(zone));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = HelixCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				folder, CommandRegistry.commands(System.err));
		assertEquals(1, code, "overdue deliverables are model problems (exit 1); " + err.toString(StandardCharsets.UTF_8));
		// the run's duration is the only thing that may differ between two runs
		return out.toString(StandardCharsets.UTF_8).replaceFirst(", \\d+ ms\\)", ", N ms)");
	}

	@Test
	void theSameOutputUnderThreeZones() throws Exception {
		try (InputStream in = Example.KLIMAATSPRONG.open()) {
			Files.copy(in, folder.resolve("klimaatsprong.helix"));
		}
		Map<String, String> outputs = new LinkedHashMap<>();
		for (String zone : List.of("UTC", "Europe/Brussels", "America/Los_Angeles")) {
			outputs.put(zone, analyze(zone, "analyze", "klimaatsprong.helix", "--as-of", "2026-12-01"));
		}
		String utc = outputs.get("UTC");
		assertTrue(utc.startsWith("Analysis of 'Klimaatsprong voor de Industrie 2026-2030' as of 2026-12-01 ("), utc);
		assertTrue(utc.contains("Overdue by 153 days (due 2026-07-01)"), utc);
		assertEquals(utc, outputs.get("Europe/Brussels"), "Brussels differs from UTC");
		assertEquals(utc, outputs.get("America/Los_Angeles"), "Los Angeles differs from UTC");

		Map<String, String> json = new LinkedHashMap<>();
		for (String zone : List.of("UTC", "Europe/Brussels", "America/Los_Angeles")) {
			json.put(zone, analyze(zone, "analyze", "klimaatsprong.helix", "--as-of", "2026-12-01", "--format", "json"));
		}
		assertTrue(json.get("UTC").contains("\"asOf\": \"2026-12-01\""), json.get("UTC"));
		assertEquals(json.get("UTC"), json.get("Europe/Brussels"));
		assertEquals(json.get("UTC"), json.get("America/Los_Angeles"));
	}
}
