package org.helix.scoring.domains.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.cli.HelixCommand;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.AssessmentDimension;
import org.helix.model.ecosystem.AssessmentFramework;
import org.helix.model.ecosystem.RatingLevel;
import org.helix.model.ecosystem.StrategicDomain;
import org.helix.model.ecosystem.SubCriterion;
import org.helix.model.ecosystem.TransitionOnlyAction;
import org.helix.scoring.domains.Classification;
import org.helix.scoring.domains.DecisionTree;
import org.helix.scoring.domains.ModelInputs;
import org.helix.scoring.domains.TableMapping;

/**
 * {@code domains FILE [--level ++|+|+/-|-]}: every strategic domain of the model through the decision tree, with its
 * explanation. Exit code 0 also when domains stay unclassified (that is an answer, not an error).
 */
public class DomainsCommand implements HelixCommand {

	private static final String USAGE = "usage: domains FILE [--level ++|+|+/-|-]";

	@Override
	public int run(CommandContext context, List<String> arguments) throws CommandException {
		String file = null;
		RatingLevel level = RatingLevel.VERY_STRONG;
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (argument.equals("--level")) {
				if (i + 1 >= arguments.size()) {
					throw CommandException.usage("--level needs a value; " + USAGE);
				}
				level = level(arguments.get(++i));
			} else if (argument.startsWith("--level=")) {
				level = level(argument.substring("--level=".length()));
			} else if (file == null && !argument.startsWith("--")) {
				file = argument;
			} else {
				throw CommandException.usage("unexpected argument '" + argument + "'; " + USAGE);
			}
		}
		if (file == null) {
			throw CommandException.usage("no model file; " + USAGE);
		}
		HelixModel model = context.loadModel(file);
		TableMapping mapping = TableMapping.defaults().withThreshold(level);
		List<AssessmentDimension> dimensions = new ArrayList<>();
		for (AssessmentFramework framework : model.getAssessmentFrameworks()) {
			dimensions.addAll(framework.getDimensions());
		}
		List<SubCriterion> factors = ModelInputs.feasibilityFactors(dimensions);
		if (model.getStrategicDomains().isEmpty()) {
			context.out().println(file + ": no strategic domains.");
			return OK;
		}
		for (StrategicDomain domain : model.getStrategicDomains()) {
			Classification result = DecisionTree.classify(ModelInputs.read(domain, mapping),
					ModelInputs.feasibility(domain, factors));
			String action = result.action() == TransitionOnlyAction.INTERNATIONALISATION
					|| result.action() == TransitionOnlyAction.PARTNERSHIPS ? ", " + result.action().getName() : "";
			context.out().println(domain.getName() + ": " + result.category().getName() + action
					+ (result.expertValidation() ? " (to expert validation)" : "") + " — maakbaarheid "
					+ result.feasibility().verdict().name());
			if (domain.getCategory() != null && domain.getCategory() != result.category()
					&& domain.getCategory().getValue() != 0) {
				context.out().println("   the model states " + domain.getCategory().getName());
			}
			for (String line : result.explanation().split("\n")) {
				context.out().println("   " + line);
			}
		}
		return OK;
	}

	private static RatingLevel level(String symbol) throws CommandException {
		return switch (symbol) {
		case "++" -> RatingLevel.VERY_STRONG;
		case "+" -> RatingLevel.STRONG;
		case "+/-" -> RatingLevel.NEUTRAL;
		case "-" -> RatingLevel.WEAK;
		default -> throw CommandException.usage("--level must be ++, +, +/- or -, got '" + symbol + "'");
		};
	}
}
