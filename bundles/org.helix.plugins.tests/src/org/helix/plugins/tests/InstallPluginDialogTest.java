package org.helix.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.helix.plugins.ui.InstallPluginDialog;
import org.helix.ui.testsupport.UiSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help > Install Plug-in... in the running workbench, driven through its widgets: a zipped update site is loaded, its
 * feature checked and installed in a job into a temporary installation; the dialog then offers a restart. The menu
 * entry is there too.
 */
class InstallPluginDialogTest {

	@TempDir
	Path temp;

	TestInstallation helix;
	Path zip;
	InstallPluginDialog dialog;

	@BeforeEach
	void setUp() throws Exception {
		helix = TestInstallation.create(temp.resolve("installation"));
		TestSite.publishAuditSite(temp);
		zip = TestSite.zip(temp.resolve("site"), temp.resolve("audit-site.zip"));
		UiSupport.windowSize();
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		dialog = new InstallPluginDialog(window, helix.installation);
		dialog.setBlockOnOpen(false);
		dialog.open();
		UiSupport.settle();
	}

	@AfterEach
	void tearDown() {
		if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
	}

	@Test
	void loadsASiteAndInstallsTheCheckedFeature() throws Exception {
		dialog.repositoryField().setText(zip.toString());
		dialog.loadRepository();
		UiSupport.waitUntil("the site's features and bundles", () -> !dialog.isBusy()
				&& dialog.offeredViewer().getTable().getItemCount() == 3);
		assertNull(dialog.getErrorMessage());
		assertEquals(List.of("Audit analyzer", PluginInstallerTest.FEATURE, "1.2.0", "feature"),
				cells(0, 4));
		Button install = dialog.installButton();
		assertFalse(install.isEnabled(), "nothing checked yet");

		// what SWT does when the user clicks the row's check box
		dialog.offeredViewer().getTable().getItem(0).setChecked(true);
		dialog.offeredViewer().getTable().notifyListeners(SWT.Selection, checkEvent(0));
		UiSupport.waitUntil("the Install button enabled", install::isEnabled);
		UiSupport.screenshot("install-plugin.png");
		UiSupport.select(install);

		UiSupport.waitUntil("the install to end", () -> !dialog.isBusy() && "&Restart Now".equals(install.getText()));
		assertNull(dialog.getErrorMessage());
		assertEquals("Installed feature " + PluginInstallerTest.FEATURE + " 1.2.0. Restart Helix to use it.",
				dialog.getMessage());
		assertTrue(helix.profileUnits().contains(PluginInstallerTest.FEATURE + ".feature.group 1.2.0"));
		assertTrue(helix.bundlesInfo().contains(PluginInstallerTest.ANALYZER + ",1.2.0,plugins/"
				+ PluginInstallerTest.ANALYZER + "_1.2.0.jar,4,false"));
	}

	@Test
	void reportsWhatIsNoRepository() throws Exception {
		dialog.repositoryField().setText(temp.resolve("sources").toString());
		dialog.loadRepository();
		UiSupport.waitUntil("the error", () -> !dialog.isBusy() && dialog.getErrorMessage() != null);
		assertTrue(dialog.getErrorMessage().startsWith("no p2 repository at " + temp.resolve("sources").toUri()),
				dialog.getErrorMessage());
		assertEquals(0, dialog.offeredViewer().getTable().getItemCount());
	}

	@Test
	void helpMenuOffersTheDialog() {
		var menu = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
		var help = Arrays.stream(menu.getItems()).filter(item -> item.getText().replace("&", "").equals("Help"))
				.findFirst().orElseThrow();
		// menus contributed through org.eclipse.ui.menus fill in when shown
		help.getMenu().notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
		List<String> labels = Arrays.stream(help.getMenu().getItems()).map(item -> item.getText().replace("&", ""))
				.toList();
		help.getMenu().notifyListeners(SWT.Hide, new org.eclipse.swt.widgets.Event());
		assertTrue(labels.stream().anyMatch(label -> label.startsWith("Install Plug-in...")), labels.toString());
	}

	private List<String> cells(int row, int columns) {
		var item = dialog.offeredViewer().getTable().getItem(row);
		return java.util.stream.IntStream.range(0, columns).mapToObj(item::getText).toList();
	}

	private org.eclipse.swt.widgets.Event checkEvent(int row) {
		org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
		event.detail = SWT.CHECK;
		event.item = dialog.offeredViewer().getTable().getItem(row);
		return event;
	}
}
