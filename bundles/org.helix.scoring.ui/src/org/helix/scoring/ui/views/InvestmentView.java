package org.helix.scoring.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.Technology;
import org.helix.model.ecosystem.TechnologyPosition;
import org.helix.scoring.domains.Quadrant;
import org.helix.scoring.domains.Quadrants;

/**
 * The strategic-investment framework (seed 004, L608-648): the technologies of the active model plotted by relatedness
 * density (across; feasibility) and complexity (up; economic value) from their positions, with the quadrant cut-offs
 * (the medians by default, or typed) as lines and the quadrants named as the seed names them. A position without
 * both values is listed, not plotted.
 */
public class InvestmentView extends ModelView<InvestmentView.Plot> {

	public static final String ID = "org.helix.scoring.ui.investmentView";
	public static final int OPTIMAL_RGB = 0x2E7D32;
	public static final int MOONSHOT_RGB = 0x6A1B9A;
	public static final int OTHER_RGB = 0x757575;

	/** One technology's position and quadrant. */
	public record Point(String technology, double density, double complexity, Quadrant quadrant) {
	}

	/** The points, the cut-offs used and what could not be plotted. */
	public record Plot(List<Point> points, double densityCut, double complexityCut, List<String> notPlotted) {
	}

	private Text densityText;
	private Text complexityText;
	private Label message;
	private ScatterCanvas chart;
	private Label unknown;
	private Double densityCut;
	private Double complexityCut;

	@Override
	protected void createControls(Composite parent) {
		Composite top = new Composite(parent, SWT.NONE);
		top.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(top, SWT.NONE);
		bar.setLayout(new GridLayout(5, false));
		new Label(bar, SWT.NONE).setText("Cut-offs (empty: the median) — relatedness density:");
		densityText = cutText(bar);
		new Label(bar, SWT.NONE).setText("complexity:");
		complexityText = cutText(bar);
		message = new Label(bar, SWT.NONE);
		message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		chart = new ScatterCanvas(top);
		chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		chart.setAxes("Relatedness density (feasibility)", "Complexity (economic value)");
		chart.setQuadrantNames("moonshot (L648)", "optimal investments (L626)", "low complexity, low relatedness",
				"low complexity, high relatedness");
		chart.setLegend(List.of(new ScatterCanvas.Dot("optimal", 0, 0, OPTIMAL_RGB, null),
				new ScatterCanvas.Dot("moonshot", 0, 0, MOONSHOT_RGB, null),
				new ScatterCanvas.Dot("low complexity", 0, 0, OTHER_RGB, null)));
		unknown = new Label(top, SWT.WRAP);
		unknown.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		showNoModel();
	}

	private Text cutText(Composite bar) {
		Text text = new Text(bar, SWT.BORDER);
		text.setLayoutData(new GridData(60, SWT.DEFAULT));
		text.addListener(SWT.Modify, event -> applyCuts());
		return text;
	}

	private void applyCuts() {
		try {
			densityCut = densityText.getText().isBlank() ? null : Double.valueOf(densityText.getText().trim());
			complexityCut = complexityText.getText().isBlank() ? null : Double.valueOf(complexityText.getText().trim());
			message.setText("");
			recompute();
		} catch (NumberFormatException e) {
			message.setText("Cut-offs not applied: type numbers, e.g. 0.5");
		}
	}

	@Override
	protected Computation<Plot> prepare() {
		Double density = densityCut;
		Double complexity = complexityCut;
		return snapshot -> plot(snapshot, density, complexity);
	}

	static Plot plot(HelixModel model, Double densityCut, Double complexityCut) {
		List<String> names = new ArrayList<>();
		List<Double> densities = new ArrayList<>();
		List<Double> complexities = new ArrayList<>();
		List<String> notPlotted = new ArrayList<>();
		for (Technology technology : model.getTechnologies()) {
			for (TechnologyPosition position : technology.getPositions()) {
				String name = technology.getName() + (position.getJurisdiction() == null ? ""
						: " (" + position.getJurisdiction().getName() + ")");
				if (position.getRelatednessDensity() == null || position.getComplexity() == null) {
					notPlotted.add(name);
				} else {
					names.add(name);
					densities.add(position.getRelatednessDensity());
					complexities.add(position.getComplexity());
				}
			}
		}
		if (names.isEmpty()) {
			return new Plot(List.of(), Double.NaN, Double.NaN, notPlotted);
		}
		double[] d = densities.stream().mapToDouble(Double::doubleValue).toArray();
		double[] c = complexities.stream().mapToDouble(Double::doubleValue).toArray();
		double dc = densityCut != null ? densityCut : Quadrants.median(d);
		double cc = complexityCut != null ? complexityCut : Quadrants.median(c);
		Quadrant[] quadrants = Quadrants.classify(d, c, dc, cc);
		List<Point> points = new ArrayList<>();
		for (int i = 0; i < d.length; i++) {
			points.add(new Point(names.get(i), d[i], c[i], quadrants[i]));
		}
		return new Plot(points, dc, cc, notPlotted);
	}

	@Override
	protected void show(Plot plot) {
		chart.setCuts(plot.densityCut(), plot.complexityCut(), Double.NaN, Double.NaN);
		List<ScatterCanvas.Dot> dots = new ArrayList<>();
		for (Point point : plot.points()) {
			int rgb = point.quadrant() == Quadrant.OPTIMAL ? OPTIMAL_RGB
					: point.quadrant() == Quadrant.MOONSHOT ? MOONSHOT_RGB : OTHER_RGB;
			dots.add(new ScatterCanvas.Dot(point.technology(), point.density(), point.complexity(), rgb,
					point.technology() + ": " + point.quadrant().name().toLowerCase().replace('_', ' ')));
		}
		chart.setDots(dots, "The model holds no technology position with both a relatedness density and a complexity"
				+ " (seed 004 gives the method, not the figures).");
		unknown.setText(plot.notPlotted().isEmpty() ? ""
				: "Not plotted (a value unknown): " + String.join("; ", plot.notPlotted()));
		unknown.getParent().layout(true, true);
	}

	@Override
	protected void showNoModel() {
		chart.setDots(List.of(), "Open a Helix model with technology positions.");
		unknown.setText("");
	}

	@Override
	protected boolean isDisposed() {
		return chart == null || chart.isDisposed();
	}

	@Override
	public void setFocus() {
		chart.setFocus();
	}

	// ---- for tests

	public ScatterCanvas chart() {
		return chart;
	}

	public Text densityText() {
		return densityText;
	}

	public Text complexityText() {
		return complexityText;
	}
}
