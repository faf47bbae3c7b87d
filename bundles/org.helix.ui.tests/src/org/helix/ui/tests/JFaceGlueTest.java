package org.helix.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashMap;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.helix.core.persistence.HelixPersistence;
import org.helix.examples.Example;
import org.helix.model.core.HelixModel;
import org.helix.model.programme.ActionStatus;
import org.helix.model.programme.PriorityAction;
import org.helix.ui.HelixUI;
import org.helix.ui.jface.AdapterFactoryContentProvider;
import org.helix.ui.jface.AdapterFactoryLabelProvider;
import org.helix.ui.jface.ChoiceCellEditor;
import org.helix.ui.jface.DataTypeCellEditor;
import org.helix.ui.jface.PropertySourceProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JFace glue over EMF.Edit with real SWT widgets: tree, labels, images, property sources, cell editors. */
class JFaceGlueTest {

	@TempDir
	Path folder;

	private HelixModel load(AdapterFactoryEditingDomain domain) throws Exception {
		Path file = folder.resolve("ks.helix");
		try (InputStream in = Example.KLIMAATSPRONG.open()) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
		}
		HelixPersistence.configure(domain.getResourceSet());
		return HelixPersistence.load(domain.getResourceSet(), file);
	}

	@Test
	void treeFollowsCommandsAndImagesAreFreedWithTheLabelProvider() throws Exception {
		ComposedAdapterFactory factory = HelixUI.createAdapterFactory();
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack(), new HashMap<>());
		HelixModel model = load(domain);
		Shell shell = new Shell();
		shell.setLayout(new FillLayout());
		try {
			TreeViewer viewer = new TreeViewer(shell, SWT.NONE);
			AdapterFactoryLabelProvider labels = new AdapterFactoryLabelProvider(factory);
			viewer.setContentProvider(new AdapterFactoryContentProvider(factory));
			viewer.setLabelProvider(labels);
			viewer.setInput(model.eResource());
			viewer.expandToLevel(2);
			TreeItem root = viewer.getTree().getItem(0);
			assertEquals(model, root.getData());
			assertTrue(root.getItemCount() > 10, "the model's top-level elements are its children");
			Image icon = root.getItem(0).getImage();
			assertNotNull(icon);
			assertTrue(labels.images().size() > 0);

			PriorityAction action = model.getProgrammes().stream().flatMap(p -> p.getActions().stream()).findFirst().orElseThrow();
			viewer.expandToLevel(action, 0);
			domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, action,
					org.helix.model.core.CorePackage.Literals.NAMED_ELEMENT__NAME, "Renamed by a command"));
			TreeItem item = (TreeItem) viewer.testFindItem(action);
			assertTrue(item.getText().contains("Renamed by a command"), item.getText());

			shell.dispose();
			assertTrue(icon.isDisposed(), "disposing the tree disposes the label provider and its images");
			assertEquals(0, labels.images().size());
		} finally {
			if (!shell.isDisposed()) {
				shell.dispose();
			}
			factory.dispose();
		}
	}

	@Test
	void propertySourceGivesEditorsByTypeAndEditsThroughTheCommandStack() throws Exception {
		ComposedAdapterFactory factory = HelixUI.createAdapterFactory();
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack(), new HashMap<>());
		HelixModel model = load(domain);
		PropertySourceProvider provider = new PropertySourceProvider(factory);
		Shell shell = new Shell();
		try {
			PriorityAction action = model.getProgrammes().stream().flatMap(p -> p.getActions().stream()).findFirst().orElseThrow();
			IPropertySource source = provider.getPropertySource(action);

			IPropertyDescriptor status = descriptor(source, "Status");
			CellEditor statusEditor = status.createPropertyEditor(shell);
			ChoiceCellEditor combo = assertInstanceOf(ChoiceCellEditor.class, statusEditor, "enums edit in a combo");
			assertTrue(combo.values().containsAll(ActionStatus.VALUES));
			ActionStatus before = action.getStatus();
			ActionStatus other = ActionStatus.VALUES.stream().filter(value -> value != before).findFirst().orElseThrow();
			combo.setValue(other);
			assertEquals(other, combo.getValue());
			source.setPropertyValue(status.getId(), other);
			assertEquals(other, action.getStatus());
			assertTrue(domain.getCommandStack().canUndo());
			domain.getCommandStack().undo();
			assertEquals(before, action.getStatus(), "undone on the command stack");

			CellEditor budget = descriptor(source, "Budget Planned").createPropertyEditor(shell);
			DataTypeCellEditor number = assertInstanceOf(DataTypeCellEditor.class, budget);
			number.setValue(null);
			assertNull(number.getValue(), "empty means unknown");
			assertNull(number.getValidator().isValid("12.5e6"));
			assertNotNull(number.getValidator().isValid("twelve"), "text that is not a number is refused");

			IPropertyDescriptor lead = descriptor(source, "Lead");
			ChoiceCellEditor candidates = assertInstanceOf(ChoiceCellEditor.class, lead.createPropertyEditor(shell),
					"single references choose from the candidates");
			assertTrue(candidates.values().size() > 10, "the model's actors are candidates");
			assertNull(descriptor(source, "Id").createPropertyEditor(shell), "ids are read-only");
		} finally {
			shell.dispose();
			provider.dispose();
			factory.dispose();
		}
	}

	private static IPropertyDescriptor descriptor(IPropertySource source, String name) {
		return Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError(name + " not among " + Arrays.stream(source.getPropertyDescriptors())
						.map(IPropertyDescriptor::getDisplayName).toList()));
	}
}
