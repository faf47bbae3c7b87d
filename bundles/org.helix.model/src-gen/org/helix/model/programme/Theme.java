/**
 * Helix
 */
package org.helix.model.programme;

import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Theme</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A theme within a dimension (2/2/3/3 themes in seed 001).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.programme.Theme#getSectionRef <em>Section Ref</em>}</li>
 * </ul>
 *
 * @see org.helix.model.programme.ProgrammePackage#getTheme()
 * @model
 * @generated
 */
public interface Theme extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Section Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Section Ref</em>' attribute.
	 * @see #setSectionRef(String)
	 * @see org.helix.model.programme.ProgrammePackage#getTheme_SectionRef()
	 * @model
	 * @generated
	 */
	String getSectionRef();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Theme#getSectionRef <em>Section Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Section Ref</em>' attribute.
	 * @see #getSectionRef()
	 * @generated
	 */
	void setSectionRef(String value);

} // Theme
