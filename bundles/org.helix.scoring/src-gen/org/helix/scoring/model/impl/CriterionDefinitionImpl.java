/**
 * Helix
 */
package org.helix.scoring.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.helix.scoring.model.CriterionDefinition;
import org.helix.scoring.model.Scale;
import org.helix.scoring.model.ScoringsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Criterion Definition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.scoring.model.impl.CriterionDefinitionImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.CriterionDefinitionImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.CriterionDefinitionImpl#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.CriterionDefinitionImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.CriterionDefinitionImpl#getValuePath <em>Value Path</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.CriterionDefinitionImpl#getPreferenceFunction <em>Preference Function</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.CriterionDefinitionImpl#getQ <em>Q</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.CriterionDefinitionImpl#getP <em>P</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.CriterionDefinitionImpl#getS <em>S</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.CriterionDefinitionImpl#getScale <em>Scale</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CriterionDefinitionImpl extends EObjectImpl implements CriterionDefinition {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final String DIRECTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected String direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected static final Double WEIGHT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected Double weight = WEIGHT_EDEFAULT;

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
	 * The default value of the '{@link #getValuePath() <em>Value Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValuePath()
	 * @generated
	 * @ordered
	 */
	protected static final String VALUE_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValuePath() <em>Value Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValuePath()
	 * @generated
	 * @ordered
	 */
	protected String valuePath = VALUE_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreferenceFunction() <em>Preference Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferenceFunction()
	 * @generated
	 * @ordered
	 */
	protected static final String PREFERENCE_FUNCTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreferenceFunction() <em>Preference Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferenceFunction()
	 * @generated
	 * @ordered
	 */
	protected String preferenceFunction = PREFERENCE_FUNCTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getQ() <em>Q</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQ()
	 * @generated
	 * @ordered
	 */
	protected static final Double Q_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQ() <em>Q</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQ()
	 * @generated
	 * @ordered
	 */
	protected Double q = Q_EDEFAULT;

	/**
	 * The default value of the '{@link #getP() <em>P</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getP()
	 * @generated
	 * @ordered
	 */
	protected static final Double P_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getP() <em>P</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getP()
	 * @generated
	 * @ordered
	 */
	protected Double p = P_EDEFAULT;

	/**
	 * The default value of the '{@link #getS() <em>S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getS()
	 * @generated
	 * @ordered
	 */
	protected static final Double S_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getS() <em>S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getS()
	 * @generated
	 * @ordered
	 */
	protected Double s = S_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScale() <em>Scale</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected Scale scale;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CriterionDefinitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScoringsPackage.Literals.CRITERION_DEFINITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.CRITERION_DEFINITION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(String newDirection) {
		String oldDirection = direction;
		direction = newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.CRITERION_DEFINITION__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getWeight() {
		return weight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeight(Double newWeight) {
		Double oldWeight = weight;
		weight = newWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.CRITERION_DEFINITION__WEIGHT, oldWeight, weight));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.CRITERION_DEFINITION__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValuePath() {
		return valuePath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValuePath(String newValuePath) {
		String oldValuePath = valuePath;
		valuePath = newValuePath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.CRITERION_DEFINITION__VALUE_PATH, oldValuePath, valuePath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPreferenceFunction() {
		return preferenceFunction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreferenceFunction(String newPreferenceFunction) {
		String oldPreferenceFunction = preferenceFunction;
		preferenceFunction = newPreferenceFunction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.CRITERION_DEFINITION__PREFERENCE_FUNCTION, oldPreferenceFunction, preferenceFunction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getQ() {
		return q;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQ(Double newQ) {
		Double oldQ = q;
		q = newQ;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.CRITERION_DEFINITION__Q, oldQ, q));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getP() {
		return p;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setP(Double newP) {
		Double oldP = p;
		p = newP;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.CRITERION_DEFINITION__P, oldP, p));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getS() {
		return s;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setS(Double newS) {
		Double oldS = s;
		s = newS;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.CRITERION_DEFINITION__S, oldS, s));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scale getScale() {
		if (scale != null && scale.eIsProxy()) {
			InternalEObject oldScale = (InternalEObject)scale;
			scale = (Scale)eResolveProxy(oldScale);
			if (scale != oldScale) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ScoringsPackage.CRITERION_DEFINITION__SCALE, oldScale, scale));
			}
		}
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Scale basicGetScale() {
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScale(Scale newScale) {
		Scale oldScale = scale;
		scale = newScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.CRITERION_DEFINITION__SCALE, oldScale, scale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScoringsPackage.CRITERION_DEFINITION__NAME:
				return getName();
			case ScoringsPackage.CRITERION_DEFINITION__DIRECTION:
				return getDirection();
			case ScoringsPackage.CRITERION_DEFINITION__WEIGHT:
				return getWeight();
			case ScoringsPackage.CRITERION_DEFINITION__UNIT:
				return getUnit();
			case ScoringsPackage.CRITERION_DEFINITION__VALUE_PATH:
				return getValuePath();
			case ScoringsPackage.CRITERION_DEFINITION__PREFERENCE_FUNCTION:
				return getPreferenceFunction();
			case ScoringsPackage.CRITERION_DEFINITION__Q:
				return getQ();
			case ScoringsPackage.CRITERION_DEFINITION__P:
				return getP();
			case ScoringsPackage.CRITERION_DEFINITION__S:
				return getS();
			case ScoringsPackage.CRITERION_DEFINITION__SCALE:
				if (resolve) return getScale();
				return basicGetScale();
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
			case ScoringsPackage.CRITERION_DEFINITION__NAME:
				setName((String)newValue);
				return;
			case ScoringsPackage.CRITERION_DEFINITION__DIRECTION:
				setDirection((String)newValue);
				return;
			case ScoringsPackage.CRITERION_DEFINITION__WEIGHT:
				setWeight((Double)newValue);
				return;
			case ScoringsPackage.CRITERION_DEFINITION__UNIT:
				setUnit((String)newValue);
				return;
			case ScoringsPackage.CRITERION_DEFINITION__VALUE_PATH:
				setValuePath((String)newValue);
				return;
			case ScoringsPackage.CRITERION_DEFINITION__PREFERENCE_FUNCTION:
				setPreferenceFunction((String)newValue);
				return;
			case ScoringsPackage.CRITERION_DEFINITION__Q:
				setQ((Double)newValue);
				return;
			case ScoringsPackage.CRITERION_DEFINITION__P:
				setP((Double)newValue);
				return;
			case ScoringsPackage.CRITERION_DEFINITION__S:
				setS((Double)newValue);
				return;
			case ScoringsPackage.CRITERION_DEFINITION__SCALE:
				setScale((Scale)newValue);
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
			case ScoringsPackage.CRITERION_DEFINITION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ScoringsPackage.CRITERION_DEFINITION__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case ScoringsPackage.CRITERION_DEFINITION__WEIGHT:
				setWeight(WEIGHT_EDEFAULT);
				return;
			case ScoringsPackage.CRITERION_DEFINITION__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case ScoringsPackage.CRITERION_DEFINITION__VALUE_PATH:
				setValuePath(VALUE_PATH_EDEFAULT);
				return;
			case ScoringsPackage.CRITERION_DEFINITION__PREFERENCE_FUNCTION:
				setPreferenceFunction(PREFERENCE_FUNCTION_EDEFAULT);
				return;
			case ScoringsPackage.CRITERION_DEFINITION__Q:
				setQ(Q_EDEFAULT);
				return;
			case ScoringsPackage.CRITERION_DEFINITION__P:
				setP(P_EDEFAULT);
				return;
			case ScoringsPackage.CRITERION_DEFINITION__S:
				setS(S_EDEFAULT);
				return;
			case ScoringsPackage.CRITERION_DEFINITION__SCALE:
				setScale((Scale)null);
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
			case ScoringsPackage.CRITERION_DEFINITION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ScoringsPackage.CRITERION_DEFINITION__DIRECTION:
				return DIRECTION_EDEFAULT == null ? direction != null : !DIRECTION_EDEFAULT.equals(direction);
			case ScoringsPackage.CRITERION_DEFINITION__WEIGHT:
				return WEIGHT_EDEFAULT == null ? weight != null : !WEIGHT_EDEFAULT.equals(weight);
			case ScoringsPackage.CRITERION_DEFINITION__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case ScoringsPackage.CRITERION_DEFINITION__VALUE_PATH:
				return VALUE_PATH_EDEFAULT == null ? valuePath != null : !VALUE_PATH_EDEFAULT.equals(valuePath);
			case ScoringsPackage.CRITERION_DEFINITION__PREFERENCE_FUNCTION:
				return PREFERENCE_FUNCTION_EDEFAULT == null ? preferenceFunction != null : !PREFERENCE_FUNCTION_EDEFAULT.equals(preferenceFunction);
			case ScoringsPackage.CRITERION_DEFINITION__Q:
				return Q_EDEFAULT == null ? q != null : !Q_EDEFAULT.equals(q);
			case ScoringsPackage.CRITERION_DEFINITION__P:
				return P_EDEFAULT == null ? p != null : !P_EDEFAULT.equals(p);
			case ScoringsPackage.CRITERION_DEFINITION__S:
				return S_EDEFAULT == null ? s != null : !S_EDEFAULT.equals(s);
			case ScoringsPackage.CRITERION_DEFINITION__SCALE:
				return scale != null;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", direction: ");
		result.append(direction);
		result.append(", weight: ");
		result.append(weight);
		result.append(", unit: ");
		result.append(unit);
		result.append(", valuePath: ");
		result.append(valuePath);
		result.append(", preferenceFunction: ");
		result.append(preferenceFunction);
		result.append(", q: ");
		result.append(q);
		result.append(", p: ");
		result.append(p);
		result.append(", s: ");
		result.append(s);
		result.append(')');
		return result.toString();
	}

} //CriterionDefinitionImpl
