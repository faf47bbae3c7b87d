package org.helix.scoring.materials;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.helix.model.materials.SupplyShare;

/**
 * Supplier concentration as the Herfindahl–Hirschman index, HHI = Σ (100·s_i)² over the suppliers' shares s_i
 * (fractions of supply), from 0 to 10,000. When the known shares add up to less than 1 the rest is unknown: the
 * index of the known shares is a lower bound, and adding the rest as one supplier's share gives the upper bound.
 * Shares without a number (the text names a main supplier but no figure) are listed, never counted.
 *
 * @param covered sum of the known shares (0 to 1)
 */
public record Concentration(String material, double hhiLower, double hhiUpper, double covered, int suppliers,
		List<String> withoutFigure, List<String> steps) {

	public Concentration {
		withoutFigure = List.copyOf(withoutFigure);
		steps = List.copyOf(steps);
	}

	/** Whether any share had a figure; without one there is no index. */
	public boolean known() {
		return suppliers > 0;
	}

	/** From shares given as fractions (0 to 1) of one material's supply, e.g. for one stage and year. */
	public static Concentration of(String material, List<BigDecimal> shares) {
		List<String> steps = new ArrayList<>();
		double sum = 0;
		double hhi = 0;
		for (BigDecimal share : shares) {
			double s = share.doubleValue();
			if (s < 0 || s > 1) {
				throw new IllegalArgumentException(material + ": a supply share must be a fraction from 0 to 1 (got "
						+ share.toPlainString() + ")");
			}
			sum += s;
			hhi += (100 * s) * (100 * s);
		}
		if (sum > 1 + 1e-9) {
			throw new IllegalArgumentException(material + ": the supply shares add up to " + sum + ", more than 1");
		}
		double rest = Math.max(0, 1 - sum);
		double upper = hhi + (100 * rest) * (100 * rest);
		if (shares.isEmpty()) {
			steps.add("No supply share with a figure: the concentration cannot be computed.");
		} else {
			steps.add(shares.size() + " supplier share(s) with a figure cover " + Math.round(sum * 1000) / 10.0
					+ " % of supply; HHI of the known shares " + Math.round(hhi) + ".");
			if (rest > 1e-9) {
				steps.add("The remaining " + Math.round(rest * 1000) / 10.0 + " % is unknown: the HHI lies between "
						+ Math.round(hhi) + " (the rest spread thinly) and " + Math.round(upper)
						+ " (the rest from one supplier).");
			}
		}
		return new Concentration(material, hhi, upper, sum, shares.size(), List.of(), steps);
	}

	/** From the model's supply shares of one material (all stages and years together: give one stage's shares). */
	public static Concentration ofModel(String material, List<SupplyShare> shares) {
		List<BigDecimal> figures = new ArrayList<>();
		List<String> without = new ArrayList<>();
		for (SupplyShare share : shares) {
			if (share.getShare() != null) {
				figures.add(share.getShare());
			} else {
				String supplier = share.getSupplier() == null ? "unnamed supplier" : share.getSupplier().getName();
				without.add(supplier + (share.getText() == null ? "" : ": " + share.getText()));
			}
		}
		Concentration computed = of(material, figures);
		List<String> steps = new ArrayList<>(computed.steps());
		if (!without.isEmpty()) {
			steps.add(without.size() + " supply statement(s) without a figure, not counted: "
					+ String.join("; ", without) + ".");
		}
		return new Concentration(material, computed.hhiLower(), computed.hhiUpper(), computed.covered(),
				computed.suppliers(), without, steps);
	}
}
