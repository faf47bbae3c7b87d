/**
 * Helix
 */
package org.helix.diagram.model.notation;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.notation.Node#getX <em>X</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.Node#getY <em>Y</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.Node#getWidth <em>Width</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.Node#getHeight <em>Height</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.Node#isPlaced <em>Placed</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.Node#isPinned <em>Pinned</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.Node#isCollapsed <em>Collapsed</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.Node#getChildren <em>Children</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.Node#getBorderedNodes <em>Bordered Nodes</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.notation.NotationPackage#getNode()
 * @model
 * @generated
 */
public interface Node extends DiagramElement {
	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #setX(double)
	 * @see org.helix.diagram.model.notation.NotationPackage#getNode_X()
	 * @model
	 * @generated
	 */
	double getX();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.notation.Node#getX <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X</em>' attribute.
	 * @see #getX()
	 * @generated
	 */
	void setX(double value);

	/**
	 * Returns the value of the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Y</em>' attribute.
	 * @see #setY(double)
	 * @see org.helix.diagram.model.notation.NotationPackage#getNode_Y()
	 * @model
	 * @generated
	 */
	double getY();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.notation.Node#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y</em>' attribute.
	 * @see #getY()
	 * @generated
	 */
	void setY(double value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(double)
	 * @see org.helix.diagram.model.notation.NotationPackage#getNode_Width()
	 * @model
	 * @generated
	 */
	double getWidth();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.notation.Node#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(double value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(double)
	 * @see org.helix.diagram.model.notation.NotationPackage#getNode_Height()
	 * @model
	 * @generated
	 */
	double getHeight();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.notation.Node#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(double value);

	/**
	 * Returns the value of the '<em><b>Placed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * False until a layout or the user has given the node a position; incremental layout places only unplaced nodes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Placed</em>' attribute.
	 * @see #setPlaced(boolean)
	 * @see org.helix.diagram.model.notation.NotationPackage#getNode_Placed()
	 * @model
	 * @generated
	 */
	boolean isPlaced();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.notation.Node#isPlaced <em>Placed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Placed</em>' attribute.
	 * @see #isPlaced()
	 * @generated
	 */
	void setPlaced(boolean value);

	/**
	 * Returns the value of the '<em><b>Pinned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pinned</em>' attribute.
	 * @see #setPinned(boolean)
	 * @see org.helix.diagram.model.notation.NotationPackage#getNode_Pinned()
	 * @model
	 * @generated
	 */
	boolean isPinned();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.notation.Node#isPinned <em>Pinned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pinned</em>' attribute.
	 * @see #isPinned()
	 * @generated
	 */
	void setPinned(boolean value);

	/**
	 * Returns the value of the '<em><b>Collapsed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Collapsed</em>' attribute.
	 * @see #setCollapsed(boolean)
	 * @see org.helix.diagram.model.notation.NotationPackage#getNode_Collapsed()
	 * @model
	 * @generated
	 */
	boolean isCollapsed();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.notation.Node#isCollapsed <em>Collapsed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collapsed</em>' attribute.
	 * @see #isCollapsed()
	 * @generated
	 */
	void setCollapsed(boolean value);

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.notation.Node}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.helix.diagram.model.notation.NotationPackage#getNode_Children()
	 * @model containment="true"
	 * @generated
	 */
	EList<Node> getChildren();

	/**
	 * Returns the value of the '<em><b>Bordered Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.notation.Node}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Border nodes (ports) of this node, kept apart from its children: their bounds are relative to this node, like its children's, and straddle its outline (moving the node carries them).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bordered Nodes</em>' containment reference list.
	 * @see org.helix.diagram.model.notation.NotationPackage#getNode_BorderedNodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Node> getBorderedNodes();

} // Node
