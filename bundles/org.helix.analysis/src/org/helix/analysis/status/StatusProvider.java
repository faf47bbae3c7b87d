package org.helix.analysis.status;

import java.time.LocalDate;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.helix.model.core.HelixModel;

/**
 * Gives the status (RAG) of model elements as of a date. Contributed through the extension point
 * {@code org.helix.analysis.statusProviders} (schema/statusProviders.exsd, docs/analysis.md); the workbench's RAG
 * column, fiche, dashboard, label decorations and diagram borders ask {@link StatusProviders}, so they show no RAG when
 * no provider is installed. The monitoring bundle contributes the programme RAG this way.
 * <p>
 * A provider only reads the model, and is called on the thread that may read it: the UI thread for an editor's live
 * model, or a Job's thread for a snapshot ({@link org.helix.analysis.ModelSnapshot}) that nobody else uses. It must not
 * add adapters to the model or keep it beyond the call.
 */
public interface StatusProvider {

	/** The status of {@code element} as of {@code asOf}; null when this provider does not rate it. */
	ElementStatus status(EObject element, LocalDate asOf);

	/**
	 * The status of every element this provider rates in {@code model}, by element id (elements without an id are left
	 * out). Used for a whole model at once (label decorations), so a provider with a roll-up computes it once here.
	 */
	Map<String, ElementStatus> statuses(HelixModel model, LocalDate asOf);
}
