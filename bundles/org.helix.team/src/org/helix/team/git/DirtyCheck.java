package org.helix.team.git;

/**
 * Asked before a pull touches the working tree: true when an editor holds unsaved changes of a model in the
 * repository. A pull then does nothing and says so (the user saves first), so it never overwrites unsaved work.
 */
@FunctionalInterface
public interface DirtyCheck {

	DirtyCheck NONE = () -> false;

	boolean hasUnsavedChanges();
}
