/**
 * Helix
 */
package org.helix.diagram.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Creation Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * For a relation-based mapping: adds the target element to referenceFeature of the source element. For an element-based mapping: creates elementClass in containmentFeature of the diagram root and sets its sourceFeature and targetFeature.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.EdgeCreationTool#getMapping <em>Mapping</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.EdgeCreationTool#getReferenceFeature <em>Reference Feature</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.EdgeCreationTool#getElementClass <em>Element Class</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.EdgeCreationTool#getContainmentFeature <em>Containment Feature</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.EdgeCreationTool#getSourceFeature <em>Source Feature</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.EdgeCreationTool#getTargetFeature <em>Target Feature</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.EdgeCreationTool#getOperations <em>Operations</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getEdgeCreationTool()
 * @model
 * @generated
 */
public interface EdgeCreationTool extends Tool {
	/**
	 * Returns the value of the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mapping</em>' reference.
	 * @see #setMapping(EdgeMapping)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getEdgeCreationTool_Mapping()
	 * @model required="true"
	 * @generated
	 */
	EdgeMapping getMapping();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.EdgeCreationTool#getMapping <em>Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapping</em>' reference.
	 * @see #getMapping()
	 * @generated
	 */
	void setMapping(EdgeMapping value);

	/**
	 * Returns the value of the '<em><b>Reference Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reference Feature</em>' attribute.
	 * @see #setReferenceFeature(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getEdgeCreationTool_ReferenceFeature()
	 * @model
	 * @generated
	 */
	String getReferenceFeature();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.EdgeCreationTool#getReferenceFeature <em>Reference Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference Feature</em>' attribute.
	 * @see #getReferenceFeature()
	 * @generated
	 */
	void setReferenceFeature(String value);

	/**
	 * Returns the value of the '<em><b>Element Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Element Class</em>' attribute.
	 * @see #setElementClass(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getEdgeCreationTool_ElementClass()
	 * @model
	 * @generated
	 */
	String getElementClass();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.EdgeCreationTool#getElementClass <em>Element Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element Class</em>' attribute.
	 * @see #getElementClass()
	 * @generated
	 */
	void setElementClass(String value);

	/**
	 * Returns the value of the '<em><b>Containment Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Containment Feature</em>' attribute.
	 * @see #setContainmentFeature(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getEdgeCreationTool_ContainmentFeature()
	 * @model
	 * @generated
	 */
	String getContainmentFeature();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.EdgeCreationTool#getContainmentFeature <em>Containment Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Containment Feature</em>' attribute.
	 * @see #getContainmentFeature()
	 * @generated
	 */
	void setContainmentFeature(String value);

	/**
	 * Returns the value of the '<em><b>Source Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Feature</em>' attribute.
	 * @see #setSourceFeature(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getEdgeCreationTool_SourceFeature()
	 * @model
	 * @generated
	 */
	String getSourceFeature();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.EdgeCreationTool#getSourceFeature <em>Source Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Feature</em>' attribute.
	 * @see #getSourceFeature()
	 * @generated
	 */
	void setSourceFeature(String value);

	/**
	 * Returns the value of the '<em><b>Target Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Feature</em>' attribute.
	 * @see #setTargetFeature(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getEdgeCreationTool_TargetFeature()
	 * @model
	 * @generated
	 */
	String getTargetFeature();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.EdgeCreationTool#getTargetFeature <em>Target Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Feature</em>' attribute.
	 * @see #getTargetFeature()
	 * @generated
	 */
	void setTargetFeature(String value);

	/**
	 * Returns the value of the '<em><b>Operations</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.ModelOperation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Run after the default connection, in the same command, with $source and $target (the ends elements) and $instance (the created element of an element-based mapping; else the source).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operations</em>' containment reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getEdgeCreationTool_Operations()
	 * @model containment="true"
	 * @generated
	 */
	EList<ModelOperation> getOperations();

} // EdgeCreationTool
