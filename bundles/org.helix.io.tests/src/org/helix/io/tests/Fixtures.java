package org.helix.io.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.helix.cli.CommandContext;
import org.helix.cli.CommandDescriptor;
import org.helix.cli.HelixCommand;
import org.helix.examples.KlimaatsprongExample;
import org.helix.io.cli.internal.ImportCommand;
import org.helix.io.cli.internal.TableExportCommand;
import org.helix.model.core.HelixModel;
import org.helix.model.programme.ActionStatus;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;

/** Shared test material: fixture files, the examples with coordinator data, a command-line context. */
final class Fixtures {

	private Fixtures() {
	}

	static Path copy(String fixture, Path folder) throws IOException {
		try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + fixture)) {
			if (in == null) {
				throw new IOException("no fixture " + fixture);
			}
			Path target = folder.resolve(fixture);
			Files.copy(in, target);
			return target;
		}
	}

	/**
	 * The Klimaatsprong example with tracking data a coordinator would enter (the note gives none): statuses, dates,
	 * progress and budgets on three actions, one budget left unknown. Test data, not from the seed.
	 */
	static HelixModel klimaatsprongWithTracking() {
		HelixModel model = KlimaatsprongExample.build();
		Programme programme = programme(model);
		List<PriorityAction> actions = programme.getActions();
		PriorityAction first = actions.get(0);
		first.setStatus(ActionStatus.ONGOING);
		first.setPlannedStart(LocalDate.of(2026, 1, 1));
		first.setPlannedEnd(LocalDate.of(2026, 7, 31));
		first.setPercentComplete(40.0);
		first.setBudgetPlanned(new BigDecimal("250000"));
		first.setBudgetCommitted(new BigDecimal("120000.50"));
		PriorityAction second = actions.get(1);
		second.setStatus(ActionStatus.PLANNED);
		second.setBudgetPlanned(new BigDecimal("1500000"));
		second.getPriorityYears().addAll(List.of(2026, 2027));
		PriorityAction third = actions.get(2);
		third.setStatus(ActionStatus.DELAYED);
		third.setBudgetSpent(new BigDecimal("0"));
		return model;
	}

	/** The Klimaatsprong programme 2026-2030 (the model also holds its predecessor, which has no actions). */
	static Programme programme(HelixModel model) {
		return model.getProgrammes().stream().filter(p -> !p.getActions().isEmpty()).findFirst().orElseThrow();
	}

	/** A command-line context in a folder, knowing the import and export-table commands. */
	static final class Cli {
		final ByteArrayOutputStream out = new ByteArrayOutputStream();
		final CommandContext context;

		Cli(Path folder) {
			Supplier<HelixCommand> exportTable = TableExportCommand::new;
			Supplier<HelixCommand> importCommand = ImportCommand::new;
			List<CommandDescriptor> commands = List.of(
					new CommandDescriptor("org.helix.io.exportTable", "export-table", "", "", "test", exportTable),
					new CommandDescriptor("org.helix.io.import", "import", "", "", "test", importCommand));
			context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, folder, commands);
		}

		String output() {
			return out.toString(StandardCharsets.UTF_8);
		}
	}
}
