package org.helix.app;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.part.ViewPart;

/** The first thing a new user sees: what Helix is for and who it serves. */
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

	private FormToolkit toolkit;
	private ScrolledForm form;

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
