package org.helix.io.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.helix.io.Column;
import org.helix.io.Keys;
import org.helix.io.ModelIndex;
import org.helix.io.RowException;
import org.helix.io.TableKind;
import org.helix.model.core.CorePackage;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Identifiable;
import org.helix.model.core.Indicator;
import org.helix.model.core.Measurement;
import org.helix.model.ecosystem.EcosystemFactory;
import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.GovernanceFactory;
import org.helix.model.governance.GovernancePackage;
import org.helix.model.governance.Membership;
import org.helix.model.materials.ListEntry;
import org.helix.model.materials.MaterialList;
import org.helix.model.materials.MaterialsFactory;
import org.helix.model.materials.MaterialsPackage;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammeFactory;
import org.helix.model.programme.ProgrammePackage;
import org.helix.model.core.CoreFactory;

/** The built-in kinds; docs/import-export.md lists their columns. */
public final class Kinds {

	private static final CorePackage CORE = CorePackage.eINSTANCE;
	private static final EcosystemPackage ECO = EcosystemPackage.eINSTANCE;
	private static final GovernancePackage GOV = GovernancePackage.eINSTANCE;
	private static final ProgrammePackage PRO = ProgrammePackage.eINSTANCE;
	private static final MaterialsPackage MAT = MaterialsPackage.eINSTANCE;

	private Kinds() {
	}

	public static List<TableKind<?>> all() {
		return List.of(new Actions(), new Organisations(), new Memberships(), new KpiMeasurements(), new Budgets(),
				new MaterialAssessments());
	}

	private static String idOf(EObject element) {
		return element instanceof Identifiable identifiable && identifiable.getId() != null ? identifiable.getId() : "";
	}

	private static <T extends EObject> Column<T> idColumn() {
		return Column.container("id", (element, index) -> idOf(element),
				"the element's id; empty for a new element (a UUID is given)");
	}

	/** The programme a row names; when the model has one programme, the cell may stay empty. */
	private static Programme programme(TableKind.Row row, ModelIndex index) throws RowException {
		String text = row.text("programme");
		if (text.isEmpty()) {
			List<EObject> programmes = index.all(PRO.getProgramme());
			if (programmes.size() == 1) {
				return (Programme) programmes.get(0);
			}
			throw new RowException("programme is empty and the model has " + programmes.size() + " programmes");
		}
		return (Programme) index.resolve(PRO.getProgramme(), text, "programme");
	}

	private static Set<String> nameKeys(TableKind.Row row, String... fields) {
		Set<String> keys = new LinkedHashSet<>();
		for (String field : fields) {
			String text = row.text(field);
			if (field.equals("aliases")) {
				for (String alias : text.split(";")) {
					if (!alias.isBlank()) {
						keys.add(Keys.normalise(alias));
					}
				}
			} else if (!text.isEmpty()) {
				keys.add(Keys.normalise(text));
			}
		}
		return keys;
	}

	/** Action fiches: the coordinator's fields of a priority action, matched by id, code, name or alias. */
	static class Actions extends TableKind<PriorityAction> {

		@Override
		public String id() {
			return "actions";
		}

		@Override
		public String label() {
			return "action fiche";
		}

		@Override
		public List<Column<PriorityAction>> columns() {
			return List.of(idColumn(),
					Column.container("programme", (a, index) -> index.label(a.eContainer()), "the programme (name or id)"),
					Column.attribute("code", PRO.getPriorityAction_Code(), "the action's code"),
					Column.attribute("name", CORE.getNamedElement_Name(), "the action's name"),
					Column.attribute("aliases", CORE.getNamedElement_Aliases(), "other names, separated by '; '"),
					Column.attribute("kind", PRO.getPriorityAction_Kind(), "ActionKind literal"),
					Column.attribute("status", PRO.getPriorityAction_Status(), "ActionStatus literal"),
					Column.attribute("newAction", PRO.getPriorityAction_NewAction(), "true or false"),
					Column.attribute("timing", PRO.getPriorityAction_Timing(), "timing as the fiche states it"),
					Column.attribute("priorityYears", PRO.getPriorityAction_PriorityYears(), "years, separated by '; '"),
					Column.attribute("plannedStart", PRO.getPriorityAction_PlannedStart(), "YYYY-MM-DD"),
					Column.attribute("plannedEnd", PRO.getPriorityAction_PlannedEnd(), "YYYY-MM-DD"),
					Column.attribute("percentComplete", PRO.getPriorityAction_PercentComplete(), "0-100"),
					Column.reference("lead", PRO.getPriorityAction_Lead(), "the lead actor (name or id)"),
					Column.reference("projectLeader", PRO.getPriorityAction_ProjectLeader(), "a person (name or id)"),
					Column.reference("group", PRO.getPriorityAction_Group(), "the governance body (name or id)"),
					Column.attribute("ragOverride", PRO.getPriorityAction_RagOverride(), "GREEN, AMBER or RED"),
					Column.attribute("ragOverrideJustification", PRO.getPriorityAction_RagOverrideJustification(),
							"why the override"),
					Column.attribute("ragOverrideDate", PRO.getPriorityAction_RagOverrideDate(), "YYYY-MM-DD"));
		}

		@Override
		public List<PriorityAction> existing(ModelIndex index) {
			return index.all(PRO.getPriorityAction(), PriorityAction.class::cast);
		}

		@Override
		protected EObject scopeOf(PriorityAction element) {
			return element.eContainer();
		}

		@Override
		protected Object scope(Row row, ModelIndex index) throws RowException {
			return programme(row, index);
		}

		@Override
		protected Set<String> keys(PriorityAction element, ModelIndex index) {
			return Keys.of(element);
		}

		@Override
		protected Set<String> keys(Row row, ModelIndex index) {
			return nameKeys(row, "code", "name");
		}

		@Override
		protected List<String> requiredForCreate() {
			return List.of("name");
		}

		@Override
		protected PriorityAction create(EObject container) {
			PriorityAction action = ProgrammeFactory.eINSTANCE.createPriorityAction();
			((Programme) container).getActions().add(action);
			return action;
		}
	}

	/** Budgets: planned, committed and spent per action; rows update existing actions and never create one. */
	static class Budgets extends Actions {

		@Override
		public String id() {
			return "budgets";
		}

		@Override
		public String label() {
			return "action budget";
		}

		@Override
		public List<Column<PriorityAction>> columns() {
			return List.of(idColumn(),
					Column.container("programme", (a, index) -> index.label(a.eContainer()), "the programme (name or id)"),
					Column.<PriorityAction>attribute("code", PRO.getPriorityAction_Code(), "identifies the action").identifying(),
					Column.<PriorityAction>attribute("name", CORE.getNamedElement_Name(), "identifies the action").identifying(),
					Column.attribute("budgetPlanned", PRO.getPriorityAction_BudgetPlanned(), "euro; empty = unknown"),
					Column.attribute("budgetCommitted", PRO.getPriorityAction_BudgetCommitted(), "euro; empty = unknown"),
					Column.attribute("budgetSpent", PRO.getPriorityAction_BudgetSpent(), "euro; empty = unknown"));
		}

		@Override
		protected boolean creates() {
			return false;
		}

		@Override
		protected List<String> requiredForCreate() {
			return List.of();
		}
	}

	/** Organisations of the ecosystem, matched by id, name, alias or abbreviation. */
	static class Organisations extends TableKind<Organisation> {

		@Override
		public String id() {
			return "organisations";
		}

		@Override
		public String label() {
			return "organisation";
		}

		@Override
		public List<Column<Organisation>> columns() {
			return List.of(idColumn(), Column.attribute("name", CORE.getNamedElement_Name(), "the name"),
					Column.attribute("abbreviation", ECO.getOrganisation_Abbreviation(), "the abbreviation"),
					Column.attribute("aliases", CORE.getNamedElement_Aliases(), "other names, separated by '; '"),
					Column.attribute("kind", ECO.getOrganisation_Kind(), "OrganisationKind literal"),
					Column.attribute("helix", ECO.getActor_Helix(), "GOVERNMENT, INDUSTRY, KNOWLEDGE or CIVIL_SOCIETY"),
					Column.attribute("level", ECO.getOrganisation_Level(), "GovernanceLevel literal"),
					Column.attribute("location", ECO.getOrganisation_Location(), "where it is"),
					Column.reference("parent", ECO.getOrganisation_Parent(), "the parent organisation (name or id)"),
					Column.attribute("description", CORE.getNamedElement_Description(), "free text"));
		}

		@Override
		public List<Organisation> existing(ModelIndex index) {
			return index.all(ECO.getOrganisation(), Organisation.class::cast);
		}

		@Override
		protected EObject scopeOf(Organisation element) {
			return null;
		}

		@Override
		protected Object scope(Row row, ModelIndex index) {
			return null;
		}

		@Override
		protected Set<String> keys(Organisation element, ModelIndex index) {
			return Keys.of(element);
		}

		@Override
		protected Set<String> keys(Row row, ModelIndex index) {
			return nameKeys(row, "name", "abbreviation", "aliases");
		}

		@Override
		protected List<String> requiredForCreate() {
			return List.of("name");
		}

		@Override
		protected Organisation create(EObject container) {
			Organisation organisation = EcosystemFactory.eINSTANCE.createOrganisation();
			HelixModel model = (HelixModel) container;
			model.getActors().add(organisation);
			return organisation;
		}
	}

	/** Memberships of governance bodies, matched by id, else by body, member, role and start date. */
	static class Memberships extends TableKind<Membership> {

		@Override
		public String id() {
			return "memberships";
		}

		@Override
		public String label() {
			return "membership";
		}

		@Override
		public List<Column<Membership>> columns() {
			return List.of(idColumn(),
					Column.container("body", (m, index) -> index.label(m.eContainer()), "the governance body (name or id)"),
					Column.reference("organisation", GOV.getMembership_Organisation(), "the member organisation (name or id)"),
					Column.reference("person", GOV.getMembership_Person(), "the member person (name or id)"),
					Column.attribute("role", GOV.getMembership_Role(), "MembershipRole literal"),
					Column.attribute("helix", GOV.getMembership_Helix(), "the helix the member represents"),
					Column.attribute("representing", GOV.getMembership_Representing(), "whom the member represents"),
					Column.attribute("since", GOV.getMembership_Since(), "YYYY-MM-DD"),
					Column.attribute("until", GOV.getMembership_Until(), "YYYY-MM-DD"));
		}

		@Override
		public List<Membership> existing(ModelIndex index) {
			return index.all(GOV.getMembership(), Membership.class::cast);
		}

		@Override
		protected EObject scopeOf(Membership element) {
			return element.eContainer();
		}

		@Override
		protected Object scope(Row row, ModelIndex index) throws RowException {
			if (row.text("body").isEmpty()) {
				throw new RowException("body is empty");
			}
			return index.resolve(GOV.getGovernanceBody(), row.text("body"), "governance body");
		}

		@Override
		protected Set<String> keys(Membership element, ModelIndex index) {
			if (element.getOrganisation() == null && element.getPerson() == null) {
				return Set.of();
			}
			return Set.of(key(element.getOrganisation(), element.getPerson(), element.getRole().getName(),
					Objects.toString(element.getSince(), "")));
		}

		@Override
		protected Set<String> keys(Row row, ModelIndex index) throws RowException {
			EObject organisation = index.resolve(ECO.getOrganisation(), row.text("organisation"), "organisation");
			EObject person = index.resolve(ECO.getPerson(), row.text("person"), "person");
			if (organisation == null && person == null) {
				return Set.of();
			}
			Object role = cachedColumns().get(4).parse(row.text("role"), index);
			Object since = cachedColumns().get(7).parse(row.text("since"), index);
			return Set.of(key(organisation, person,
					role == null ? "UNSPECIFIED" : ((org.eclipse.emf.common.util.Enumerator) role).getName(),
					Objects.toString(since, "")));
		}

		private static String key(EObject organisation, EObject person, String role, String since) {
			return (organisation == null ? "" : idOf(organisation)) + "|" + (person == null ? "" : idOf(person)) + "|"
					+ role + "|" + since;
		}

		@Override
		protected Membership create(EObject container) {
			Membership membership = GovernanceFactory.eINSTANCE.createMembership();
			((GovernanceBody) container).getMemberships().add(membership);
			return membership;
		}
	}

	/** KPI measurements of an indicator, matched by id, else by indicator, date, year and projection. */
	static class KpiMeasurements extends TableKind<Measurement> {

		@Override
		public String id() {
			return "kpi-measurements";
		}

		@Override
		public String label() {
			return "KPI measurement";
		}

		@Override
		public List<Column<Measurement>> columns() {
			return List.of(idColumn(),
					Column.container("indicator", (m, index) -> index.label(m.eContainer()), "the indicator (name, code or id)"),
					Column.attribute("date", CORE.getMeasurement_Date(), "YYYY-MM-DD"),
					Column.attribute("year", CORE.getMeasurement_Year(), "the year measured"),
					Column.attribute("value", CORE.getMeasurement_Value(), "the value in the indicator's unit"),
					Column.attribute("lowerBound", CORE.getMeasurement_LowerBound(), "lower bound of a range"),
					Column.attribute("upperBound", CORE.getMeasurement_UpperBound(), "upper bound of a range"),
					Column.attribute("projection", CORE.getMeasurement_Projection(), "true for a projection"),
					Column.attribute("source", CORE.getMeasurement_Source(), "where the value comes from"));
		}

		@Override
		public List<Measurement> existing(ModelIndex index) {
			List<Measurement> list = new ArrayList<>();
			for (EObject indicator : index.all(CORE.getIndicator())) {
				list.addAll(((Indicator) indicator).getMeasurements());
			}
			return list;
		}

		@Override
		protected EObject scopeOf(Measurement element) {
			return element.eContainer();
		}

		@Override
		protected Object scope(Row row, ModelIndex index) throws RowException {
			if (row.text("indicator").isEmpty()) {
				throw new RowException("indicator is empty");
			}
			return index.resolve(CORE.getIndicator(), row.text("indicator"), "indicator");
		}

		@Override
		protected Set<String> keys(Measurement element, ModelIndex index) {
			return Set.of(element.getDate() + "|" + element.getYear() + "|" + Boolean.TRUE.equals(element.getProjection()));
		}

		@Override
		protected Set<String> keys(Row row, ModelIndex index) throws RowException {
			List<Column<Measurement>> columns = cachedColumns();
			Object date = columns.get(2).parse(row.text("date"), index);
			Object year = columns.get(3).parse(row.text("year"), index);
			Object projection = columns.get(7).parse(row.text("projection"), index);
			if (date == null && year == null) {
				return Set.of();
			}
			return Set.of(date + "|" + year + "|" + Boolean.TRUE.equals(projection));
		}

		@Override
		protected Measurement create(EObject container) {
			Measurement measurement = CoreFactory.eINSTANCE.createMeasurement();
			((Indicator) container).getMeasurements().add(measurement);
			return measurement;
		}
	}

	/**
	 * Raw-material assessments: supply risk, economic importance and classification of a material on a list of a
	 * year. A row finds its list by name (or alias, or id) and year; a list that does not exist is created, once. The
	 * material is matched by id, name, alias, symbol, or an English or Dutch element name.
	 */
	static class MaterialAssessments extends TableKind<ListEntry> {

		@Override
		public String id() {
			return "material-assessments";
		}

		@Override
		public String label() {
			return "raw-material assessment";
		}

		@Override
		public List<Column<ListEntry>> columns() {
			return List.of(idColumn(),
					Column.container("list", (e, index) -> index.label(e.eContainer()), "the material list (name or id)"),
					Column.container("year", (e, index) -> Objects.toString(((MaterialList) e.eContainer()).getYear(), ""),
							"the list's year"),
					Column.reference("material", MAT.getListEntry_Material(), MAT.getRawMaterial(),
							"the material: id, name, alias, chemical symbol, English or Dutch element name"),
					Column.attribute("supplyRisk", MAT.getListEntry_SupplyRisk(), "SR; empty = unknown"),
					Column.attribute("economicImportance", MAT.getListEntry_EconomicImportance(), "EI; empty = unknown"),
					Column.attribute("classification", MAT.getListEntry_Classification(), "EntryClassification literal"),
					Column.attribute("borderline", MAT.getListEntry_Borderline(), "true for a borderline case"),
					Column.attribute("rationale", MAT.getListEntry_Rationale(), "why"));
		}

		@Override
		public List<ListEntry> existing(ModelIndex index) {
			return index.all(MAT.getListEntry(), ListEntry.class::cast);
		}

		@Override
		protected EObject scopeOf(ListEntry element) {
			return element.eContainer();
		}

		@Override
		protected Object scope(Row row, ModelIndex index) throws RowException {
			String name = row.text("list");
			if (name.isEmpty()) {
				throw new RowException("list is empty");
			}
			Integer year = null;
			if (!row.text("year").isEmpty()) {
				try {
					year = new java.math.BigDecimal(row.text("year")).intValueExact();
				} catch (NumberFormatException | ArithmeticException e) {
					throw new RowException("year: '" + row.text("year") + "' is not a year");
				}
			}
			EObject byId = index.byId(name);
			if (byId instanceof MaterialList list) {
				return list;
			}
			List<MaterialList> found = new ArrayList<>();
			String key = Keys.normalise(name);
			for (EObject candidate : index.all(MAT.getMaterialList())) {
				MaterialList list = (MaterialList) candidate;
				if (Keys.of(list).contains(key) && (year == null || year.equals(list.getYear()))) {
					found.add(list);
				}
			}
			if (found.size() > 1) {
				throw new RowException("list '" + name + "'" + (year == null ? "" : " of " + year) + " matches "
						+ found.size() + " lists; give the year or the id");
			}
			if (found.size() == 1) {
				return found.get(0);
			}
			Integer listYear = year;
			HelixModel model = index.model();
			return new Pending("list|" + key + "|" + year, "list '" + name + "'", () -> {
				MaterialList list = MaterialsFactory.eINSTANCE.createMaterialList();
				list.setId(java.util.UUID.randomUUID().toString());
				list.setName(name);
				list.setYear(listYear);
				model.getMaterialLists().add(list);
				return list;
			});
		}

		@Override
		protected Set<String> keys(ListEntry element, ModelIndex index) {
			return element.getMaterial() == null ? Set.of() : Set.of(idOf(element.getMaterial()));
		}

		@Override
		protected Set<String> keys(Row row, ModelIndex index) throws RowException {
			EObject material = index.resolve(MAT.getRawMaterial(), row.text("material"), "material");
			return material == null ? Set.of() : Set.of(idOf(material));
		}

		@Override
		protected List<String> requiredForCreate() {
			return List.of("material");
		}

		@Override
		protected ListEntry create(EObject container) {
			ListEntry entry = MaterialsFactory.eINSTANCE.createListEntry();
			((MaterialList) container).getEntries().add(entry);
			return entry;
		}
	}
}
