/**
 * Helix
 */
package org.helix.diagram.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Filter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.Filter#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.Filter#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.Filter#isActiveByDefault <em>Active By Default</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.Filter#getMappings <em>Mappings</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getFilter()
 * @model
 * @generated
 */
public interface Filter extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getFilter_Condition()
	 * @model required="true"
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.Filter#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.diagram.model.description.FilterKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.helix.diagram.model.description.FilterKind
	 * @see #setKind(FilterKind)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getFilter_Kind()
	 * @model
	 * @generated
	 */
	FilterKind getKind();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.Filter#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.helix.diagram.model.description.FilterKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FilterKind value);

	/**
	 * Returns the value of the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active By Default</em>' attribute.
	 * @see #setActiveByDefault(boolean)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getFilter_ActiveByDefault()
	 * @model
	 * @generated
	 */
	boolean isActiveByDefault();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.Filter#isActiveByDefault <em>Active By Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active By Default</em>' attribute.
	 * @see #isActiveByDefault()
	 * @generated
	 */
	void setActiveByDefault(boolean value);

	/**
	 * Returns the value of the '<em><b>Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.DiagramElementMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mappings</em>' reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getFilter_Mappings()
	 * @model
	 * @generated
	 */
	EList<DiagramElementMapping> getMappings();

} // Filter
