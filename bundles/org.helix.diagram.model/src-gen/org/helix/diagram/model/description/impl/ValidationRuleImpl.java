/**
 * Helix
 */
package org.helix.diagram.model.description.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.diagram.model.description.DecorationKind;
import org.helix.diagram.model.description.DescriptionPackage;
import org.helix.diagram.model.description.QuickFix;
import org.helix.diagram.model.description.ValidationRule;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Validation Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.impl.ValidationRuleImpl#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.ValidationRuleImpl#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.ValidationRuleImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.ValidationRuleImpl#getMessageExpression <em>Message Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.ValidationRuleImpl#getFixes <em>Fixes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ValidationRuleImpl extends IdentifiedElementImpl implements ValidationRule {
	/**
	 * The default value of the '{@link #getDomainClass() <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainClass()
	 * @generated
	 * @ordered
	 */
	protected static final String DOMAIN_CLASS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDomainClass() <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainClass()
	 * @generated
	 * @ordered
	 */
	protected String domainClass = DOMAIN_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected static final String CONDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected String condition = CONDITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final DecorationKind SEVERITY_EDEFAULT = DecorationKind.WARNING;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected DecorationKind severity = SEVERITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessageExpression() <em>Message Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessageExpression() <em>Message Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageExpression()
	 * @generated
	 * @ordered
	 */
	protected String messageExpression = MESSAGE_EXPRESSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFixes() <em>Fixes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixes()
	 * @generated
	 * @ordered
	 */
	protected EList<QuickFix> fixes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ValidationRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.VALIDATION_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDomainClass() {
		return domainClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomainClass(String newDomainClass) {
		String oldDomainClass = domainClass;
		domainClass = newDomainClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.VALIDATION_RULE__DOMAIN_CLASS, oldDomainClass, domainClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCondition() {
		return condition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCondition(String newCondition) {
		String oldCondition = condition;
		condition = newCondition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.VALIDATION_RULE__CONDITION, oldCondition, condition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DecorationKind getSeverity() {
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(DecorationKind newSeverity) {
		DecorationKind oldSeverity = severity;
		severity = newSeverity == null ? SEVERITY_EDEFAULT : newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.VALIDATION_RULE__SEVERITY, oldSeverity, severity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessageExpression() {
		return messageExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessageExpression(String newMessageExpression) {
		String oldMessageExpression = messageExpression;
		messageExpression = newMessageExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.VALIDATION_RULE__MESSAGE_EXPRESSION, oldMessageExpression, messageExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<QuickFix> getFixes() {
		if (fixes == null) {
			fixes = new EObjectContainmentEList<QuickFix>(QuickFix.class, this, DescriptionPackage.VALIDATION_RULE__FIXES);
		}
		return fixes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.VALIDATION_RULE__FIXES:
				return ((InternalEList<?>)getFixes()).basicRemove(otherEnd, msgs);
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
			case DescriptionPackage.VALIDATION_RULE__DOMAIN_CLASS:
				return getDomainClass();
			case DescriptionPackage.VALIDATION_RULE__CONDITION:
				return getCondition();
			case DescriptionPackage.VALIDATION_RULE__SEVERITY:
				return getSeverity();
			case DescriptionPackage.VALIDATION_RULE__MESSAGE_EXPRESSION:
				return getMessageExpression();
			case DescriptionPackage.VALIDATION_RULE__FIXES:
				return getFixes();
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
			case DescriptionPackage.VALIDATION_RULE__DOMAIN_CLASS:
				setDomainClass((String)newValue);
				return;
			case DescriptionPackage.VALIDATION_RULE__CONDITION:
				setCondition((String)newValue);
				return;
			case DescriptionPackage.VALIDATION_RULE__SEVERITY:
				setSeverity((DecorationKind)newValue);
				return;
			case DescriptionPackage.VALIDATION_RULE__MESSAGE_EXPRESSION:
				setMessageExpression((String)newValue);
				return;
			case DescriptionPackage.VALIDATION_RULE__FIXES:
				getFixes().clear();
				getFixes().addAll((Collection<? extends QuickFix>)newValue);
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
			case DescriptionPackage.VALIDATION_RULE__DOMAIN_CLASS:
				setDomainClass(DOMAIN_CLASS_EDEFAULT);
				return;
			case DescriptionPackage.VALIDATION_RULE__CONDITION:
				setCondition(CONDITION_EDEFAULT);
				return;
			case DescriptionPackage.VALIDATION_RULE__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case DescriptionPackage.VALIDATION_RULE__MESSAGE_EXPRESSION:
				setMessageExpression(MESSAGE_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.VALIDATION_RULE__FIXES:
				getFixes().clear();
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
			case DescriptionPackage.VALIDATION_RULE__DOMAIN_CLASS:
				return DOMAIN_CLASS_EDEFAULT == null ? domainClass != null : !DOMAIN_CLASS_EDEFAULT.equals(domainClass);
			case DescriptionPackage.VALIDATION_RULE__CONDITION:
				return CONDITION_EDEFAULT == null ? condition != null : !CONDITION_EDEFAULT.equals(condition);
			case DescriptionPackage.VALIDATION_RULE__SEVERITY:
				return severity != SEVERITY_EDEFAULT;
			case DescriptionPackage.VALIDATION_RULE__MESSAGE_EXPRESSION:
				return MESSAGE_EXPRESSION_EDEFAULT == null ? messageExpression != null : !MESSAGE_EXPRESSION_EDEFAULT.equals(messageExpression);
			case DescriptionPackage.VALIDATION_RULE__FIXES:
				return fixes != null && !fixes.isEmpty();
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
		result.append(" (domainClass: ");
		result.append(domainClass);
		result.append(", condition: ");
		result.append(condition);
		result.append(", severity: ");
		result.append(severity);
		result.append(", messageExpression: ");
		result.append(messageExpression);
		result.append(')');
		return result.toString();
	}

} //ValidationRuleImpl
