package org.helix.model.edit;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Adapter;
import org.helix.model.core.Figure;
import org.helix.model.core.provider.CoreItemProviderAdapterFactory;
import org.helix.model.core.provider.FigureItemProvider;

/**
 * The core item providers, with a label for a figure that shows its number: "Dotatie/subsidie van de vier SOC's samen:
 * 360500000 EUR (2024)". Hand-written (src/, not src-gen/), so regenerating keeps it; plugin.xml registers this
 * factory for the core package instead of the generated one (as {@link EcosystemLabelsAdapterFactory} does for the
 * ecosystem package). The generated label said only "Figure" and the label text, so the tree hid the value.
 */
public class CoreLabelsAdapterFactory extends CoreItemProviderAdapterFactory {

	@Override
	public Adapter createFigureAdapter() {
		if (figureItemProvider == null) {
			figureItemProvider = new FigureLabels(this);
		}
		return figureItemProvider;
	}

	/** A figure labelled by what it measures, its value or range with the unit, and its year or period. */
	public static class FigureLabels extends FigureItemProvider {

		public FigureLabels(CoreItemProviderAdapterFactory factory) {
			super(factory);
		}

		@Override
		public String getText(Object object) {
			Figure figure = (Figure) object;
			StringBuilder text = new StringBuilder();
			String label = figure.getLabel();
			text.append(label == null || label.isBlank() ? getString("_UI_Figure_type") : label.strip());
			String value = value(figure.getValue(), figure.getMaxValue());
			if (!value.isEmpty()) {
				text.append(": ").append(value);
				if (figure.getUnit() != null && !figure.getUnit().isBlank()) {
					text.append(' ').append(figure.getUnit().strip());
				}
			}
			if (figure.getDate() != null) {
				text.append(" (").append(figure.getDate()).append(')');
			} else if (figure.getYear() != null) {
				text.append(" (").append(figure.getYear());
				if (figure.getToYear() != null) {
					text.append('\u2013').append(figure.getToYear());
				}
				text.append(')');
			}
			return text.toString();
		}

		/** "360500000", "45–65", "≤ 650000" (an upper bound only), or "" when the figure has no number. */
		static String value(BigDecimal value, BigDecimal maxValue) {
			if (value != null && maxValue != null) {
				return value.toPlainString() + '\u2013' + maxValue.toPlainString();
			}
			if (value != null) {
				return value.toPlainString();
			}
			return maxValue != null ? "\u2264 " + maxValue.toPlainString() : "";
		}
	}
}
