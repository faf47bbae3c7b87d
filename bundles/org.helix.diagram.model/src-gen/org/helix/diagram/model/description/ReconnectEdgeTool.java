/**
 * Helix
 */
package org.helix.diagram.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reconnect Edge Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Dragging an end of an edge of the mappings onto another node: the operations run with $element (the edge's element), $source, $target, $oldEnd, $newEnd and $otherEnd; the precondition is evaluated on the new end's element with the same variables. Without operations, the end's feature is moved from the old end to the new one.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.ReconnectEdgeTool#getMappings <em>Mappings</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.ReconnectEdgeTool#getReconnectionKind <em>Reconnection Kind</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.ReconnectEdgeTool#getOperations <em>Operations</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getReconnectEdgeTool()
 * @model
 * @generated
 */
public interface ReconnectEdgeTool extends Tool {
	/**
	 * Returns the value of the '<em><b>Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.EdgeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mappings</em>' reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getReconnectEdgeTool_Mappings()
	 * @model required="true"
	 * @generated
	 */
	EList<EdgeMapping> getMappings();

	/**
	 * Returns the value of the '<em><b>Reconnection Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.diagram.model.description.ReconnectionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reconnection Kind</em>' attribute.
	 * @see org.helix.diagram.model.description.ReconnectionKind
	 * @see #setReconnectionKind(ReconnectionKind)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getReconnectEdgeTool_ReconnectionKind()
	 * @model
	 * @generated
	 */
	ReconnectionKind getReconnectionKind();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.ReconnectEdgeTool#getReconnectionKind <em>Reconnection Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reconnection Kind</em>' attribute.
	 * @see org.helix.diagram.model.description.ReconnectionKind
	 * @see #getReconnectionKind()
	 * @generated
	 */
	void setReconnectionKind(ReconnectionKind value);

	/**
	 * Returns the value of the '<em><b>Operations</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.ModelOperation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operations</em>' containment reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getReconnectEdgeTool_Operations()
	 * @model containment="true"
	 * @generated
	 */
	EList<ModelOperation> getOperations();

} // ReconnectEdgeTool
