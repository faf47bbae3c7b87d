/**
 * Helix
 */
package org.helix.diagram.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Delete Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.DeleteTool#getMappings <em>Mappings</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getDeleteTool()
 * @model
 * @generated
 */
public interface DeleteTool extends Tool {
	/**
	 * Returns the value of the '<em><b>Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.DiagramElementMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mappings</em>' reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getDeleteTool_Mappings()
	 * @model required="true"
	 * @generated
	 */
	EList<DiagramElementMapping> getMappings();

} // DeleteTool
