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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.ecosystem.StageKind;

import org.helix.model.materials.MaterialsPackage;
import org.helix.model.materials.PolicyTrack;
import org.helix.model.materials.RawMaterial;
import org.helix.model.materials.TrackAction;
import org.helix.model.materials.TrackPriority;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Policy Track</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.materials.impl.PolicyTrackImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.PolicyTrackImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.PolicyTrackImpl#getSectionRef <em>Section Ref</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.PolicyTrackImpl#getStages <em>Stages</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.PolicyTrackImpl#getMaterials <em>Materials</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.PolicyTrackImpl#getSubActions <em>Sub Actions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PolicyTrackImpl extends NamedElementImpl implements PolicyTrack {
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
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final TrackPriority PRIORITY_EDEFAULT = TrackPriority.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected TrackPriority priority = PRIORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSectionRef() <em>Section Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSectionRef()
	 * @generated
	 * @ordered
	 */
	protected static final String SECTION_REF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSectionRef() <em>Section Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSectionRef()
	 * @generated
	 * @ordered
	 */
	protected String sectionRef = SECTION_REF_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStages() <em>Stages</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStages()
	 * @generated
	 * @ordered
	 */
	protected EList<StageKind> stages;

	/**
	 * The cached value of the '{@link #getMaterials() <em>Materials</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaterials()
	 * @generated
	 * @ordered
	 */
	protected EList<RawMaterial> materials;

	/**
	 * The cached value of the '{@link #getSubActions() <em>Sub Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubActions()
	 * @generated
	 * @ordered
	 */
	protected EList<TrackAction> subActions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PolicyTrackImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MaterialsPackage.Literals.POLICY_TRACK;
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
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.POLICY_TRACK__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrackPriority getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(TrackPriority newPriority) {
		TrackPriority oldPriority = priority;
		priority = newPriority == null ? PRIORITY_EDEFAULT : newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.POLICY_TRACK__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSectionRef() {
		return sectionRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSectionRef(String newSectionRef) {
		String oldSectionRef = sectionRef;
		sectionRef = newSectionRef;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.POLICY_TRACK__SECTION_REF, oldSectionRef, sectionRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StageKind> getStages() {
		if (stages == null) {
			stages = new EDataTypeUniqueEList<StageKind>(StageKind.class, this, MaterialsPackage.POLICY_TRACK__STAGES);
		}
		return stages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RawMaterial> getMaterials() {
		if (materials == null) {
			materials = new EObjectResolvingEList<RawMaterial>(RawMaterial.class, this, MaterialsPackage.POLICY_TRACK__MATERIALS);
		}
		return materials;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TrackAction> getSubActions() {
		if (subActions == null) {
			subActions = new EObjectContainmentEList<TrackAction>(TrackAction.class, this, MaterialsPackage.POLICY_TRACK__SUB_ACTIONS);
		}
		return subActions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MaterialsPackage.POLICY_TRACK__SUB_ACTIONS:
				return ((InternalEList<?>)getSubActions()).basicRemove(otherEnd, msgs);
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
			case MaterialsPackage.POLICY_TRACK__CODE:
				return getCode();
			case MaterialsPackage.POLICY_TRACK__PRIORITY:
				return getPriority();
			case MaterialsPackage.POLICY_TRACK__SECTION_REF:
				return getSectionRef();
			case MaterialsPackage.POLICY_TRACK__STAGES:
				return getStages();
			case MaterialsPackage.POLICY_TRACK__MATERIALS:
				return getMaterials();
			case MaterialsPackage.POLICY_TRACK__SUB_ACTIONS:
				return getSubActions();
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
			case MaterialsPackage.POLICY_TRACK__CODE:
				setCode((String)newValue);
				return;
			case MaterialsPackage.POLICY_TRACK__PRIORITY:
				setPriority((TrackPriority)newValue);
				return;
			case MaterialsPackage.POLICY_TRACK__SECTION_REF:
				setSectionRef((String)newValue);
				return;
			case MaterialsPackage.POLICY_TRACK__STAGES:
				getStages().clear();
				getStages().addAll((Collection<? extends StageKind>)newValue);
				return;
			case MaterialsPackage.POLICY_TRACK__MATERIALS:
				getMaterials().clear();
				getMaterials().addAll((Collection<? extends RawMaterial>)newValue);
				return;
			case MaterialsPackage.POLICY_TRACK__SUB_ACTIONS:
				getSubActions().clear();
				getSubActions().addAll((Collection<? extends TrackAction>)newValue);
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
			case MaterialsPackage.POLICY_TRACK__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case MaterialsPackage.POLICY_TRACK__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case MaterialsPackage.POLICY_TRACK__SECTION_REF:
				setSectionRef(SECTION_REF_EDEFAULT);
				return;
			case MaterialsPackage.POLICY_TRACK__STAGES:
				getStages().clear();
				return;
			case MaterialsPackage.POLICY_TRACK__MATERIALS:
				getMaterials().clear();
				return;
			case MaterialsPackage.POLICY_TRACK__SUB_ACTIONS:
				getSubActions().clear();
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
			case MaterialsPackage.POLICY_TRACK__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case MaterialsPackage.POLICY_TRACK__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case MaterialsPackage.POLICY_TRACK__SECTION_REF:
				return SECTION_REF_EDEFAULT == null ? sectionRef != null : !SECTION_REF_EDEFAULT.equals(sectionRef);
			case MaterialsPackage.POLICY_TRACK__STAGES:
				return stages != null && !stages.isEmpty();
			case MaterialsPackage.POLICY_TRACK__MATERIALS:
				return materials != null && !materials.isEmpty();
			case MaterialsPackage.POLICY_TRACK__SUB_ACTIONS:
				return subActions != null && !subActions.isEmpty();
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
		result.append(" (code: ");
		result.append(code);
		result.append(", priority: ");
		result.append(priority);
		result.append(", sectionRef: ");
		result.append(sectionRef);
		result.append(", stages: ");
		result.append(stages);
		result.append(')');
		return result.toString();
	}

} //PolicyTrackImpl
