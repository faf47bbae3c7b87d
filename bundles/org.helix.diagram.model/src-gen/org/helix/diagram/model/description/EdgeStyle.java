/**
 * Helix
 */
package org.helix.diagram.model.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.EdgeStyle#getColor <em>Color</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.EdgeStyle#getWidth <em>Width</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.EdgeStyle#getLineStyle <em>Line Style</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.EdgeStyle#getSourceArrow <em>Source Arrow</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.EdgeStyle#getTargetArrow <em>Target Arrow</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.EdgeStyle#getRouting <em>Routing</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getEdgeStyle()
 * @model
 * @generated
 */
public interface EdgeStyle extends Style {
	/**
	 * Returns the value of the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Color</em>' attribute.
	 * @see #setColor(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getEdgeStyle_Color()
	 * @model
	 * @generated
	 */
	String getColor();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.EdgeStyle#getColor <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Color</em>' attribute.
	 * @see #getColor()
	 * @generated
	 */
	void setColor(String value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getEdgeStyle_Width()
	 * @model
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.EdgeStyle#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Line Style</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.diagram.model.description.LineStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line Style</em>' attribute.
	 * @see org.helix.diagram.model.description.LineStyle
	 * @see #setLineStyle(LineStyle)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getEdgeStyle_LineStyle()
	 * @model
	 * @generated
	 */
	LineStyle getLineStyle();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.EdgeStyle#getLineStyle <em>Line Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Style</em>' attribute.
	 * @see org.helix.diagram.model.description.LineStyle
	 * @see #getLineStyle()
	 * @generated
	 */
	void setLineStyle(LineStyle value);

	/**
	 * Returns the value of the '<em><b>Source Arrow</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.diagram.model.description.ArrowHead}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Arrow</em>' attribute.
	 * @see org.helix.diagram.model.description.ArrowHead
	 * @see #setSourceArrow(ArrowHead)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getEdgeStyle_SourceArrow()
	 * @model
	 * @generated
	 */
	ArrowHead getSourceArrow();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.EdgeStyle#getSourceArrow <em>Source Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Arrow</em>' attribute.
	 * @see org.helix.diagram.model.description.ArrowHead
	 * @see #getSourceArrow()
	 * @generated
	 */
	void setSourceArrow(ArrowHead value);

	/**
	 * Returns the value of the '<em><b>Target Arrow</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.diagram.model.description.ArrowHead}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Arrow</em>' attribute.
	 * @see org.helix.diagram.model.description.ArrowHead
	 * @see #setTargetArrow(ArrowHead)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getEdgeStyle_TargetArrow()
	 * @model
	 * @generated
	 */
	ArrowHead getTargetArrow();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.EdgeStyle#getTargetArrow <em>Target Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Arrow</em>' attribute.
	 * @see org.helix.diagram.model.description.ArrowHead
	 * @see #getTargetArrow()
	 * @generated
	 */
	void setTargetArrow(ArrowHead value);

	/**
	 * Returns the value of the '<em><b>Routing</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.diagram.model.description.Routing}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Routing</em>' attribute.
	 * @see org.helix.diagram.model.description.Routing
	 * @see #setRouting(Routing)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getEdgeStyle_Routing()
	 * @model
	 * @generated
	 */
	Routing getRouting();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.EdgeStyle#getRouting <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Routing</em>' attribute.
	 * @see org.helix.diagram.model.description.Routing
	 * @see #getRouting()
	 * @generated
	 */
	void setRouting(Routing value);

} // EdgeStyle
