package org.helix.ui.properties;

import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.helix.model.core.CorePackage;

/**
 * The tabs of the Properties view and the rule that puts each feature of the metamodel on exactly one of them. The
 * rule is a short table of feature names rather than categories in the genmodel, so it reads in one place and needs
 * no regeneration:
 * <ul>
 * <li><b>Citations &amp; notes</b>: {@code citations} and {@code notes} (every element has them);</li>
 * <li><b>Monitoring</b>: what a coordinator follows up: {@code status} and {@code statusText}, the {@code budget*}
 * amounts, {@code priorityYears}, {@code timing}, {@code kpis}, due and delivery dates and the flags that record a
 * result ({@code achieved}, {@code realised}, {@code fidTaken}, {@code uptake}), an action's tracking (planned start,
 * percent complete, the RAG override, its justification, date and author) — see {@link #MONITORING_FEATURES};</li>
 * <li><b>Relations</b>: every other non-containment reference;</li>
 * <li><b>General</b>: every other attribute (name, code, description, kinds, ...).</li>
 * </ul>
 * Containments other than citations and notes (deliverables, risks, measurements, ...) are children in the model
 * tree, not properties.
 */
public enum PropertyTab {

	GENERAL("org.helix.ui.properties.general", "General"),
	RELATIONS("org.helix.ui.properties.relations", "Relations"),
	CITATIONS("org.helix.ui.properties.citations", "Citations & notes"),
	MONITORING("org.helix.ui.properties.monitoring", "Monitoring");

	/** Names of the features that go on the Monitoring tab (besides every feature whose name starts with "budget"). */
	static final Set<String> MONITORING_FEATURES = Set.of("status", "statusText", "timing", "priorityYears", "kpis",
			"dueDate", "dueDatePrecision", "deliveredOn", "plannedEnd", "approvalDate", "achieved", "realised",
			"fidTaken", "uptake", "uptakeText", "readyByYear", "monitoringSinceYear", "strategicEvaluationDone",
			// a priority action's tracking: progress and the coordinator's RAG override with its justification
			"plannedStart", "percentComplete", "ragOverride", "ragOverrideJustification", "ragOverrideDate", "ragOverrideBy");

	private final String id;
	private final String label;

	PropertyTab(String id, String label) {
		this.id = id;
		this.label = label;
	}

	/** The id of the tab in plugin.xml (extension org.eclipse.ui.views.properties.tabbed.propertyTabs). */
	public String id() {
		return id;
	}

	public String label() {
		return label;
	}

	/** The tab a feature is edited on, or null for containments that are children rather than properties. */
	public static PropertyTab of(EStructuralFeature feature) {
		if (feature == CorePackage.Literals.HELIX_ELEMENT__CITATIONS
				|| feature == CorePackage.Literals.HELIX_ELEMENT__NOTES) {
			return CITATIONS;
		}
		if (feature instanceof EReference reference && reference.isContainment()) {
			return null;
		}
		if (MONITORING_FEATURES.contains(feature.getName()) || feature.getName().startsWith("budget")) {
			return MONITORING;
		}
		return feature instanceof EAttribute ? GENERAL : RELATIONS;
	}

	/** Whether elements of {@code type} have anything to show on this tab. */
	public boolean appliesTo(EClass type) {
		return type.getEAllStructuralFeatures().stream().anyMatch(feature -> of(feature) == this);
	}
}
