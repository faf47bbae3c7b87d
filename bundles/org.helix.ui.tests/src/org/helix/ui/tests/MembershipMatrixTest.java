package org.helix.ui.tests;

import static org.helix.ui.tests.UiTestSupport.copyOfExample;
import static org.helix.ui.tests.UiTestSupport.page;
import static org.helix.ui.tests.UiTestSupport.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.helix.examples.Example;
import org.helix.model.core.HelixKind;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.governance.GovernanceBody;
import org.helix.ui.HelixUI;
import org.helix.ui.governance.MembershipMatrixView;
import org.helix.ui.programme.CsvExport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The membership matrix on the Klimaatsprong example: the permanent overlegorgaan and its member organisations. */
class MembershipMatrixTest {

	@AfterEach
	void cleanUp() {
		page().closeAllEditors(false);
		page().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId("org.helix.app.perspective.modelling"));
		if (page().findView(HelixUI.MEMBERSHIP_MATRIX_ID) != null) {
			page().hideView(page().findView(HelixUI.MEMBERSHIP_MATRIX_ID));
		}
		processEvents();
	}

	@Test
	void theVlaamseRegeringIsAMemberOfThePermanentCouncil(@TempDir Path dir) throws Exception {
		FicheEditorTest.openModel(copyOfExample(Example.KLIMAATSPRONG, "memberships.helix"));
		IPerspectiveDescriptor monitoring = PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId("org.helix.app.perspective.monitoring");
		page().setPerspective(monitoring);
		processEvents();
		assertTrue(page().findViewReference(HelixUI.MEMBERSHIP_MATRIX_ID) != null, "part of the monitoring perspective");
		MembershipMatrixView view = assertInstanceOf(MembershipMatrixView.class, page().showView(HelixUI.MEMBERSHIP_MATRIX_ID));
		processEvents();

		GovernanceBody council = view.getBodies().stream().filter(b -> "permanent overlegorgaan".equals(b.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no permanent overlegorgaan row in " + view.getBodies()));
		Organisation regering = view.getOrganisations().stream().filter(o -> "Vlaamse Regering".equals(o.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no Vlaamse Regering column"));
		assertEquals("Member", view.cell(council, regering));
		assertEquals(HelixKind.GOVERNMENT, regering.getHelix());
		assertEquals(MembershipMatrixView.HELIX_COLOURS.get(HelixKind.GOVERNMENT), view.cellColour(council, regering).getRGB(),
				"coloured as government");
		assertEquals(view.getBodies().size(), view.getTable().getItemCount());
		assertEquals(view.getOrganisations().size() + 1, view.getTable().getColumnCount());
		long filled = view.csvRows().stream().flatMap(row -> row.stream().skip(1)).filter(cell -> !cell.isEmpty()).count();
		assertTrue(filled >= 20, "most of the 33 memberships are by organisation: " + filled);

		Path csv = dir.resolve("memberships.csv");
		CsvExport.write(csv, view.header(), view.csvRows());
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals(view.getBodies().size() + 1, lines.size());
		assertTrue(lines.get(0).startsWith("Governance body,"), lines.get(0));
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("permanent overlegorgaan,") && l.contains("Member")));

		UiTestSupport.bigWindow();
		page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		processEvents();
		UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "membership-matrix.png");
		page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);
	}
}
