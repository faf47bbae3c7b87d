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

import org.helix.diagram.model.description.DescriptionPackage;
import org.helix.diagram.model.description.If;
import org.helix.diagram.model.description.ModelOperation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>If</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.impl.IfImpl#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.IfImpl#getThenOperations <em>Then Operations</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.IfImpl#getElseOperations <em>Else Operations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IfImpl extends ModelOperationImpl implements If {
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
	 * The cached value of the '{@link #getThenOperations() <em>Then Operations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThenOperations()
	 * @generated
	 * @ordered
	 */
	protected EList<ModelOperation> thenOperations;

	/**
	 * The cached value of the '{@link #getElseOperations() <em>Else Operations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElseOperations()
	 * @generated
	 * @ordered
	 */
	protected EList<ModelOperation> elseOperations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IfImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.IF;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.IF__CONDITION, oldCondition, condition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ModelOperation> getThenOperations() {
		if (thenOperations == null) {
			thenOperations = new EObjectContainmentEList<ModelOperation>(ModelOperation.class, this, DescriptionPackage.IF__THEN_OPERATIONS);
		}
		return thenOperations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ModelOperation> getElseOperations() {
		if (elseOperations == null) {
			elseOperations = new EObjectContainmentEList<ModelOperation>(ModelOperation.class, this, DescriptionPackage.IF__ELSE_OPERATIONS);
		}
		return elseOperations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.IF__THEN_OPERATIONS:
				return ((InternalEList<?>)getThenOperations()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.IF__ELSE_OPERATIONS:
				return ((InternalEList<?>)getElseOperations()).basicRemove(otherEnd, msgs);
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
			case DescriptionPackage.IF__CONDITION:
				return getCondition();
			case DescriptionPackage.IF__THEN_OPERATIONS:
				return getThenOperations();
			case DescriptionPackage.IF__ELSE_OPERATIONS:
				return getElseOperations();
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
			case DescriptionPackage.IF__CONDITION:
				setCondition((String)newValue);
				return;
			case DescriptionPackage.IF__THEN_OPERATIONS:
				getThenOperations().clear();
				getThenOperations().addAll((Collection<? extends ModelOperation>)newValue);
				return;
			case DescriptionPackage.IF__ELSE_OPERATIONS:
				getElseOperations().clear();
				getElseOperations().addAll((Collection<? extends ModelOperation>)newValue);
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
			case DescriptionPackage.IF__CONDITION:
				setCondition(CONDITION_EDEFAULT);
				return;
			case DescriptionPackage.IF__THEN_OPERATIONS:
				getThenOperations().clear();
				return;
			case DescriptionPackage.IF__ELSE_OPERATIONS:
				getElseOperations().clear();
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
			case DescriptionPackage.IF__CONDITION:
				return CONDITION_EDEFAULT == null ? condition != null : !CONDITION_EDEFAULT.equals(condition);
			case DescriptionPackage.IF__THEN_OPERATIONS:
				return thenOperations != null && !thenOperations.isEmpty();
			case DescriptionPackage.IF__ELSE_OPERATIONS:
				return elseOperations != null && !elseOperations.isEmpty();
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
		result.append(" (condition: ");
		result.append(condition);
		result.append(')');
		return result.toString();
	}

} //IfImpl
