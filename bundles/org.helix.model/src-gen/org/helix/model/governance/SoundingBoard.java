/**
 * Helix
 */
package org.helix.model.governance;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sounding Board</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A sounding board (klankbordgroep), permanent or project-specific and temporary (seed 001 L391-414, L3314-3338).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.governance.SoundingBoard#getTemporary <em>Temporary</em>}</li>
 *   <li>{@link org.helix.model.governance.SoundingBoard#getSubject <em>Subject</em>}</li>
 * </ul>
 *
 * @see org.helix.model.governance.GovernancePackage#getSoundingBoard()
 * @model
 * @generated
 */
public interface SoundingBoard extends GovernanceBody {
	/**
	 * Returns the value of the '<em><b>Temporary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Temporary</em>' attribute.
	 * @see #setTemporary(Boolean)
	 * @see org.helix.model.governance.GovernancePackage#getSoundingBoard_Temporary()
	 * @model
	 * @generated
	 */
	Boolean getTemporary();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.SoundingBoard#getTemporary <em>Temporary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Temporary</em>' attribute.
	 * @see #getTemporary()
	 * @generated
	 */
	void setTemporary(Boolean value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.helix.model.governance.GovernancePackage#getSoundingBoard_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.SoundingBoard#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

} // SoundingBoard
