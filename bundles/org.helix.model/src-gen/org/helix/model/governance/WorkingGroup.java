/**
 * Helix
 */
package org.helix.model.governance;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Working Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A working group (prepares policy advice) or project group (executes projects); fixed thematic or temporary, led by a trekker (seed 001 L440-445, L3294-3312).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.governance.WorkingGroup#getProjectGroup <em>Project Group</em>}</li>
 *   <li>{@link org.helix.model.governance.WorkingGroup#getFixed <em>Fixed</em>}</li>
 *   <li>{@link org.helix.model.governance.WorkingGroup#getAssignment <em>Assignment</em>}</li>
 * </ul>
 *
 * @see org.helix.model.governance.GovernancePackage#getWorkingGroup()
 * @model
 * @generated
 */
public interface WorkingGroup extends GovernanceBody {
	/**
	 * Returns the value of the '<em><b>Project Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Project Group</em>' attribute.
	 * @see #setProjectGroup(Boolean)
	 * @see org.helix.model.governance.GovernancePackage#getWorkingGroup_ProjectGroup()
	 * @model
	 * @generated
	 */
	Boolean getProjectGroup();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.WorkingGroup#getProjectGroup <em>Project Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Project Group</em>' attribute.
	 * @see #getProjectGroup()
	 * @generated
	 */
	void setProjectGroup(Boolean value);

	/**
	 * Returns the value of the '<em><b>Fixed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fixed</em>' attribute.
	 * @see #setFixed(Boolean)
	 * @see org.helix.model.governance.GovernancePackage#getWorkingGroup_Fixed()
	 * @model
	 * @generated
	 */
	Boolean getFixed();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.WorkingGroup#getFixed <em>Fixed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fixed</em>' attribute.
	 * @see #getFixed()
	 * @generated
	 */
	void setFixed(Boolean value);

	/**
	 * Returns the value of the '<em><b>Assignment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assignment</em>' attribute.
	 * @see #setAssignment(String)
	 * @see org.helix.model.governance.GovernancePackage#getWorkingGroup_Assignment()
	 * @model
	 * @generated
	 */
	String getAssignment();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.WorkingGroup#getAssignment <em>Assignment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assignment</em>' attribute.
	 * @see #getAssignment()
	 * @generated
	 */
	void setAssignment(String value);

} // WorkingGroup
