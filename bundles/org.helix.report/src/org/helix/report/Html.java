package org.helix.report;

import java.util.List;

/**
 * A small builder of well-formed XHTML: text is escaped, attributes are quoted, empty elements are closed. The PDF is
 * rendered from the same markup as the site, and its renderer needs XML, so sections write through this builder (or
 * {@link #raw} markup they made well-formed themselves).
 */
public final class Html {

	private final StringBuilder out = new StringBuilder();

	/** Escapes text for an element or an attribute value; {@code null} becomes the empty string. */
	public static String esc(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> escaped.append("&amp;");
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '"' -> escaped.append("&quot;");
			default -> {
				// characters XML 1.0 forbids (control characters from pasted text) would make the PDF fail
				if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
					escaped.append(c);
				}
			}
			}
		}
		return escaped.toString();
	}

	/** Markup the caller made well-formed. */
	public Html raw(String markup) {
		out.append(markup);
		return this;
	}

	public Html text(String text) {
		out.append(esc(text));
		return this;
	}

	/** An opening tag; {@code attributes} are name, value pairs (a null value leaves the attribute out). */
	public Html open(String tag, String... attributes) {
		out.append('<').append(tag);
		attributes(attributes);
		out.append('>');
		return this;
	}

	public Html close(String tag) {
		out.append("</").append(tag).append('>');
		return this;
	}

	/** An element holding escaped text. */
	public Html element(String tag, String text, String... attributes) {
		return open(tag, attributes).text(text).close(tag);
	}

	public Html p(String text) {
		return element("p", text);
	}

	/** A paragraph of muted text: what is unknown or left out, and why. */
	public Html note(String text) {
		return element("p", text, "class", "note");
	}

	public Html link(String href, String text) {
		return element("a", text, "href", href);
	}

	/**
	 * A table in a horizontally scrolling wrapper (so it stays readable on a phone). The cells are markup: escape text
	 * with {@link #esc}.
	 */
	public Html table(List<String> headers, List<List<String>> rows, String cssClass) {
		open("div", "class", "scroll").open("table", "class", cssClass).open("thead").open("tr");
		for (String header : headers) {
			element("th", header);
		}
		close("tr").close("thead").open("tbody");
		for (List<String> row : rows) {
			open("tr");
			for (String cell : row) {
				open("td").raw(cell == null ? "" : cell).close("td");
			}
			close("tr");
		}
		return close("tbody").close("table").close("div");
	}

	private void attributes(String... attributes) {
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			if (attributes[i + 1] != null) {
				out.append(' ').append(attributes[i]).append("=\"").append(esc(attributes[i + 1])).append('"');
			}
		}
	}

	public boolean isEmpty() {
		return out.isEmpty();
	}

	@Override
	public String toString() {
		return out.toString();
	}
}
