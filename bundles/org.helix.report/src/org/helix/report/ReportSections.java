package org.helix.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The report's sections, as contributed through {@code org.helix.report.sections}: sorted by order, then id, with the
 * sections that others replace left out (docs/reports.md).
 */
public final class ReportSections {

	public static final String EXTENSION_POINT = "org.helix.report.sections";
	/** The order of a section that gives none. */
	public static final int DEFAULT_ORDER = 1000;

	/**
	 * One contributed section. {@code order} is null when the contribution gives none; {@code replaces} the id of the
	 * section it replaces, or null.
	 */
	public record Contribution(String id, String name, Integer order, String replaces, ReportSection section) {
	}

	/** A section of the report as resolved: its place and heading. */
	public record Entry(String id, String name, int order, ReportSection section) {
	}

	private final List<Entry> entries;

	/** Resolves the contributions: the first of an id wins, replaced sections go, the rest sorted by order then id. */
	public ReportSections(List<Contribution> contributions, PrintStream err) {
		Map<String, Contribution> byId = new LinkedHashMap<>();
		for (Contribution contribution : contributions) {
			if (byId.putIfAbsent(contribution.id(), contribution) != null) {
				err.println("helix: ignoring a second report section '" + contribution.id() + "'");
			}
		}
		List<Entry> resolved = new ArrayList<>();
		for (Contribution contribution : byId.values()) {
			if (byId.values().stream().anyMatch(other -> contribution.id().equals(other.replaces()))) {
				continue;
			}
			Integer order = contribution.order();
			if (order == null && contribution.replaces() != null && byId.get(contribution.replaces()) != null) {
				order = byId.get(contribution.replaces()).order();
			}
			resolved.add(new Entry(contribution.id(), contribution.name(), order == null ? DEFAULT_ORDER : order, contribution.section()));
		}
		resolved.sort(Comparator.comparingInt(Entry::order).thenComparing(Entry::id));
		this.entries = List.copyOf(resolved);
	}

	/** The sections contributed to the extension point; problems (a class that cannot be made, a bad order) go to {@code err}. */
	public static ReportSections fromExtensions(PrintStream err) {
		List<Contribution> contributions = new ArrayList<>();
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			err.println("helix: no extension registry (not running inside OSGi); no report sections");
			return new ReportSections(contributions, err);
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String id = element.getAttribute("id");
			String contributor = element.getContributor().getName();
			try {
				Integer order = null;
				String orderText = element.getAttribute("order");
				if (orderText != null && !orderText.isBlank()) {
					order = Integer.valueOf(orderText.trim());
				}
				ReportSection section = (ReportSection) element.createExecutableExtension("class");
				contributions.add(new Contribution(id, element.getAttribute("name"), order, element.getAttribute("replaces"), section));
			} catch (NumberFormatException e) {
				err.println("helix: report section '" + id + "' of " + contributor + " has an order that is not a whole number: "
						+ element.getAttribute("order"));
			} catch (CoreException | RuntimeException | LinkageError e) {
				err.println("helix: cannot create report section '" + id + "' of " + contributor + ": " + e);
			}
		}
		return new ReportSections(contributions, err);
	}

	/** The sections of a report, in order. */
	public List<Entry> all() {
		return entries;
	}

	public Entry get(String id) {
		return entries.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
	}
}
