/**
 * Helix
 */
package org.helix.model.programme;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dimension</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A dimension (pillar) of a programme with its themes, e.g. financing the transition (seed 001 L1454-1456).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.programme.Dimension#getCode <em>Code</em>}</li>
 *   <li>{@link org.helix.model.programme.Dimension#getInScope <em>In Scope</em>}</li>
 *   <li>{@link org.helix.model.programme.Dimension#getThemes <em>Themes</em>}</li>
 * </ul>
 *
 * @see org.helix.model.programme.ProgrammePackage#getDimension()
 * @model
 * @generated
 */
public interface Dimension extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.helix.model.programme.ProgrammePackage#getDimension_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Dimension#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>In Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>In Scope</em>' attribute.
	 * @see #setInScope(Boolean)
	 * @see org.helix.model.programme.ProgrammePackage#getDimension_InScope()
	 * @model
	 * @generated
	 */
	Boolean getInScope();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Dimension#getInScope <em>In Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In Scope</em>' attribute.
	 * @see #getInScope()
	 * @generated
	 */
	void setInScope(Boolean value);

	/**
	 * Returns the value of the '<em><b>Themes</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.programme.Theme}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Themes</em>' containment reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getDimension_Themes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Theme> getThemes();

} // Dimension
