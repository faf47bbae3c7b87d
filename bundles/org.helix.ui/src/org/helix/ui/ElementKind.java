package org.helix.ui;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.helix.model.core.CorePackage;
import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.governance.GovernancePackage;
import org.helix.model.materials.MaterialsPackage;
import org.helix.model.programme.ProgrammePackage;

/**
 * The kinds of element a modeller thinks in, each covering one or more metaclasses. The explorer filters by them and
 * the editor's overview counts them, so both speak the same vocabulary.
 */
public enum ElementKind {

	PROGRAMMES("Programmes", ProgrammePackage.Literals.PROGRAMME),
	DIMENSIONS("Dimensions and themes", ProgrammePackage.Literals.DIMENSION, ProgrammePackage.Literals.THEME),
	OBJECTIVES("Objectives", ProgrammePackage.Literals.OBJECTIVE),
	ACTIONS("Priority actions", ProgrammePackage.Literals.PRIORITY_ACTION),
	DELIVERABLES("Deliverables and milestones", ProgrammePackage.Literals.DELIVERABLE, CorePackage.Literals.MILESTONE),
	RECOMMENDATIONS("Recommendations", ProgrammePackage.Literals.RECOMMENDATION),
	INDICATORS("Indicators", CorePackage.Literals.INDICATOR),
	ORGANISATIONS("Organisations", EcosystemPackage.Literals.ORGANISATION),
	PEOPLE("People", EcosystemPackage.Literals.PERSON),
	RELATIONSHIPS("Relationships", EcosystemPackage.Literals.RELATIONSHIP),
	BODIES("Governance bodies", GovernancePackage.Literals.GOVERNANCE_BODY),
	MEMBERSHIPS("Memberships", GovernancePackage.Literals.MEMBERSHIP),
	MEETINGS("Meetings and decisions", GovernancePackage.Literals.MEETING, GovernancePackage.Literals.DECISION),
	SECTORS("Sectors, value chains and clusters", EcosystemPackage.Literals.SECTOR, EcosystemPackage.Literals.VALUE_CHAIN,
			EcosystemPackage.Literals.VALUE_CHAIN_STAGE, EcosystemPackage.Literals.CLUSTER),
	TECHNOLOGIES("Technologies", EcosystemPackage.Literals.TECHNOLOGY),
	PROJECTS("Projects, sites and infrastructure", EcosystemPackage.Literals.DECARBONISATION_PROJECT,
			EcosystemPackage.Literals.INDUSTRIAL_SITE, EcosystemPackage.Literals.INFRASTRUCTURE_ELEMENT),
	INSTRUMENTS("Policy instruments", EcosystemPackage.Literals.POLICY_INSTRUMENT),
	MATERIALS("Raw materials", MaterialsPackage.Literals.RAW_MATERIAL, MaterialsPackage.Literals.MATERIAL_GROUP,
			MaterialsPackage.Literals.MATERIAL_LIST),
	SOURCES("Source documents", CorePackage.Literals.SOURCE_DOCUMENT),
	CITATIONS("Citations and notes", CorePackage.Literals.SOURCE_CITATION, CorePackage.Literals.NOTE);

	private final String label;
	private final List<EClass> classes;

	ElementKind(String label, EClass... classes) {
		this.label = label;
		this.classes = List.of(classes);
	}

	public String label() {
		return label;
	}

	public boolean matches(EObject element) {
		return classes.stream().anyMatch(type -> type.isSuperTypeOf(element.eClass()));
	}

	/** The kind of {@code element}, or null for elements no kind covers (they are never filtered). */
	public static ElementKind of(Object element) {
		if (element instanceof EObject object) {
			for (ElementKind kind : values()) {
				if (kind.matches(object)) {
					return kind;
				}
			}
		}
		return null;
	}
}
