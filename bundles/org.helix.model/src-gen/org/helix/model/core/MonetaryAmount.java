/**
 * Helix
 */
package org.helix.model.core;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Monetary Amount</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An amount of money; null amount means unknown. maxAmount expresses ranges ("8 tot 10 miljard"), period tells whether it is one-off, per year or a total.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.core.MonetaryAmount#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.helix.model.core.MonetaryAmount#getMaxAmount <em>Max Amount</em>}</li>
 *   <li>{@link org.helix.model.core.MonetaryAmount#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.helix.model.core.MonetaryAmount#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.helix.model.core.MonetaryAmount#getFromYear <em>From Year</em>}</li>
 *   <li>{@link org.helix.model.core.MonetaryAmount#getToYear <em>To Year</em>}</li>
 *   <li>{@link org.helix.model.core.MonetaryAmount#getPurpose <em>Purpose</em>}</li>
 * </ul>
 *
 * @see org.helix.model.core.CorePackage#getMonetaryAmount()
 * @model
 * @generated
 */
public interface MonetaryAmount extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see org.helix.model.core.CorePackage#getMonetaryAmount_Amount()
	 * @model
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link org.helix.model.core.MonetaryAmount#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Max Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Amount</em>' attribute.
	 * @see #setMaxAmount(BigDecimal)
	 * @see org.helix.model.core.CorePackage#getMonetaryAmount_MaxAmount()
	 * @model
	 * @generated
	 */
	BigDecimal getMaxAmount();

	/**
	 * Sets the value of the '{@link org.helix.model.core.MonetaryAmount#getMaxAmount <em>Max Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Amount</em>' attribute.
	 * @see #getMaxAmount()
	 * @generated
	 */
	void setMaxAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.helix.model.core.CorePackage#getMonetaryAmount_Currency()
	 * @model
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.helix.model.core.MonetaryAmount#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.core.AmountPeriod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see org.helix.model.core.AmountPeriod
	 * @see #setPeriod(AmountPeriod)
	 * @see org.helix.model.core.CorePackage#getMonetaryAmount_Period()
	 * @model
	 * @generated
	 */
	AmountPeriod getPeriod();

	/**
	 * Sets the value of the '{@link org.helix.model.core.MonetaryAmount#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see org.helix.model.core.AmountPeriod
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(AmountPeriod value);

	/**
	 * Returns the value of the '<em><b>From Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From Year</em>' attribute.
	 * @see #setFromYear(Integer)
	 * @see org.helix.model.core.CorePackage#getMonetaryAmount_FromYear()
	 * @model
	 * @generated
	 */
	Integer getFromYear();

	/**
	 * Sets the value of the '{@link org.helix.model.core.MonetaryAmount#getFromYear <em>From Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Year</em>' attribute.
	 * @see #getFromYear()
	 * @generated
	 */
	void setFromYear(Integer value);

	/**
	 * Returns the value of the '<em><b>To Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Year</em>' attribute.
	 * @see #setToYear(Integer)
	 * @see org.helix.model.core.CorePackage#getMonetaryAmount_ToYear()
	 * @model
	 * @generated
	 */
	Integer getToYear();

	/**
	 * Sets the value of the '{@link org.helix.model.core.MonetaryAmount#getToYear <em>To Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Year</em>' attribute.
	 * @see #getToYear()
	 * @generated
	 */
	void setToYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see #setPurpose(String)
	 * @see org.helix.model.core.CorePackage#getMonetaryAmount_Purpose()
	 * @model
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link org.helix.model.core.MonetaryAmount#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

} // MonetaryAmount
