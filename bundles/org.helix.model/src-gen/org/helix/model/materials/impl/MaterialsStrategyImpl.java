/**
 * Helix
 */
package org.helix.model.materials.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.model.core.GovernanceLevel;

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.ecosystem.Jurisdiction;
import org.helix.model.ecosystem.PolicyInstrument;

import org.helix.model.materials.MaterialsPackage;
import org.helix.model.materials.MaterialsStrategy;
import org.helix.model.materials.PolicyTrack;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Strategy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.materials.impl.MaterialsStrategyImpl#getGoal <em>Goal</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.MaterialsStrategyImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.MaterialsStrategyImpl#getJurisdiction <em>Jurisdiction</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.MaterialsStrategyImpl#getFramework <em>Framework</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.MaterialsStrategyImpl#getTracks <em>Tracks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MaterialsStrategyImpl extends NamedElementImpl implements MaterialsStrategy {
	/**
	 * The default value of the '{@link #getGoal() <em>Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoal()
	 * @generated
	 * @ordered
	 */
	protected static final String GOAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGoal() <em>Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoal()
	 * @generated
	 * @ordered
	 */
	protected String goal = GOAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final GovernanceLevel LEVEL_EDEFAULT = GovernanceLevel.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected GovernanceLevel level = LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getJurisdiction() <em>Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJurisdiction()
	 * @generated
	 * @ordered
	 */
	protected Jurisdiction jurisdiction;

	/**
	 * The cached value of the '{@link #getFramework() <em>Framework</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFramework()
	 * @generated
	 * @ordered
	 */
	protected PolicyInstrument framework;

	/**
	 * The cached value of the '{@link #getTracks() <em>Tracks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTracks()
	 * @generated
	 * @ordered
	 */
	protected EList<PolicyTrack> tracks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MaterialsStrategyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MaterialsPackage.Literals.MATERIALS_STRATEGY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGoal() {
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGoal(String newGoal) {
		String oldGoal = goal;
		goal = newGoal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.MATERIALS_STRATEGY__GOAL, oldGoal, goal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernanceLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(GovernanceLevel newLevel) {
		GovernanceLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.MATERIALS_STRATEGY__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Jurisdiction getJurisdiction() {
		if (jurisdiction != null && jurisdiction.eIsProxy()) {
			InternalEObject oldJurisdiction = (InternalEObject)jurisdiction;
			jurisdiction = (Jurisdiction)eResolveProxy(oldJurisdiction);
			if (jurisdiction != oldJurisdiction) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MaterialsPackage.MATERIALS_STRATEGY__JURISDICTION, oldJurisdiction, jurisdiction));
			}
		}
		return jurisdiction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Jurisdiction basicGetJurisdiction() {
		return jurisdiction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJurisdiction(Jurisdiction newJurisdiction) {
		Jurisdiction oldJurisdiction = jurisdiction;
		jurisdiction = newJurisdiction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.MATERIALS_STRATEGY__JURISDICTION, oldJurisdiction, jurisdiction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyInstrument getFramework() {
		if (framework != null && framework.eIsProxy()) {
			InternalEObject oldFramework = (InternalEObject)framework;
			framework = (PolicyInstrument)eResolveProxy(oldFramework);
			if (framework != oldFramework) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MaterialsPackage.MATERIALS_STRATEGY__FRAMEWORK, oldFramework, framework));
			}
		}
		return framework;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PolicyInstrument basicGetFramework() {
		return framework;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFramework(PolicyInstrument newFramework) {
		PolicyInstrument oldFramework = framework;
		framework = newFramework;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.MATERIALS_STRATEGY__FRAMEWORK, oldFramework, framework));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PolicyTrack> getTracks() {
		if (tracks == null) {
			tracks = new EObjectContainmentEList<PolicyTrack>(PolicyTrack.class, this, MaterialsPackage.MATERIALS_STRATEGY__TRACKS);
		}
		return tracks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MaterialsPackage.MATERIALS_STRATEGY__TRACKS:
				return ((InternalEList<?>)getTracks()).basicRemove(otherEnd, msgs);
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
			case MaterialsPackage.MATERIALS_STRATEGY__GOAL:
				return getGoal();
			case MaterialsPackage.MATERIALS_STRATEGY__LEVEL:
				return getLevel();
			case MaterialsPackage.MATERIALS_STRATEGY__JURISDICTION:
				if (resolve) return getJurisdiction();
				return basicGetJurisdiction();
			case MaterialsPackage.MATERIALS_STRATEGY__FRAMEWORK:
				if (resolve) return getFramework();
				return basicGetFramework();
			case MaterialsPackage.MATERIALS_STRATEGY__TRACKS:
				return getTracks();
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
			case MaterialsPackage.MATERIALS_STRATEGY__GOAL:
				setGoal((String)newValue);
				return;
			case MaterialsPackage.MATERIALS_STRATEGY__LEVEL:
				setLevel((GovernanceLevel)newValue);
				return;
			case MaterialsPackage.MATERIALS_STRATEGY__JURISDICTION:
				setJurisdiction((Jurisdiction)newValue);
				return;
			case MaterialsPackage.MATERIALS_STRATEGY__FRAMEWORK:
				setFramework((PolicyInstrument)newValue);
				return;
			case MaterialsPackage.MATERIALS_STRATEGY__TRACKS:
				getTracks().clear();
				getTracks().addAll((Collection<? extends PolicyTrack>)newValue);
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
			case MaterialsPackage.MATERIALS_STRATEGY__GOAL:
				setGoal(GOAL_EDEFAULT);
				return;
			case MaterialsPackage.MATERIALS_STRATEGY__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case MaterialsPackage.MATERIALS_STRATEGY__JURISDICTION:
				setJurisdiction((Jurisdiction)null);
				return;
			case MaterialsPackage.MATERIALS_STRATEGY__FRAMEWORK:
				setFramework((PolicyInstrument)null);
				return;
			case MaterialsPackage.MATERIALS_STRATEGY__TRACKS:
				getTracks().clear();
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
			case MaterialsPackage.MATERIALS_STRATEGY__GOAL:
				return GOAL_EDEFAULT == null ? goal != null : !GOAL_EDEFAULT.equals(goal);
			case MaterialsPackage.MATERIALS_STRATEGY__LEVEL:
				return level != LEVEL_EDEFAULT;
			case MaterialsPackage.MATERIALS_STRATEGY__JURISDICTION:
				return jurisdiction != null;
			case MaterialsPackage.MATERIALS_STRATEGY__FRAMEWORK:
				return framework != null;
			case MaterialsPackage.MATERIALS_STRATEGY__TRACKS:
				return tracks != null && !tracks.isEmpty();
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
		result.append(" (goal: ");
		result.append(goal);
		result.append(", level: ");
		result.append(level);
		result.append(')');
		return result.toString();
	}

} //MaterialsStrategyImpl
