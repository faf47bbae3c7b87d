/**
 * Helix
 */
package org.helix.diagram.model.description.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.helix.diagram.model.description.DescriptionPackage;
import org.helix.diagram.model.description.TableFilter;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Table Filter</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.impl.TableFilterImpl#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.TableFilterImpl#isActiveByDefault <em>Active By Default</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TableFilterImpl extends IdentifiedElementImpl implements TableFilter {
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
	 * The default value of the '{@link #isActiveByDefault() <em>Active By Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActiveByDefault()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTIVE_BY_DEFAULT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isActiveByDefault() <em>Active By Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActiveByDefault()
	 * @generated
	 * @ordered
	 */
	protected boolean activeByDefault = ACTIVE_BY_DEFAULT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TableFilterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.TABLE_FILTER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.TABLE_FILTER__CONDITION, oldCondition, condition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActiveByDefault() {
		return activeByDefault;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActiveByDefault(boolean newActiveByDefault) {
		boolean oldActiveByDefault = activeByDefault;
		activeByDefault = newActiveByDefault;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.TABLE_FILTER__ACTIVE_BY_DEFAULT, oldActiveByDefault, activeByDefault));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DescriptionPackage.TABLE_FILTER__CONDITION:
				return getCondition();
			case DescriptionPackage.TABLE_FILTER__ACTIVE_BY_DEFAULT:
				return isActiveByDefault();
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
			case DescriptionPackage.TABLE_FILTER__CONDITION:
				setCondition((String)newValue);
				return;
			case DescriptionPackage.TABLE_FILTER__ACTIVE_BY_DEFAULT:
				setActiveByDefault((Boolean)newValue);
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
			case DescriptionPackage.TABLE_FILTER__CONDITION:
				setCondition(CONDITION_EDEFAULT);
				return;
			case DescriptionPackage.TABLE_FILTER__ACTIVE_BY_DEFAULT:
				setActiveByDefault(ACTIVE_BY_DEFAULT_EDEFAULT);
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
			case DescriptionPackage.TABLE_FILTER__CONDITION:
				return CONDITION_EDEFAULT == null ? condition != null : !CONDITION_EDEFAULT.equals(condition);
			case DescriptionPackage.TABLE_FILTER__ACTIVE_BY_DEFAULT:
				return activeByDefault != ACTIVE_BY_DEFAULT_EDEFAULT;
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
		result.append(", activeByDefault: ");
		result.append(activeByDefault);
		result.append(')');
		return result.toString();
	}

} //TableFilterImpl
