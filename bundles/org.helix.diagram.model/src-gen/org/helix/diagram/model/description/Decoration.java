/**
 * Helix
 */
package org.helix.diagram.model.description;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decoration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A badge drawn at the node's top-right corner when condition holds on its element; tooltipExpression gives its tooltip.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.Decoration#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.Decoration#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.Decoration#getTooltipExpression <em>Tooltip Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.Decoration#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getDecoration()
 * @model
 * @generated
 */
public interface Decoration extends EObject {
	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getDecoration_Condition()
	 * @model required="true"
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.Decoration#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.diagram.model.description.DecorationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.helix.diagram.model.description.DecorationKind
	 * @see #setKind(DecorationKind)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getDecoration_Kind()
	 * @model
	 * @generated
	 */
	DecorationKind getKind();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.Decoration#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.helix.diagram.model.description.DecorationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DecorationKind value);

	/**
	 * Returns the value of the '<em><b>Tooltip Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tooltip Expression</em>' attribute.
	 * @see #setTooltipExpression(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getDecoration_TooltipExpression()
	 * @model
	 * @generated
	 */
	String getTooltipExpression();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.Decoration#getTooltipExpression <em>Tooltip Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tooltip Expression</em>' attribute.
	 * @see #getTooltipExpression()
	 * @generated
	 */
	void setTooltipExpression(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getDecoration_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.Decoration#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

} // Decoration
