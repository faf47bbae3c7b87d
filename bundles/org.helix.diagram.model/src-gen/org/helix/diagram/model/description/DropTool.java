/**
 * Helix
 */
package org.helix.diagram.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Drop Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Moves a dropped semantic element (of one of the mappings' domain classes) into containmentFeature of the element behind the drop target.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.DropTool#getMappings <em>Mappings</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.DropTool#getContainmentFeature <em>Containment Feature</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getDropTool()
 * @model
 * @generated
 */
public interface DropTool extends Tool {
	/**
	 * Returns the value of the '<em><b>Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mappings</em>' reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getDropTool_Mappings()
	 * @model required="true"
	 * @generated
	 */
	EList<NodeMapping> getMappings();

	/**
	 * Returns the value of the '<em><b>Containment Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Containment Feature</em>' attribute.
	 * @see #setContainmentFeature(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getDropTool_ContainmentFeature()
	 * @model required="true"
	 * @generated
	 */
	String getContainmentFeature();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.DropTool#getContainmentFeature <em>Containment Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Containment Feature</em>' attribute.
	 * @see #getContainmentFeature()
	 * @generated
	 */
	void setContainmentFeature(String value);

} // DropTool
