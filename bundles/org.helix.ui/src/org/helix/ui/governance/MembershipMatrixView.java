package org.helix.ui.governance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.helix.diagram.model.description.CrossTableDescription;
import org.helix.diagram.table.DeclaredCrossTable;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.ui.HelixUI;
import org.helix.ui.programme.CsvExport;
import org.helix.ui.programme.Edits;
import org.helix.ui.programme.ModelEditorView;

/**
 * Who sits where: governance bodies as rows, the organisations that hold a membership as columns, each cell the
 * role(s) of that organisation in that body, coloured by the organisation's helix (the membership's helix when the
 * organisation has none). Read-only; it follows the active model editor and refreshes after every command.
 * <p>
 * The matrix is a declared cross-table, {@value #TABLE_ID} ({@code tables.helix-viewpoint} of
 * org.helix.diagram.viewpoints, contributed through the extension point org.helix.diagram.viewpoints): lines, columns,
 * cells and their colours come from it, evaluated by {@link DeclaredCrossTable}.
 */
public class MembershipMatrixView extends ModelEditorView {

	public static final String ID = HelixUI.MEMBERSHIP_MATRIX_ID;
	public static final String TABLE_ID = "org.helix.governance.memberships";

	/** The colours of the four helices (the legend; the specification's cell styles use the same); UNSPECIFIED cells stay white. */
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
	/** Cell colours of the specification by {@code #rrggbb}. */
	private final Map<String, Color> cellColours = new HashMap<>();
	/** The specification evaluated on the shown model; null when none is shown. */
	private DeclaredCrossTable matrix;

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
		CrossTableDescription description = ViewpointRegistry.getDefault().table(TABLE_ID) instanceof CrossTableDescription cross ? cross
				: null;
		matrix = resource == null || description == null ? null : new DeclaredCrossTable(description, getModelEditor().getModel());
		if (matrix != null) {
			matrix.lines().stream().filter(GovernanceBody.class::isInstance).map(GovernanceBody.class::cast).forEach(rows::add);
			matrix.columns(List.copyOf(rows)).stream().filter(Organisation.class::isInstance).map(Organisation.class::cast)
					.forEach(columns::add);
		}
		rebuild();
		if (description == null) {
			setContentDescription("The cross-table specification " + TABLE_ID + " is not installed (org.helix.diagram.viewpoints).");
			return;
		}
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
			first.setText(matrix == null || matrix.description().getLineHeader() == null ? "" : matrix.description().getLineHeader());
			first.setWidth(260);
			for (Organisation organisation : columns) {
				TableColumn column = new TableColumn(table, SWT.CENTER);
				column.setText(shortLabel(matrix.columnHeader(organisation)));
				column.setToolTipText(matrix.columnLabel(organisation) + " (" + helixText(organisation.getHelix()) + ")");
				column.setData(organisation);
				column.setWidth(90);
			}
			table.removeAll();
			for (GovernanceBody body : rows) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setData(body);
				item.setText(0, matrix.lineLabel(body));
				for (int c = 0; c < columns.size(); c++) {
					item.setText(c + 1, matrix.cell(body, columns.get(c)));
					Color colour = colour(matrix.background(body, columns.get(c)));
					if (colour != null) {
						item.setBackground(c + 1, colour);
					}
				}
			}
		} finally {
			table.setRedraw(true);
		}
	}

	/** The colour of a {@code #rrggbb} of the specification, made once; null for none or a malformed one. */
	private Color colour(String hex) {
		if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
			return null;
		}
		return cellColours.computeIfAbsent(hex.toLowerCase(Locale.ROOT), h -> new Color(Integer.parseInt(h.substring(1, 3), 16),
				Integer.parseInt(h.substring(3, 5), 16), Integer.parseInt(h.substring(5, 7), 16)));
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

	/** A header that fits its column: at most 18 characters. */
	private static String shortLabel(String header) {
		return header.length() <= 18 ? header : header.substring(0, 17) + "…";
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
		List<String> header = new ArrayList<>(List.of(matrix == null ? "Governance body" : matrix.description().getLineHeader()));
		columns.forEach(o -> header.add(matrix.columnLabel(o)));
		return header;
	}

	/** One line per body; a cell holds the role(s), empty where the organisation is not a member. */
	public List<List<String>> csvRows() {
		List<List<String>> csv = new ArrayList<>();
		for (GovernanceBody body : rows) {
			List<String> line = new ArrayList<>(List.of(matrix.lineLabel(body)));
			columns.forEach(o -> line.add(matrix.export(body, o)));
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
		cellColours.values().forEach(Color::dispose);
		super.dispose();
	}
}
