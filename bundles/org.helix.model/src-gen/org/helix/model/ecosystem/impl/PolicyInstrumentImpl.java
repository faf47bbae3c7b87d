/**
 * Helix
 */
package org.helix.model.ecosystem.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.helix.model.core.GovernanceLevel;

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.ecosystem.InstrumentKind;
import org.helix.model.ecosystem.InstrumentStatus;
import org.helix.model.ecosystem.Jurisdiction;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.PolicyInstrument;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Policy Instrument</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.impl.PolicyInstrumentImpl#getAcronym <em>Acronym</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.PolicyInstrumentImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.PolicyInstrumentImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.PolicyInstrumentImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.PolicyInstrumentImpl#getLegalReference <em>Legal Reference</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.PolicyInstrumentImpl#getFromYear <em>From Year</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.PolicyInstrumentImpl#getToYear <em>To Year</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.PolicyInstrumentImpl#getJurisdiction <em>Jurisdiction</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.PolicyInstrumentImpl#getManager <em>Manager</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.PolicyInstrumentImpl#getComplements <em>Complements</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PolicyInstrumentImpl extends NamedElementImpl implements PolicyInstrument {
	/**
	 * The default value of the '{@link #getAcronym() <em>Acronym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcronym()
	 * @generated
	 * @ordered
	 */
	protected static final String ACRONYM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAcronym() <em>Acronym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcronym()
	 * @generated
	 * @ordered
	 */
	protected String acronym = ACRONYM_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final InstrumentKind KIND_EDEFAULT = InstrumentKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected InstrumentKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final InstrumentStatus STATUS_EDEFAULT = InstrumentStatus.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected InstrumentStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLegalReference() <em>Legal Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalReference()
	 * @generated
	 * @ordered
	 */
	protected static final String LEGAL_REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLegalReference() <em>Legal Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalReference()
	 * @generated
	 * @ordered
	 */
	protected String legalReference = LEGAL_REFERENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFromYear() <em>From Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer FROM_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFromYear() <em>From Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromYear()
	 * @generated
	 * @ordered
	 */
	protected Integer fromYear = FROM_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getToYear() <em>To Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TO_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToYear() <em>To Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToYear()
	 * @generated
	 * @ordered
	 */
	protected Integer toYear = TO_YEAR_EDEFAULT;

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
	 * The cached value of the '{@link #getManager() <em>Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManager()
	 * @generated
	 * @ordered
	 */
	protected Organisation manager;

	/**
	 * The cached value of the '{@link #getComplements() <em>Complements</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplements()
	 * @generated
	 * @ordered
	 */
	protected EList<PolicyInstrument> complements;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PolicyInstrumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EcosystemPackage.Literals.POLICY_INSTRUMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAcronym() {
		return acronym;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcronym(String newAcronym) {
		String oldAcronym = acronym;
		acronym = newAcronym;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.POLICY_INSTRUMENT__ACRONYM, oldAcronym, acronym));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstrumentKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(InstrumentKind newKind) {
		InstrumentKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.POLICY_INSTRUMENT__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.POLICY_INSTRUMENT__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstrumentStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(InstrumentStatus newStatus) {
		InstrumentStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.POLICY_INSTRUMENT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLegalReference() {
		return legalReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLegalReference(String newLegalReference) {
		String oldLegalReference = legalReference;
		legalReference = newLegalReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.POLICY_INSTRUMENT__LEGAL_REFERENCE, oldLegalReference, legalReference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getFromYear() {
		return fromYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromYear(Integer newFromYear) {
		Integer oldFromYear = fromYear;
		fromYear = newFromYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.POLICY_INSTRUMENT__FROM_YEAR, oldFromYear, fromYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getToYear() {
		return toYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToYear(Integer newToYear) {
		Integer oldToYear = toYear;
		toYear = newToYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.POLICY_INSTRUMENT__TO_YEAR, oldToYear, toYear));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EcosystemPackage.POLICY_INSTRUMENT__JURISDICTION, oldJurisdiction, jurisdiction));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.POLICY_INSTRUMENT__JURISDICTION, oldJurisdiction, jurisdiction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getManager() {
		if (manager != null && manager.eIsProxy()) {
			InternalEObject oldManager = (InternalEObject)manager;
			manager = (Organisation)eResolveProxy(oldManager);
			if (manager != oldManager) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EcosystemPackage.POLICY_INSTRUMENT__MANAGER, oldManager, manager));
			}
		}
		return manager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetManager() {
		return manager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManager(Organisation newManager) {
		Organisation oldManager = manager;
		manager = newManager;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.POLICY_INSTRUMENT__MANAGER, oldManager, manager));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PolicyInstrument> getComplements() {
		if (complements == null) {
			complements = new EObjectResolvingEList<PolicyInstrument>(PolicyInstrument.class, this, EcosystemPackage.POLICY_INSTRUMENT__COMPLEMENTS);
		}
		return complements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EcosystemPackage.POLICY_INSTRUMENT__ACRONYM:
				return getAcronym();
			case EcosystemPackage.POLICY_INSTRUMENT__KIND:
				return getKind();
			case EcosystemPackage.POLICY_INSTRUMENT__LEVEL:
				return getLevel();
			case EcosystemPackage.POLICY_INSTRUMENT__STATUS:
				return getStatus();
			case EcosystemPackage.POLICY_INSTRUMENT__LEGAL_REFERENCE:
				return getLegalReference();
			case EcosystemPackage.POLICY_INSTRUMENT__FROM_YEAR:
				return getFromYear();
			case EcosystemPackage.POLICY_INSTRUMENT__TO_YEAR:
				return getToYear();
			case EcosystemPackage.POLICY_INSTRUMENT__JURISDICTION:
				if (resolve) return getJurisdiction();
				return basicGetJurisdiction();
			case EcosystemPackage.POLICY_INSTRUMENT__MANAGER:
				if (resolve) return getManager();
				return basicGetManager();
			case EcosystemPackage.POLICY_INSTRUMENT__COMPLEMENTS:
				return getComplements();
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
			case EcosystemPackage.POLICY_INSTRUMENT__ACRONYM:
				setAcronym((String)newValue);
				return;
			case EcosystemPackage.POLICY_INSTRUMENT__KIND:
				setKind((InstrumentKind)newValue);
				return;
			case EcosystemPackage.POLICY_INSTRUMENT__LEVEL:
				setLevel((GovernanceLevel)newValue);
				return;
			case EcosystemPackage.POLICY_INSTRUMENT__STATUS:
				setStatus((InstrumentStatus)newValue);
				return;
			case EcosystemPackage.POLICY_INSTRUMENT__LEGAL_REFERENCE:
				setLegalReference((String)newValue);
				return;
			case EcosystemPackage.POLICY_INSTRUMENT__FROM_YEAR:
				setFromYear((Integer)newValue);
				return;
			case EcosystemPackage.POLICY_INSTRUMENT__TO_YEAR:
				setToYear((Integer)newValue);
				return;
			case EcosystemPackage.POLICY_INSTRUMENT__JURISDICTION:
				setJurisdiction((Jurisdiction)newValue);
				return;
			case EcosystemPackage.POLICY_INSTRUMENT__MANAGER:
				setManager((Organisation)newValue);
				return;
			case EcosystemPackage.POLICY_INSTRUMENT__COMPLEMENTS:
				getComplements().clear();
				getComplements().addAll((Collection<? extends PolicyInstrument>)newValue);
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
			case EcosystemPackage.POLICY_INSTRUMENT__ACRONYM:
				setAcronym(ACRONYM_EDEFAULT);
				return;
			case EcosystemPackage.POLICY_INSTRUMENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case EcosystemPackage.POLICY_INSTRUMENT__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case EcosystemPackage.POLICY_INSTRUMENT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case EcosystemPackage.POLICY_INSTRUMENT__LEGAL_REFERENCE:
				setLegalReference(LEGAL_REFERENCE_EDEFAULT);
				return;
			case EcosystemPackage.POLICY_INSTRUMENT__FROM_YEAR:
				setFromYear(FROM_YEAR_EDEFAULT);
				return;
			case EcosystemPackage.POLICY_INSTRUMENT__TO_YEAR:
				setToYear(TO_YEAR_EDEFAULT);
				return;
			case EcosystemPackage.POLICY_INSTRUMENT__JURISDICTION:
				setJurisdiction((Jurisdiction)null);
				return;
			case EcosystemPackage.POLICY_INSTRUMENT__MANAGER:
				setManager((Organisation)null);
				return;
			case EcosystemPackage.POLICY_INSTRUMENT__COMPLEMENTS:
				getComplements().clear();
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
			case EcosystemPackage.POLICY_INSTRUMENT__ACRONYM:
				return ACRONYM_EDEFAULT == null ? acronym != null : !ACRONYM_EDEFAULT.equals(acronym);
			case EcosystemPackage.POLICY_INSTRUMENT__KIND:
				return kind != KIND_EDEFAULT;
			case EcosystemPackage.POLICY_INSTRUMENT__LEVEL:
				return level != LEVEL_EDEFAULT;
			case EcosystemPackage.POLICY_INSTRUMENT__STATUS:
				return status != STATUS_EDEFAULT;
			case EcosystemPackage.POLICY_INSTRUMENT__LEGAL_REFERENCE:
				return LEGAL_REFERENCE_EDEFAULT == null ? legalReference != null : !LEGAL_REFERENCE_EDEFAULT.equals(legalReference);
			case EcosystemPackage.POLICY_INSTRUMENT__FROM_YEAR:
				return FROM_YEAR_EDEFAULT == null ? fromYear != null : !FROM_YEAR_EDEFAULT.equals(fromYear);
			case EcosystemPackage.POLICY_INSTRUMENT__TO_YEAR:
				return TO_YEAR_EDEFAULT == null ? toYear != null : !TO_YEAR_EDEFAULT.equals(toYear);
			case EcosystemPackage.POLICY_INSTRUMENT__JURISDICTION:
				return jurisdiction != null;
			case EcosystemPackage.POLICY_INSTRUMENT__MANAGER:
				return manager != null;
			case EcosystemPackage.POLICY_INSTRUMENT__COMPLEMENTS:
				return complements != null && !complements.isEmpty();
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
		result.append(" (acronym: ");
		result.append(acronym);
		result.append(", kind: ");
		result.append(kind);
		result.append(", level: ");
		result.append(level);
		result.append(", status: ");
		result.append(status);
		result.append(", legalReference: ");
		result.append(legalReference);
		result.append(", fromYear: ");
		result.append(fromYear);
		result.append(", toYear: ");
		result.append(toYear);
		result.append(')');
		return result.toString();
	}

} //PolicyInstrumentImpl
