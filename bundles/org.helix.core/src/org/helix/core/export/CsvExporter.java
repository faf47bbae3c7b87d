package org.helix.core.export;

import java.io.IOException;
import java.util.List;
import java.util.StringJoiner;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.helix.core.validation.ElementLabels;
import org.helix.model.core.HelixElement;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Identifiable;
import org.helix.model.core.NamedElement;
import org.helix.model.core.SourceCitation;

/**
 * Writes a model as one CSV table with one row per element (the root included), for spreadsheets and quick checks.
 * A single table rather than one per class, so that it can be filtered by {@code type} and every row has the same
 * columns:
 *
 * <ul>
 * <li>{@code id}, {@code type} (package.Class), {@code name} (name, title, code or text, whichever the element has)</li>
 * <li>{@code container_id} and {@code container_feature}: where the element sits in the containment tree</li>
 * <li>{@code code}, {@code kind}, {@code status}: these attributes, when the element's class has them</li>
 * <li>{@code start} and {@code end}: the first of startYear/fromYear/since/date and endYear/toYear/until/dueDate</li>
 * <li>{@code citations}: "document:from-to" separated by "; "</li>
 * </ul>
 *
 * RFC 4180 format with a header row, CRLF line ends, UTF-8 (chosen by the caller's writer).
 */
public final class CsvExporter {

	public static final List<String> COLUMNS = List.of("id", "type", "name", "container_id", "container_feature", "code",
			"kind", "status", "start", "end", "citations");

	private static final List<String> START = List.of("startYear", "fromYear", "since", "date", "year");
	private static final List<String> END = List.of("endYear", "toYear", "until", "dueDate");

	private CsvExporter() {
	}

	/** Writes to {@code out} and flushes it; does not close it (the caller owns it, e.g. standard output). */
	@SuppressWarnings("resource")
	public static void export(HelixModel model, Appendable out) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
		CSVPrinter printer = new CSVPrinter(out, format);
		printRow(model, printer);
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			printRow(it.next(), printer);
		}
		printer.flush();
	}

	private static void printRow(EObject object, CSVPrinter printer) throws IOException {
		EObject container = object.eContainer();
		printer.printRecord(
				object instanceof Identifiable identifiable ? identifiable.getId() : "",
				JsonExporter.typeName(object),
				name(object),
				container instanceof Identifiable parent ? parent.getId() : "",
				object.eContainingFeature() != null ? object.eContainingFeature().getName() : "",
				attribute(object, "code"),
				attribute(object, "kind"),
				attribute(object, "status"),
				first(object, START),
				first(object, END),
				citations(object));
	}

	private static String name(EObject object) {
		if (object instanceof NamedElement named && named.getName() != null) {
			return named.getName();
		}
		String name = ElementLabels.nameOf(object);
		return name != null ? name : "";
	}

	private static String attribute(EObject object, String name) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
		if (feature == null || feature.isMany() || !object.eIsSet(feature)) {
			return "";
		}
		return format(object.eGet(feature));
	}

	private static String first(EObject object, List<String> names) {
		for (String name : names) {
			String value = attribute(object, name);
			if (!value.isEmpty()) {
				return value;
			}
		}
		return "";
	}

	private static String format(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof java.math.BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return value.toString();
	}

	private static String citations(EObject object) {
		if (!(object instanceof HelixElement element) || element.getCitations().isEmpty()) {
			return "";
		}
		StringJoiner joiner = new StringJoiner("; ");
		for (SourceCitation citation : element.getCitations()) {
			StringBuilder text = new StringBuilder(citation.getDocumentId() != null ? citation.getDocumentId() : "?");
			if (citation.getFromLine() != null) {
				text.append(':').append(citation.getFromLine());
				if (citation.getToLine() != null && !citation.getToLine().equals(citation.getFromLine())) {
					text.append('-').append(citation.getToLine());
				}
			}
			joiner.add(text);
		}
		return joiner.toString();
	}
}
