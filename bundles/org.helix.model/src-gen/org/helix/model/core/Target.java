/**
 * Helix
 */
package org.helix.model.core;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A target value of an indicator, e.g. -55 % by 2030 relative to 2005.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.core.Target#getValue <em>Value</em>}</li>
 *   <li>{@link org.helix.model.core.Target#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.core.Target#getYear <em>Year</em>}</li>
 *   <li>{@link org.helix.model.core.Target#getBaseYear <em>Base Year</em>}</li>
 *   <li>{@link org.helix.model.core.Target#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.helix.model.core.CorePackage#getTarget()
 * @model
 * @generated
 */
public interface Target extends HelixElement {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(BigDecimal)
	 * @see org.helix.model.core.CorePackage#getTarget_Value()
	 * @model
	 * @generated
	 */
	BigDecimal getValue();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Target#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.core.TargetKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.core.TargetKind
	 * @see #setKind(TargetKind)
	 * @see org.helix.model.core.CorePackage#getTarget_Kind()
	 * @model
	 * @generated
	 */
	TargetKind getKind();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Target#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.core.TargetKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(TargetKind value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(Integer)
	 * @see org.helix.model.core.CorePackage#getTarget_Year()
	 * @model
	 * @generated
	 */
	Integer getYear();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Target#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Base Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Base Year</em>' attribute.
	 * @see #setBaseYear(Integer)
	 * @see org.helix.model.core.CorePackage#getTarget_BaseYear()
	 * @model
	 * @generated
	 */
	Integer getBaseYear();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Target#getBaseYear <em>Base Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Year</em>' attribute.
	 * @see #getBaseYear()
	 * @generated
	 */
	void setBaseYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.helix.model.core.CorePackage#getTarget_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Target#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // Target
