/**
 * Helix
 */
package org.helix.diagram.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.ContainerMapping#getChildrenPresentation <em>Children Presentation</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.ContainerMapping#getSubMappings <em>Sub Mappings</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getContainerMapping()
 * @model
 * @generated
 */
public interface ContainerMapping extends NodeMapping {
	/**
	 * Returns the value of the '<em><b>Children Presentation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.diagram.model.description.ChildrenPresentation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children Presentation</em>' attribute.
	 * @see org.helix.diagram.model.description.ChildrenPresentation
	 * @see #setChildrenPresentation(ChildrenPresentation)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getContainerMapping_ChildrenPresentation()
	 * @model
	 * @generated
	 */
	ChildrenPresentation getChildrenPresentation();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.ContainerMapping#getChildrenPresentation <em>Children Presentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Children Presentation</em>' attribute.
	 * @see org.helix.diagram.model.description.ChildrenPresentation
	 * @see #getChildrenPresentation()
	 * @generated
	 */
	void setChildrenPresentation(ChildrenPresentation value);

	/**
	 * Returns the value of the '<em><b>Sub Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Mappings</em>' containment reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getContainerMapping_SubMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeMapping> getSubMappings();

} // ContainerMapping
