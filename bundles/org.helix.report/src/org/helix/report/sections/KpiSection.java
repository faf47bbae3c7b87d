package org.helix.report.sections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.helix.analysis.results.Finding;
import org.helix.model.core.Indicator;
import org.helix.model.core.Measurement;
import org.helix.model.core.Target;
import org.helix.model.core.TargetKind;
import org.helix.report.Html;
import org.helix.report.ReportContext;
import org.helix.report.ReportSection;

/**
 * The programme's KPIs: baseline, targets, actual measurements and the KPI-status analysis's RAG, with a trend chart
 * per KPI (inline SVG: the trajectory baseline to target dashed, the actuals as a line with points).
 */
public class KpiSection implements ReportSection {

	@Override
	public void write(ReportContext context, Html html) {
		List<Indicator> kpis = Facts.kpis(context.programme());
		if (kpis.isEmpty()) {
			html.note("The programme has no KPIs (indicators marked as KPI, used by an action, or with a target).");
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (Indicator kpi : kpis) {
			Finding rag = context.finding(ReportContext.KPI_STATUS, kpi, "kpi.rag");
			Finding stale = context.finding(ReportContext.KPI_STATUS, kpi, "kpi.stale");
			List<Measurement> actuals = actuals(kpi);
			Measurement latest = actuals.isEmpty() ? null : actuals.get(actuals.size() - 1);
			rows.add(List.of("<a href=\"#" + anchor(kpi) + "\">" + Html.esc(ReportContext.label(kpi)) + "</a>", Html.esc(kpi.getUnit()),
					Html.esc(kpi.getBaselineValue() == null ? "unknown" : ReportContext.number(kpi.getBaselineValue()) + " (" + kpi.getBaselineYear() + ")"),
					Html.esc(targets(kpi)),
					Html.esc(latest == null ? "none" : ReportContext.number(latest.getValue()) + " (" + when(latest) + ")"),
					ReportContext.ragBadge(ReportContext.text(rag, "rag")) + (stale != null ? " <span class=\"unknown\">stale</span>" : "")));
		}
		html.table(List.of("KPI", "Unit", "Baseline", "Targets", "Latest actual", "RAG"), rows, "kpis");
		for (Indicator kpi : kpis) {
			html.open("h3", "id", anchor(kpi)).text(ReportContext.label(kpi)).raw(context.cite(kpi)).close("h3");
			for (Finding finding : context.findingsAbout(kpi)) {
				html.p(finding.getMessage());
			}
			List<Measurement> actuals = actuals(kpi);
			if (!actuals.isEmpty()) {
				List<List<String>> measured = new ArrayList<>();
				for (Measurement m : actuals) {
					measured.add(List.of(Html.esc(when(m)), Html.esc(ReportContext.number(m.getValue())), Html.esc(m.getSource())));
				}
				html.table(List.of("When", "Actual", "Source"), measured, "measurements");
			}
			String chart = chart(kpi);
			if (chart != null) {
				html.open("div", "class", "chart").raw(chart).close("div");
			} else {
				html.note("No trend chart: the KPI has neither a baseline with a target nor two measurements.");
			}
		}
	}

	static String anchor(Indicator kpi) {
		return "kpi-" + (kpi.getId() == null ? Integer.toHexString(System.identityHashCode(kpi)) : kpi.getId().replaceAll("[^A-Za-z0-9_-]", "_"));
	}

	private static List<Measurement> actuals(Indicator kpi) {
		return kpi.getMeasurements().stream().filter(m -> m.getValue() != null && !Boolean.TRUE.equals(m.getProjection()))
				.filter(m -> m.getDate() != null || m.getYear() != null).sorted(Comparator.comparingDouble(KpiSection::time)).toList();
	}

	private static String when(Measurement m) {
		return m.getDate() != null ? m.getDate().toString() : String.valueOf(m.getYear());
	}

	private static String targets(Indicator kpi) {
		if (kpi.getTargets().isEmpty()) {
			return "none";
		}
		return kpi.getTargets().stream().map(t -> {
			Double value = absolute(kpi, t);
			String text = t.getValue() == null ? (t.getText() == null ? "?" : t.getText())
					: ReportContext.number(t.getValue()) + (t.getKind() == TargetKind.PERCENT_CHANGE ? " %" : "");
			return text + (t.getYear() == null ? "" : " by " + t.getYear())
					+ (t.getKind() == TargetKind.PERCENT_CHANGE && value != null ? " (= " + String.format(Locale.ROOT, "%.4g", value) + ")" : "");
		}).collect(Collectors.joining("; "));
	}

	/** As the KPI-status analysis: a target in the indicator's unit, null when it cannot be made one. */
	static Double absolute(Indicator kpi, Target target) {
		if (target.getValue() == null) {
			return null;
		}
		if (target.getKind() == TargetKind.PERCENT_CHANGE) {
			if (kpi.getBaselineValue() == null || (target.getBaseYear() != null && !target.getBaseYear().equals(kpi.getBaselineYear()))) {
				return null;
			}
			return kpi.getBaselineValue().doubleValue() * (1 + target.getValue().doubleValue() / 100);
		}
		return target.getValue().doubleValue();
	}

	/** Time in years, as the KPI-status analysis counts: a dated measurement at its date, one with a year at 1 January. */
	static double time(Measurement m) {
		LocalDate date = m.getDate();
		return date != null ? date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear() : m.getYear();
	}

	/** The trend chart as SVG markup, or null when there is nothing to draw. */
	static String chart(Indicator kpi) {
		List<double[]> trajectory = new ArrayList<>();
		if (kpi.getBaselineValue() != null && kpi.getBaselineYear() != null) {
			trajectory.add(new double[] { kpi.getBaselineYear(), kpi.getBaselineValue().doubleValue() });
			TreeMap<Integer, Double> targets = new TreeMap<>();
			for (Target target : kpi.getTargets()) {
				Double value = absolute(kpi, target);
				if (target.getYear() != null && value != null) {
					targets.putIfAbsent(target.getYear(), value);
				}
			}
			targets.forEach((year, value) -> trajectory.add(new double[] { year, value }));
		}
		List<double[]> actual = actuals(kpi).stream().map(m -> new double[] { time(m), m.getValue().doubleValue() }).toList();
		if (trajectory.size() < 2 && actual.size() < 2) {
			return null;
		}
		List<double[]> all = new ArrayList<>(trajectory);
		all.addAll(actual);
		double x0 = Math.floor(all.stream().mapToDouble(p -> p[0]).min().orElse(0));
		double x1 = Math.ceil(all.stream().mapToDouble(p -> p[0]).max().orElse(1));
		double y0 = Math.min(0, all.stream().mapToDouble(p -> p[1]).min().orElse(0));
		double y1 = all.stream().mapToDouble(p -> p[1]).max().orElse(1);
		if (x1 <= x0) {
			x1 = x0 + 1;
		}
		if (y1 <= y0) {
			y1 = y0 + 1;
		}
		y1 += (y1 - y0) * 0.08;
		int width = 560, height = 240, left = 56, right = 14, top = 14, bottom = 34;
		double sx = (width - left - right) / (x1 - x0), sy = (height - top - bottom) / (y1 - y0);
		double fx0 = x0, fy0 = y0;
		java.util.function.DoubleUnaryOperator px = x -> left + (x - fx0) * sx;
		java.util.function.DoubleUnaryOperator py = y -> height - bottom - (y - fy0) * sy;
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">",
				width, height, width, height, Html.esc("Trend of " + ReportContext.label(kpi))));
		svg.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height).append("\" fill=\"#ffffff\"/>");
		// axes and year ticks
		svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\"/>", left, height - bottom, width - right, height - bottom));
		svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\"/>", left, top, left, height - bottom));
		int step = (int) Math.max(1, Math.ceil((x1 - x0) / 10));
		for (int year = (int) x0; year <= x1; year += step) {
			double x = px.applyAsDouble(year);
			svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#555\"/>", x, height - bottom, x, height - bottom + 4));
			svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"#333\">%d</text>", x, height - bottom + 17, year));
		}
		for (int i = 0; i <= 4; i++) {
			double value = y0 + (y1 - y0) * i / 4;
			double y = py.applyAsDouble(value);
			svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e3e6ea\"/>", left, y, width - right, y));
			svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"#333\">%s</text>", left - 5, y + 4,
					Html.esc(ReportContext.number(java.math.BigDecimal.valueOf(value).round(new java.math.MathContext(3))))));
		}
		if (trajectory.size() >= 2) {
			svg.append("<polyline fill=\"none\" stroke=\"#1d4e89\" stroke-width=\"2\" stroke-dasharray=\"6 4\" points=\"").append(points(trajectory, px, py)).append("\"/>");
		}
		for (double[] p : trajectory) {
			svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"7\" height=\"7\" fill=\"#1d4e89\"/>", px.applyAsDouble(p[0]) - 3.5, py.applyAsDouble(p[1]) - 3.5));
		}
		if (actual.size() >= 2) {
			svg.append("<polyline fill=\"none\" stroke=\"#c25e00\" stroke-width=\"2.5\" points=\"").append(points(actual, px, py)).append("\"/>");
		}
		for (double[] p : actual) {
			svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#c25e00\"/>", px.applyAsDouble(p[0]), py.applyAsDouble(p[1])));
		}
		// legend
		svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#1d4e89\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>", left + 10, top + 6, left + 34, top + 6));
		svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#333\">baseline to target</text>", left + 38, top + 10));
		svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"4\" fill=\"#c25e00\"/>", left + 170, top + 6));
		svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#333\">actual%s</text>", left + 178, top + 10,
				Html.esc(kpi.getUnit() == null ? "" : " (" + kpi.getUnit() + ")")));
		return svg.append("</svg>").toString();
	}

	private static String points(List<double[]> points, java.util.function.DoubleUnaryOperator px, java.util.function.DoubleUnaryOperator py) {
		return points.stream().map(p -> String.format(Locale.ROOT, "%.1f,%.1f", px.applyAsDouble(p[0]), py.applyAsDouble(p[1]))).collect(Collectors.joining(" "));
	}
}
