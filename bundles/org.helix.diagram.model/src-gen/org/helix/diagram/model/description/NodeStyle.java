/**
 * Helix
 */
package org.helix.diagram.model.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.NodeStyle#getShape <em>Shape</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.NodeStyle#getFillColor <em>Fill Color</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.NodeStyle#getBorderColor <em>Border Color</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.NodeStyle#getBorderWidth <em>Border Width</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.NodeStyle#getBorderLineStyle <em>Border Line Style</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.NodeStyle#getWidth <em>Width</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.NodeStyle#getHeight <em>Height</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.NodeStyle#getIcon <em>Icon</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getNodeStyle()
 * @model
 * @generated
 */
public interface NodeStyle extends Style {
	/**
	 * Returns the value of the '<em><b>Shape</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.diagram.model.description.Shape}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shape</em>' attribute.
	 * @see org.helix.diagram.model.description.Shape
	 * @see #setShape(Shape)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getNodeStyle_Shape()
	 * @model
	 * @generated
	 */
	Shape getShape();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.NodeStyle#getShape <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shape</em>' attribute.
	 * @see org.helix.diagram.model.description.Shape
	 * @see #getShape()
	 * @generated
	 */
	void setShape(Shape value);

	/**
	 * Returns the value of the '<em><b>Fill Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fill Color</em>' attribute.
	 * @see #setFillColor(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getNodeStyle_FillColor()
	 * @model
	 * @generated
	 */
	String getFillColor();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.NodeStyle#getFillColor <em>Fill Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fill Color</em>' attribute.
	 * @see #getFillColor()
	 * @generated
	 */
	void setFillColor(String value);

	/**
	 * Returns the value of the '<em><b>Border Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Border Color</em>' attribute.
	 * @see #setBorderColor(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getNodeStyle_BorderColor()
	 * @model
	 * @generated
	 */
	String getBorderColor();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.NodeStyle#getBorderColor <em>Border Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Border Color</em>' attribute.
	 * @see #getBorderColor()
	 * @generated
	 */
	void setBorderColor(String value);

	/**
	 * Returns the value of the '<em><b>Border Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Border Width</em>' attribute.
	 * @see #setBorderWidth(int)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getNodeStyle_BorderWidth()
	 * @model
	 * @generated
	 */
	int getBorderWidth();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.NodeStyle#getBorderWidth <em>Border Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Border Width</em>' attribute.
	 * @see #getBorderWidth()
	 * @generated
	 */
	void setBorderWidth(int value);

	/**
	 * Returns the value of the '<em><b>Border Line Style</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.diagram.model.description.LineStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Border Line Style</em>' attribute.
	 * @see org.helix.diagram.model.description.LineStyle
	 * @see #setBorderLineStyle(LineStyle)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getNodeStyle_BorderLineStyle()
	 * @model
	 * @generated
	 */
	LineStyle getBorderLineStyle();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.NodeStyle#getBorderLineStyle <em>Border Line Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Border Line Style</em>' attribute.
	 * @see org.helix.diagram.model.description.LineStyle
	 * @see #getBorderLineStyle()
	 * @generated
	 */
	void setBorderLineStyle(LineStyle value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getNodeStyle_Width()
	 * @model
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.NodeStyle#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(int)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getNodeStyle_Height()
	 * @model
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.NodeStyle#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

	/**
	 * Returns the value of the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Icon</em>' attribute.
	 * @see #setIcon(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getNodeStyle_Icon()
	 * @model
	 * @generated
	 */
	String getIcon();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.NodeStyle#getIcon <em>Icon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Icon</em>' attribute.
	 * @see #getIcon()
	 * @generated
	 */
	void setIcon(String value);

} // NodeStyle
