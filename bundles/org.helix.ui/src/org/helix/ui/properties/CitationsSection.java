package org.helix.ui.properties;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetWidgetFactory;
import org.helix.model.core.CoreFactory;
import org.helix.model.core.CorePackage;
import org.helix.model.core.HelixElement;
import org.helix.model.core.NamedElement;
import org.helix.model.core.Note;
import org.helix.model.core.SourceCitation;
import org.helix.ui.programme.Edits;

/**
 * The sources an element was taken from (document, lines, quote) and the notes modellers left on it. Notes can be
 * added and removed here, citations removed; each is one command.
 */
public class CitationsSection extends AbstractPropertySection {

	private Composite body;
	private TableViewer citations;
	private TableViewer notes;
	private Button addNote;
	private Button removeNote;
	private Button removeCitation;
	private HelixElement element;
	private AdapterFactoryEditingDomain domain;
	private ElementWatcher watcher;

	@Override
	public void createControls(Composite parent, TabbedPropertySheetPage page) {
		super.createControls(parent, page);
		TabbedPropertySheetWidgetFactory factory = getWidgetFactory();
		body = factory.createFlatFormComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 6).spacing(8, 4).applyTo(body);

		heading(factory, "Source citations");
		citations = table(factory, new String[] { "Document", "Lines", "Quote" }, new int[] { 30, 10, 60 });
		citations.getTable().setData("name", "citations");
		Composite citationButtons = buttons(factory);
		removeCitation = factory.createButton(citationButtons, "Remove", SWT.PUSH);
		removeCitation.addListener(SWT.Selection, event -> removeSelected(citations, CorePackage.Literals.HELIX_ELEMENT__CITATIONS));

		heading(factory, "Notes");
		notes = table(factory, new String[] { "Date", "Author", "Note" }, new int[] { 15, 15, 70 });
		notes.getTable().setData("name", "notes");
		Composite noteButtons = buttons(factory);
		addNote = factory.createButton(noteButtons, "Add Note...", SWT.PUSH);
		addNote.addListener(SWT.Selection, event -> addNote());
		removeNote = factory.createButton(noteButtons, "Remove", SWT.PUSH);
		removeNote.addListener(SWT.Selection, event -> removeSelected(notes, CorePackage.Literals.HELIX_ELEMENT__NOTES));
		for (Button button : List.of(removeCitation, addNote, removeNote)) {
			GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
		}
		watcher = new ElementWatcher(body, this::refresh);
		citations.addSelectionChangedListener(event -> updateButtons());
		notes.addSelectionChangedListener(event -> updateButtons());
	}

	private void heading(TabbedPropertySheetWidgetFactory factory, String text) {
		var label = factory.createCLabel(body, text);
		label.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().span(2, 1).applyTo(label);
	}

	private TableViewer table(TabbedPropertySheetWidgetFactory factory, String[] titles, int[] weights) {
		Composite holder = factory.createComposite(body);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, 120).applyTo(holder);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		TableViewer viewer = new TableViewer(holder, SWT.MULTI | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (int i = 0; i < titles.length; i++) {
			int column = i;
			TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
			viewerColumn.getColumn().setText(titles[i]);
			layout.setColumnData(viewerColumn.getColumn(), new ColumnWeightData(weights[i], 60));
			viewerColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object row) {
					return cell(row, column);
				}
			});
		}
		return viewer;
	}

	private Composite buttons(TabbedPropertySheetWidgetFactory factory) {
		Composite buttons = factory.createComposite(body);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(buttons);
		return buttons;
	}

	static String cell(Object row, int column) {
		if (row instanceof SourceCitation citation) {
			return switch (column) {
			case 0 -> citation.getDocument() != null && citation.getDocument().getName() != null
					? citation.getDocument().getName()
					: citation.getDocumentTitle() != null ? citation.getDocumentTitle() : nonNull(citation.getDocumentId());
			case 1 -> citation.getFromLine() == null ? ""
					: citation.getToLine() == null || citation.getToLine().equals(citation.getFromLine())
							? String.valueOf(citation.getFromLine())
							: citation.getFromLine() + "\u2013" + citation.getToLine();
			default -> nonNull(citation.getQuote()).replace('\n', ' ');
			};
		}
		if (row instanceof Note note) {
			return switch (column) {
			case 0 -> note.getDate() == null ? "" : ValueText.format(org.helix.model.core.CorePackage.Literals.LOCAL_DATE, note.getDate());
			case 1 -> nonNull(note.getAuthor());
			default -> nonNull(note.getText()).replace('\n', ' ');
			};
		}
		return "";
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	@Override
	public void setInput(IWorkbenchPart part, ISelection selection) {
		super.setInput(part, selection);
		EObject selected = Elements.element(selection);
		element = selected instanceof HelixElement helixElement ? helixElement : null;
		domain = Elements.domain(element);
		watcher.watch(element);
	}

	@Override
	public void refresh() {
		if (body == null || body.isDisposed() || element == null) {
			return;
		}
		citations.setInput(element.getCitations().toArray());
		notes.setInput(element.getNotes().toArray());
		updateButtons();
	}

	private void updateButtons() {
		boolean editable = domain != null;
		addNote.setEnabled(editable);
		removeNote.setEnabled(editable && !notes.getStructuredSelection().isEmpty());
		removeCitation.setEnabled(editable && !citations.getStructuredSelection().isEmpty());
	}

	/** Asks for the text; the note gets today's date and the user's name as its author. */
	void addNote() {
		IInputValidator notEmpty = text -> text.isBlank() ? "A note needs a text" : null;
		String name = element instanceof NamedElement named && named.getName() != null ? " '" + named.getName() + "'" : "";
		InputDialog dialog = new InputDialog(body.getShell(), "Add Note",
				"Note on " + TitleLabelProvider.typeName(element) + name + ":", "", notEmpty) {
			@Override
			protected int getInputTextStyle() {
				return SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL;
			}
		};
		if (dialog.open() == InputDialog.OK) {
			addNote(dialog.getValue());
		}
	}

	/** Adds a note as one command; false when the element cannot be edited. */
	boolean addNote(String text) {
		if (domain == null) {
			return false;
		}
		Note note = CoreFactory.eINSTANCE.createNote();
		note.setText(text.strip());
		note.setAuthor(System.getProperty("user.name"));
		note.setDate(LocalDate.now()); // the day on the user's own calendar
		return Edits.add(domain, element, CorePackage.Literals.HELIX_ELEMENT__NOTES, note);
	}

	private void removeSelected(TableViewer viewer, org.eclipse.emf.ecore.EStructuralFeature feature) {
		List<?> selected = viewer.getStructuredSelection().toList();
		if (domain != null && !selected.isEmpty()) {
			Edits.remove(domain, element, feature, selected);
		}
	}

	HelixElement element() {
		return element;
	}

	TableViewer citationsViewer() {
		return citations;
	}

	TableViewer notesViewer() {
		return notes;
	}

	@Override
	public boolean shouldUseExtraSpace() {
		return true;
	}

	@Override
	public void dispose() {
		if (watcher != null) {
			watcher.watch(null);
		}
		super.dispose();
	}
}
