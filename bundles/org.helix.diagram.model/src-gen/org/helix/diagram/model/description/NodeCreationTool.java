/**
 * Helix
 */
package org.helix.diagram.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Creation Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.NodeCreationTool#getMapping <em>Mapping</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.NodeCreationTool#getElementClass <em>Element Class</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.NodeCreationTool#getContainerExpression <em>Container Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.NodeCreationTool#getContainmentFeature <em>Containment Feature</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.NodeCreationTool#getInitialName <em>Initial Name</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.NodeCreationTool#getOperations <em>Operations</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getNodeCreationTool()
 * @model
 * @generated
 */
public interface NodeCreationTool extends Tool {
	/**
	 * Returns the value of the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mapping</em>' reference.
	 * @see #setMapping(NodeMapping)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getNodeCreationTool_Mapping()
	 * @model required="true"
	 * @generated
	 */
	NodeMapping getMapping();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.NodeCreationTool#getMapping <em>Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapping</em>' reference.
	 * @see #getMapping()
	 * @generated
	 */
	void setMapping(NodeMapping value);

	/**
	 * Returns the value of the '<em><b>Element Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Element Class</em>' attribute.
	 * @see #setElementClass(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getNodeCreationTool_ElementClass()
	 * @model required="true"
	 * @generated
	 */
	String getElementClass();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.NodeCreationTool#getElementClass <em>Element Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element Class</em>' attribute.
	 * @see #getElementClass()
	 * @generated
	 */
	void setElementClass(String value);

	/**
	 * Returns the value of the '<em><b>Container Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Container Expression</em>' attribute.
	 * @see #setContainerExpression(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getNodeCreationTool_ContainerExpression()
	 * @model
	 * @generated
	 */
	String getContainerExpression();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.NodeCreationTool#getContainerExpression <em>Container Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Container Expression</em>' attribute.
	 * @see #getContainerExpression()
	 * @generated
	 */
	void setContainerExpression(String value);

	/**
	 * Returns the value of the '<em><b>Containment Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Containment Feature</em>' attribute.
	 * @see #setContainmentFeature(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getNodeCreationTool_ContainmentFeature()
	 * @model required="true"
	 * @generated
	 */
	String getContainmentFeature();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.NodeCreationTool#getContainmentFeature <em>Containment Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Containment Feature</em>' attribute.
	 * @see #getContainmentFeature()
	 * @generated
	 */
	void setContainmentFeature(String value);

	/**
	 * Returns the value of the '<em><b>Initial Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initial Name</em>' attribute.
	 * @see #setInitialName(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getNodeCreationTool_InitialName()
	 * @model
	 * @generated
	 */
	String getInitialName();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.NodeCreationTool#getInitialName <em>Initial Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initial Name</em>' attribute.
	 * @see #getInitialName()
	 * @generated
	 */
	void setInitialName(String value);

	/**
	 * Returns the value of the '<em><b>Operations</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.ModelOperation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Run after the default creation, in the same command, on the created element ($instance), with $container (the element it was created in) and $root.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operations</em>' containment reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getNodeCreationTool_Operations()
	 * @model containment="true"
	 * @generated
	 */
	EList<ModelOperation> getOperations();

} // NodeCreationTool
