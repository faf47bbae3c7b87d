package org.helix.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.helix.io.RowResult.Outcome;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Identifiable;

/**
 * A kind of table rows (action fiches, organisations, memberships, KPI measurements, budgets, raw-material
 * assessments): its columns, the elements it exports, and how a row finds its element.
 * <p>
 * <b>ID-stable upsert.</b> A row with an id updates the element with that id; a row without one matches by key
 * (name, alias, code, abbreviation; a kind may use a composite key) within its container (the programme of an action,
 * the body of a membership, the indicator of a measurement, the list of an assessment). No match creates an element,
 * with the row's id or a new UUID. A row is rejected, with its reasons, when a cell does not parse, a reference
 * matches nothing or more than one element, the row matches more than one element, or two rows hit one element.
 */
public abstract class TableKind<T extends EObject> {

	/** A container that does not exist yet and is created, once, by the first row that needs it. */
	public record Pending(String key, String label, java.util.function.Supplier<EObject> factory) {
	}

	/** A row's cells by field name, with the row's number in the file. */
	public record Row(int number, Map<String, String> cells, String problem) {

		public Row(int number, Map<String, String> cells) {
			this(number, cells, null);
		}

		public boolean has(String field) {
			return cells.containsKey(field);
		}

		public String text(String field) {
			String text = cells.get(field);
			return text == null ? "" : text.trim();
		}
	}

	public abstract String id();

	public abstract String label();

	/** The columns in export order; the first is the id. */
	public abstract List<Column<T>> columns();

	/** The kind's elements in the model, in model order. */
	public abstract List<T> existing(ModelIndex index);

	/** The container that scopes matching of an existing element (null: the whole model). */
	protected abstract EObject scopeOf(T element);

	/**
	 * The container a row belongs to: an element, a {@link Pending} one, or null for kinds scoped by the model.
	 *
	 * @throws RowException when the row names no container, or one that does not exist and cannot be created
	 */
	protected abstract Object scope(Row row, ModelIndex index) throws RowException;

	/** The keys an existing element is matched by within its scope. */
	protected abstract Set<String> keys(T element, ModelIndex index);

	/** The keys a row is matched by; empty when the row gives none (then only the id matches). */
	protected abstract Set<String> keys(Row row, ModelIndex index) throws RowException;

	/** Creates an element in its container (an existing one, or one created for a pending container). */
	protected abstract T create(EObject container);

	/** Whether rows may create elements (budgets only update actions). */
	protected boolean creates() {
		return true;
	}

	/** Fields a new element needs; a create row without them is rejected. */
	protected List<String> requiredForCreate() {
		return List.of();
	}

	private List<Column<T>> cachedColumns;

	/** The columns, made once per kind object. */
	protected final List<Column<T>> cachedColumns() {
		if (cachedColumns == null) {
			cachedColumns = columns();
		}
		return cachedColumns;
	}

	public Column<T> column(String name) {
		return cachedColumns().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
	}

	public List<String> fieldNames() {
		return cachedColumns().stream().map(Column::name).toList();
	}

	/** The kind's elements as a table with one column per field. */
	public Table export(HelixModel model) {
		ModelIndex index = new ModelIndex(model);
		Table table = new Table(fieldNames());
		for (T element : existing(index)) {
			List<String> cells = new ArrayList<>();
			for (Column<T> column : cachedColumns()) {
				cells.add(column.export(element, index));
			}
			table.addRow(cells);
		}
		return table;
	}

	/** Plans the import of rows (cells by field name) into the model without changing it. */
	public ImportPlan plan(HelixModel model, List<Row> rows) {
		ModelIndex index = new ModelIndex(model);
		List<T> existing = existing(index);
		Map<String, T> byId = new HashMap<>();
		Map<EObject, Map<String, List<T>>> byScopeKey = new IdentityHashMap<>();
		Map<String, List<T>> modelScope = new HashMap<>();
		for (T element : existing) {
			if (element instanceof Identifiable identifiable && identifiable.getId() != null) {
				byId.put(identifiable.getId(), element);
			}
			EObject scope = scopeOf(element);
			Map<String, List<T>> keys = scope == null ? modelScope : byScopeKey.computeIfAbsent(scope, s -> new HashMap<>());
			for (String key : keys(element, index)) {
				keys.computeIfAbsent(key, k -> new ArrayList<>()).add(element);
			}
		}

		List<Planned> planned = new ArrayList<>();
		for (Row row : rows) {
			planned.add(planRow(row, index, byId, byScopeKey, modelScope));
		}
		rejectDuplicates(planned, index);

		List<RowResult> results = new ArrayList<>();
		List<ImportPlan.Step> steps = new ArrayList<>();
		for (Planned p : planned) {
			results.add(p.result());
			if (p.outcome != Outcome.REJECTED && p.outcome != Outcome.UNCHANGED) {
				steps.add(step(p, model));
			}
		}
		return new ImportPlan(id(), model, results, steps);
	}

	private final class Planned {
		Row row;
		Outcome outcome;
		T target;
		Object scope;
		String label;
		String newKey;
		Map<Column<T>, Object> values = new LinkedHashMap<>();
		List<String> changed = new ArrayList<>();
		List<String> reasons = new ArrayList<>();

		RowResult result() {
			return new RowResult(row.number(), outcome, target, label, List.copyOf(changed), List.copyOf(reasons));
		}
	}

	private Planned planRow(Row row, ModelIndex index, Map<String, T> byId, Map<EObject, Map<String, List<T>>> byScopeKey,
			Map<String, List<T>> modelScope) {
		Planned p = new Planned();
		p.row = row;
		if (row.problem() != null) {
			p.reasons.add(row.problem());
		}
		for (Column<T> column : cachedColumns()) {
			if (!row.has(column.name()) || column.name().equals("id")) {
				continue;
			}
			try {
				p.values.put(column, column.parse(row.text(column.name()), index));
			} catch (RowException e) {
				p.reasons.add(e.getMessage());
			}
		}
		Set<String> rowKeys = Set.of();
		try {
			p.scope = scope(row, index);
			rowKeys = keys(row, index);
		} catch (RowException e) {
			if (!p.reasons.contains(e.getMessage())) {
				p.reasons.add(e.getMessage());
			}
		}
		String id = row.text("id");
		if (!id.isEmpty()) {
			p.target = byId.get(id);
			if (p.target == null && index.byId(id) != null) {
				p.reasons.add("id '" + id + "' belongs to " + index.describe(index.byId(id)) + ", not to " + label());
			}
			if (p.target != null && p.scope instanceof EObject scope && scopeOf(p.target) != null && scopeOf(p.target) != scope) {
				p.reasons.add(index.describe(p.target) + " belongs to " + index.describe(scopeOf(p.target))
						+ ", not to " + index.describe(scope) + "; moving is not supported");
			}
		}
		Set<T> byKey = new LinkedHashSet<>();
		if (p.target == null && !(p.scope instanceof Pending)) {
			Map<String, List<T>> keys = p.scope instanceof EObject scope ? byScopeKey.getOrDefault(scope, Map.of()) : modelScope;
			for (String key : rowKeys) {
				byKey.addAll(keys.getOrDefault(key, List.of()));
			}
			if (byKey.size() > 1) {
				p.reasons.add("the row matches " + byKey.size() + " elements: "
						+ String.join(", ", byKey.stream().map(index::describe).toList()) + "; give the id");
			} else if (byKey.size() == 1) {
				T match = byKey.iterator().next();
				if (!id.isEmpty() && match instanceof Identifiable identifiable && !id.equals(identifiable.getId())) {
					p.reasons.add("id '" + id + "' is unknown, but the row matches " + index.describe(match)
							+ "; leave the id empty or use " + identifiable.getId());
				} else {
					p.target = match;
				}
			}
		}
		if (!p.reasons.isEmpty()) {
			p.outcome = Outcome.REJECTED;
			p.label = p.target == null ? "" : index.describe(p.target);
			return p;
		}
		if (p.target == null) {
			if (!creates()) {
				p.reasons.add("no " + label() + " matches the row (" + (rowKeys.isEmpty() ? "no key given"
						: String.join(", ", rowKeys)) + "); this kind only updates existing elements");
				p.outcome = Outcome.REJECTED;
				p.label = "";
				return p;
			}
			for (String field : requiredForCreate()) {
				if (row.text(field).isEmpty()) {
					p.reasons.add("a new " + label() + " needs '" + field + "'");
				}
			}
			p.outcome = p.reasons.isEmpty() ? Outcome.CREATE : Outcome.REJECTED;
			p.label = label() + " " + describeNew(row) + resolvedNames(p, index);
			String scopeKey = p.scope instanceof Pending pending ? "pending:" + pending.key()
					: p.scope instanceof EObject scope ? index.describe(scope) : "";
			p.newKey = rowKeys.isEmpty() ? null : scopeKey + "|" + String.join("|", rowKeys.stream().sorted().toList());
			return p;
		}
		p.label = index.describe(p.target);
		for (Map.Entry<Column<T>, Object> entry : p.values.entrySet()) {
			Column<T> column = entry.getKey();
			if (column.updatable() && !column.same(column.get(p.target), entry.getValue())) {
				p.changed.add(column.name());
			}
		}
		p.outcome = p.changed.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATE;
		return p;
	}

	/** What the row's references found when a cell names them otherwise: " (material: 'kobalt')". */
	private String resolvedNames(Planned p, ModelIndex index) {
		List<String> found = new ArrayList<>();
		for (Map.Entry<Column<T>, Object> entry : p.values.entrySet()) {
			if (entry.getValue() instanceof EObject target) {
				String cell = p.row.text(entry.getKey().name());
				String described = index.describe(target);
				if (!described.startsWith("'" + cell + "'")) {
					found.add(entry.getKey().name() + ": " + described);
				}
			}
		}
		return found.isEmpty() ? "" : " (" + String.join(", ", found) + ")";
	}

	private String describeNew(Row row) {
		for (String field : new String[] { "name", "material", "organisation", "person", "date", "year" }) {
			if (!row.text(field).isEmpty()) {
				return "'" + row.text(field) + "'";
			}
		}
		return "(row " + row.number() + ")";
	}

	/** Two rows hitting one element, or two rows creating the same new element: all of them are rejected. */
	private void rejectDuplicates(List<Planned> planned, ModelIndex index) {
		Map<Object, List<Planned>> byTarget = new LinkedHashMap<>();
		for (Planned p : planned) {
			if (p.outcome == Outcome.REJECTED) {
				continue;
			}
			Object key = p.target != null ? p.target : p.newKey;
			String id = p.row.text("id");
			if (p.target == null && !id.isEmpty()) {
				key = "id:" + id;
			}
			if (key != null) {
				byTarget.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
			}
		}
		for (List<Planned> group : byTarget.values()) {
			if (group.size() < 2) {
				continue;
			}
			String numbers = String.join(", ", group.stream().map(p -> String.valueOf(p.row.number())).toList());
			for (Planned p : group) {
				p.outcome = Outcome.REJECTED;
				p.changed.clear();
				p.reasons.add("rows " + numbers + " all match " + (p.target != null ? index.describe(p.target) : p.label)
						+ " (duplicate)");
			}
		}
	}

	private ImportPlan.Step step(Planned p, HelixModel model) {
		return created -> {
			T element = p.target;
			if (element == null) {
				EObject container;
				if (p.scope instanceof Pending pending) {
					container = created.computeIfAbsent(pending.key(), k -> pending.factory().get());
				} else {
					container = p.scope == null ? model : (EObject) p.scope;
				}
				element = create(container);
				if (element instanceof Identifiable identifiable) {
					String id = p.row.text("id");
					identifiable.setId(id.isEmpty() ? UUID.randomUUID().toString() : id);
				}
				for (Map.Entry<Column<T>, Object> entry : p.values.entrySet()) {
					entry.getKey().set(element, entry.getValue());
				}
			} else {
				for (Map.Entry<Column<T>, Object> entry : p.values.entrySet()) {
					if (entry.getKey().updatable() && p.changed.contains(entry.getKey().name())) {
						entry.getKey().set(element, entry.getValue());
					}
				}
			}
		};
	}
}
