/**
 * Helix
 */
package org.helix.diagram.model.notation;

import org.eclipse.emf.ecore.EObject;

import org.helix.diagram.model.description.Style;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.notation.DiagramElement#getMappingId <em>Mapping Id</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.DiagramElement#getSemanticElement <em>Semantic Element</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.DiagramElement#getLabel <em>Label</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.DiagramElement#isVisible <em>Visible</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.DiagramElement#getStyleKey <em>Style Key</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.DiagramElement#getAppliedStyle <em>Applied Style</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.DiagramElement#getStyleOverride <em>Style Override</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.notation.NotationPackage#getDiagramElement()
 * @model abstract="true"
 * @generated
 */
public interface DiagramElement extends EObject {
	/**
	 * Returns the value of the '<em><b>Mapping Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mapping Id</em>' attribute.
	 * @see #setMappingId(String)
	 * @see org.helix.diagram.model.notation.NotationPackage#getDiagramElement_MappingId()
	 * @model required="true"
	 * @generated
	 */
	String getMappingId();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.notation.DiagramElement#getMappingId <em>Mapping Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapping Id</em>' attribute.
	 * @see #getMappingId()
	 * @generated
	 */
	void setMappingId(String value);

	/**
	 * Returns the value of the '<em><b>Semantic Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Semantic Element</em>' reference.
	 * @see #setSemanticElement(EObject)
	 * @see org.helix.diagram.model.notation.NotationPackage#getDiagramElement_SemanticElement()
	 * @model
	 * @generated
	 */
	EObject getSemanticElement();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.notation.DiagramElement#getSemanticElement <em>Semantic Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Semantic Element</em>' reference.
	 * @see #getSemanticElement()
	 * @generated
	 */
	void setSemanticElement(EObject value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.helix.diagram.model.notation.NotationPackage#getDiagramElement_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.notation.DiagramElement#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Visible</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visible</em>' attribute.
	 * @see #setVisible(boolean)
	 * @see org.helix.diagram.model.notation.NotationPackage#getDiagramElement_Visible()
	 * @model default="true"
	 * @generated
	 */
	boolean isVisible();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.notation.DiagramElement#isVisible <em>Visible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visible</em>' attribute.
	 * @see #isVisible()
	 * @generated
	 */
	void setVisible(boolean value);

	/**
	 * Returns the value of the '<em><b>Style Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which style of the mapping applies: 'default', or 'conditional:N' for the N-th conditional style whose condition held.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Style Key</em>' attribute.
	 * @see #setStyleKey(String)
	 * @see org.helix.diagram.model.notation.NotationPackage#getDiagramElement_StyleKey()
	 * @model
	 * @generated
	 */
	String getStyleKey();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.notation.DiagramElement#getStyleKey <em>Style Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style Key</em>' attribute.
	 * @see #getStyleKey()
	 * @generated
	 */
	void setStyleKey(String value);

	/**
	 * Returns the value of the '<em><b>Applied Style</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The description style that applies (resolved by the synchronizer; not saved).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Applied Style</em>' reference.
	 * @see #setAppliedStyle(Style)
	 * @see org.helix.diagram.model.notation.NotationPackage#getDiagramElement_AppliedStyle()
	 * @model transient="true"
	 * @generated
	 */
	Style getAppliedStyle();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.notation.DiagramElement#getAppliedStyle <em>Applied Style</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Applied Style</em>' reference.
	 * @see #getAppliedStyle()
	 * @generated
	 */
	void setAppliedStyle(Style value);

	/**
	 * Returns the value of the '<em><b>Style Override</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Style attributes the user set by hand; a set attribute wins over the applied style.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Style Override</em>' containment reference.
	 * @see #setStyleOverride(Style)
	 * @see org.helix.diagram.model.notation.NotationPackage#getDiagramElement_StyleOverride()
	 * @model containment="true"
	 * @generated
	 */
	Style getStyleOverride();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.notation.DiagramElement#getStyleOverride <em>Style Override</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style Override</em>' containment reference.
	 * @see #getStyleOverride()
	 * @generated
	 */
	void setStyleOverride(Style value);

} // DiagramElement
