/**
 * Helix
 */
package org.helix.diagram.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cell Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a click on a cross-table cell does: the operations run on the line element with $line and $column, as ONE command.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.CellTool#getOperations <em>Operations</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getCellTool()
 * @model
 * @generated
 */
public interface CellTool extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Operations</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.ModelOperation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operations</em>' containment reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getCellTool_Operations()
	 * @model containment="true"
	 * @generated
	 */
	EList<ModelOperation> getOperations();

} // CellTool
