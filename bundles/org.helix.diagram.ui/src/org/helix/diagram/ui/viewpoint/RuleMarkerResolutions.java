package org.helix.diagram.ui.viewpoint;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.helix.diagram.model.description.QuickFix;
import org.helix.diagram.model.description.ValidationRule;
import org.helix.diagram.viewpoint.ValidationRules;
import org.helix.diagram.viewpoint.ValidationRules.Violation;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;

/**
 * The Problems view's <em>Quick Fix</em> on a validation rule marker: one resolution per quick fix the rule declares.
 * Running one opens the model (if it is not open), finds the element again by its id and runs the fix's operations as
 * ONE command on the model editor's command stack, so Undo in the editor takes it back and the marker follows.
 */
public class RuleMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		ValidationRule rule = rule(marker);
		return rule != null && !rule.getFixes().isEmpty();
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		ValidationRule rule = rule(marker);
		if (rule == null) {
			return new IMarkerResolution[0];
		}
		return rule.getFixes().stream().map(fix -> new Resolution(rule, fix)).toArray(IMarkerResolution[]::new);
	}

	private static ValidationRule rule(IMarker marker) {
		String id = marker.getAttribute(RuleMarkers.RULE_ID, null);
		return id == null ? null : ValidationRules.rule(ValidationRules.rules(ViewpointRegistry.getDefault()), id);
	}

	/** One quick fix of a rule, for any marker of that rule. */
	private static final class Resolution implements IMarkerResolution2 {

		private final ValidationRule rule;
		private final QuickFix fix;

		Resolution(ValidationRule rule, QuickFix fix) {
			this.rule = rule;
			this.fix = fix;
		}

		@Override
		public String getLabel() {
			return fix.getLabel() != null ? fix.getLabel() : fix.getId();
		}

		@Override
		public String getDescription() {
			return "Runs the quick fix of the rule '" + (rule.getLabel() != null ? rule.getLabel() : rule.getId())
					+ "' as one command (Undo takes it back).";
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			if (!(marker.getResource() instanceof IFile file)) {
				return;
			}
			HelixModelEditor editor = open(file);
			EObject element = editor == null || editor.getModel() == null ? null
					: editor.getModel().eResource().getEObject(marker.getAttribute(HelixUI.ELEMENT_ID, ""));
			if (element == null) {
				return;
			}
			List<Violation> violations = ValidationRules.check(element, List.of(rule));
			if (violations.isEmpty()) {
				return; // already repaired since the marker was written
			}
			Command command = ValidationRules.fix(editor.getEditingDomain(), violations.get(0), fix);
			if (command.canExecute()) {
				editor.getEditingDomain().getCommandStack().execute(command);
			} else {
				MessageDialog.openError(editor.getSite().getShell(), getLabel(), "The quick fix cannot be applied: " + command.getDescription());
			}
		}

		/** The model editor of the file, opened when it is not (which also starts its markers). */
		private static HelixModelEditor open(IFile file) {
			HelixModelEditor editor = RuleMarkers.editorOf(file);
			if (editor != null) {
				return editor;
			}
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			try {
				IEditorPart part = IDE.openEditor(page, file, HelixUI.EDITOR_ID);
				return part instanceof HelixModelEditor model ? model : null;
			} catch (PartInitException e) {
				MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Quick Fix", e.getMessage());
				return null;
			}
		}
	}
}
