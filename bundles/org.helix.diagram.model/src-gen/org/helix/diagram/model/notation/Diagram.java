/**
 * Helix
 */
package org.helix.diagram.model.notation;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.notation.Diagram#getName <em>Name</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.Diagram#getViewpointId <em>Viewpoint Id</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.Diagram#getDescriptionId <em>Description Id</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.Diagram#getSemanticRoot <em>Semantic Root</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.Diagram#isSynchronized <em>Synchronized</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.Diagram#getActiveLayers <em>Active Layers</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.Diagram#getActiveFilters <em>Active Filters</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.Diagram#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.Diagram#getEdges <em>Edges</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.notation.NotationPackage#getDiagram()
 * @model
 * @generated
 */
public interface Diagram extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.helix.diagram.model.notation.NotationPackage#getDiagram_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.notation.Diagram#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Viewpoint Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Viewpoint Id</em>' attribute.
	 * @see #setViewpointId(String)
	 * @see org.helix.diagram.model.notation.NotationPackage#getDiagram_ViewpointId()
	 * @model
	 * @generated
	 */
	String getViewpointId();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.notation.Diagram#getViewpointId <em>Viewpoint Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Viewpoint Id</em>' attribute.
	 * @see #getViewpointId()
	 * @generated
	 */
	void setViewpointId(String value);

	/**
	 * Returns the value of the '<em><b>Description Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description Id</em>' attribute.
	 * @see #setDescriptionId(String)
	 * @see org.helix.diagram.model.notation.NotationPackage#getDiagram_DescriptionId()
	 * @model required="true"
	 * @generated
	 */
	String getDescriptionId();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.notation.Diagram#getDescriptionId <em>Description Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description Id</em>' attribute.
	 * @see #getDescriptionId()
	 * @generated
	 */
	void setDescriptionId(String value);

	/**
	 * Returns the value of the '<em><b>Semantic Root</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Semantic Root</em>' reference.
	 * @see #setSemanticRoot(EObject)
	 * @see org.helix.diagram.model.notation.NotationPackage#getDiagram_SemanticRoot()
	 * @model required="true"
	 * @generated
	 */
	EObject getSemanticRoot();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.notation.Diagram#getSemanticRoot <em>Semantic Root</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Semantic Root</em>' reference.
	 * @see #getSemanticRoot()
	 * @generated
	 */
	void setSemanticRoot(EObject value);

	/**
	 * Returns the value of the '<em><b>Synchronized</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Synchronized</em>' attribute.
	 * @see #setSynchronized(boolean)
	 * @see org.helix.diagram.model.notation.NotationPackage#getDiagram_Synchronized()
	 * @model default="true"
	 * @generated
	 */
	boolean isSynchronized();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.notation.Diagram#isSynchronized <em>Synchronized</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Synchronized</em>' attribute.
	 * @see #isSynchronized()
	 * @generated
	 */
	void setSynchronized(boolean value);

	/**
	 * Returns the value of the '<em><b>Active Layers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active Layers</em>' attribute list.
	 * @see org.helix.diagram.model.notation.NotationPackage#getDiagram_ActiveLayers()
	 * @model
	 * @generated
	 */
	EList<String> getActiveLayers();

	/**
	 * Returns the value of the '<em><b>Active Filters</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active Filters</em>' attribute list.
	 * @see org.helix.diagram.model.notation.NotationPackage#getDiagram_ActiveFilters()
	 * @model
	 * @generated
	 */
	EList<String> getActiveFilters();

	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.notation.Node}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see org.helix.diagram.model.notation.NotationPackage#getDiagram_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Node> getNodes();

	/**
	 * Returns the value of the '<em><b>Edges</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.notation.Edge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edges</em>' containment reference list.
	 * @see org.helix.diagram.model.notation.NotationPackage#getDiagram_Edges()
	 * @model containment="true"
	 * @generated
	 */
	EList<Edge> getEdges();

} // Diagram
