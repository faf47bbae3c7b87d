package org.helix.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.helix.io.cli.internal.ImportBenchmarkCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the import benchmark harness ({@code ./helix cli import-benchmark}) on 10,000 rows and prints its times, which
 * docs/benchmarks.md quotes. It checks what was planned, never how fast: speed is the benchmark's business.
 */
class ImportBenchmarkTest {

	@TempDir
	Path folder;

	@Test
	void tenThousandRowsArePlannedAsDesigned() throws Exception {
		Fixtures.Cli cli = new Fixtures.Cli(folder);
		assertEquals(0, new ImportBenchmarkCommand().run(cli.context, List.of("--rows", "10000", "--runs", "3", "--warmup", "1")));
		String text = cli.output();
		System.out.print(text);
		assertTrue(text.contains("kpi-measurements  csv   10000 rows (5000 create, 2500 update, 2500 unchanged, 0 rejected)"), text);
		assertTrue(text.contains("kpi-measurements  xlsx  10000 rows (5000 create, 2500 update, 2500 unchanged, 0 rejected)"), text);
		assertTrue(text.contains("organisations     csv   10000 rows (5000 create, 2500 update, 2500 unchanged, 0 rejected)"), text);
		assertTrue(text.contains("organisations     xlsx  10000 rows (5000 create, 2500 update, 2500 unchanged, 0 rejected)"), text);
	}
}
