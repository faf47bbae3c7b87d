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

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.ecosystem.Actor;
import org.helix.model.ecosystem.Cluster;
import org.helix.model.ecosystem.ClusterKind;
import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.ecosystem.Jurisdiction;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.Sector;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cluster</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.impl.ClusterImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.ClusterImpl#getGeographic <em>Geographic</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.ClusterImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.ClusterImpl#getFocus <em>Focus</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.ClusterImpl#getFoundedYear <em>Founded Year</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.ClusterImpl#getApproxCompanyCount <em>Approx Company Count</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.ClusterImpl#getClusterOrganisation <em>Cluster Organisation</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.ClusterImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.ClusterImpl#getSectors <em>Sectors</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.ClusterImpl#getJurisdiction <em>Jurisdiction</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClusterImpl extends NamedElementImpl implements Cluster {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ClusterKind KIND_EDEFAULT = ClusterKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ClusterKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getGeographic() <em>Geographic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeographic()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean GEOGRAPHIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGeographic() <em>Geographic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeographic()
	 * @generated
	 * @ordered
	 */
	protected Boolean geographic = GEOGRAPHIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected String region = REGION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFocus() <em>Focus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFocus()
	 * @generated
	 * @ordered
	 */
	protected static final String FOCUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFocus() <em>Focus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFocus()
	 * @generated
	 * @ordered
	 */
	protected String focus = FOCUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFoundedYear() <em>Founded Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFoundedYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer FOUNDED_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFoundedYear() <em>Founded Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFoundedYear()
	 * @generated
	 * @ordered
	 */
	protected Integer foundedYear = FOUNDED_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getApproxCompanyCount() <em>Approx Company Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApproxCompanyCount()
	 * @generated
	 * @ordered
	 */
	protected static final Integer APPROX_COMPANY_COUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApproxCompanyCount() <em>Approx Company Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApproxCompanyCount()
	 * @generated
	 * @ordered
	 */
	protected Integer approxCompanyCount = APPROX_COMPANY_COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getClusterOrganisation() <em>Cluster Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClusterOrganisation()
	 * @generated
	 * @ordered
	 */
	protected Organisation clusterOrganisation;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> members;

	/**
	 * The cached value of the '{@link #getSectors() <em>Sectors</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSectors()
	 * @generated
	 * @ordered
	 */
	protected EList<Sector> sectors;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClusterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EcosystemPackage.Literals.CLUSTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClusterKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ClusterKind newKind) {
		ClusterKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.CLUSTER__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getGeographic() {
		return geographic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGeographic(Boolean newGeographic) {
		Boolean oldGeographic = geographic;
		geographic = newGeographic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.CLUSTER__GEOGRAPHIC, oldGeographic, geographic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegion() {
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(String newRegion) {
		String oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.CLUSTER__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFocus() {
		return focus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFocus(String newFocus) {
		String oldFocus = focus;
		focus = newFocus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.CLUSTER__FOCUS, oldFocus, focus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getFoundedYear() {
		return foundedYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFoundedYear(Integer newFoundedYear) {
		Integer oldFoundedYear = foundedYear;
		foundedYear = newFoundedYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.CLUSTER__FOUNDED_YEAR, oldFoundedYear, foundedYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getApproxCompanyCount() {
		return approxCompanyCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApproxCompanyCount(Integer newApproxCompanyCount) {
		Integer oldApproxCompanyCount = approxCompanyCount;
		approxCompanyCount = newApproxCompanyCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.CLUSTER__APPROX_COMPANY_COUNT, oldApproxCompanyCount, approxCompanyCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getClusterOrganisation() {
		if (clusterOrganisation != null && clusterOrganisation.eIsProxy()) {
			InternalEObject oldClusterOrganisation = (InternalEObject)clusterOrganisation;
			clusterOrganisation = (Organisation)eResolveProxy(oldClusterOrganisation);
			if (clusterOrganisation != oldClusterOrganisation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EcosystemPackage.CLUSTER__CLUSTER_ORGANISATION, oldClusterOrganisation, clusterOrganisation));
			}
		}
		return clusterOrganisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetClusterOrganisation() {
		return clusterOrganisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClusterOrganisation(Organisation newClusterOrganisation) {
		Organisation oldClusterOrganisation = clusterOrganisation;
		clusterOrganisation = newClusterOrganisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.CLUSTER__CLUSTER_ORGANISATION, oldClusterOrganisation, clusterOrganisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getMembers() {
		if (members == null) {
			members = new EObjectResolvingEList<Actor>(Actor.class, this, EcosystemPackage.CLUSTER__MEMBERS);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Sector> getSectors() {
		if (sectors == null) {
			sectors = new EObjectResolvingEList<Sector>(Sector.class, this, EcosystemPackage.CLUSTER__SECTORS);
		}
		return sectors;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EcosystemPackage.CLUSTER__JURISDICTION, oldJurisdiction, jurisdiction));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.CLUSTER__JURISDICTION, oldJurisdiction, jurisdiction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EcosystemPackage.CLUSTER__KIND:
				return getKind();
			case EcosystemPackage.CLUSTER__GEOGRAPHIC:
				return getGeographic();
			case EcosystemPackage.CLUSTER__REGION:
				return getRegion();
			case EcosystemPackage.CLUSTER__FOCUS:
				return getFocus();
			case EcosystemPackage.CLUSTER__FOUNDED_YEAR:
				return getFoundedYear();
			case EcosystemPackage.CLUSTER__APPROX_COMPANY_COUNT:
				return getApproxCompanyCount();
			case EcosystemPackage.CLUSTER__CLUSTER_ORGANISATION:
				if (resolve) return getClusterOrganisation();
				return basicGetClusterOrganisation();
			case EcosystemPackage.CLUSTER__MEMBERS:
				return getMembers();
			case EcosystemPackage.CLUSTER__SECTORS:
				return getSectors();
			case EcosystemPackage.CLUSTER__JURISDICTION:
				if (resolve) return getJurisdiction();
				return basicGetJurisdiction();
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
			case EcosystemPackage.CLUSTER__KIND:
				setKind((ClusterKind)newValue);
				return;
			case EcosystemPackage.CLUSTER__GEOGRAPHIC:
				setGeographic((Boolean)newValue);
				return;
			case EcosystemPackage.CLUSTER__REGION:
				setRegion((String)newValue);
				return;
			case EcosystemPackage.CLUSTER__FOCUS:
				setFocus((String)newValue);
				return;
			case EcosystemPackage.CLUSTER__FOUNDED_YEAR:
				setFoundedYear((Integer)newValue);
				return;
			case EcosystemPackage.CLUSTER__APPROX_COMPANY_COUNT:
				setApproxCompanyCount((Integer)newValue);
				return;
			case EcosystemPackage.CLUSTER__CLUSTER_ORGANISATION:
				setClusterOrganisation((Organisation)newValue);
				return;
			case EcosystemPackage.CLUSTER__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends Actor>)newValue);
				return;
			case EcosystemPackage.CLUSTER__SECTORS:
				getSectors().clear();
				getSectors().addAll((Collection<? extends Sector>)newValue);
				return;
			case EcosystemPackage.CLUSTER__JURISDICTION:
				setJurisdiction((Jurisdiction)newValue);
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
			case EcosystemPackage.CLUSTER__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case EcosystemPackage.CLUSTER__GEOGRAPHIC:
				setGeographic(GEOGRAPHIC_EDEFAULT);
				return;
			case EcosystemPackage.CLUSTER__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case EcosystemPackage.CLUSTER__FOCUS:
				setFocus(FOCUS_EDEFAULT);
				return;
			case EcosystemPackage.CLUSTER__FOUNDED_YEAR:
				setFoundedYear(FOUNDED_YEAR_EDEFAULT);
				return;
			case EcosystemPackage.CLUSTER__APPROX_COMPANY_COUNT:
				setApproxCompanyCount(APPROX_COMPANY_COUNT_EDEFAULT);
				return;
			case EcosystemPackage.CLUSTER__CLUSTER_ORGANISATION:
				setClusterOrganisation((Organisation)null);
				return;
			case EcosystemPackage.CLUSTER__MEMBERS:
				getMembers().clear();
				return;
			case EcosystemPackage.CLUSTER__SECTORS:
				getSectors().clear();
				return;
			case EcosystemPackage.CLUSTER__JURISDICTION:
				setJurisdiction((Jurisdiction)null);
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
			case EcosystemPackage.CLUSTER__KIND:
				return kind != KIND_EDEFAULT;
			case EcosystemPackage.CLUSTER__GEOGRAPHIC:
				return GEOGRAPHIC_EDEFAULT == null ? geographic != null : !GEOGRAPHIC_EDEFAULT.equals(geographic);
			case EcosystemPackage.CLUSTER__REGION:
				return REGION_EDEFAULT == null ? region != null : !REGION_EDEFAULT.equals(region);
			case EcosystemPackage.CLUSTER__FOCUS:
				return FOCUS_EDEFAULT == null ? focus != null : !FOCUS_EDEFAULT.equals(focus);
			case EcosystemPackage.CLUSTER__FOUNDED_YEAR:
				return FOUNDED_YEAR_EDEFAULT == null ? foundedYear != null : !FOUNDED_YEAR_EDEFAULT.equals(foundedYear);
			case EcosystemPackage.CLUSTER__APPROX_COMPANY_COUNT:
				return APPROX_COMPANY_COUNT_EDEFAULT == null ? approxCompanyCount != null : !APPROX_COMPANY_COUNT_EDEFAULT.equals(approxCompanyCount);
			case EcosystemPackage.CLUSTER__CLUSTER_ORGANISATION:
				return clusterOrganisation != null;
			case EcosystemPackage.CLUSTER__MEMBERS:
				return members != null && !members.isEmpty();
			case EcosystemPackage.CLUSTER__SECTORS:
				return sectors != null && !sectors.isEmpty();
			case EcosystemPackage.CLUSTER__JURISDICTION:
				return jurisdiction != null;
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
		result.append(", geographic: ");
		result.append(geographic);
		result.append(", region: ");
		result.append(region);
		result.append(", focus: ");
		result.append(focus);
		result.append(", foundedYear: ");
		result.append(foundedYear);
		result.append(", approxCompanyCount: ");
		result.append(approxCompanyCount);
		result.append(')');
		return result.toString();
	}

} //ClusterImpl
