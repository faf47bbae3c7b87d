/**
 * Helix
 */
package org.helix.model.governance.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.helix.model.core.impl.HelixElementImpl;

import org.helix.model.ecosystem.Actor;

import org.helix.model.governance.FormalResponse;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.GovernancePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Formal Response</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.governance.impl.FormalResponseImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.FormalResponseImpl#getAppreciation <em>Appreciation</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.FormalResponseImpl#getPolicyFollowUp <em>Policy Follow Up</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.FormalResponseImpl#getRespondingBody <em>Responding Body</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.FormalResponseImpl#getRespondent <em>Respondent</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FormalResponseImpl extends HelixElementImpl implements FormalResponse {
	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAppreciation() <em>Appreciation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppreciation()
	 * @generated
	 * @ordered
	 */
	protected static final String APPRECIATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAppreciation() <em>Appreciation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppreciation()
	 * @generated
	 * @ordered
	 */
	protected String appreciation = APPRECIATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPolicyFollowUp() <em>Policy Follow Up</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicyFollowUp()
	 * @generated
	 * @ordered
	 */
	protected static final String POLICY_FOLLOW_UP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPolicyFollowUp() <em>Policy Follow Up</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicyFollowUp()
	 * @generated
	 * @ordered
	 */
	protected String policyFollowUp = POLICY_FOLLOW_UP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRespondingBody() <em>Responding Body</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondingBody()
	 * @generated
	 * @ordered
	 */
	protected GovernanceBody respondingBody;

	/**
	 * The cached value of the '{@link #getRespondent() <em>Respondent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondent()
	 * @generated
	 * @ordered
	 */
	protected Actor respondent;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FormalResponseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.FORMAL_RESPONSE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.FORMAL_RESPONSE__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAppreciation() {
		return appreciation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAppreciation(String newAppreciation) {
		String oldAppreciation = appreciation;
		appreciation = newAppreciation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.FORMAL_RESPONSE__APPRECIATION, oldAppreciation, appreciation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPolicyFollowUp() {
		return policyFollowUp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolicyFollowUp(String newPolicyFollowUp) {
		String oldPolicyFollowUp = policyFollowUp;
		policyFollowUp = newPolicyFollowUp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.FORMAL_RESPONSE__POLICY_FOLLOW_UP, oldPolicyFollowUp, policyFollowUp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernanceBody getRespondingBody() {
		if (respondingBody != null && respondingBody.eIsProxy()) {
			InternalEObject oldRespondingBody = (InternalEObject)respondingBody;
			respondingBody = (GovernanceBody)eResolveProxy(oldRespondingBody);
			if (respondingBody != oldRespondingBody) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.FORMAL_RESPONSE__RESPONDING_BODY, oldRespondingBody, respondingBody));
			}
		}
		return respondingBody;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GovernanceBody basicGetRespondingBody() {
		return respondingBody;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRespondingBody(GovernanceBody newRespondingBody) {
		GovernanceBody oldRespondingBody = respondingBody;
		respondingBody = newRespondingBody;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.FORMAL_RESPONSE__RESPONDING_BODY, oldRespondingBody, respondingBody));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getRespondent() {
		if (respondent != null && respondent.eIsProxy()) {
			InternalEObject oldRespondent = (InternalEObject)respondent;
			respondent = (Actor)eResolveProxy(oldRespondent);
			if (respondent != oldRespondent) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.FORMAL_RESPONSE__RESPONDENT, oldRespondent, respondent));
			}
		}
		return respondent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetRespondent() {
		return respondent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRespondent(Actor newRespondent) {
		Actor oldRespondent = respondent;
		respondent = newRespondent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.FORMAL_RESPONSE__RESPONDENT, oldRespondent, respondent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GovernancePackage.FORMAL_RESPONSE__DATE:
				return getDate();
			case GovernancePackage.FORMAL_RESPONSE__APPRECIATION:
				return getAppreciation();
			case GovernancePackage.FORMAL_RESPONSE__POLICY_FOLLOW_UP:
				return getPolicyFollowUp();
			case GovernancePackage.FORMAL_RESPONSE__RESPONDING_BODY:
				if (resolve) return getRespondingBody();
				return basicGetRespondingBody();
			case GovernancePackage.FORMAL_RESPONSE__RESPONDENT:
				if (resolve) return getRespondent();
				return basicGetRespondent();
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
			case GovernancePackage.FORMAL_RESPONSE__DATE:
				setDate((LocalDate)newValue);
				return;
			case GovernancePackage.FORMAL_RESPONSE__APPRECIATION:
				setAppreciation((String)newValue);
				return;
			case GovernancePackage.FORMAL_RESPONSE__POLICY_FOLLOW_UP:
				setPolicyFollowUp((String)newValue);
				return;
			case GovernancePackage.FORMAL_RESPONSE__RESPONDING_BODY:
				setRespondingBody((GovernanceBody)newValue);
				return;
			case GovernancePackage.FORMAL_RESPONSE__RESPONDENT:
				setRespondent((Actor)newValue);
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
			case GovernancePackage.FORMAL_RESPONSE__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case GovernancePackage.FORMAL_RESPONSE__APPRECIATION:
				setAppreciation(APPRECIATION_EDEFAULT);
				return;
			case GovernancePackage.FORMAL_RESPONSE__POLICY_FOLLOW_UP:
				setPolicyFollowUp(POLICY_FOLLOW_UP_EDEFAULT);
				return;
			case GovernancePackage.FORMAL_RESPONSE__RESPONDING_BODY:
				setRespondingBody((GovernanceBody)null);
				return;
			case GovernancePackage.FORMAL_RESPONSE__RESPONDENT:
				setRespondent((Actor)null);
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
			case GovernancePackage.FORMAL_RESPONSE__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case GovernancePackage.FORMAL_RESPONSE__APPRECIATION:
				return APPRECIATION_EDEFAULT == null ? appreciation != null : !APPRECIATION_EDEFAULT.equals(appreciation);
			case GovernancePackage.FORMAL_RESPONSE__POLICY_FOLLOW_UP:
				return POLICY_FOLLOW_UP_EDEFAULT == null ? policyFollowUp != null : !POLICY_FOLLOW_UP_EDEFAULT.equals(policyFollowUp);
			case GovernancePackage.FORMAL_RESPONSE__RESPONDING_BODY:
				return respondingBody != null;
			case GovernancePackage.FORMAL_RESPONSE__RESPONDENT:
				return respondent != null;
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
		result.append(" (date: ");
		result.append(date);
		result.append(", appreciation: ");
		result.append(appreciation);
		result.append(", policyFollowUp: ");
		result.append(policyFollowUp);
		result.append(')');
		return result.toString();
	}

} //FormalResponseImpl
