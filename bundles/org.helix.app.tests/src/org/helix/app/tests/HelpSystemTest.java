package org.helix.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.help.internal.base.BaseHelpSystem;
import org.eclipse.help.internal.server.WebappManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.internal.help.WorkbenchHelpSystem;
import org.junit.jupiter.api.Test;

/**
 * Help > Help Contents reaches the Helix User Guide: the menu entry is there and enabled, the workbench has a help UI
 * (org.eclipse.help.ui) to show it, and the help server (help.webapp on the embedded Jetty) serves the guide's table
 * of contents and pages to the Help window or the browser.
 */
@SuppressWarnings("restriction")
class HelpSystemTest {

	@Test
	void helpMenuOffersHelpContentsAndSearch() {
		Menu help = Arrays.stream(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar().getItems())
				.filter(item -> item.getText().replace("&", "").equals("Help")).findFirst().orElseThrow().getMenu();
		help.notifyListeners(SWT.Show, new Event()); // menus are filled when they open
		List<MenuItem> items = Arrays.asList(help.getItems());
		MenuItem contents = items.stream().filter(item -> item.getText().replace("&", "").startsWith("Help Contents"))
				.findFirst().orElseThrow(() -> new AssertionError(items.stream().map(MenuItem::getText).toList().toString()));
		assertTrue(contents.isEnabled());
		assertTrue(items.stream().anyMatch(item -> item.getText().replace("&", "").startsWith("Search")),
				items.stream().map(MenuItem::getText).toList().toString());
		help.notifyListeners(SWT.Hide, new Event());
		assertTrue(WorkbenchHelpSystem.getInstance().hasHelpUI(), "org.eclipse.help.ui shows the help contents");
	}

	@Test
	void helpServerServesTheHelixUserGuide() throws Exception {
		assertTrue(BaseHelpSystem.ensureWebappRunning(), "the help web application starts on the embedded Jetty");
		String base = "http://" + WebappManager.getHost() + ":" + WebappManager.getPort() + "/help";

		String topic = get(base + "/topic/org.helix.app/help/getting-started.html");
		assertTrue(topic.contains("Getting started with Helix"), topic);

		// the Help window's contents page is a JSP (Jasper compiles it); it loads the tables of contents from
		// tocfragment, which lists the Helix User Guide
		assertTrue(get(base + "/advanced/tocView.jsp").contains("Table of contents"));
		String tocs = get(base + "/advanced/tocfragment");
		assertTrue(tocs.contains("Helix User Guide"), tocs);
	}

	private static String get(String url) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
		connection.setConnectTimeout(10_000);
		connection.setReadTimeout(60_000);
		assertEquals(200, connection.getResponseCode(), url);
		try (InputStream in = connection.getInputStream()) {
			String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertNotNull(body);
			return body;
		} finally {
			connection.disconnect();
		}
	}
}
