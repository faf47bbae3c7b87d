/**
 * Helix
 */
package org.helix.model.programme.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.programme.GovernmentMandate;
import org.helix.model.programme.ProgrammePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Government Mandate</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.programme.impl.GovernmentMandateImpl#getQuote <em>Quote</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.GovernmentMandateImpl#getPrioritisationCriterion <em>Prioritisation Criterion</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GovernmentMandateImpl extends NamedElementImpl implements GovernmentMandate {
	/**
	 * The default value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected static final String QUOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected String quote = QUOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrioritisationCriterion() <em>Prioritisation Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrioritisationCriterion()
	 * @generated
	 * @ordered
	 */
	protected static final String PRIORITISATION_CRITERION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrioritisationCriterion() <em>Prioritisation Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrioritisationCriterion()
	 * @generated
	 * @ordered
	 */
	protected String prioritisationCriterion = PRIORITISATION_CRITERION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GovernmentMandateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProgrammePackage.Literals.GOVERNMENT_MANDATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuote() {
		return quote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuote(String newQuote) {
		String oldQuote = quote;
		quote = newQuote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.GOVERNMENT_MANDATE__QUOTE, oldQuote, quote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrioritisationCriterion() {
		return prioritisationCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrioritisationCriterion(String newPrioritisationCriterion) {
		String oldPrioritisationCriterion = prioritisationCriterion;
		prioritisationCriterion = newPrioritisationCriterion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.GOVERNMENT_MANDATE__PRIORITISATION_CRITERION, oldPrioritisationCriterion, prioritisationCriterion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProgrammePackage.GOVERNMENT_MANDATE__QUOTE:
				return getQuote();
			case ProgrammePackage.GOVERNMENT_MANDATE__PRIORITISATION_CRITERION:
				return getPrioritisationCriterion();
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
			case ProgrammePackage.GOVERNMENT_MANDATE__QUOTE:
				setQuote((String)newValue);
				return;
			case ProgrammePackage.GOVERNMENT_MANDATE__PRIORITISATION_CRITERION:
				setPrioritisationCriterion((String)newValue);
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
			case ProgrammePackage.GOVERNMENT_MANDATE__QUOTE:
				setQuote(QUOTE_EDEFAULT);
				return;
			case ProgrammePackage.GOVERNMENT_MANDATE__PRIORITISATION_CRITERION:
				setPrioritisationCriterion(PRIORITISATION_CRITERION_EDEFAULT);
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
			case ProgrammePackage.GOVERNMENT_MANDATE__QUOTE:
				return QUOTE_EDEFAULT == null ? quote != null : !QUOTE_EDEFAULT.equals(quote);
			case ProgrammePackage.GOVERNMENT_MANDATE__PRIORITISATION_CRITERION:
				return PRIORITISATION_CRITERION_EDEFAULT == null ? prioritisationCriterion != null : !PRIORITISATION_CRITERION_EDEFAULT.equals(prioritisationCriterion);
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
		result.append(" (quote: ");
		result.append(quote);
		result.append(", prioritisationCriterion: ");
		result.append(prioritisationCriterion);
		result.append(')');
		return result.toString();
	}

} //GovernmentMandateImpl
