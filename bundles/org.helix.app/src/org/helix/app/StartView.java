package org.helix.app;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.helix.ui.ExampleProject;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;

/**
 * The first thing a new user sees: what Helix is for, and links to the first steps (open the example, the fiche
 * table, a diagram, run the analyses, a new model). Diagrams and analyses are contributed by other bundles: their
 * links run commands by id and are left out when the command is not installed.
 */
public class StartView extends ViewPart {

	public static final String ID = "org.helix.app.views.start";

	static final String TEXT = """
			<form>
			<p>Helix models <b>innovation ecosystems</b> and steers <b>transition programmes</b> such as
			<b>Klimaatsprong voor de Industrie 2026-2030</b>.</p>
			<p><b>Modellers</b> map strategic domains, technologies, value chains, clusters, actors and
			governance bodies, and how they connect.</p>
			<p><b>Programme coordinators</b> track action fiches: status, deadlines, KPIs, budgets and the
			health of the governance, and produce progress reports.</p>
			<p><b>Third parties</b> add analyses, viewpoints and importers as plug-ins.</p>
			</form>""";

	/** Contributed commands the links run (org.helix.diagram.ui, org.helix.analysis.ui), by id. */
	static final String OPEN_DIAGRAM_COMMAND = "org.helix.diagram.ui.openDiagram";
	static final String DIAGRAM_PARAMETER = "org.helix.diagram.ui.openDiagram.description";
	static final String GOVERNANCE_DIAGRAM = "org.helix.governance.bodies";
	static final String RUN_ANALYSES_COMMAND = "org.helix.analysis.ui.runAnalyses";

	/** The link texts, in order. */
	public static final String OPEN_EXAMPLE = "Open the Klimaatsprong example", OPEN_FICHES = "Open the action fiche table",
			OPEN_DIAGRAM = "Open the governance diagram", RUN_ANALYSES = "Run the analyses (monitoring, governance)",
			NEW_MODEL = "Create a new model…";

	private FormToolkit toolkit;
	private ScrolledForm form;
	private final Map<String, Hyperlink> links = new LinkedHashMap<>();

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText("Welcome to Helix");
		toolkit.decorateFormHeading(form.getForm());
		TableWrapLayout layout = new TableWrapLayout();
		layout.leftMargin = 10;
		layout.rightMargin = 10;
		form.getBody().setLayout(layout);
		FormText text = toolkit.createFormText(form.getBody(), true);
		text.setText(TEXT, true, false);
		text.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));

		toolkit.createLabel(form.getBody(), "Get started:").setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		link(OPEN_EXAMPLE, this::openExample);
		link(OPEN_FICHES, () -> {
			if (ensureModel() != null) {
				showView(HelixUI.FICHE_TABLE_ID);
			}
		});
		if (defined(OPEN_DIAGRAM_COMMAND)) {
			link(OPEN_DIAGRAM, () -> {
				if (ensureModel() != null) {
					execute(OPEN_DIAGRAM_COMMAND, Map.of(DIAGRAM_PARAMETER, GOVERNANCE_DIAGRAM));
				}
			});
		}
		if (defined(RUN_ANALYSES_COMMAND)) {
			link(RUN_ANALYSES, () -> {
				if (ensureModel() != null) {
					execute(RUN_ANALYSES_COMMAND, Map.of());
				}
			});
		}
		link(NEW_MODEL, this::newModel);
	}

	private void link(String text, Runnable action) {
		Hyperlink link = toolkit.createHyperlink(form.getBody(), text, SWT.WRAP);
		link.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		link.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent e) {
				action.run();
			}
		});
		links.put(text, link);
	}

	/** The links shown, by text (for tests and keyboard checks). */
	public Map<String, Hyperlink> links() {
		return links;
	}

	private static boolean defined(String commandId) {
		Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(commandId);
		return command != null && command.isDefined();
	}

	/** Copies the examples when they are not in the workspace yet, then opens Klimaatsprong on its Overview. */
	private IEditorPart openExample() {
		IFile file = ExampleProject.firstStartFile();
		try {
			if (file == null || !file.exists()) {
				file = ExampleProject.install(new NullProgressMonitor());
			}
		} catch (org.eclipse.core.runtime.CoreException e) {
			message("The example could not be copied into the workspace: " + e.getMessage());
			return null;
		}
		return ExampleProject.open(getSite().getWorkbenchWindow(), file);
	}

	/** The model the links work on: the active (or an open) Helix model editor, else the example, opened. */
	private HelixModelEditor ensureModel() {
		IWorkbenchPage page = getSite().getPage();
		HelixModelEditor editor = page.getActiveEditor() instanceof HelixModelEditor active ? active : null;
		if (editor == null) {
			for (var reference : page.getEditorReferences()) {
				if (reference.getEditor(true) instanceof HelixModelEditor open) {
					editor = open;
					break;
				}
			}
		}
		if (editor == null && openExample() instanceof HelixModelEditor opened) {
			editor = opened;
		}
		if (editor != null) {
			// commands act on the active editor
			page.activate(editor);
		}
		return editor;
	}

	private void showView(String id) {
		try {
			getSite().getPage().showView(id);
		} catch (org.eclipse.ui.PartInitException e) {
			message(e.getMessage());
		}
	}

	private void execute(String commandId, Map<String, String> parameters) {
		try {
			Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(commandId);
			PlatformUI.getWorkbench().getService(IHandlerService.class)
					.executeCommand(ParameterizedCommand.generateCommand(command, parameters), null);
		} catch (Exception e) {
			message(command(commandId) + " did not run: " + e.getMessage());
		}
	}

	private static String command(String id) {
		try {
			return PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(id).getName();
		} catch (Exception e) {
			return id;
		}
	}

	private void newModel() {
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(HelixUI.NEW_MODEL_WIZARD_ID);
		if (descriptor == null) {
			return;
		}
		try {
			IWorkbenchWizard wizard = descriptor.createWizard();
			wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
			WizardDialog dialog = new WizardDialog(getSite().getShell(), wizard);
			dialog.create();
			dialog.open();
		} catch (org.eclipse.core.runtime.CoreException e) {
			message(e.getMessage());
		}
	}

	private void message(String text) {
		form.setMessage(text, org.eclipse.jface.dialogs.IMessageProvider.ERROR);
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		toolkit.dispose();
		super.dispose();
	}
}
