/**
 * Helix
 */
package org.helix.diagram.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.NodeMapping#getDecorations <em>Decorations</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.NodeMapping#getDoubleClickDescription <em>Double Click Description</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.NodeMapping#isDoubleClickEditor <em>Double Click Editor</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.NodeMapping#getBorderedNodeMappings <em>Bordered Node Mappings</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getNodeMapping()
 * @model
 * @generated
 */
public interface NodeMapping extends DiagramElementMapping {
	/**
	 * Returns the value of the '<em><b>Decorations</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.Decoration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decorations</em>' containment reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getNodeMapping_Decorations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Decoration> getDecorations();

	/**
	 * Returns the value of the '<em><b>Double Click Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of a diagram description opened on the node's element by a double-click.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Double Click Description</em>' attribute.
	 * @see #setDoubleClickDescription(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getNodeMapping_DoubleClickDescription()
	 * @model
	 * @generated
	 */
	String getDoubleClickDescription();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.NodeMapping#getDoubleClickDescription <em>Double Click Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Double Click Description</em>' attribute.
	 * @see #getDoubleClickDescription()
	 * @generated
	 */
	void setDoubleClickDescription(String value);

	/**
	 * Returns the value of the '<em><b>Double Click Editor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A double-click opens the element's editor (a priority action's fiche; otherwise selects it in the model editor).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Double Click Editor</em>' attribute.
	 * @see #setDoubleClickEditor(boolean)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getNodeMapping_DoubleClickEditor()
	 * @model
	 * @generated
	 */
	boolean isDoubleClickEditor();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.NodeMapping#isDoubleClickEditor <em>Double Click Editor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Double Click Editor</em>' attribute.
	 * @see #isDoubleClickEditor()
	 * @generated
	 */
	void setDoubleClickEditor(boolean value);

	/**
	 * Returns the value of the '<em><b>Bordered Node Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Small nodes on the border of this mapping's nodes (ports): semantic candidates are evaluated on the parent node's element (default: its direct children of the domain class); edges can connect to them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bordered Node Mappings</em>' containment reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getNodeMapping_BorderedNodeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeMapping> getBorderedNodeMappings();

} // NodeMapping
