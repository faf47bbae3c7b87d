package org.helix.scoring.materials.cli.internal;

import java.math.BigDecimal;
import java.util.List;

import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.cli.HelixCommand;
import org.helix.model.core.HelixModel;
import org.helix.model.materials.MaterialList;
import org.helix.scoring.materials.CriticalityThresholds;
import org.helix.scoring.materials.ListComparison;
import org.helix.scoring.materials.ModelCriticality;
import org.helix.scoring.materials.ModelCriticality.EntryResult;

/** {@code criticality FILE [--sr 1.0] [--ei 2.8] [--margin 0.1]}: criticality per list entry and the lists' changes. */
public class CriticalityCommand implements HelixCommand {

	private static final String USAGE = "usage: criticality FILE [--sr 1.0] [--ei 2.8] [--margin 0.1]";

	@Override
	public int run(CommandContext context, List<String> arguments) throws CommandException {
		String file = null;
		BigDecimal sr = CriticalityThresholds.EU.supplyRisk();
		BigDecimal ei = CriticalityThresholds.EU.economicImportance();
		BigDecimal margin = CriticalityThresholds.EU.margin();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (argument.equals("--sr") || argument.equals("--ei") || argument.equals("--margin")) {
				if (i + 1 >= arguments.size()) {
					throw CommandException.usage(argument + " needs a value; " + USAGE);
				}
				BigDecimal value = number(argument, arguments.get(++i));
				switch (argument) {
				case "--sr" -> sr = value;
				case "--ei" -> ei = value;
				default -> margin = value;
				}
			} else if (file == null && !argument.startsWith("--")) {
				file = argument;
			} else {
				throw CommandException.usage("unexpected argument '" + argument + "'; " + USAGE);
			}
		}
		if (file == null) {
			throw CommandException.usage("no model file; " + USAGE);
		}
		CriticalityThresholds thresholds;
		try {
			thresholds = new CriticalityThresholds(sr, ei, margin);
		} catch (IllegalArgumentException e) {
			throw CommandException.usage(e.getMessage());
		}
		HelixModel model = context.loadModel(file);
		context.out().println("Critical when SR >= " + sr.toPlainString() + " and EI >= " + ei.toPlainString()
				+ "; borderline within " + margin.toPlainString() + ".");
		for (MaterialList list : model.getMaterialLists()) {
			context.out().println();
			context.out().println(list.getName() + " (" + list.getEntries().size() + " entries in the model)");
			for (EntryResult result : ModelCriticality.assess(list, thresholds)) {
				context.out().println("  " + result.assessment().material() + ": " + result.assessment().verdict()
						+ " — stated " + result.stated());
				for (String step : result.assessment().steps()) {
					context.out().println("      " + step);
				}
			}
		}
		ListComparison comparison = ListComparison.compare(model.getMaterialLists());
		context.out().println();
		context.out().println("What each list adds to or drops from the list it derives from:");
		for (MaterialList list : model.getMaterialLists()) {
			if (comparison.added(list).isEmpty() && comparison.dropped(list).isEmpty()) {
				continue;
			}
			context.out().println("  " + list.getName() + " (from "
					+ (list.getDerivedFrom() == null ? "no list" : list.getDerivedFrom().getName()) + ")");
			for (ListComparison.Change change : comparison.changes()) {
				if (change.list() == list) {
					context.out().println("    " + (change.added() ? "+ " : "- ") + change.material().getName() + ": "
							+ change.why());
				}
			}
		}
		return OK;
	}

	private static BigDecimal number(String option, String text) throws CommandException {
		try {
			return new BigDecimal(text);
		} catch (NumberFormatException e) {
			throw CommandException.usage(option + " must be a number, got '" + text + "'");
		}
	}
}
