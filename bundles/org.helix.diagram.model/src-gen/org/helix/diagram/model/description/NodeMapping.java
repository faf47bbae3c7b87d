/**
 * Helix
 */
package org.helix.diagram.model.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getNodeMapping()
 * @model
 * @generated
 */
public interface NodeMapping extends DiagramElementMapping {
} // NodeMapping
