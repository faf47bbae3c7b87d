/**
 * Helix
 */
package org.helix.model.core;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Helix Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of every modelled element. Any element can carry source citations (document + line range) and free notes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.core.HelixElement#getCitations <em>Citations</em>}</li>
 *   <li>{@link org.helix.model.core.HelixElement#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.helix.model.core.CorePackage#getHelixElement()
 * @model abstract="true"
 * @generated
 */
public interface HelixElement extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Citations</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.core.SourceCitation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Citations</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixElement_Citations()
	 * @model containment="true"
	 * @generated
	 */
	EList<SourceCitation> getCitations();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.core.Note}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixElement_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Note> getNotes();

} // HelixElement
