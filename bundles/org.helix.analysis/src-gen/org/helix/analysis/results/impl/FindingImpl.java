/**
 * Helix
 */
package org.helix.analysis.results.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.analysis.results.Finding;
import org.helix.analysis.results.FindingValue;
import org.helix.analysis.results.ResultsPackage;
import org.helix.analysis.results.Severity;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Finding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.analysis.results.impl.FindingImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.helix.analysis.results.impl.FindingImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.helix.analysis.results.impl.FindingImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link org.helix.analysis.results.impl.FindingImpl#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.helix.analysis.results.impl.FindingImpl#getTargetLabels <em>Target Labels</em>}</li>
 *   <li>{@link org.helix.analysis.results.impl.FindingImpl#getTargetIds <em>Target Ids</em>}</li>
 *   <li>{@link org.helix.analysis.results.impl.FindingImpl#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FindingImpl extends EObjectImpl implements Finding {
	/**
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final Severity SEVERITY_EDEFAULT = Severity.INFO;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected Severity severity = SEVERITY_EDEFAULT;

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
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<EObject> targets;

	/**
	 * The cached value of the '{@link #getTargetLabels() <em>Target Labels</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetLabels()
	 * @generated
	 * @ordered
	 */
	protected EList<String> targetLabels;

	/**
	 * The cached value of the '{@link #getTargetIds() <em>Target Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> targetIds;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<FindingValue> values;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FindingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResultsPackage.Literals.FINDING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Severity getSeverity() {
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(Severity newSeverity) {
		Severity oldSeverity = severity;
		severity = newSeverity == null ? SEVERITY_EDEFAULT : newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultsPackage.FINDING__SEVERITY, oldSeverity, severity));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ResultsPackage.FINDING__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultsPackage.FINDING__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EObject> getTargets() {
		if (targets == null) {
			targets = new EObjectResolvingEList<EObject>(EObject.class, this, ResultsPackage.FINDING__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTargetLabels() {
		if (targetLabels == null) {
			targetLabels = new EDataTypeEList<String>(String.class, this, ResultsPackage.FINDING__TARGET_LABELS);
		}
		return targetLabels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTargetIds() {
		if (targetIds == null) {
			targetIds = new EDataTypeEList<String>(String.class, this, ResultsPackage.FINDING__TARGET_IDS);
		}
		return targetIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FindingValue> getValues() {
		if (values == null) {
			values = new EObjectContainmentEList<FindingValue>(FindingValue.class, this, ResultsPackage.FINDING__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResultsPackage.FINDING__VALUES:
				return ((InternalEList<?>)getValues()).basicRemove(otherEnd, msgs);
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
			case ResultsPackage.FINDING__SEVERITY:
				return getSeverity();
			case ResultsPackage.FINDING__CODE:
				return getCode();
			case ResultsPackage.FINDING__MESSAGE:
				return getMessage();
			case ResultsPackage.FINDING__TARGETS:
				return getTargets();
			case ResultsPackage.FINDING__TARGET_LABELS:
				return getTargetLabels();
			case ResultsPackage.FINDING__TARGET_IDS:
				return getTargetIds();
			case ResultsPackage.FINDING__VALUES:
				return getValues();
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
			case ResultsPackage.FINDING__SEVERITY:
				setSeverity((Severity)newValue);
				return;
			case ResultsPackage.FINDING__CODE:
				setCode((String)newValue);
				return;
			case ResultsPackage.FINDING__MESSAGE:
				setMessage((String)newValue);
				return;
			case ResultsPackage.FINDING__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends EObject>)newValue);
				return;
			case ResultsPackage.FINDING__TARGET_LABELS:
				getTargetLabels().clear();
				getTargetLabels().addAll((Collection<? extends String>)newValue);
				return;
			case ResultsPackage.FINDING__TARGET_IDS:
				getTargetIds().clear();
				getTargetIds().addAll((Collection<? extends String>)newValue);
				return;
			case ResultsPackage.FINDING__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends FindingValue>)newValue);
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
			case ResultsPackage.FINDING__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case ResultsPackage.FINDING__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case ResultsPackage.FINDING__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case ResultsPackage.FINDING__TARGETS:
				getTargets().clear();
				return;
			case ResultsPackage.FINDING__TARGET_LABELS:
				getTargetLabels().clear();
				return;
			case ResultsPackage.FINDING__TARGET_IDS:
				getTargetIds().clear();
				return;
			case ResultsPackage.FINDING__VALUES:
				getValues().clear();
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
			case ResultsPackage.FINDING__SEVERITY:
				return severity != SEVERITY_EDEFAULT;
			case ResultsPackage.FINDING__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case ResultsPackage.FINDING__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case ResultsPackage.FINDING__TARGETS:
				return targets != null && !targets.isEmpty();
			case ResultsPackage.FINDING__TARGET_LABELS:
				return targetLabels != null && !targetLabels.isEmpty();
			case ResultsPackage.FINDING__TARGET_IDS:
				return targetIds != null && !targetIds.isEmpty();
			case ResultsPackage.FINDING__VALUES:
				return values != null && !values.isEmpty();
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
		result.append(" (severity: ");
		result.append(severity);
		result.append(", code: ");
		result.append(code);
		result.append(", message: ");
		result.append(message);
		result.append(", targetLabels: ");
		result.append(targetLabels);
		result.append(", targetIds: ");
		result.append(targetIds);
		result.append(')');
		return result.toString();
	}

} //FindingImpl
