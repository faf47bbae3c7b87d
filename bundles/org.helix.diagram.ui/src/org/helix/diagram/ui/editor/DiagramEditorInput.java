package org.helix.diagram.ui.editor;

import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.part.FileEditorInput;

/**
 * A {@code .helix} file and the diagram description to show it with: one editor per file, description and root.
 * The root (an element's URI fragment, or null for the description's default root) picks which element a diagram
 * shows when a model has several candidates (two programmes, say); {@code reveal} only says which element to select
 * once the editor is open, so it is not part of the identity.
 */
public class DiagramEditorInput extends FileEditorInput {

	private final String descriptionId;
	private final String rootFragment;
	private final String revealFragment;

	public DiagramEditorInput(IFile file, String descriptionId) {
		this(file, descriptionId, null, null);
	}

	public DiagramEditorInput(IFile file, String descriptionId, String rootFragment, String revealFragment) {
		super(file);
		this.descriptionId = descriptionId;
		this.rootFragment = rootFragment;
		this.revealFragment = revealFragment;
	}

	public String descriptionId() {
		return descriptionId;
	}

	public String rootFragment() {
		return rootFragment;
	}

	public String revealFragment() {
		return revealFragment;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other) && other instanceof DiagramEditorInput input && Objects.equals(descriptionId, input.descriptionId)
				&& Objects.equals(rootFragment, input.rootFragment);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * super.hashCode() + Objects.hashCode(descriptionId)) + Objects.hashCode(rootFragment);
	}
}
