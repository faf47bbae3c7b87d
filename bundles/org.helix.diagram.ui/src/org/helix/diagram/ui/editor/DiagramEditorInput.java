package org.helix.diagram.ui.editor;

import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.part.FileEditorInput;

/** A {@code .helix} file and the diagram description to show it with: one editor per file and viewpoint. */
public class DiagramEditorInput extends FileEditorInput {

	private final String descriptionId;

	public DiagramEditorInput(IFile file, String descriptionId) {
		super(file);
		this.descriptionId = descriptionId;
	}

	public String descriptionId() {
		return descriptionId;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other) && other instanceof DiagramEditorInput input && Objects.equals(descriptionId, input.descriptionId);
	}

	@Override
	public int hashCode() {
		return 31 * super.hashCode() + Objects.hashCode(descriptionId);
	}
}
