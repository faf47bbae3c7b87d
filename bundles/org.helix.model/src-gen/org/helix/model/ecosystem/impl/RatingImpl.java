/**
 * Helix
 */
package org.helix.model.ecosystem.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.helix.model.core.Indicator;

import org.helix.model.core.impl.HelixElementImpl;

import org.helix.model.ecosystem.AssessmentDimension;
import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.ecosystem.Rating;
import org.helix.model.ecosystem.RatingLevel;
import org.helix.model.ecosystem.SubCriterion;
import org.helix.model.ecosystem.Trend;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rating</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.impl.RatingImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.RatingImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.RatingImpl#getTrend <em>Trend</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.RatingImpl#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.RatingImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.RatingImpl#getDimension <em>Dimension</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.RatingImpl#getSubCriterion <em>Sub Criterion</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.RatingImpl#getIndicator <em>Indicator</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RatingImpl extends HelixElementImpl implements Rating {
	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final RatingLevel LEVEL_EDEFAULT = RatingLevel.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected RatingLevel level = LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final Double VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected Double value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrend() <em>Trend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrend()
	 * @generated
	 * @ordered
	 */
	protected static final Trend TREND_EDEFAULT = Trend.UNKNOWN;

	/**
	 * The cached value of the '{@link #getTrend() <em>Trend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrend()
	 * @generated
	 * @ordered
	 */
	protected Trend trend = TREND_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final String PERIOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected String period = PERIOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidence() <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected static final String EVIDENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected String evidence = EVIDENCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDimension() <em>Dimension</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimension()
	 * @generated
	 * @ordered
	 */
	protected AssessmentDimension dimension;

	/**
	 * The cached value of the '{@link #getSubCriterion() <em>Sub Criterion</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubCriterion()
	 * @generated
	 * @ordered
	 */
	protected SubCriterion subCriterion;

	/**
	 * The cached value of the '{@link #getIndicator() <em>Indicator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicator()
	 * @generated
	 * @ordered
	 */
	protected Indicator indicator;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RatingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EcosystemPackage.Literals.RATING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RatingLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(RatingLevel newLevel) {
		RatingLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.RATING__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(Double newValue) {
		Double oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.RATING__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Trend getTrend() {
		return trend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrend(Trend newTrend) {
		Trend oldTrend = trend;
		trend = newTrend == null ? TREND_EDEFAULT : newTrend;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.RATING__TREND, oldTrend, trend));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPeriod() {
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriod(String newPeriod) {
		String oldPeriod = period;
		period = newPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.RATING__PERIOD, oldPeriod, period));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvidence() {
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidence(String newEvidence) {
		String oldEvidence = evidence;
		evidence = newEvidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.RATING__EVIDENCE, oldEvidence, evidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssessmentDimension getDimension() {
		if (dimension != null && dimension.eIsProxy()) {
			InternalEObject oldDimension = (InternalEObject)dimension;
			dimension = (AssessmentDimension)eResolveProxy(oldDimension);
			if (dimension != oldDimension) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EcosystemPackage.RATING__DIMENSION, oldDimension, dimension));
			}
		}
		return dimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssessmentDimension basicGetDimension() {
		return dimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDimension(AssessmentDimension newDimension) {
		AssessmentDimension oldDimension = dimension;
		dimension = newDimension;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.RATING__DIMENSION, oldDimension, dimension));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubCriterion getSubCriterion() {
		if (subCriterion != null && subCriterion.eIsProxy()) {
			InternalEObject oldSubCriterion = (InternalEObject)subCriterion;
			subCriterion = (SubCriterion)eResolveProxy(oldSubCriterion);
			if (subCriterion != oldSubCriterion) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EcosystemPackage.RATING__SUB_CRITERION, oldSubCriterion, subCriterion));
			}
		}
		return subCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SubCriterion basicGetSubCriterion() {
		return subCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubCriterion(SubCriterion newSubCriterion) {
		SubCriterion oldSubCriterion = subCriterion;
		subCriterion = newSubCriterion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.RATING__SUB_CRITERION, oldSubCriterion, subCriterion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Indicator getIndicator() {
		if (indicator != null && indicator.eIsProxy()) {
			InternalEObject oldIndicator = (InternalEObject)indicator;
			indicator = (Indicator)eResolveProxy(oldIndicator);
			if (indicator != oldIndicator) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EcosystemPackage.RATING__INDICATOR, oldIndicator, indicator));
			}
		}
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Indicator basicGetIndicator() {
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndicator(Indicator newIndicator) {
		Indicator oldIndicator = indicator;
		indicator = newIndicator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.RATING__INDICATOR, oldIndicator, indicator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EcosystemPackage.RATING__LEVEL:
				return getLevel();
			case EcosystemPackage.RATING__VALUE:
				return getValue();
			case EcosystemPackage.RATING__TREND:
				return getTrend();
			case EcosystemPackage.RATING__PERIOD:
				return getPeriod();
			case EcosystemPackage.RATING__EVIDENCE:
				return getEvidence();
			case EcosystemPackage.RATING__DIMENSION:
				if (resolve) return getDimension();
				return basicGetDimension();
			case EcosystemPackage.RATING__SUB_CRITERION:
				if (resolve) return getSubCriterion();
				return basicGetSubCriterion();
			case EcosystemPackage.RATING__INDICATOR:
				if (resolve) return getIndicator();
				return basicGetIndicator();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case EcosystemPackage.RATING__LEVEL:
				setLevel((RatingLevel)newValue);
				return;
			case EcosystemPackage.RATING__VALUE:
				setValue((Double)newValue);
				return;
			case EcosystemPackage.RATING__TREND:
				setTrend((Trend)newValue);
				return;
			case EcosystemPackage.RATING__PERIOD:
				setPeriod((String)newValue);
				return;
			case EcosystemPackage.RATING__EVIDENCE:
				setEvidence((String)newValue);
				return;
			case EcosystemPackage.RATING__DIMENSION:
				setDimension((AssessmentDimension)newValue);
				return;
			case EcosystemPackage.RATING__SUB_CRITERION:
				setSubCriterion((SubCriterion)newValue);
				return;
			case EcosystemPackage.RATING__INDICATOR:
				setIndicator((Indicator)newValue);
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
			case EcosystemPackage.RATING__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case EcosystemPackage.RATING__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case EcosystemPackage.RATING__TREND:
				setTrend(TREND_EDEFAULT);
				return;
			case EcosystemPackage.RATING__PERIOD:
				setPeriod(PERIOD_EDEFAULT);
				return;
			case EcosystemPackage.RATING__EVIDENCE:
				setEvidence(EVIDENCE_EDEFAULT);
				return;
			case EcosystemPackage.RATING__DIMENSION:
				setDimension((AssessmentDimension)null);
				return;
			case EcosystemPackage.RATING__SUB_CRITERION:
				setSubCriterion((SubCriterion)null);
				return;
			case EcosystemPackage.RATING__INDICATOR:
				setIndicator((Indicator)null);
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
			case EcosystemPackage.RATING__LEVEL:
				return level != LEVEL_EDEFAULT;
			case EcosystemPackage.RATING__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case EcosystemPackage.RATING__TREND:
				return trend != TREND_EDEFAULT;
			case EcosystemPackage.RATING__PERIOD:
				return PERIOD_EDEFAULT == null ? period != null : !PERIOD_EDEFAULT.equals(period);
			case EcosystemPackage.RATING__EVIDENCE:
				return EVIDENCE_EDEFAULT == null ? evidence != null : !EVIDENCE_EDEFAULT.equals(evidence);
			case EcosystemPackage.RATING__DIMENSION:
				return dimension != null;
			case EcosystemPackage.RATING__SUB_CRITERION:
				return subCriterion != null;
			case EcosystemPackage.RATING__INDICATOR:
				return indicator != null;
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
		result.append(" (level: ");
		result.append(level);
		result.append(", value: ");
		result.append(value);
		result.append(", trend: ");
		result.append(trend);
		result.append(", period: ");
		result.append(period);
		result.append(", evidence: ");
		result.append(evidence);
		result.append(')');
		return result.toString();
	}

} //RatingImpl
