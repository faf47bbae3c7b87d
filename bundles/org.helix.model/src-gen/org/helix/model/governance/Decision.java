/**
 * Helix
 */
package org.helix.model.governance;

import org.helix.model.core.HelixElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A decision taken in a meeting.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.governance.Decision#getText <em>Text</em>}</li>
 *   <li>{@link org.helix.model.governance.Decision#getConsensus <em>Consensus</em>}</li>
 * </ul>
 *
 * @see org.helix.model.governance.GovernancePackage#getDecision()
 * @model
 * @generated
 */
public interface Decision extends HelixElement {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.helix.model.governance.GovernancePackage#getDecision_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.Decision#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Consensus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consensus</em>' attribute.
	 * @see #setConsensus(Boolean)
	 * @see org.helix.model.governance.GovernancePackage#getDecision_Consensus()
	 * @model
	 * @generated
	 */
	Boolean getConsensus();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.Decision#getConsensus <em>Consensus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consensus</em>' attribute.
	 * @see #getConsensus()
	 * @generated
	 */
	void setConsensus(Boolean value);

} // Decision
