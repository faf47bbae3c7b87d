package org.helix.diagram.ui.viewpoint;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.helix.diagram.viewpoint.ViewpointRegistry;

/**
 * File &gt; New &gt; Helix Viewpoint: a {@code .helix-viewpoint} file in a workspace project, from a template that is
 * a working specification (a diagram of the model's organisations: one layer, one node mapping with a style, a
 * conditional style, a creation tool), valid against the Helix metamodel. Once saved it is loaded next to the
 * installed viewpoints ({@link WorkspaceViewpoints}) and offered by Open Diagram.
 */
public class NewViewpointWizard extends Wizard implements INewWizard {

	public static final String ID = "org.helix.diagram.ui.wizards.newViewpoint";

	private IStructuredSelection selection = StructuredSelection.EMPTY;
	private WizardNewFileCreationPage page;
	private IFile created;

	public NewViewpointWizard() {
		setWindowTitle("New Helix Viewpoint");
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
		this.selection = currentSelection == null ? StructuredSelection.EMPTY : currentSelection;
	}

	@Override
	public void addPages() {
		page = new WizardNewFileCreationPage("newViewpoint", selection) {
			@Override
			protected InputStream getInitialContents() {
				return new ByteArrayInputStream(template(baseName(getFileName())).getBytes(StandardCharsets.UTF_8));
			}
		};
		page.setTitle("New Helix Viewpoint");
		page.setDescription("A viewpoint specification in a project: diagrams declared in XMI, loaded at once and on every save.");
		page.setFileExtension(ViewpointRegistry.FILE_EXTENSION);
		page.setFileName("my-viewpoint." + ViewpointRegistry.FILE_EXTENSION);
		addPage(page);
	}

	public WizardNewFileCreationPage getPage() {
		return page;
	}

	/** The file made by the last Finish, or null. */
	public IFile getCreatedFile() {
		return created;
	}

	@Override
	public boolean performFinish() {
		created = page.createNewFile();
		return created != null;
	}

	private static String baseName(String fileName) {
		String suffix = "." + ViewpointRegistry.FILE_EXTENSION;
		return fileName.endsWith(suffix) ? fileName.substring(0, fileName.length() - suffix.length()) : fileName;
	}

	/**
	 * The template for a file named {@code name}: ids start with {@code workspace.NAME} so that they do not clash with
	 * the installed viewpoints; the label is the name.
	 */
	public static String template(String name) {
		String id = "workspace." + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		String label = escape(name);
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<description:Viewpoint xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:description="http://www.helix.org/diagram/1.0/description"
				    id="%1$s" label="%2$s"
				    documentation="A viewpoint of my own: edit the mappings, save, and open diagrams follow (docs/diagrams.md).">
				  <diagrams id="%1$s.diagram" label="%2$s" domainClass="HelixModel" layout="LAYERED"
				      titleExpression="name">
				    <layers id="%1$s.layer" label="Organisations">
				      <nodeMappings id="%1$s.organisation" label="Organisation" domainClass="Organisation" semanticCandidates="actors"
				          labelExpression="name">
				        <style xsi:type="description:NodeStyle" shape="ROUNDED_RECTANGLE" fillColor="#dbe8f6" borderColor="#2f5f8f" width="160" height="44"/>
				        <conditionalStyles condition="helix = 'KNOWLEDGE'">
				          <style xsi:type="description:NodeStyle" shape="ROUNDED_RECTANGLE" fillColor="#e6f2e6" borderColor="#3d7a3d" width="160" height="44"/>
				        </conditionalStyles>
				      </nodeMappings>
				      <tools xsi:type="description:NodeCreationTool" id="%1$s.createOrganisation" label="Organisation" mapping="%1$s.organisation"
				          elementClass="Organisation" containmentFeature="actors" initialName="New organisation"/>
				    </layers>
				  </diagrams>
				</description:Viewpoint>
				""".formatted(id, label);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace("'", "&apos;");
	}
}
