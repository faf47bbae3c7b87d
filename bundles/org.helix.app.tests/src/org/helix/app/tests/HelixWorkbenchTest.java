package org.helix.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.helix.app.HelixBranding;
import org.helix.app.ModellingPerspective;
import org.helix.app.StartView;
import org.junit.jupiter.api.Test;

/** Runs inside the Helix application under the UI harness: a real workbench window on a real Display. */
class HelixWorkbenchTest {

	private static IWorkbenchWindow window() {
		IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
		assertEquals(1, windows.length, "Helix opens exactly one workbench window");
		return windows[0];
	}

	@Test
	void windowIsOpenOnARealDisplayWithTheHelixTitle() {
		Shell shell = window().getShell();
		assertEquals(Display.getCurrent(), shell.getDisplay(), "tests run on the UI thread of the workbench display");
		assertTrue(shell.isVisible());
		assertEquals("Helix", shell.getText());
		assertTrue(shell.getImages().length >= 2, "window carries the Helix icons in several sizes");
	}

	@Test
	void workbenchOpensInTheModellingPerspective() {
		IPerspectiveDescriptor perspective = window().getActivePage().getPerspective();
		assertEquals(ModellingPerspective.ID, perspective.getId());
		assertEquals("Modelling", perspective.getLabel());
	}

	@Test
	void modellingPerspectiveShowsStartPropertiesAndOutline() {
		IWorkbenchPage page = window().getActivePage();
		assertNotNull(page.findView(StartView.ID), "start view");
		assertNotNull(page.findView(IPageLayout.ID_PROP_SHEET), "properties view");
		assertNotNull(page.findView(IPageLayout.ID_OUTLINE), "outline view");
		assertNotNull(page.findView("org.helix.ui.explorer"), "model explorer");
		assertTrue(page.isEditorAreaVisible());
	}

	@Test
	void ctrlQQuitsEvenWithTheTextEditorsLegacyBinding() throws ParseException {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		Binding binding = bindings.getPerfectMatch(KeySequence.getInstance("M1+Q"));
		assertNotNull(binding, () -> "Ctrl+Q is bound, without a conflict; bindings of Ctrl+Q: " + Arrays.stream(bindings.getBindings())
				.filter(b -> b.getTriggerSequence().format().equals("Ctrl+Q")).map(Object::toString).toList());
		assertEquals("org.eclipse.ui.file.exit", binding.getParameterizedCommand().getId());
	}

	@Test
	void productIsBrandedAsHelix() {
		IProduct product = Platform.getProduct();
		assertNotNull(product, "the product is set when Helix runs");
		assertEquals(HelixBranding.PRODUCT_ID, product.getId());
		assertEquals(HelixBranding.PRODUCT_NAME, product.getName());
		assertEquals(HelixBranding.APPLICATION_ID, product.getApplication());
		String about = product.getProperty("aboutText");
		assertTrue(about.startsWith("Helix"), about);
		assertTrue(about.contains("Klimaatsprong voor de Industrie"), about);
	}

	@Test
	void menuBarOffersFileEditWindowAndHelp() {
		List<String> menus = Arrays.stream(window().getShell().getMenuBar().getItems())
				.map(MenuItem::getText)
				.map(text -> text.replace("&", ""))
				.toList();
		assertTrue(menus.containsAll(List.of("File", "Edit", "Window", "Help")), menus.toString());
		assertTrue(menus.indexOf("File") < menus.indexOf("Help"), menus.toString());
	}
}
