/**
 * Helix
 */
package org.helix.scoring.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.helix.scoring.model.RunInput;
import org.helix.scoring.model.ScoringsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Run Input</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.scoring.model.impl.RunInputImpl#getAlternative <em>Alternative</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.RunInputImpl#getAlternativeLabel <em>Alternative Label</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.RunInputImpl#getCriterion <em>Criterion</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.RunInputImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.RunInputImpl#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RunInputImpl extends EObjectImpl implements RunInput {
	/**
	 * The cached value of the '{@link #getAlternative() <em>Alternative</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlternative()
	 * @generated
	 * @ordered
	 */
	protected EObject alternative;

	/**
	 * The default value of the '{@link #getAlternativeLabel() <em>Alternative Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlternativeLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String ALTERNATIVE_LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAlternativeLabel() <em>Alternative Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlternativeLabel()
	 * @generated
	 * @ordered
	 */
	protected String alternativeLabel = ALTERNATIVE_LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getCriterion() <em>Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriterion()
	 * @generated
	 * @ordered
	 */
	protected static final String CRITERION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCriterion() <em>Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriterion()
	 * @generated
	 * @ordered
	 */
	protected String criterion = CRITERION_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RunInputImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScoringsPackage.Literals.RUN_INPUT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject getAlternative() {
		if (alternative != null && alternative.eIsProxy()) {
			InternalEObject oldAlternative = (InternalEObject)alternative;
			alternative = eResolveProxy(oldAlternative);
			if (alternative != oldAlternative) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ScoringsPackage.RUN_INPUT__ALTERNATIVE, oldAlternative, alternative));
			}
		}
		return alternative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EObject basicGetAlternative() {
		return alternative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlternative(EObject newAlternative) {
		EObject oldAlternative = alternative;
		alternative = newAlternative;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.RUN_INPUT__ALTERNATIVE, oldAlternative, alternative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAlternativeLabel() {
		return alternativeLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlternativeLabel(String newAlternativeLabel) {
		String oldAlternativeLabel = alternativeLabel;
		alternativeLabel = newAlternativeLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.RUN_INPUT__ALTERNATIVE_LABEL, oldAlternativeLabel, alternativeLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCriterion() {
		return criterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriterion(String newCriterion) {
		String oldCriterion = criterion;
		criterion = newCriterion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.RUN_INPUT__CRITERION, oldCriterion, criterion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.RUN_INPUT__TEXT, oldText, text));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.RUN_INPUT__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScoringsPackage.RUN_INPUT__ALTERNATIVE:
				if (resolve) return getAlternative();
				return basicGetAlternative();
			case ScoringsPackage.RUN_INPUT__ALTERNATIVE_LABEL:
				return getAlternativeLabel();
			case ScoringsPackage.RUN_INPUT__CRITERION:
				return getCriterion();
			case ScoringsPackage.RUN_INPUT__TEXT:
				return getText();
			case ScoringsPackage.RUN_INPUT__VALUE:
				return getValue();
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
			case ScoringsPackage.RUN_INPUT__ALTERNATIVE:
				setAlternative((EObject)newValue);
				return;
			case ScoringsPackage.RUN_INPUT__ALTERNATIVE_LABEL:
				setAlternativeLabel((String)newValue);
				return;
			case ScoringsPackage.RUN_INPUT__CRITERION:
				setCriterion((String)newValue);
				return;
			case ScoringsPackage.RUN_INPUT__TEXT:
				setText((String)newValue);
				return;
			case ScoringsPackage.RUN_INPUT__VALUE:
				setValue((Double)newValue);
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
			case ScoringsPackage.RUN_INPUT__ALTERNATIVE:
				setAlternative((EObject)null);
				return;
			case ScoringsPackage.RUN_INPUT__ALTERNATIVE_LABEL:
				setAlternativeLabel(ALTERNATIVE_LABEL_EDEFAULT);
				return;
			case ScoringsPackage.RUN_INPUT__CRITERION:
				setCriterion(CRITERION_EDEFAULT);
				return;
			case ScoringsPackage.RUN_INPUT__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case ScoringsPackage.RUN_INPUT__VALUE:
				setValue(VALUE_EDEFAULT);
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
			case ScoringsPackage.RUN_INPUT__ALTERNATIVE:
				return alternative != null;
			case ScoringsPackage.RUN_INPUT__ALTERNATIVE_LABEL:
				return ALTERNATIVE_LABEL_EDEFAULT == null ? alternativeLabel != null : !ALTERNATIVE_LABEL_EDEFAULT.equals(alternativeLabel);
			case ScoringsPackage.RUN_INPUT__CRITERION:
				return CRITERION_EDEFAULT == null ? criterion != null : !CRITERION_EDEFAULT.equals(criterion);
			case ScoringsPackage.RUN_INPUT__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case ScoringsPackage.RUN_INPUT__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
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
		result.append(" (alternativeLabel: ");
		result.append(alternativeLabel);
		result.append(", criterion: ");
		result.append(criterion);
		result.append(", text: ");
		result.append(text);
		result.append(", value: ");
		result.append(value);
		result.append(')');
		return result.toString();
	}

} //RunInputImpl
