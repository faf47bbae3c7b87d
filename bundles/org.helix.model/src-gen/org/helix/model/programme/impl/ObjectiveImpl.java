/**
 * Helix
 */
package org.helix.model.programme.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.model.core.Indicator;

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.programme.Objective;
import org.helix.model.programme.ObjectiveHorizon;
import org.helix.model.programme.ProgrammePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Objective</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.programme.impl.ObjectiveImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ObjectiveImpl#getHorizon <em>Horizon</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ObjectiveImpl#getTargetYear <em>Target Year</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ObjectiveImpl#getChangedFromPrevious <em>Changed From Previous</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ObjectiveImpl#getRealised <em>Realised</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ObjectiveImpl#getContributesTo <em>Contributes To</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ObjectiveImpl#getSupportedBy <em>Supported By</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ObjectiveImpl#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ObjectiveImpl extends NamedElementImpl implements Objective {
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
	 * The default value of the '{@link #getHorizon() <em>Horizon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHorizon()
	 * @generated
	 * @ordered
	 */
	protected static final ObjectiveHorizon HORIZON_EDEFAULT = ObjectiveHorizon.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getHorizon() <em>Horizon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHorizon()
	 * @generated
	 * @ordered
	 */
	protected ObjectiveHorizon horizon = HORIZON_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetYear() <em>Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TARGET_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetYear() <em>Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetYear()
	 * @generated
	 * @ordered
	 */
	protected Integer targetYear = TARGET_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getChangedFromPrevious() <em>Changed From Previous</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangedFromPrevious()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean CHANGED_FROM_PREVIOUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChangedFromPrevious() <em>Changed From Previous</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangedFromPrevious()
	 * @generated
	 * @ordered
	 */
	protected Boolean changedFromPrevious = CHANGED_FROM_PREVIOUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRealised() <em>Realised</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRealised()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean REALISED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRealised() <em>Realised</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRealised()
	 * @generated
	 * @ordered
	 */
	protected Boolean realised = REALISED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getContributesTo() <em>Contributes To</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContributesTo()
	 * @generated
	 * @ordered
	 */
	protected EList<Objective> contributesTo;

	/**
	 * The cached value of the '{@link #getSupportedBy() <em>Supported By</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportedBy()
	 * @generated
	 * @ordered
	 */
	protected EList<Objective> supportedBy;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> indicators;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ObjectiveImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProgrammePackage.Literals.OBJECTIVE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.OBJECTIVE__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectiveHorizon getHorizon() {
		return horizon;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHorizon(ObjectiveHorizon newHorizon) {
		ObjectiveHorizon oldHorizon = horizon;
		horizon = newHorizon == null ? HORIZON_EDEFAULT : newHorizon;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.OBJECTIVE__HORIZON, oldHorizon, horizon));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTargetYear() {
		return targetYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetYear(Integer newTargetYear) {
		Integer oldTargetYear = targetYear;
		targetYear = newTargetYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.OBJECTIVE__TARGET_YEAR, oldTargetYear, targetYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getChangedFromPrevious() {
		return changedFromPrevious;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChangedFromPrevious(Boolean newChangedFromPrevious) {
		Boolean oldChangedFromPrevious = changedFromPrevious;
		changedFromPrevious = newChangedFromPrevious;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.OBJECTIVE__CHANGED_FROM_PREVIOUS, oldChangedFromPrevious, changedFromPrevious));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getRealised() {
		return realised;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRealised(Boolean newRealised) {
		Boolean oldRealised = realised;
		realised = newRealised;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.OBJECTIVE__REALISED, oldRealised, realised));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Objective> getContributesTo() {
		if (contributesTo == null) {
			contributesTo = new EObjectWithInverseResolvingEList.ManyInverse<Objective>(Objective.class, this, ProgrammePackage.OBJECTIVE__CONTRIBUTES_TO, ProgrammePackage.OBJECTIVE__SUPPORTED_BY);
		}
		return contributesTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Objective> getSupportedBy() {
		if (supportedBy == null) {
			supportedBy = new EObjectWithInverseResolvingEList.ManyInverse<Objective>(Objective.class, this, ProgrammePackage.OBJECTIVE__SUPPORTED_BY, ProgrammePackage.OBJECTIVE__CONTRIBUTES_TO);
		}
		return supportedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators() {
		if (indicators == null) {
			indicators = new EObjectResolvingEList<Indicator>(Indicator.class, this, ProgrammePackage.OBJECTIVE__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProgrammePackage.OBJECTIVE__CONTRIBUTES_TO:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getContributesTo()).basicAdd(otherEnd, msgs);
			case ProgrammePackage.OBJECTIVE__SUPPORTED_BY:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSupportedBy()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProgrammePackage.OBJECTIVE__CONTRIBUTES_TO:
				return ((InternalEList<?>)getContributesTo()).basicRemove(otherEnd, msgs);
			case ProgrammePackage.OBJECTIVE__SUPPORTED_BY:
				return ((InternalEList<?>)getSupportedBy()).basicRemove(otherEnd, msgs);
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
			case ProgrammePackage.OBJECTIVE__CODE:
				return getCode();
			case ProgrammePackage.OBJECTIVE__HORIZON:
				return getHorizon();
			case ProgrammePackage.OBJECTIVE__TARGET_YEAR:
				return getTargetYear();
			case ProgrammePackage.OBJECTIVE__CHANGED_FROM_PREVIOUS:
				return getChangedFromPrevious();
			case ProgrammePackage.OBJECTIVE__REALISED:
				return getRealised();
			case ProgrammePackage.OBJECTIVE__CONTRIBUTES_TO:
				return getContributesTo();
			case ProgrammePackage.OBJECTIVE__SUPPORTED_BY:
				return getSupportedBy();
			case ProgrammePackage.OBJECTIVE__INDICATORS:
				return getIndicators();
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
			case ProgrammePackage.OBJECTIVE__CODE:
				setCode((String)newValue);
				return;
			case ProgrammePackage.OBJECTIVE__HORIZON:
				setHorizon((ObjectiveHorizon)newValue);
				return;
			case ProgrammePackage.OBJECTIVE__TARGET_YEAR:
				setTargetYear((Integer)newValue);
				return;
			case ProgrammePackage.OBJECTIVE__CHANGED_FROM_PREVIOUS:
				setChangedFromPrevious((Boolean)newValue);
				return;
			case ProgrammePackage.OBJECTIVE__REALISED:
				setRealised((Boolean)newValue);
				return;
			case ProgrammePackage.OBJECTIVE__CONTRIBUTES_TO:
				getContributesTo().clear();
				getContributesTo().addAll((Collection<? extends Objective>)newValue);
				return;
			case ProgrammePackage.OBJECTIVE__SUPPORTED_BY:
				getSupportedBy().clear();
				getSupportedBy().addAll((Collection<? extends Objective>)newValue);
				return;
			case ProgrammePackage.OBJECTIVE__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
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
			case ProgrammePackage.OBJECTIVE__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case ProgrammePackage.OBJECTIVE__HORIZON:
				setHorizon(HORIZON_EDEFAULT);
				return;
			case ProgrammePackage.OBJECTIVE__TARGET_YEAR:
				setTargetYear(TARGET_YEAR_EDEFAULT);
				return;
			case ProgrammePackage.OBJECTIVE__CHANGED_FROM_PREVIOUS:
				setChangedFromPrevious(CHANGED_FROM_PREVIOUS_EDEFAULT);
				return;
			case ProgrammePackage.OBJECTIVE__REALISED:
				setRealised(REALISED_EDEFAULT);
				return;
			case ProgrammePackage.OBJECTIVE__CONTRIBUTES_TO:
				getContributesTo().clear();
				return;
			case ProgrammePackage.OBJECTIVE__SUPPORTED_BY:
				getSupportedBy().clear();
				return;
			case ProgrammePackage.OBJECTIVE__INDICATORS:
				getIndicators().clear();
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
			case ProgrammePackage.OBJECTIVE__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case ProgrammePackage.OBJECTIVE__HORIZON:
				return horizon != HORIZON_EDEFAULT;
			case ProgrammePackage.OBJECTIVE__TARGET_YEAR:
				return TARGET_YEAR_EDEFAULT == null ? targetYear != null : !TARGET_YEAR_EDEFAULT.equals(targetYear);
			case ProgrammePackage.OBJECTIVE__CHANGED_FROM_PREVIOUS:
				return CHANGED_FROM_PREVIOUS_EDEFAULT == null ? changedFromPrevious != null : !CHANGED_FROM_PREVIOUS_EDEFAULT.equals(changedFromPrevious);
			case ProgrammePackage.OBJECTIVE__REALISED:
				return REALISED_EDEFAULT == null ? realised != null : !REALISED_EDEFAULT.equals(realised);
			case ProgrammePackage.OBJECTIVE__CONTRIBUTES_TO:
				return contributesTo != null && !contributesTo.isEmpty();
			case ProgrammePackage.OBJECTIVE__SUPPORTED_BY:
				return supportedBy != null && !supportedBy.isEmpty();
			case ProgrammePackage.OBJECTIVE__INDICATORS:
				return indicators != null && !indicators.isEmpty();
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
		result.append(", horizon: ");
		result.append(horizon);
		result.append(", targetYear: ");
		result.append(targetYear);
		result.append(", changedFromPrevious: ");
		result.append(changedFromPrevious);
		result.append(", realised: ");
		result.append(realised);
		result.append(')');
		return result.toString();
	}

} //ObjectiveImpl
