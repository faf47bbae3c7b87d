/**
 * Helix
 */
package org.helix.model.ecosystem.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.ecosystem.PriorityKind;
import org.helix.model.ecosystem.Sector;
import org.helix.model.ecosystem.StrategyPriority;
import org.helix.model.ecosystem.Technology;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Strategy Priority</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.impl.StrategyPriorityImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.StrategyPriorityImpl#getRank <em>Rank</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.StrategyPriorityImpl#getTargetYear <em>Target Year</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.StrategyPriorityImpl#getTechnology <em>Technology</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.StrategyPriorityImpl#getSector <em>Sector</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StrategyPriorityImpl extends NamedElementImpl implements StrategyPriority {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final PriorityKind KIND_EDEFAULT = PriorityKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected PriorityKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getRank() <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRank()
	 * @generated
	 * @ordered
	 */
	protected static final Integer RANK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRank() <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRank()
	 * @generated
	 * @ordered
	 */
	protected Integer rank = RANK_EDEFAULT;

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
	 * The cached value of the '{@link #getTechnology() <em>Technology</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTechnology()
	 * @generated
	 * @ordered
	 */
	protected Technology technology;

	/**
	 * The cached value of the '{@link #getSector() <em>Sector</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSector()
	 * @generated
	 * @ordered
	 */
	protected Sector sector;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StrategyPriorityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EcosystemPackage.Literals.STRATEGY_PRIORITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PriorityKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(PriorityKind newKind) {
		PriorityKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.STRATEGY_PRIORITY__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getRank() {
		return rank;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRank(Integer newRank) {
		Integer oldRank = rank;
		rank = newRank;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.STRATEGY_PRIORITY__RANK, oldRank, rank));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.STRATEGY_PRIORITY__TARGET_YEAR, oldTargetYear, targetYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Technology getTechnology() {
		if (technology != null && technology.eIsProxy()) {
			InternalEObject oldTechnology = (InternalEObject)technology;
			technology = (Technology)eResolveProxy(oldTechnology);
			if (technology != oldTechnology) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EcosystemPackage.STRATEGY_PRIORITY__TECHNOLOGY, oldTechnology, technology));
			}
		}
		return technology;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Technology basicGetTechnology() {
		return technology;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTechnology(Technology newTechnology) {
		Technology oldTechnology = technology;
		technology = newTechnology;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.STRATEGY_PRIORITY__TECHNOLOGY, oldTechnology, technology));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sector getSector() {
		if (sector != null && sector.eIsProxy()) {
			InternalEObject oldSector = (InternalEObject)sector;
			sector = (Sector)eResolveProxy(oldSector);
			if (sector != oldSector) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EcosystemPackage.STRATEGY_PRIORITY__SECTOR, oldSector, sector));
			}
		}
		return sector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Sector basicGetSector() {
		return sector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSector(Sector newSector) {
		Sector oldSector = sector;
		sector = newSector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.STRATEGY_PRIORITY__SECTOR, oldSector, sector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EcosystemPackage.STRATEGY_PRIORITY__KIND:
				return getKind();
			case EcosystemPackage.STRATEGY_PRIORITY__RANK:
				return getRank();
			case EcosystemPackage.STRATEGY_PRIORITY__TARGET_YEAR:
				return getTargetYear();
			case EcosystemPackage.STRATEGY_PRIORITY__TECHNOLOGY:
				if (resolve) return getTechnology();
				return basicGetTechnology();
			case EcosystemPackage.STRATEGY_PRIORITY__SECTOR:
				if (resolve) return getSector();
				return basicGetSector();
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
			case EcosystemPackage.STRATEGY_PRIORITY__KIND:
				setKind((PriorityKind)newValue);
				return;
			case EcosystemPackage.STRATEGY_PRIORITY__RANK:
				setRank((Integer)newValue);
				return;
			case EcosystemPackage.STRATEGY_PRIORITY__TARGET_YEAR:
				setTargetYear((Integer)newValue);
				return;
			case EcosystemPackage.STRATEGY_PRIORITY__TECHNOLOGY:
				setTechnology((Technology)newValue);
				return;
			case EcosystemPackage.STRATEGY_PRIORITY__SECTOR:
				setSector((Sector)newValue);
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
			case EcosystemPackage.STRATEGY_PRIORITY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case EcosystemPackage.STRATEGY_PRIORITY__RANK:
				setRank(RANK_EDEFAULT);
				return;
			case EcosystemPackage.STRATEGY_PRIORITY__TARGET_YEAR:
				setTargetYear(TARGET_YEAR_EDEFAULT);
				return;
			case EcosystemPackage.STRATEGY_PRIORITY__TECHNOLOGY:
				setTechnology((Technology)null);
				return;
			case EcosystemPackage.STRATEGY_PRIORITY__SECTOR:
				setSector((Sector)null);
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
			case EcosystemPackage.STRATEGY_PRIORITY__KIND:
				return kind != KIND_EDEFAULT;
			case EcosystemPackage.STRATEGY_PRIORITY__RANK:
				return RANK_EDEFAULT == null ? rank != null : !RANK_EDEFAULT.equals(rank);
			case EcosystemPackage.STRATEGY_PRIORITY__TARGET_YEAR:
				return TARGET_YEAR_EDEFAULT == null ? targetYear != null : !TARGET_YEAR_EDEFAULT.equals(targetYear);
			case EcosystemPackage.STRATEGY_PRIORITY__TECHNOLOGY:
				return technology != null;
			case EcosystemPackage.STRATEGY_PRIORITY__SECTOR:
				return sector != null;
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
		result.append(", rank: ");
		result.append(rank);
		result.append(", targetYear: ");
		result.append(targetYear);
		result.append(')');
		return result.toString();
	}

} //StrategyPriorityImpl
