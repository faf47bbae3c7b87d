/**
 * Helix
 */
package org.helix.diagram.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.DiagramDescription#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.DiagramDescription#getRootExpression <em>Root Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.DiagramDescription#getTitleExpression <em>Title Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.DiagramDescription#isSynchronized <em>Synchronized</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.DiagramDescription#getLayout <em>Layout</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.DiagramDescription#getLayoutTopExpression <em>Layout Top Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.DiagramDescription#getLayers <em>Layers</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.DiagramDescription#getFilters <em>Filters</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getDiagramDescription()
 * @model
 * @generated
 */
public interface DiagramDescription extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domain Class</em>' attribute.
	 * @see #setDomainClass(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getDiagramDescription_DomainClass()
	 * @model required="true"
	 * @generated
	 */
	String getDomainClass();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.DiagramDescription#getDomainClass <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Class</em>' attribute.
	 * @see #getDomainClass()
	 * @generated
	 */
	void setDomainClass(String value);

	/**
	 * Returns the value of the '<em><b>Root Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Root Expression</em>' attribute.
	 * @see #setRootExpression(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getDiagramDescription_RootExpression()
	 * @model
	 * @generated
	 */
	String getRootExpression();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.DiagramDescription#getRootExpression <em>Root Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root Expression</em>' attribute.
	 * @see #getRootExpression()
	 * @generated
	 */
	void setRootExpression(String value);

	/**
	 * Returns the value of the '<em><b>Title Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title Expression</em>' attribute.
	 * @see #setTitleExpression(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getDiagramDescription_TitleExpression()
	 * @model
	 * @generated
	 */
	String getTitleExpression();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.DiagramDescription#getTitleExpression <em>Title Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title Expression</em>' attribute.
	 * @see #getTitleExpression()
	 * @generated
	 */
	void setTitleExpression(String value);

	/**
	 * Returns the value of the '<em><b>Synchronized</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Synchronized</em>' attribute.
	 * @see #setSynchronized(boolean)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getDiagramDescription_Synchronized()
	 * @model default="true"
	 * @generated
	 */
	boolean isSynchronized();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.DiagramDescription#isSynchronized <em>Synchronized</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Synchronized</em>' attribute.
	 * @see #isSynchronized()
	 * @generated
	 */
	void setSynchronized(boolean value);

	/**
	 * Returns the value of the '<em><b>Layout</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.diagram.model.description.LayoutKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layout</em>' attribute.
	 * @see org.helix.diagram.model.description.LayoutKind
	 * @see #setLayout(LayoutKind)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getDiagramDescription_Layout()
	 * @model
	 * @generated
	 */
	LayoutKind getLayout();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.DiagramDescription#getLayout <em>Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layout</em>' attribute.
	 * @see org.helix.diagram.model.description.LayoutKind
	 * @see #getLayout()
	 * @generated
	 */
	void setLayout(LayoutKind value);

	/**
	 * Returns the value of the '<em><b>Layout Top Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A condition on the element of a top-level node: a layered layout puts the nodes for which it holds in its first layer, at the top (for example the permanent council of a governance diagram).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layout Top Expression</em>' attribute.
	 * @see #setLayoutTopExpression(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getDiagramDescription_LayoutTopExpression()
	 * @model
	 * @generated
	 */
	String getLayoutTopExpression();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.DiagramDescription#getLayoutTopExpression <em>Layout Top Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layout Top Expression</em>' attribute.
	 * @see #getLayoutTopExpression()
	 * @generated
	 */
	void setLayoutTopExpression(String value);

	/**
	 * Returns the value of the '<em><b>Layers</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.Layer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layers</em>' containment reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getDiagramDescription_Layers()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<Layer> getLayers();

	/**
	 * Returns the value of the '<em><b>Filters</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.Filter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Filters</em>' containment reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getDiagramDescription_Filters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Filter> getFilters();

} // DiagramDescription
