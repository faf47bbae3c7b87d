package org.helix.ui;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/** Ids and factories that other Helix UI bundles and tests rely on. */
public final class HelixUI {

	public static final String PLUGIN_ID = "org.helix.ui";
	public static final String EDITOR_ID = "org.helix.ui.editor";
	public static final String EXPLORER_ID = "org.helix.ui.explorer";
	/** The fiche of one priority action, on the model editor's editing domain. */
	public static final String FICHE_EDITOR_ID = "org.helix.ui.fiche";
	/** All priority actions of the active model as a table. */
	public static final String FICHE_TABLE_ID = "org.helix.ui.ficheTable";
	/** Actions x operational objectives, operational x long-term objectives. */
	public static final String TRACEABILITY_ID = "org.helix.ui.traceability";
	/** Governance bodies x member organisations, cells coloured by helix. */
	public static final String MEMBERSHIP_MATRIX_ID = "org.helix.ui.membershipMatrix";
	/** File > New > Helix Model. */
	public static final String NEW_MODEL_WIZARD_ID = "org.helix.ui.wizards.newModel";
	/** File > New > Helix Example. */
	public static final String OPEN_EXAMPLE_WIZARD_ID = "org.helix.ui.wizards.openExample";
	public static final String VALIDATE_COMMAND_ID = "org.helix.ui.validate";
	/** Problem markers made by validation; subtype of the platform's problem marker, so the Problems view shows them. */
	public static final String PROBLEM_MARKER = "org.helix.ui.problem";
	/** Marker attribute holding the id of the element a problem is about. */
	public static final String ELEMENT_ID = "elementId";
	public static final String EXAMPLES_PROJECT = "Helix Examples";
	/** Validation jobs (the check and the writing of its markers) belong to this family. */
	public static final String VALIDATION_JOB_FAMILY = "org.helix.ui.validation";

	private HelixUI() {
	}

	/**
	 * An adapter factory over every registered item provider factory (the five Helix packages), resources, and a
	 * reflective fallback for anything else. Each viewer or editor makes its own and disposes it.
	 */
	public static ComposedAdapterFactory createAdapterFactory() {
		ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return factory;
	}
}
