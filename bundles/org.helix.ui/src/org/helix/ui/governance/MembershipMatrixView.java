package org.helix.ui.governance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.helix.model.core.HelixKind;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.Membership;
import org.helix.model.governance.MembershipRole;
import org.helix.ui.HelixUI;
import org.helix.ui.programme.CsvExport;
import org.helix.ui.programme.Edits;
import org.helix.ui.programme.ModelEditorView;

/**
 * Who sits where: governance bodies as rows, the organisations that hold a membership as columns, each cell the
 * role(s) of that organisation in that body, coloured by the organisation's helix (the membership's helix when the
 * organisation has none). Read-only; it follows the active model editor and refreshes after every command.
 */
public class MembershipMatrixView extends ModelEditorView {

	public static final String ID = HelixUI.MEMBERSHIP_MATRIX_ID;

	/** The colours of the four helices; UNSPECIFIED cells stay white. */
	public static final Map<HelixKind, RGB> HELIX_COLOURS = Map.of(
			HelixKind.GOVERNMENT, new RGB(0xc6, 0xdb, 0xef),
			HelixKind.INDUSTRY, new RGB(0xfd, 0xd0, 0xa2),
			HelixKind.KNOWLEDGE, new RGB(0xc7, 0xe9, 0xc0),
			HelixKind.CIVIL_SOCIETY, new RGB(0xda, 0xda, 0xeb));

	private static final List<HelixKind> LEGEND = List.of(HelixKind.GOVERNMENT, HelixKind.INDUSTRY, HelixKind.KNOWLEDGE,
			HelixKind.CIVIL_SOCIETY);

	private final Map<HelixKind, Color> colours = new LinkedHashMap<>();
	private Table table;
	private final List<GovernanceBody> rows = new ArrayList<>();
	private final List<Organisation> columns = new ArrayList<>();

	@Override
	protected void createControl(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		HELIX_COLOURS.forEach((helix, rgb) -> colours.put(helix, new Color(rgb)));
		Composite legend = new Composite(parent, SWT.NONE);
		legend.setLayout(new RowLayout(SWT.HORIZONTAL));
		legend.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(legend, SWT.NONE).setText("Helix:");
		for (HelixKind helix : LEGEND) {
			Label swatch = new Label(legend, SWT.BORDER);
			swatch.setText(" " + helixText(helix) + " ");
			swatch.setBackground(colours.get(helix));
		}
		Button export = new Button(parent, SWT.PUSH);
		export.setText("Export CSV…");
		export.addListener(SWT.Selection, e -> CsvExport.exportWithDialog(parent.getShell(), "memberships.csv", header(), csvRows()));
		table = new Table(parent, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
	}

	@Override
	protected void modelChanged() {
		if (table == null || table.isDisposed()) {
			return;
		}
		rows.clear();
		columns.clear();
		Resource resource = getModelEditor() == null || getModelEditor().getModel() == null ? null
				: getModelEditor().getModel().eResource();
		if (resource != null) {
			rows.addAll(Edits.allOf(resource, GovernanceBody.class).stream().filter(b -> !b.getMemberships().isEmpty()).toList());
			TreeSet<Organisation> organisations = new TreeSet<>(Comparator.comparing(MembershipMatrixView::shortLabel,
					String.CASE_INSENSITIVE_ORDER).thenComparing(Organisation::getId, Comparator.nullsFirst(Comparator.naturalOrder())));
			rows.forEach(body -> body.getMemberships().stream().map(Membership::getOrganisation).filter(o -> o != null)
					.forEach(organisations::add));
			columns.addAll(organisations);
		}
		rebuild();
		setContentDescription(resource == null ? "Open a Helix model to see who sits in which governance body."
				: rows.size() + " governance bodies × " + columns.size() + " member organisations");
	}

	private void rebuild() {
		table.setRedraw(false);
		try {
			for (TableColumn column : table.getColumns()) {
				column.dispose();
			}
			TableColumn first = new TableColumn(table, SWT.LEFT);
			first.setText("Governance body");
			first.setWidth(260);
			for (Organisation organisation : columns) {
				TableColumn column = new TableColumn(table, SWT.CENTER);
				column.setText(shortLabel(organisation));
				column.setToolTipText(Edits.label(organisation) + " (" + helixText(organisation.getHelix()) + ")");
				column.setData(organisation);
				column.setWidth(90);
			}
			table.removeAll();
			for (GovernanceBody body : rows) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setData(body);
				item.setText(0, Edits.label(body));
				for (int c = 0; c < columns.size(); c++) {
					List<Membership> memberships = memberships(body, columns.get(c));
					item.setText(c + 1, roles(memberships));
					if (!memberships.isEmpty()) {
						Color colour = colours.get(helixOf(columns.get(c), memberships));
						if (colour != null) {
							item.setBackground(c + 1, colour);
						}
					}
				}
			}
		} finally {
			table.setRedraw(true);
		}
	}

	private static List<Membership> memberships(GovernanceBody body, Organisation organisation) {
		return body.getMemberships().stream().filter(m -> m.getOrganisation() == organisation).toList();
	}

	/** The organisation's helix; when it is unspecified, that of its first membership which names one. */
	public static HelixKind helixOf(Organisation organisation, List<Membership> memberships) {
		if (organisation.getHelix() != null && organisation.getHelix() != HelixKind.UNSPECIFIED) {
			return organisation.getHelix();
		}
		return memberships.stream().map(Membership::getHelix).filter(h -> h != null && h != HelixKind.UNSPECIFIED)
				.findFirst().orElse(HelixKind.UNSPECIFIED);
	}

	/** The roles, as words, distinct and comma-separated ("Member", "Chair, Member"). */
	public static String roles(List<Membership> memberships) {
		return String.join(", ", memberships.stream().map(Membership::getRole).map(MembershipMatrixView::roleText).distinct().toList());
	}

	public static String roleText(MembershipRole role) {
		return role == null ? "?" : words(role.getName());
	}

	public static String helixText(HelixKind helix) {
		return helix == null ? "" : words(helix.getName());
	}

	private static String words(String enumName) {
		String text = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String shortLabel(Organisation organisation) {
		String abbreviation = organisation.getAbbreviation();
		if (abbreviation != null && !abbreviation.isBlank()) {
			return abbreviation;
		}
		String name = Edits.label(organisation);
		return name.length() <= 18 ? name : name.substring(0, 17) + "…";
	}

	public Table getTable() {
		return table;
	}

	public List<GovernanceBody> getBodies() {
		return List.copyOf(rows);
	}

	public List<Organisation> getOrganisations() {
		return List.copyOf(columns);
	}

	/** The text of the cell body × organisation, or null when either is not in the matrix. */
	public String cell(GovernanceBody body, Organisation organisation) {
		int row = rows.indexOf(body);
		int column = columns.indexOf(organisation);
		return row < 0 || column < 0 ? null : table.getItem(row).getText(column + 1);
	}

	/** The background of that cell, or null. */
	public Color cellColour(GovernanceBody body, Organisation organisation) {
		int row = rows.indexOf(body);
		int column = columns.indexOf(organisation);
		return row < 0 || column < 0 ? null : table.getItem(row).getBackground(column + 1);
	}

	public List<String> header() {
		List<String> header = new ArrayList<>(List.of("Governance body"));
		columns.forEach(o -> header.add(Edits.label(o)));
		return header;
	}

	/** One line per body; a cell holds the role(s), empty where the organisation is not a member. */
	public List<List<String>> csvRows() {
		List<List<String>> csv = new ArrayList<>();
		for (GovernanceBody body : rows) {
			List<String> line = new ArrayList<>(List.of(Edits.label(body)));
			columns.forEach(o -> line.add(roles(memberships(body, o))));
			csv.add(line);
		}
		return csv;
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	public void dispose() {
		colours.values().forEach(Color::dispose);
		super.dispose();
	}
}
