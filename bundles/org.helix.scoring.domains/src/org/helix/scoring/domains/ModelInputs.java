package org.helix.scoring.domains;

import java.util.ArrayList;
import java.util.List;

import org.helix.model.core.Indicator;
import org.helix.model.core.SourceCitation;
import org.helix.model.ecosystem.AssessmentDimension;
import org.helix.model.ecosystem.DimensionKind;
import org.helix.model.ecosystem.Rating;
import org.helix.model.ecosystem.StrategicDomain;
import org.helix.model.ecosystem.SubCriterion;

/**
 * Reads the tree's inputs from a strategic domain of the model: E, IT and S from its Table 1 ratings through a
 * {@link TableMapping}; G from ratings on the opportunities dimension; T from ratings on the needs dimension or,
 * when the domain is linked to transition priorities ({@code contributesTo}), yes. Where the model says nothing the
 * input stays unknown and the tree reports it missing; nothing is filled in.
 */
public final class ModelInputs {

	private ModelInputs() {
	}

	public static DomainInputs read(StrategicDomain domain, TableMapping mapping) {
		DomainInputs inputs = DomainInputs.of(domain.getName());
		for (Factor factor : List.of(Factor.ECONOMIC, Factor.INNOVATION_TECHNOLOGICAL, Factor.SCIENTIFIC)) {
			inputs = inputs.with(factor, fromIndicators(domain, factor, mapping));
		}
		inputs = inputs.with(Factor.GROWTH, fromDimension(domain, DimensionKind.OPPORTUNITIES, mapping));
		Input transition = fromDimension(domain, DimensionKind.NEEDS, mapping);
		if (!transition.known() && !domain.getContributesTo().isEmpty()) {
			List<String> names = domain.getContributesTo().stream().map(p -> p.getName()).toList();
			transition = Input.yes("the model links the domain to the transition priorities " + names);
		}
		inputs = inputs.with(Factor.TRANSITION, transition);
		return inputs;
	}

	/**
	 * The maakbaarheid factors: the sub-criteria of the feasibility dimension of the domain's assessment framework
	 * (with the competence the model gives them), each met when the domain's rating on it is {@code ++} or
	 * {@code +}, not met when {@code -}, not assessed otherwise ({@code +/-}, {@code na}, no rating).
	 */
	public static FeasibilityGate feasibility(StrategicDomain domain, List<SubCriterion> factors) {
		List<FeasibilityFactor> result = new ArrayList<>();
		for (SubCriterion factor : factors) {
			Boolean met = null;
			String basis = "no rating in the model";
			for (Rating rating : domain.getRatings()) {
				if (rating.getSubCriterion() == factor && TableMapping.rank(rating.getLevel()) >= 0) {
					int rank = TableMapping.rank(rating.getLevel());
					met = rank >= 2 ? Boolean.TRUE : rank == 0 ? Boolean.FALSE : null;
					basis = "rated " + TableMapping.symbol(rating.getLevel()) + lines(rating);
				}
			}
			result.add(new FeasibilityFactor(factor.getName(), factor.getCompetence(), met, basis));
		}
		return FeasibilityGate.assess(result);
	}

	/** The feasibility sub-criteria of the dimension of kind FEASIBILITY among the domain's ratings' frameworks. */
	public static List<SubCriterion> feasibilityFactors(List<AssessmentDimension> dimensions) {
		return dimensions.stream().filter(d -> d.getKind() == DimensionKind.FEASIBILITY)
				.flatMap(d -> d.getSubCriteria().stream()).toList();
	}

	private static Input fromIndicators(StrategicDomain domain, Factor factor, TableMapping mapping) {
		List<String> yes = new ArrayList<>();
		List<String> no = new ArrayList<>();
		List<String> notAvailable = new ArrayList<>();
		for (Rating rating : domain.getRatings()) {
			Indicator indicator = rating.getIndicator();
			if (indicator == null || !mapping.indicatorsOf(factor).contains(indicator.getName())) {
				continue;
			}
			String text = indicator.getName() + " " + TableMapping.symbol(rating.getLevel()) + lines(rating);
			Boolean counts = mapping.counts(rating.getLevel());
			(counts == null ? notAvailable : counts ? yes : no).add(text);
		}
		String rule = "counts as yes from " + TableMapping.symbol(mapping.threshold()) + " on "
				+ String.join(", ", mapping.indicatorsOf(factor).stream().sorted().toList());
		if (!yes.isEmpty()) {
			return Input.yes("Table 1: " + String.join("; ", yes) + " (" + rule + ")");
		}
		if (!no.isEmpty()) {
			return Input.no("Table 1: " + String.join("; ", no)
					+ (notAvailable.isEmpty() ? "" : "; not available: " + String.join("; ", notAvailable)) + " ("
					+ rule + ")");
		}
		return Input.unknown(notAvailable.isEmpty() ? "Table 1 has no rating for it in the model (" + rule + ")"
				: "Table 1 gives na: " + String.join("; ", notAvailable) + " (" + rule + ")");
	}

	private static Input fromDimension(StrategicDomain domain, DimensionKind kind, TableMapping mapping) {
		for (Rating rating : domain.getRatings()) {
			if (rating.getDimension() != null && rating.getDimension().getKind() == kind) {
				Boolean counts = mapping.counts(rating.getLevel());
				String text = "rated " + TableMapping.symbol(rating.getLevel()) + " on " + rating.getDimension().getName()
						+ lines(rating);
				if (counts != null) {
					return counts ? Input.yes(text) : Input.no(text);
				}
			}
		}
		return Input.unknown("the model holds no rating for it (Table 1 has no such column, L736)");
	}

	private static String lines(Rating rating) {
		for (SourceCitation citation : rating.getCitations()) {
			if (citation.getFromLine() != null) {
				Integer to = citation.getToLine();
				return " (seed " + citation.getDocumentId() + " L" + citation.getFromLine()
						+ (to != null && !to.equals(citation.getFromLine()) ? "-" + to : "") + ")";
			}
		}
		return "";
	}
}
