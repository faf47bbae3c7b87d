/**
 * Helix
 */
package org.helix.model.core;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An indicator or KPI with unit, desired direction, baseline, targets and dated measurements (e.g. Table 1 of seed 001, KPIs asked for by SERV, VARIO strength indicators).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.core.Indicator#getCode <em>Code</em>}</li>
 *   <li>{@link org.helix.model.core.Indicator#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.helix.model.core.Indicator#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.helix.model.core.Indicator#getCategory <em>Category</em>}</li>
 *   <li>{@link org.helix.model.core.Indicator#getSource <em>Source</em>}</li>
 *   <li>{@link org.helix.model.core.Indicator#getBaselineValue <em>Baseline Value</em>}</li>
 *   <li>{@link org.helix.model.core.Indicator#getBaselineYear <em>Baseline Year</em>}</li>
 *   <li>{@link org.helix.model.core.Indicator#getKpi <em>Kpi</em>}</li>
 *   <li>{@link org.helix.model.core.Indicator#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.helix.model.core.Indicator#getMeasurements <em>Measurements</em>}</li>
 * </ul>
 *
 * @see org.helix.model.core.CorePackage#getIndicator()
 * @model
 * @generated
 */
public interface Indicator extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.helix.model.core.CorePackage#getIndicator_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Indicator#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.helix.model.core.CorePackage#getIndicator_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Indicator#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.core.IndicatorDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.helix.model.core.IndicatorDirection
	 * @see #setDirection(IndicatorDirection)
	 * @see org.helix.model.core.CorePackage#getIndicator_Direction()
	 * @model
	 * @generated
	 */
	IndicatorDirection getDirection();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Indicator#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.helix.model.core.IndicatorDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(IndicatorDirection value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.core.IndicatorCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.helix.model.core.IndicatorCategory
	 * @see #setCategory(IndicatorCategory)
	 * @see org.helix.model.core.CorePackage#getIndicator_Category()
	 * @model
	 * @generated
	 */
	IndicatorCategory getCategory();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Indicator#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.helix.model.core.IndicatorCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(IndicatorCategory value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.helix.model.core.CorePackage#getIndicator_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Indicator#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Baseline Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline Value</em>' attribute.
	 * @see #setBaselineValue(BigDecimal)
	 * @see org.helix.model.core.CorePackage#getIndicator_BaselineValue()
	 * @model
	 * @generated
	 */
	BigDecimal getBaselineValue();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Indicator#getBaselineValue <em>Baseline Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Value</em>' attribute.
	 * @see #getBaselineValue()
	 * @generated
	 */
	void setBaselineValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Baseline Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline Year</em>' attribute.
	 * @see #setBaselineYear(Integer)
	 * @see org.helix.model.core.CorePackage#getIndicator_BaselineYear()
	 * @model
	 * @generated
	 */
	Integer getBaselineYear();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Indicator#getBaselineYear <em>Baseline Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Year</em>' attribute.
	 * @see #getBaselineYear()
	 * @generated
	 */
	void setBaselineYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Kpi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kpi</em>' attribute.
	 * @see #setKpi(Boolean)
	 * @see org.helix.model.core.CorePackage#getIndicator_Kpi()
	 * @model
	 * @generated
	 */
	Boolean getKpi();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Indicator#getKpi <em>Kpi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kpi</em>' attribute.
	 * @see #getKpi()
	 * @generated
	 */
	void setKpi(Boolean value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.core.Target}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Targets</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getIndicator_Targets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Target> getTargets();

	/**
	 * Returns the value of the '<em><b>Measurements</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.core.Measurement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measurements</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getIndicator_Measurements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Measurement> getMeasurements();

} // Indicator
