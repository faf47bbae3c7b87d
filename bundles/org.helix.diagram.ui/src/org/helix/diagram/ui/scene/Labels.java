package org.helix.diagram.ui.scene;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Word wrapping of labels into a node's width, the same for screen, PNG and SVG (only the text measure differs). */
public final class Labels {

	private Labels() {
	}

	/**
	 * Breaks {@code text} at spaces into lines no wider than {@code maxWidth} (a single over-long word is cut), at most
	 * {@code maxLines} of them; the last line ends with an ellipsis when text was left out.
	 */
	public static List<String> wrap(String text, double maxWidth, int maxLines, ToDoubleFunction<String> measure) {
		List<String> lines = new ArrayList<>();
		if (text == null || text.isBlank() || maxLines <= 0) {
			return lines;
		}
		String[] words = text.trim().split("\\s+");
		StringBuilder line = new StringBuilder();
		int i = 0;
		while (i < words.length && lines.size() < maxLines) {
			String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
			if (measure.applyAsDouble(candidate) <= maxWidth) {
				line.setLength(0);
				line.append(candidate);
				i++;
			} else if (line.isEmpty()) {
				lines.add(cut(words[i], maxWidth, measure, false)); // one word wider than the node
				i++;
			} else {
				lines.add(line.toString());
				line.setLength(0);
			}
		}
		if (!line.isEmpty() && lines.size() < maxLines) {
			lines.add(line.toString());
		}
		if (i < words.length && !lines.isEmpty()) {
			int last = lines.size() - 1;
			lines.set(last, cut(lines.get(last) + " " + words[i], maxWidth, measure, true));
		}
		return lines;
	}

	private static String cut(String text, double maxWidth, ToDoubleFunction<String> measure, boolean alwaysEllipsis) {
		if (!alwaysEllipsis && measure.applyAsDouble(text) <= maxWidth) {
			return text;
		}
		for (int end = text.length() - 1; end > 0; end--) {
			String candidate = text.substring(0, end).stripTrailing() + "…";
			if (measure.applyAsDouble(candidate) <= maxWidth) {
				return candidate;
			}
		}
		return "…";
	}

	/** A text width estimate without a toolkit (DejaVu Sans averages about 0.55 em per character). */
	public static double estimateWidth(String text, double fontPixels, boolean bold) {
		return text.length() * fontPixels * (bold ? 0.6 : 0.55);
	}

	/** Points to CSS pixels at 96 dpi, the resolution SWT assumes at 100 % scaling. */
	public static double pixels(int points) {
		return points * 96.0 / 72.0;
	}
}
