/**
 * Helix
 */
package org.helix.model.core;

import java.math.BigDecimal;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Figure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A figure a source states about the element that contains it: a cited quantity with a label (what it measures), a kind (amount, target, measurement, benchmark, count, rating), a value or a range (value to maxValue), a unit as the source gives it (EUR, %, FTE, companies), a year or a period (year to toYear) or a date, and the source's wording. A null value means the source gives none. Percentages stay in percent (unit %): a figure keeps the number the source states. For structured places that exist (MonetaryAmount, Indicator targets and measurements, Rating) use those; a Figure holds what has no such place.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.core.Figure#getLabel <em>Label</em>}</li>
 *   <li>{@link org.helix.model.core.Figure#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.core.Figure#getValue <em>Value</em>}</li>
 *   <li>{@link org.helix.model.core.Figure#getMaxValue <em>Max Value</em>}</li>
 *   <li>{@link org.helix.model.core.Figure#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.helix.model.core.Figure#getYear <em>Year</em>}</li>
 *   <li>{@link org.helix.model.core.Figure#getToYear <em>To Year</em>}</li>
 *   <li>{@link org.helix.model.core.Figure#getDate <em>Date</em>}</li>
 *   <li>{@link org.helix.model.core.Figure#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.helix.model.core.CorePackage#getFigure()
 * @model
 * @generated
 */
public interface Figure extends HelixElement {
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.helix.model.core.CorePackage#getFigure_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Figure#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.core.FigureKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.core.FigureKind
	 * @see #setKind(FigureKind)
	 * @see org.helix.model.core.CorePackage#getFigure_Kind()
	 * @model
	 * @generated
	 */
	FigureKind getKind();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Figure#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.core.FigureKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FigureKind value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(BigDecimal)
	 * @see org.helix.model.core.CorePackage#getFigure_Value()
	 * @model
	 * @generated
	 */
	BigDecimal getValue();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Figure#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Max Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Value</em>' attribute.
	 * @see #setMaxValue(BigDecimal)
	 * @see org.helix.model.core.CorePackage#getFigure_MaxValue()
	 * @model
	 * @generated
	 */
	BigDecimal getMaxValue();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Figure#getMaxValue <em>Max Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Value</em>' attribute.
	 * @see #getMaxValue()
	 * @generated
	 */
	void setMaxValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.helix.model.core.CorePackage#getFigure_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Figure#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(Integer)
	 * @see org.helix.model.core.CorePackage#getFigure_Year()
	 * @model
	 * @generated
	 */
	Integer getYear();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Figure#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(Integer value);

	/**
	 * Returns the value of the '<em><b>To Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Year</em>' attribute.
	 * @see #setToYear(Integer)
	 * @see org.helix.model.core.CorePackage#getFigure_ToYear()
	 * @model
	 * @generated
	 */
	Integer getToYear();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Figure#getToYear <em>To Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Year</em>' attribute.
	 * @see #getToYear()
	 * @generated
	 */
	void setToYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.helix.model.core.CorePackage#getFigure_Date()
	 * @model dataType="org.helix.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Figure#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.helix.model.core.CorePackage#getFigure_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Figure#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // Figure
