/**
 * Helix
 */
package org.helix.diagram.model.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Table Filter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * While active, only lines for which the condition holds are shown.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.TableFilter#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.TableFilter#isActiveByDefault <em>Active By Default</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getTableFilter()
 * @model
 * @generated
 */
public interface TableFilter extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getTableFilter_Condition()
	 * @model required="true"
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.TableFilter#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

	/**
	 * Returns the value of the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active By Default</em>' attribute.
	 * @see #setActiveByDefault(boolean)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getTableFilter_ActiveByDefault()
	 * @model
	 * @generated
	 */
	boolean isActiveByDefault();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.TableFilter#isActiveByDefault <em>Active By Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active By Default</em>' attribute.
	 * @see #isActiveByDefault()
	 * @generated
	 */
	void setActiveByDefault(boolean value);

} // TableFilter
