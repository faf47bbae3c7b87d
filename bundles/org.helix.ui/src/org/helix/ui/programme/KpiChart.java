package org.helix.ui.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.helix.model.core.Indicator;
import org.helix.model.core.Measurement;
import org.helix.model.core.Target;
import org.helix.model.core.TargetKind;

/**
 * One KPI over the years: its dated measurements against the planned path from the baseline to its targets. Colours
 * are system colours, so there is nothing to dispose beyond the chart widget itself.
 */
public class KpiChart {

	public static final String MEASURED = "measured";
	public static final String PLANNED = "baseline → target";

	private final Chart chart;

	public KpiChart(Composite parent) {
		chart = new Chart(parent, SWT.NONE);
		chart.getAxisSet().getXAxis(0).getTitle().setText("year");
		chart.getLegend().setPosition(SWT.BOTTOM);
		show(null);
	}

	public Chart getControl() {
		return chart;
	}

	public void show(Indicator kpi) {
		if (chart.isDisposed()) {
			return;
		}
		for (var series : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(series.getId());
		}
		chart.getTitle().setText(kpi == null ? "Select a KPI" : Edits.label(kpi));
		chart.getAxisSet().getYAxis(0).getTitle().setText(kpi == null || kpi.getUnit() == null ? "" : kpi.getUnit());
		if (kpi != null) {
			addSeries(PLANNED, planned(kpi), SWT.COLOR_DARK_GRAY, LineStyle.DASH);
			addSeries(MEASURED, measured(kpi), SWT.COLOR_DARK_BLUE, LineStyle.SOLID);
		}
		chart.getAxisSet().adjustRange();
		chart.redraw();
	}

	private void addSeries(String id, List<double[]> points, int color, LineStyle style) {
		if (points.isEmpty()) {
			return;
		}
		ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
		series.setXSeries(points.stream().mapToDouble(p -> p[0]).toArray());
		series.setYSeries(points.stream().mapToDouble(p -> p[1]).toArray());
		series.setLineColor(chart.getDisplay().getSystemColor(color));
		series.setSymbolColor(chart.getDisplay().getSystemColor(color));
		series.setSymbolType(PlotSymbolType.CIRCLE);
		series.setLineStyle(style);
	}

	/** (year, value) of each measurement with a value and a year or date, in time order. */
	public static List<double[]> measured(Indicator kpi) {
		List<double[]> points = new ArrayList<>();
		for (Measurement m : kpi.getMeasurements()) {
			Double year = m.getYear() != null ? Double.valueOf(m.getYear())
					: m.getDate() != null ? yearOf(m.getDate()) : null;
			if (year != null && m.getValue() != null) {
				points.add(new double[] { year, m.getValue().doubleValue() });
			}
		}
		points.sort(Comparator.comparingDouble(p -> p[0]));
		return points;
	}

	/** The baseline (when it has a year) followed by each target with a year and a value. */
	public static List<double[]> planned(Indicator kpi) {
		List<double[]> points = new ArrayList<>();
		if (kpi.getBaselineValue() != null && kpi.getBaselineYear() != null) {
			points.add(new double[] { kpi.getBaselineYear(), kpi.getBaselineValue().doubleValue() });
		}
		List<double[]> targets = new ArrayList<>();
		for (Target t : kpi.getTargets()) {
			Double value = targetValue(kpi, t);
			if (t.getYear() != null && value != null) {
				targets.add(new double[] { t.getYear(), value });
			}
		}
		targets.sort(Comparator.comparingDouble(p -> p[0]));
		points.addAll(targets);
		return points;
	}

	/**
	 * A target in the indicator's unit. A percent change ("-55 % by 2030") is taken from the baseline, but only when it
	 * is relative to the baseline's year; otherwise its reference value is unknown and the target is left out.
	 */
	static Double targetValue(Indicator kpi, Target target) {
		if (target.getValue() == null) {
			return null;
		}
		if (target.getKind() == TargetKind.PERCENT_CHANGE) {
			boolean sameBase = target.getBaseYear() == null || target.getBaseYear().equals(kpi.getBaselineYear());
			return kpi.getBaselineValue() != null && sameBase
					? kpi.getBaselineValue().doubleValue() * (1 + target.getValue().doubleValue() / 100) : null;
		}
		return target.getValue().doubleValue();
	}

	/** A date as a fractional year, so a measurement of 1 July sits half-way along its year. */
	private static double yearOf(LocalDate day) {
		return day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear();
	}
}
