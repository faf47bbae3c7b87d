/**
 * Helix
 */
package org.helix.model.core;

import java.math.BigDecimal;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measurement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A measured (or projected) value of an indicator at a date or in a year. A null value means not available.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.core.Measurement#getDate <em>Date</em>}</li>
 *   <li>{@link org.helix.model.core.Measurement#getYear <em>Year</em>}</li>
 *   <li>{@link org.helix.model.core.Measurement#getValue <em>Value</em>}</li>
 *   <li>{@link org.helix.model.core.Measurement#getLowerBound <em>Lower Bound</em>}</li>
 *   <li>{@link org.helix.model.core.Measurement#getUpperBound <em>Upper Bound</em>}</li>
 *   <li>{@link org.helix.model.core.Measurement#getProjection <em>Projection</em>}</li>
 *   <li>{@link org.helix.model.core.Measurement#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see org.helix.model.core.CorePackage#getMeasurement()
 * @model
 * @generated
 */
public interface Measurement extends HelixElement {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.helix.model.core.CorePackage#getMeasurement_Date()
	 * @model dataType="org.helix.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Measurement#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(Integer)
	 * @see org.helix.model.core.CorePackage#getMeasurement_Year()
	 * @model
	 * @generated
	 */
	Integer getYear();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Measurement#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(BigDecimal)
	 * @see org.helix.model.core.CorePackage#getMeasurement_Value()
	 * @model
	 * @generated
	 */
	BigDecimal getValue();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Measurement#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Lower Bound</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lower Bound</em>' attribute.
	 * @see #setLowerBound(BigDecimal)
	 * @see org.helix.model.core.CorePackage#getMeasurement_LowerBound()
	 * @model
	 * @generated
	 */
	BigDecimal getLowerBound();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Measurement#getLowerBound <em>Lower Bound</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lower Bound</em>' attribute.
	 * @see #getLowerBound()
	 * @generated
	 */
	void setLowerBound(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Upper Bound</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Upper Bound</em>' attribute.
	 * @see #setUpperBound(BigDecimal)
	 * @see org.helix.model.core.CorePackage#getMeasurement_UpperBound()
	 * @model
	 * @generated
	 */
	BigDecimal getUpperBound();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Measurement#getUpperBound <em>Upper Bound</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Upper Bound</em>' attribute.
	 * @see #getUpperBound()
	 * @generated
	 */
	void setUpperBound(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Projection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Projection</em>' attribute.
	 * @see #setProjection(Boolean)
	 * @see org.helix.model.core.CorePackage#getMeasurement_Projection()
	 * @model
	 * @generated
	 */
	Boolean getProjection();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Measurement#getProjection <em>Projection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Projection</em>' attribute.
	 * @see #getProjection()
	 * @generated
	 */
	void setProjection(Boolean value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.helix.model.core.CorePackage#getMeasurement_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Measurement#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

} // Measurement
