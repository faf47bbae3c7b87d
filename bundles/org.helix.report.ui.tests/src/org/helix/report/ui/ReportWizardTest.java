package org.helix.report.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.helix.examples.Example;
import org.helix.model.core.HelixModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report wizard on the Klimaatsprong example: the programme, the sections (all checked at first), the folder;
 * Finish writes the chosen sections in a Job, from a snapshot, after the dialog has closed. (In the wizard's package,
 * so the test reaches the page's widgets.)
 */
class ReportWizardTest {

	@TempDir
	Path folder;

	@Test
	void finishWritesTheChosenSectionsInAJob() throws Exception {
		HelixModel model = Example.KLIMAATSPRONG.build();
		ReportWizard wizard = new ReportWizard(model);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertEquals("Klimaatsprong voor de Industrie", wizard.page.programmes.getText());
			assertFalse(wizard.canFinish(), "no folder chosen yet");
			// the 9 built-in sections and the diagrams section of org.helix.report.diagrams (in the product feature)
			assertEquals(10, wizard.page.sections.getItemCount());
			for (TableItem item : wizard.page.sections.getItems()) {
				assertTrue(item.getChecked());
				item.setChecked(!"org.helix.report.governance".equals(item.getData()));
			}
			wizard.page.folder.setText(folder.toString());
			assertTrue(wizard.canFinish());
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		waitUntil(() -> wizard.job.getResult() != null);
		assertTrue(wizard.job.getResult().isOK(), wizard.job.getResult().toString());
		String index = Files.readString(folder.resolve("index.html"));
		assertTrue(index.contains("Progress report: Klimaatsprong voor de Industrie"));
		assertTrue(index.contains("Budget"));
		assertFalse(index.contains("Governance health"), "the unchecked section is left out");
		assertTrue(Files.size(folder.resolve("report.pdf")) > 10_000);
	}

	/** Runs the event loop until the condition holds, with a generous time-out; never a fixed number of passes. */
	private static void waitUntil(BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 180_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("timed out waiting for the report job");
			}
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> {
				});
				display.sleep();
			}
		}
	}
}
