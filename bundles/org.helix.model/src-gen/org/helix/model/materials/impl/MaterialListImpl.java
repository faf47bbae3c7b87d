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

import org.helix.model.ecosystem.Actor;
import org.helix.model.ecosystem.Jurisdiction;
import org.helix.model.ecosystem.PolicyInstrument;

import org.helix.model.materials.ListEntry;
import org.helix.model.materials.ListKind;
import org.helix.model.materials.MaterialList;
import org.helix.model.materials.MaterialsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Material List</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.materials.impl.MaterialListImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.MaterialListImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.MaterialListImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.MaterialListImpl#getAssessedCount <em>Assessed Count</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.MaterialListImpl#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.MaterialListImpl#getAuthority <em>Authority</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.MaterialListImpl#getJurisdiction <em>Jurisdiction</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.MaterialListImpl#getDerivedFrom <em>Derived From</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.MaterialListImpl#getLegalBasis <em>Legal Basis</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.MaterialListImpl#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MaterialListImpl extends NamedElementImpl implements MaterialList {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ListKind KIND_EDEFAULT = ListKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ListKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected Integer year = YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getAssessedCount() <em>Assessed Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessedCount()
	 * @generated
	 * @ordered
	 */
	protected static final Integer ASSESSED_COUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssessedCount() <em>Assessed Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessedCount()
	 * @generated
	 * @ordered
	 */
	protected Integer assessedCount = ASSESSED_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCriteria() <em>Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected static final String CRITERIA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCriteria() <em>Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected String criteria = CRITERIA_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAuthority() <em>Authority</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthority()
	 * @generated
	 * @ordered
	 */
	protected Actor authority;

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
	 * The cached value of the '{@link #getDerivedFrom() <em>Derived From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDerivedFrom()
	 * @generated
	 * @ordered
	 */
	protected MaterialList derivedFrom;

	/**
	 * The cached value of the '{@link #getLegalBasis() <em>Legal Basis</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalBasis()
	 * @generated
	 * @ordered
	 */
	protected PolicyInstrument legalBasis;

	/**
	 * The cached value of the '{@link #getEntries() <em>Entries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntries()
	 * @generated
	 * @ordered
	 */
	protected EList<ListEntry> entries;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MaterialListImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MaterialsPackage.Literals.MATERIAL_LIST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ListKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ListKind newKind) {
		ListKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.MATERIAL_LIST__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.MATERIAL_LIST__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(Integer newYear) {
		Integer oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.MATERIAL_LIST__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getAssessedCount() {
		return assessedCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssessedCount(Integer newAssessedCount) {
		Integer oldAssessedCount = assessedCount;
		assessedCount = newAssessedCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.MATERIAL_LIST__ASSESSED_COUNT, oldAssessedCount, assessedCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCriteria() {
		return criteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriteria(String newCriteria) {
		String oldCriteria = criteria;
		criteria = newCriteria;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.MATERIAL_LIST__CRITERIA, oldCriteria, criteria));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getAuthority() {
		if (authority != null && authority.eIsProxy()) {
			InternalEObject oldAuthority = (InternalEObject)authority;
			authority = (Actor)eResolveProxy(oldAuthority);
			if (authority != oldAuthority) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MaterialsPackage.MATERIAL_LIST__AUTHORITY, oldAuthority, authority));
			}
		}
		return authority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetAuthority() {
		return authority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthority(Actor newAuthority) {
		Actor oldAuthority = authority;
		authority = newAuthority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.MATERIAL_LIST__AUTHORITY, oldAuthority, authority));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MaterialsPackage.MATERIAL_LIST__JURISDICTION, oldJurisdiction, jurisdiction));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.MATERIAL_LIST__JURISDICTION, oldJurisdiction, jurisdiction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MaterialList getDerivedFrom() {
		if (derivedFrom != null && derivedFrom.eIsProxy()) {
			InternalEObject oldDerivedFrom = (InternalEObject)derivedFrom;
			derivedFrom = (MaterialList)eResolveProxy(oldDerivedFrom);
			if (derivedFrom != oldDerivedFrom) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MaterialsPackage.MATERIAL_LIST__DERIVED_FROM, oldDerivedFrom, derivedFrom));
			}
		}
		return derivedFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MaterialList basicGetDerivedFrom() {
		return derivedFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDerivedFrom(MaterialList newDerivedFrom) {
		MaterialList oldDerivedFrom = derivedFrom;
		derivedFrom = newDerivedFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.MATERIAL_LIST__DERIVED_FROM, oldDerivedFrom, derivedFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyInstrument getLegalBasis() {
		if (legalBasis != null && legalBasis.eIsProxy()) {
			InternalEObject oldLegalBasis = (InternalEObject)legalBasis;
			legalBasis = (PolicyInstrument)eResolveProxy(oldLegalBasis);
			if (legalBasis != oldLegalBasis) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MaterialsPackage.MATERIAL_LIST__LEGAL_BASIS, oldLegalBasis, legalBasis));
			}
		}
		return legalBasis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PolicyInstrument basicGetLegalBasis() {
		return legalBasis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLegalBasis(PolicyInstrument newLegalBasis) {
		PolicyInstrument oldLegalBasis = legalBasis;
		legalBasis = newLegalBasis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.MATERIAL_LIST__LEGAL_BASIS, oldLegalBasis, legalBasis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ListEntry> getEntries() {
		if (entries == null) {
			entries = new EObjectContainmentEList<ListEntry>(ListEntry.class, this, MaterialsPackage.MATERIAL_LIST__ENTRIES);
		}
		return entries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MaterialsPackage.MATERIAL_LIST__ENTRIES:
				return ((InternalEList<?>)getEntries()).basicRemove(otherEnd, msgs);
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
			case MaterialsPackage.MATERIAL_LIST__KIND:
				return getKind();
			case MaterialsPackage.MATERIAL_LIST__LEVEL:
				return getLevel();
			case MaterialsPackage.MATERIAL_LIST__YEAR:
				return getYear();
			case MaterialsPackage.MATERIAL_LIST__ASSESSED_COUNT:
				return getAssessedCount();
			case MaterialsPackage.MATERIAL_LIST__CRITERIA:
				return getCriteria();
			case MaterialsPackage.MATERIAL_LIST__AUTHORITY:
				if (resolve) return getAuthority();
				return basicGetAuthority();
			case MaterialsPackage.MATERIAL_LIST__JURISDICTION:
				if (resolve) return getJurisdiction();
				return basicGetJurisdiction();
			case MaterialsPackage.MATERIAL_LIST__DERIVED_FROM:
				if (resolve) return getDerivedFrom();
				return basicGetDerivedFrom();
			case MaterialsPackage.MATERIAL_LIST__LEGAL_BASIS:
				if (resolve) return getLegalBasis();
				return basicGetLegalBasis();
			case MaterialsPackage.MATERIAL_LIST__ENTRIES:
				return getEntries();
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
			case MaterialsPackage.MATERIAL_LIST__KIND:
				setKind((ListKind)newValue);
				return;
			case MaterialsPackage.MATERIAL_LIST__LEVEL:
				setLevel((GovernanceLevel)newValue);
				return;
			case MaterialsPackage.MATERIAL_LIST__YEAR:
				setYear((Integer)newValue);
				return;
			case MaterialsPackage.MATERIAL_LIST__ASSESSED_COUNT:
				setAssessedCount((Integer)newValue);
				return;
			case MaterialsPackage.MATERIAL_LIST__CRITERIA:
				setCriteria((String)newValue);
				return;
			case MaterialsPackage.MATERIAL_LIST__AUTHORITY:
				setAuthority((Actor)newValue);
				return;
			case MaterialsPackage.MATERIAL_LIST__JURISDICTION:
				setJurisdiction((Jurisdiction)newValue);
				return;
			case MaterialsPackage.MATERIAL_LIST__DERIVED_FROM:
				setDerivedFrom((MaterialList)newValue);
				return;
			case MaterialsPackage.MATERIAL_LIST__LEGAL_BASIS:
				setLegalBasis((PolicyInstrument)newValue);
				return;
			case MaterialsPackage.MATERIAL_LIST__ENTRIES:
				getEntries().clear();
				getEntries().addAll((Collection<? extends ListEntry>)newValue);
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
			case MaterialsPackage.MATERIAL_LIST__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case MaterialsPackage.MATERIAL_LIST__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case MaterialsPackage.MATERIAL_LIST__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case MaterialsPackage.MATERIAL_LIST__ASSESSED_COUNT:
				setAssessedCount(ASSESSED_COUNT_EDEFAULT);
				return;
			case MaterialsPackage.MATERIAL_LIST__CRITERIA:
				setCriteria(CRITERIA_EDEFAULT);
				return;
			case MaterialsPackage.MATERIAL_LIST__AUTHORITY:
				setAuthority((Actor)null);
				return;
			case MaterialsPackage.MATERIAL_LIST__JURISDICTION:
				setJurisdiction((Jurisdiction)null);
				return;
			case MaterialsPackage.MATERIAL_LIST__DERIVED_FROM:
				setDerivedFrom((MaterialList)null);
				return;
			case MaterialsPackage.MATERIAL_LIST__LEGAL_BASIS:
				setLegalBasis((PolicyInstrument)null);
				return;
			case MaterialsPackage.MATERIAL_LIST__ENTRIES:
				getEntries().clear();
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
			case MaterialsPackage.MATERIAL_LIST__KIND:
				return kind != KIND_EDEFAULT;
			case MaterialsPackage.MATERIAL_LIST__LEVEL:
				return level != LEVEL_EDEFAULT;
			case MaterialsPackage.MATERIAL_LIST__YEAR:
				return YEAR_EDEFAULT == null ? year != null : !YEAR_EDEFAULT.equals(year);
			case MaterialsPackage.MATERIAL_LIST__ASSESSED_COUNT:
				return ASSESSED_COUNT_EDEFAULT == null ? assessedCount != null : !ASSESSED_COUNT_EDEFAULT.equals(assessedCount);
			case MaterialsPackage.MATERIAL_LIST__CRITERIA:
				return CRITERIA_EDEFAULT == null ? criteria != null : !CRITERIA_EDEFAULT.equals(criteria);
			case MaterialsPackage.MATERIAL_LIST__AUTHORITY:
				return authority != null;
			case MaterialsPackage.MATERIAL_LIST__JURISDICTION:
				return jurisdiction != null;
			case MaterialsPackage.MATERIAL_LIST__DERIVED_FROM:
				return derivedFrom != null;
			case MaterialsPackage.MATERIAL_LIST__LEGAL_BASIS:
				return legalBasis != null;
			case MaterialsPackage.MATERIAL_LIST__ENTRIES:
				return entries != null && !entries.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", level: ");
		result.append(level);
		result.append(", year: ");
		result.append(year);
		result.append(", assessedCount: ");
		result.append(assessedCount);
		result.append(", criteria: ");
		result.append(criteria);
		result.append(')');
		return result.toString();
	}

} //MaterialListImpl
