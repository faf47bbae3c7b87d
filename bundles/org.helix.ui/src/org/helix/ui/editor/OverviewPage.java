package org.helix.ui.editor;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ImageHyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.helix.model.core.CorePackage;
import org.helix.model.core.HelixModel;
import org.helix.ui.ElementKind;
import org.helix.ui.HelixUI;
import org.helix.ui.jface.AdapterFactoryLabelProvider;

/**
 * The first page of the model editor: what the model is (its name and description, edited through commands), what it
 * holds (a count per kind of element, each a link to the first such element in the tree), its validation state, and
 * links to the programme and governance views. It is what a coordinator sees first, as in PDE's manifest editor.
 */
final class OverviewPage {

	private final HelixModelEditor editor;
	private final AdapterFactoryLabelProvider labels;
	private FormToolkit toolkit;
	private ScrolledForm form;
	private Text name;
	private Text description;
	private Composite counts;
	private final Map<ElementKind, ImageHyperlink> countLinks = new EnumMap<>(ElementKind.class);
	private Label validationSummary;
	private ImageHyperlink validationIcon;

	OverviewPage(HelixModelEditor editor, ComposedAdapterFactory adapterFactory) {
		this.editor = editor;
		this.labels = new AdapterFactoryLabelProvider(adapterFactory);
	}

	Control createControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText("Overview");
		toolkit.decorateFormHeading(form.getForm());
		TableWrapLayout columns = new TableWrapLayout();
		columns.numColumns = 2;
		columns.makeColumnsEqualWidth = true;
		columns.horizontalSpacing = 20;
		columns.leftMargin = columns.rightMargin = 10;
		form.getBody().setLayout(columns);

		Composite left = column(form.getBody());
		Composite right = column(form.getBody());
		createGeneral(left);
		createContents(left);
		createValidation(right);
		createViews(right);
		form.addDisposeListener(e -> {
			labels.dispose();
			toolkit.dispose();
		});
		refresh();
		return form;
	}

	private Composite column(Composite parent) {
		Composite column = toolkit.createComposite(parent);
		column.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		GridLayoutFactory.fillDefaults().spacing(0, 14).applyTo(column);
		return column;
	}

	private Composite section(Composite parent, String title, String text) {
		Section section = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		Composite client = toolkit.createComposite(section);
		section.setClient(client);
		return client;
	}

	private void createGeneral(Composite parent) {
		Composite client = section(parent, "General information", "The model's name and description.");
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(client);
		toolkit.createLabel(client, "Name:");
		name = toolkit.createText(client, "", SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
		Label label = toolkit.createLabel(client, "Description:");
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
		description = toolkit.createText(client, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, 70).applyTo(description);
		bind(name, CorePackage.Literals.NAMED_ELEMENT__NAME);
		bind(description, CorePackage.Literals.NAMED_ELEMENT__DESCRIPTION);
		toolkit.paintBordersFor(client);
	}

	/** Commits the text as a command when it loses the focus (or on Enter in a one-line field), so it can be undone. */
	private void bind(Text text, EAttribute attribute) {
		Runnable commit = () -> {
			HelixModel model = editor.getModel();
			if (model == null || text.isDisposed() || Objects.equals(blankToNull(text.getText()), blankToNull((String) model.eGet(attribute)))) {
				return;
			}
			Command set = SetCommand.create(editor.getEditingDomain(), model, attribute, text.getText());
			editor.getEditingDomain().getCommandStack().execute(set);
		};
		text.addListener(SWT.FocusOut, e -> commit.run());
		text.addListener(SWT.DefaultSelection, e -> commit.run());
	}

	private static String blankToNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

	private void createContents(Composite parent) {
		counts = section(parent, "Contents", "How many elements of each kind the model holds. Click one to show the first in the tree.");
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(16, 3).applyTo(counts);
		for (ElementKind kind : ElementKind.values()) {
			ImageHyperlink link = toolkit.createImageHyperlink(counts, SWT.NONE);
			link.setText(kind.label());
			link.addHyperlinkListener(new HyperlinkAdapter() {
				@Override
				public void linkActivated(HyperlinkEvent e) {
					showFirst(kind);
				}
			});
			Label count = toolkit.createLabel(counts, "0", SWT.RIGHT);
			GridDataFactory.fillDefaults().grab(true, false).align(SWT.END, SWT.CENTER).applyTo(count);
			link.setData("count", count);
			countLinks.put(kind, link);
		}
	}

	private void createValidation(Composite parent) {
		Composite client = section(parent, "Validation", VALIDATION_SCOPE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(client);
		validationIcon = toolkit.createImageHyperlink(client, SWT.NONE);
		validationSummary = toolkit.createLabel(client, "", SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(validationSummary);
		link(client, "Validate now", ISharedImages.IMG_OBJS_INFO_TSK, () -> {
			try {
				PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(HelixUI.VALIDATE_COMMAND_ID, null);
			} catch (Exception e) {
				validationSummary.setText("Validation did not run: " + e.getMessage());
			}
		});
		link(client, "Show the Problems view", ISharedImages.IMG_OBJS_WARN_TSK, () -> showView(IPageLayout.ID_PROBLEM_VIEW));
		// the analyses are contributed (org.helix.analysis.ui): offered by command id when installed
		org.eclipse.core.commands.Command analyses = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(RUN_ANALYSES_COMMAND_ID);
		if (analyses.isDefined()) {
			link(client, "Run the analyses (monitoring, governance) in the Analysis view", ISharedImages.IMG_OBJS_TASK_TSK, () -> {
				try {
					PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(RUN_ANALYSES_COMMAND_ID, null);
				} catch (Exception e) {
					editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage("The analyses did not run: " + e.getMessage());
				}
			});
		}
	}

	/** The command of org.helix.analysis.ui that shows the Analysis view and runs it on the active model. */
	static final String RUN_ANALYSES_COMMAND_ID = "org.helix.analysis.ui.runAnalyses";

	/**
	 * What Validate checks, and what it does not: "no problems" here says nothing about the programme, which the
	 * analyses judge (issue 11: Validate said "no problems" while the Analysis view listed 19 errors).
	 */
	static final String VALIDATION_SCOPE = "Model > Validate checks the model's structure: required names and fields, "
			+ "references, identifiers, and values that cannot be right (years, ranges, amounts). It does not judge the "
			+ "programme: the analyses (deadlines, budgets, RAG, governance) do, in the Analysis view.";

	private void createViews(Composite parent) {
		Composite client = section(parent, "Programme and governance views",
				"Tables and matrices over this model; they follow the active model editor.");
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(client);
		link(client, "Action fiches", null, () -> showView(HelixUI.FICHE_TABLE_ID));
		link(client, "Traceability matrix", null, () -> showView(HelixUI.TRACEABILITY_ID));
		link(client, "Membership matrix", null, () -> showView(HelixUI.MEMBERSHIP_MATRIX_ID));
		link(client, "Model tree", null, () -> editor.showTreePage());
	}

	private void link(Composite parent, String text, String sharedImage, Runnable action) {
		ImageHyperlink link = toolkit.createImageHyperlink(parent, SWT.NONE);
		link.setText(text);
		link.setImage(PlatformUI.getWorkbench().getSharedImages()
				.getImage(sharedImage == null ? ISharedImages.IMG_OBJ_ELEMENT : sharedImage));
		GridDataFactory.swtDefaults().span(2, 1).applyTo(link);
		link.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent e) {
				action.run();
			}
		});
	}

	private void showView(String id) {
		try {
			editor.getSite().getPage().showView(id, null, IWorkbenchPage.VIEW_ACTIVATE);
		} catch (PartInitException e) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
		}
	}

	private void showFirst(ElementKind kind) {
		EObject first = first(kind);
		if (first != null) {
			editor.reveal(java.util.List.of(first));
		}
	}

	private EObject first(ElementKind kind) {
		HelixModel model = editor.getModel();
		if (model == null) {
			return null;
		}
		for (var contents = model.eAllContents(); contents.hasNext();) {
			EObject next = contents.next();
			if (kind.matches(next)) {
				return next;
			}
		}
		return null;
	}

	/** The number of elements of each kind; what the Contents section shows. */
	Map<ElementKind, Integer> counts() {
		Map<ElementKind, Integer> result = new EnumMap<>(ElementKind.class);
		for (ElementKind kind : ElementKind.values()) {
			result.put(kind, 0);
		}
		HelixModel model = editor.getModel();
		if (model != null) {
			for (var contents = model.eAllContents(); contents.hasNext();) {
				ElementKind kind = ElementKind.of(contents.next());
				if (kind != null) {
					result.merge(kind, 1, Integer::sum);
				}
			}
		}
		return result;
	}

	/** Shows the model's current state; called after every command and after validation. */
	void refresh() {
		if (form == null || form.isDisposed()) {
			return;
		}
		HelixModel model = editor.getModel();
		if (model == null) {
			return;
		}
		form.setText(model.getName() == null || model.getName().isBlank() ? editor.getPartName() : model.getName());
		form.setImage(labels.getImage(model));
		setIfIdle(name, model.getName());
		setIfIdle(description, model.getDescription());
		Map<ElementKind, Integer> numbers = counts();
		countLinks.forEach((kind, link) -> {
			int count = numbers.get(kind);
			EObject sample = count == 0 ? null : first(kind);
			link.setImage(sample == null ? null : labels.getImage(sample));
			link.setEnabled(count > 0);
			((Label) link.getData("count")).setText(Integer.toString(count));
		});
		refreshValidation();
		counts.layout(true, true);
		form.reflow(true);
	}

	private static void setIfIdle(Text text, String value) {
		// never overwrite what the user is typing
		if (!text.isFocusControl()) {
			text.setText(value == null ? "" : value);
		}
	}

	private void refreshValidation() {
		IFile file = editor.getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
		int errors = 0;
		int warnings = 0;
		int infos = 0;
		boolean validated = false;
		if (file != null && file.exists()) {
			try {
				IMarker[] markers = file.findMarkers(HelixUI.PROBLEM_MARKER, true, IResource.DEPTH_ZERO);
				validated = markers.length > 0 || file.getSessionProperty(ValidateHandler.VALIDATED) != null;
				for (IMarker marker : markers) {
					switch (marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO)) {
					case IMarker.SEVERITY_ERROR -> errors++;
					case IMarker.SEVERITY_WARNING -> warnings++;
					default -> infos++;
					}
				}
			} catch (CoreException e) {
				validated = false;
			}
		}
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		if (!validated) {
			validationIcon.setImage(images.getImage(ISharedImages.IMG_OBJS_INFO_TSK));
			validationSummary.setText("Not validated yet.");
		} else if (errors + warnings + infos == 0) {
			validationIcon.setImage(images.getImage(ISharedImages.IMG_OBJS_INFO_TSK));
			validationSummary.setText("No structural problems found (the analyses are separate).");
		} else {
			validationIcon.setImage(images.getImage(errors > 0 ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK));
			validationSummary.setText(errors + " structural errors, " + warnings + " warnings, " + infos + " infos.");
		}
	}

	/** The summary line of the Validation section, as shown. */
	String validationText() {
		return validationSummary.getText();
	}

	Map<ElementKind, String> shownCounts() {
		Map<ElementKind, String> shown = new EnumMap<>(ElementKind.class);
		countLinks.forEach((kind, link) -> shown.put(kind, ((Label) link.getData("count")).getText()));
		return shown;
	}
}
