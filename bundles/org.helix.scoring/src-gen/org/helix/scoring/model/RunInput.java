/**
 * Helix
 */
package org.helix.scoring.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Run Input</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A value as read for one alternative on one criterion.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.scoring.model.RunInput#getAlternative <em>Alternative</em>}</li>
 *   <li>{@link org.helix.scoring.model.RunInput#getAlternativeLabel <em>Alternative Label</em>}</li>
 *   <li>{@link org.helix.scoring.model.RunInput#getCriterion <em>Criterion</em>}</li>
 *   <li>{@link org.helix.scoring.model.RunInput#getText <em>Text</em>}</li>
 *   <li>{@link org.helix.scoring.model.RunInput#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.helix.scoring.model.ScoringsPackage#getRunInput()
 * @model
 * @generated
 */
public interface RunInput extends EObject {
	/**
	 * Returns the value of the '<em><b>Alternative</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Alternative</em>' reference.
	 * @see #setAlternative(EObject)
	 * @see org.helix.scoring.model.ScoringsPackage#getRunInput_Alternative()
	 * @model
	 * @generated
	 */
	EObject getAlternative();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.RunInput#getAlternative <em>Alternative</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alternative</em>' reference.
	 * @see #getAlternative()
	 * @generated
	 */
	void setAlternative(EObject value);

	/**
	 * Returns the value of the '<em><b>Alternative Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Alternative Label</em>' attribute.
	 * @see #setAlternativeLabel(String)
	 * @see org.helix.scoring.model.ScoringsPackage#getRunInput_AlternativeLabel()
	 * @model
	 * @generated
	 */
	String getAlternativeLabel();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.RunInput#getAlternativeLabel <em>Alternative Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alternative Label</em>' attribute.
	 * @see #getAlternativeLabel()
	 * @generated
	 */
	void setAlternativeLabel(String value);

	/**
	 * Returns the value of the '<em><b>Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criterion</em>' attribute.
	 * @see #setCriterion(String)
	 * @see org.helix.scoring.model.ScoringsPackage#getRunInput_Criterion()
	 * @model
	 * @generated
	 */
	String getCriterion();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.RunInput#getCriterion <em>Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criterion</em>' attribute.
	 * @see #getCriterion()
	 * @generated
	 */
	void setCriterion(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the path read, before the scale (e.g. VERY_STRONG); unset when nothing was set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.helix.scoring.model.ScoringsPackage#getRunInput_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.RunInput#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number used; unset when missing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(Double)
	 * @see org.helix.scoring.model.ScoringsPackage#getRunInput_Value()
	 * @model
	 * @generated
	 */
	Double getValue();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.RunInput#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(Double value);

} // RunInput
