/**
 * Helix
 */
package org.helix.diagram.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Element-based when domainClass is set: one edge per candidate (semanticCandidates on the diagram root), from sourceExpression to targetExpression, both evaluated on the candidate. Relation-based otherwise: one edge from each node of the source mappings to each node of the target mappings that targetExpression, evaluated on the source element, yields.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.EdgeMapping#getSourceExpression <em>Source Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.EdgeMapping#getTargetExpression <em>Target Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.EdgeMapping#getSourceMappings <em>Source Mappings</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.EdgeMapping#getTargetMappings <em>Target Mappings</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.EdgeMapping#isReverseForLayout <em>Reverse For Layout</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getEdgeMapping()
 * @model
 * @generated
 */
public interface EdgeMapping extends DiagramElementMapping {
	/**
	 * Returns the value of the '<em><b>Source Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Expression</em>' attribute.
	 * @see #setSourceExpression(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getEdgeMapping_SourceExpression()
	 * @model
	 * @generated
	 */
	String getSourceExpression();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.EdgeMapping#getSourceExpression <em>Source Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Expression</em>' attribute.
	 * @see #getSourceExpression()
	 * @generated
	 */
	void setSourceExpression(String value);

	/**
	 * Returns the value of the '<em><b>Target Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Expression</em>' attribute.
	 * @see #setTargetExpression(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getEdgeMapping_TargetExpression()
	 * @model required="true"
	 * @generated
	 */
	String getTargetExpression();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.EdgeMapping#getTargetExpression <em>Target Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Expression</em>' attribute.
	 * @see #getTargetExpression()
	 * @generated
	 */
	void setTargetExpression(String value);

	/**
	 * Returns the value of the '<em><b>Source Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Mappings</em>' reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getEdgeMapping_SourceMappings()
	 * @model required="true"
	 * @generated
	 */
	EList<NodeMapping> getSourceMappings();

	/**
	 * Returns the value of the '<em><b>Target Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Mappings</em>' reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getEdgeMapping_TargetMappings()
	 * @model required="true"
	 * @generated
	 */
	EList<NodeMapping> getTargetMappings();

	/**
	 * Returns the value of the '<em><b>Reverse For Layout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The layout treats these edges as pointing from target to source (the drawing keeps their direction): reporting lines point up to the body reported to, yet that body belongs on top of a top-to-bottom layout.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reverse For Layout</em>' attribute.
	 * @see #setReverseForLayout(boolean)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getEdgeMapping_ReverseForLayout()
	 * @model
	 * @generated
	 */
	boolean isReverseForLayout();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.EdgeMapping#isReverseForLayout <em>Reverse For Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reverse For Layout</em>' attribute.
	 * @see #isReverseForLayout()
	 * @generated
	 */
	void setReverseForLayout(boolean value);

} // EdgeMapping
