/**
 * Helix
 */
package org.helix.model.core.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.model.core.CorePackage;
import org.helix.model.core.Indicator;
import org.helix.model.core.IndicatorCategory;
import org.helix.model.core.IndicatorDirection;
import org.helix.model.core.Measurement;
import org.helix.model.core.Target;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.core.impl.IndicatorImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.helix.model.core.impl.IndicatorImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.helix.model.core.impl.IndicatorImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.helix.model.core.impl.IndicatorImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.helix.model.core.impl.IndicatorImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.helix.model.core.impl.IndicatorImpl#getBaselineValue <em>Baseline Value</em>}</li>
 *   <li>{@link org.helix.model.core.impl.IndicatorImpl#getBaselineYear <em>Baseline Year</em>}</li>
 *   <li>{@link org.helix.model.core.impl.IndicatorImpl#getKpi <em>Kpi</em>}</li>
 *   <li>{@link org.helix.model.core.impl.IndicatorImpl#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.helix.model.core.impl.IndicatorImpl#getMeasurements <em>Measurements</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorImpl extends NamedElementImpl implements Indicator {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final IndicatorDirection DIRECTION_EDEFAULT = IndicatorDirection.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected IndicatorDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final IndicatorCategory CATEGORY_EDEFAULT = IndicatorCategory.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected IndicatorCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaselineValue() <em>Baseline Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineValue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BASELINE_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaselineValue() <em>Baseline Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineValue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal baselineValue = BASELINE_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaselineYear() <em>Baseline Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer BASELINE_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaselineYear() <em>Baseline Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineYear()
	 * @generated
	 * @ordered
	 */
	protected Integer baselineYear = BASELINE_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getKpi() <em>Kpi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpi()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean KPI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKpi() <em>Kpi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpi()
	 * @generated
	 * @ordered
	 */
	protected Boolean kpi = KPI_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<Target> targets;

	/**
	 * The cached value of the '{@link #getMeasurements() <em>Measurements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasurements()
	 * @generated
	 * @ordered
	 */
	protected EList<Measurement> measurements;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorePackage.Literals.INDICATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.INDICATOR__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.INDICATOR__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorDirection getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(IndicatorDirection newDirection) {
		IndicatorDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.INDICATOR__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(IndicatorCategory newCategory) {
		IndicatorCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.INDICATOR__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.INDICATOR__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBaselineValue() {
		return baselineValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineValue(BigDecimal newBaselineValue) {
		BigDecimal oldBaselineValue = baselineValue;
		baselineValue = newBaselineValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.INDICATOR__BASELINE_VALUE, oldBaselineValue, baselineValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getBaselineYear() {
		return baselineYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineYear(Integer newBaselineYear) {
		Integer oldBaselineYear = baselineYear;
		baselineYear = newBaselineYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.INDICATOR__BASELINE_YEAR, oldBaselineYear, baselineYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getKpi() {
		return kpi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKpi(Boolean newKpi) {
		Boolean oldKpi = kpi;
		kpi = newKpi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.INDICATOR__KPI, oldKpi, kpi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Target> getTargets() {
		if (targets == null) {
			targets = new EObjectContainmentEList<Target>(Target.class, this, CorePackage.INDICATOR__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Measurement> getMeasurements() {
		if (measurements == null) {
			measurements = new EObjectContainmentEList<Measurement>(Measurement.class, this, CorePackage.INDICATOR__MEASUREMENTS);
		}
		return measurements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CorePackage.INDICATOR__TARGETS:
				return ((InternalEList<?>)getTargets()).basicRemove(otherEnd, msgs);
			case CorePackage.INDICATOR__MEASUREMENTS:
				return ((InternalEList<?>)getMeasurements()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorePackage.INDICATOR__CODE:
				return getCode();
			case CorePackage.INDICATOR__UNIT:
				return getUnit();
			case CorePackage.INDICATOR__DIRECTION:
				return getDirection();
			case CorePackage.INDICATOR__CATEGORY:
				return getCategory();
			case CorePackage.INDICATOR__SOURCE:
				return getSource();
			case CorePackage.INDICATOR__BASELINE_VALUE:
				return getBaselineValue();
			case CorePackage.INDICATOR__BASELINE_YEAR:
				return getBaselineYear();
			case CorePackage.INDICATOR__KPI:
				return getKpi();
			case CorePackage.INDICATOR__TARGETS:
				return getTargets();
			case CorePackage.INDICATOR__MEASUREMENTS:
				return getMeasurements();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CorePackage.INDICATOR__CODE:
				setCode((String)newValue);
				return;
			case CorePackage.INDICATOR__UNIT:
				setUnit((String)newValue);
				return;
			case CorePackage.INDICATOR__DIRECTION:
				setDirection((IndicatorDirection)newValue);
				return;
			case CorePackage.INDICATOR__CATEGORY:
				setCategory((IndicatorCategory)newValue);
				return;
			case CorePackage.INDICATOR__SOURCE:
				setSource((String)newValue);
				return;
			case CorePackage.INDICATOR__BASELINE_VALUE:
				setBaselineValue((BigDecimal)newValue);
				return;
			case CorePackage.INDICATOR__BASELINE_YEAR:
				setBaselineYear((Integer)newValue);
				return;
			case CorePackage.INDICATOR__KPI:
				setKpi((Boolean)newValue);
				return;
			case CorePackage.INDICATOR__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends Target>)newValue);
				return;
			case CorePackage.INDICATOR__MEASUREMENTS:
				getMeasurements().clear();
				getMeasurements().addAll((Collection<? extends Measurement>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CorePackage.INDICATOR__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case CorePackage.INDICATOR__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case CorePackage.INDICATOR__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case CorePackage.INDICATOR__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case CorePackage.INDICATOR__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case CorePackage.INDICATOR__BASELINE_VALUE:
				setBaselineValue(BASELINE_VALUE_EDEFAULT);
				return;
			case CorePackage.INDICATOR__BASELINE_YEAR:
				setBaselineYear(BASELINE_YEAR_EDEFAULT);
				return;
			case CorePackage.INDICATOR__KPI:
				setKpi(KPI_EDEFAULT);
				return;
			case CorePackage.INDICATOR__TARGETS:
				getTargets().clear();
				return;
			case CorePackage.INDICATOR__MEASUREMENTS:
				getMeasurements().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CorePackage.INDICATOR__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case CorePackage.INDICATOR__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case CorePackage.INDICATOR__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case CorePackage.INDICATOR__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case CorePackage.INDICATOR__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case CorePackage.INDICATOR__BASELINE_VALUE:
				return BASELINE_VALUE_EDEFAULT == null ? baselineValue != null : !BASELINE_VALUE_EDEFAULT.equals(baselineValue);
			case CorePackage.INDICATOR__BASELINE_YEAR:
				return BASELINE_YEAR_EDEFAULT == null ? baselineYear != null : !BASELINE_YEAR_EDEFAULT.equals(baselineYear);
			case CorePackage.INDICATOR__KPI:
				return KPI_EDEFAULT == null ? kpi != null : !KPI_EDEFAULT.equals(kpi);
			case CorePackage.INDICATOR__TARGETS:
				return targets != null && !targets.isEmpty();
			case CorePackage.INDICATOR__MEASUREMENTS:
				return measurements != null && !measurements.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (code: ");
		result.append(code);
		result.append(", unit: ");
		result.append(unit);
		result.append(", direction: ");
		result.append(direction);
		result.append(", category: ");
		result.append(category);
		result.append(", source: ");
		result.append(source);
		result.append(", baselineValue: ");
		result.append(baselineValue);
		result.append(", baselineYear: ");
		result.append(baselineYear);
		result.append(", kpi: ");
		result.append(kpi);
		result.append(')');
		return result.toString();
	}

} //IndicatorImpl
