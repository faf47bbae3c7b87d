/**
 * Helix
 */
package org.helix.model.ecosystem;

import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Transition Priority</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A transition priority set by a government (digital, climate and energy, geopolitical; seed 004 L559-571, L1145).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.TransitionPriority#getSourceText <em>Source Text</em>}</li>
 * </ul>
 *
 * @see org.helix.model.ecosystem.EcosystemPackage#getTransitionPriority()
 * @model
 * @generated
 */
public interface TransitionPriority extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Source Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Text</em>' attribute.
	 * @see #setSourceText(String)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getTransitionPriority_SourceText()
	 * @model
	 * @generated
	 */
	String getSourceText();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.TransitionPriority#getSourceText <em>Source Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Text</em>' attribute.
	 * @see #getSourceText()
	 * @generated
	 */
	void setSourceText(String value);

} // TransitionPriority
