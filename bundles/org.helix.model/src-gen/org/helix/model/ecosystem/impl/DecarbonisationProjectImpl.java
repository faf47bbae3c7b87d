/**
 * Helix
 */
package org.helix.model.ecosystem.impl;

import java.math.BigDecimal;

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

import org.helix.model.core.Milestone;

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.ecosystem.DecarbonisationProject;
import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.ecosystem.IndustrialSite;
import org.helix.model.ecosystem.InfrastructureElement;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.PolicyInstrument;
import org.helix.model.ecosystem.ProjectStatus;
import org.helix.model.ecosystem.Sector;
import org.helix.model.ecosystem.Technology;
import org.helix.model.ecosystem.TransitionPath;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Decarbonisation Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.impl.DecarbonisationProjectImpl#getTypes <em>Types</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.DecarbonisationProjectImpl#getTypeText <em>Type Text</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.DecarbonisationProjectImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.DecarbonisationProjectImpl#getStatusText <em>Status Text</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.DecarbonisationProjectImpl#getFidTaken <em>Fid Taken</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.DecarbonisationProjectImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.DecarbonisationProjectImpl#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.DecarbonisationProjectImpl#getReductionPotential <em>Reduction Potential</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.DecarbonisationProjectImpl#getCompanies <em>Companies</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.DecarbonisationProjectImpl#getSite <em>Site</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.DecarbonisationProjectImpl#getSectors <em>Sectors</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.DecarbonisationProjectImpl#getTechnologies <em>Technologies</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.DecarbonisationProjectImpl#getFundedBy <em>Funded By</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.DecarbonisationProjectImpl#getInfrastructure <em>Infrastructure</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.DecarbonisationProjectImpl#getDependsOn <em>Depends On</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.DecarbonisationProjectImpl#getMilestones <em>Milestones</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DecarbonisationProjectImpl extends NamedElementImpl implements DecarbonisationProject {
	/**
	 * The cached value of the '{@link #getTypes() <em>Types</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<TransitionPath> types;

	/**
	 * The default value of the '{@link #getTypeText() <em>Type Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypeText()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPE_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTypeText() <em>Type Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypeText()
	 * @generated
	 * @ordered
	 */
	protected String typeText = TYPE_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ProjectStatus STATUS_EDEFAULT = ProjectStatus.UNKNOWN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ProjectStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatusText() <em>Status Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusText()
	 * @generated
	 * @ordered
	 */
	protected static final String STATUS_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatusText() <em>Status Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusText()
	 * @generated
	 * @ordered
	 */
	protected String statusText = STATUS_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFidTaken() <em>Fid Taken</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFidTaken()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean FID_TAKEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFidTaken() <em>Fid Taken</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFidTaken()
	 * @generated
	 * @ordered
	 */
	protected Boolean fidTaken = FID_TAKEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCapacity() <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final String CAPACITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCapacity() <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacity()
	 * @generated
	 * @ordered
	 */
	protected String capacity = CAPACITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getReductionPotential() <em>Reduction Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReductionPotential()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal REDUCTION_POTENTIAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReductionPotential() <em>Reduction Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReductionPotential()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal reductionPotential = REDUCTION_POTENTIAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCompanies() <em>Companies</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompanies()
	 * @generated
	 * @ordered
	 */
	protected EList<Organisation> companies;

	/**
	 * The cached value of the '{@link #getSite() <em>Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected IndustrialSite site;

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
	 * The cached value of the '{@link #getTechnologies() <em>Technologies</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTechnologies()
	 * @generated
	 * @ordered
	 */
	protected EList<Technology> technologies;

	/**
	 * The cached value of the '{@link #getFundedBy() <em>Funded By</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFundedBy()
	 * @generated
	 * @ordered
	 */
	protected EList<PolicyInstrument> fundedBy;

	/**
	 * The cached value of the '{@link #getInfrastructure() <em>Infrastructure</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInfrastructure()
	 * @generated
	 * @ordered
	 */
	protected EList<InfrastructureElement> infrastructure;

	/**
	 * The cached value of the '{@link #getDependsOn() <em>Depends On</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDependsOn()
	 * @generated
	 * @ordered
	 */
	protected EList<DecarbonisationProject> dependsOn;

	/**
	 * The cached value of the '{@link #getMilestones() <em>Milestones</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMilestones()
	 * @generated
	 * @ordered
	 */
	protected EList<Milestone> milestones;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DecarbonisationProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EcosystemPackage.Literals.DECARBONISATION_PROJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TransitionPath> getTypes() {
		if (types == null) {
			types = new EDataTypeUniqueEList<TransitionPath>(TransitionPath.class, this, EcosystemPackage.DECARBONISATION_PROJECT__TYPES);
		}
		return types;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTypeText() {
		return typeText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTypeText(String newTypeText) {
		String oldTypeText = typeText;
		typeText = newTypeText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.DECARBONISATION_PROJECT__TYPE_TEXT, oldTypeText, typeText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProjectStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ProjectStatus newStatus) {
		ProjectStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.DECARBONISATION_PROJECT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatusText() {
		return statusText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatusText(String newStatusText) {
		String oldStatusText = statusText;
		statusText = newStatusText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.DECARBONISATION_PROJECT__STATUS_TEXT, oldStatusText, statusText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getFidTaken() {
		return fidTaken;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFidTaken(Boolean newFidTaken) {
		Boolean oldFidTaken = fidTaken;
		fidTaken = newFidTaken;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.DECARBONISATION_PROJECT__FID_TAKEN, oldFidTaken, fidTaken));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.DECARBONISATION_PROJECT__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCapacity() {
		return capacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapacity(String newCapacity) {
		String oldCapacity = capacity;
		capacity = newCapacity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.DECARBONISATION_PROJECT__CAPACITY, oldCapacity, capacity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getReductionPotential() {
		return reductionPotential;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReductionPotential(BigDecimal newReductionPotential) {
		BigDecimal oldReductionPotential = reductionPotential;
		reductionPotential = newReductionPotential;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.DECARBONISATION_PROJECT__REDUCTION_POTENTIAL, oldReductionPotential, reductionPotential));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organisation> getCompanies() {
		if (companies == null) {
			companies = new EObjectResolvingEList<Organisation>(Organisation.class, this, EcosystemPackage.DECARBONISATION_PROJECT__COMPANIES);
		}
		return companies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndustrialSite getSite() {
		if (site != null && site.eIsProxy()) {
			InternalEObject oldSite = (InternalEObject)site;
			site = (IndustrialSite)eResolveProxy(oldSite);
			if (site != oldSite) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EcosystemPackage.DECARBONISATION_PROJECT__SITE, oldSite, site));
			}
		}
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IndustrialSite basicGetSite() {
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSite(IndustrialSite newSite) {
		IndustrialSite oldSite = site;
		site = newSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.DECARBONISATION_PROJECT__SITE, oldSite, site));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Sector> getSectors() {
		if (sectors == null) {
			sectors = new EObjectResolvingEList<Sector>(Sector.class, this, EcosystemPackage.DECARBONISATION_PROJECT__SECTORS);
		}
		return sectors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Technology> getTechnologies() {
		if (technologies == null) {
			technologies = new EObjectResolvingEList<Technology>(Technology.class, this, EcosystemPackage.DECARBONISATION_PROJECT__TECHNOLOGIES);
		}
		return technologies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PolicyInstrument> getFundedBy() {
		if (fundedBy == null) {
			fundedBy = new EObjectResolvingEList<PolicyInstrument>(PolicyInstrument.class, this, EcosystemPackage.DECARBONISATION_PROJECT__FUNDED_BY);
		}
		return fundedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InfrastructureElement> getInfrastructure() {
		if (infrastructure == null) {
			infrastructure = new EObjectResolvingEList<InfrastructureElement>(InfrastructureElement.class, this, EcosystemPackage.DECARBONISATION_PROJECT__INFRASTRUCTURE);
		}
		return infrastructure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DecarbonisationProject> getDependsOn() {
		if (dependsOn == null) {
			dependsOn = new EObjectResolvingEList<DecarbonisationProject>(DecarbonisationProject.class, this, EcosystemPackage.DECARBONISATION_PROJECT__DEPENDS_ON);
		}
		return dependsOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Milestone> getMilestones() {
		if (milestones == null) {
			milestones = new EObjectContainmentEList<Milestone>(Milestone.class, this, EcosystemPackage.DECARBONISATION_PROJECT__MILESTONES);
		}
		return milestones;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EcosystemPackage.DECARBONISATION_PROJECT__MILESTONES:
				return ((InternalEList<?>)getMilestones()).basicRemove(otherEnd, msgs);
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
			case EcosystemPackage.DECARBONISATION_PROJECT__TYPES:
				return getTypes();
			case EcosystemPackage.DECARBONISATION_PROJECT__TYPE_TEXT:
				return getTypeText();
			case EcosystemPackage.DECARBONISATION_PROJECT__STATUS:
				return getStatus();
			case EcosystemPackage.DECARBONISATION_PROJECT__STATUS_TEXT:
				return getStatusText();
			case EcosystemPackage.DECARBONISATION_PROJECT__FID_TAKEN:
				return getFidTaken();
			case EcosystemPackage.DECARBONISATION_PROJECT__LOCATION:
				return getLocation();
			case EcosystemPackage.DECARBONISATION_PROJECT__CAPACITY:
				return getCapacity();
			case EcosystemPackage.DECARBONISATION_PROJECT__REDUCTION_POTENTIAL:
				return getReductionPotential();
			case EcosystemPackage.DECARBONISATION_PROJECT__COMPANIES:
				return getCompanies();
			case EcosystemPackage.DECARBONISATION_PROJECT__SITE:
				if (resolve) return getSite();
				return basicGetSite();
			case EcosystemPackage.DECARBONISATION_PROJECT__SECTORS:
				return getSectors();
			case EcosystemPackage.DECARBONISATION_PROJECT__TECHNOLOGIES:
				return getTechnologies();
			case EcosystemPackage.DECARBONISATION_PROJECT__FUNDED_BY:
				return getFundedBy();
			case EcosystemPackage.DECARBONISATION_PROJECT__INFRASTRUCTURE:
				return getInfrastructure();
			case EcosystemPackage.DECARBONISATION_PROJECT__DEPENDS_ON:
				return getDependsOn();
			case EcosystemPackage.DECARBONISATION_PROJECT__MILESTONES:
				return getMilestones();
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
			case EcosystemPackage.DECARBONISATION_PROJECT__TYPES:
				getTypes().clear();
				getTypes().addAll((Collection<? extends TransitionPath>)newValue);
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__TYPE_TEXT:
				setTypeText((String)newValue);
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__STATUS:
				setStatus((ProjectStatus)newValue);
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__STATUS_TEXT:
				setStatusText((String)newValue);
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__FID_TAKEN:
				setFidTaken((Boolean)newValue);
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__LOCATION:
				setLocation((String)newValue);
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__CAPACITY:
				setCapacity((String)newValue);
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__REDUCTION_POTENTIAL:
				setReductionPotential((BigDecimal)newValue);
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__COMPANIES:
				getCompanies().clear();
				getCompanies().addAll((Collection<? extends Organisation>)newValue);
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__SITE:
				setSite((IndustrialSite)newValue);
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__SECTORS:
				getSectors().clear();
				getSectors().addAll((Collection<? extends Sector>)newValue);
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__TECHNOLOGIES:
				getTechnologies().clear();
				getTechnologies().addAll((Collection<? extends Technology>)newValue);
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__FUNDED_BY:
				getFundedBy().clear();
				getFundedBy().addAll((Collection<? extends PolicyInstrument>)newValue);
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__INFRASTRUCTURE:
				getInfrastructure().clear();
				getInfrastructure().addAll((Collection<? extends InfrastructureElement>)newValue);
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__DEPENDS_ON:
				getDependsOn().clear();
				getDependsOn().addAll((Collection<? extends DecarbonisationProject>)newValue);
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__MILESTONES:
				getMilestones().clear();
				getMilestones().addAll((Collection<? extends Milestone>)newValue);
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
			case EcosystemPackage.DECARBONISATION_PROJECT__TYPES:
				getTypes().clear();
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__TYPE_TEXT:
				setTypeText(TYPE_TEXT_EDEFAULT);
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__STATUS_TEXT:
				setStatusText(STATUS_TEXT_EDEFAULT);
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__FID_TAKEN:
				setFidTaken(FID_TAKEN_EDEFAULT);
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__CAPACITY:
				setCapacity(CAPACITY_EDEFAULT);
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__REDUCTION_POTENTIAL:
				setReductionPotential(REDUCTION_POTENTIAL_EDEFAULT);
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__COMPANIES:
				getCompanies().clear();
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__SITE:
				setSite((IndustrialSite)null);
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__SECTORS:
				getSectors().clear();
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__TECHNOLOGIES:
				getTechnologies().clear();
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__FUNDED_BY:
				getFundedBy().clear();
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__INFRASTRUCTURE:
				getInfrastructure().clear();
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__DEPENDS_ON:
				getDependsOn().clear();
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__MILESTONES:
				getMilestones().clear();
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
			case EcosystemPackage.DECARBONISATION_PROJECT__TYPES:
				return types != null && !types.isEmpty();
			case EcosystemPackage.DECARBONISATION_PROJECT__TYPE_TEXT:
				return TYPE_TEXT_EDEFAULT == null ? typeText != null : !TYPE_TEXT_EDEFAULT.equals(typeText);
			case EcosystemPackage.DECARBONISATION_PROJECT__STATUS:
				return status != STATUS_EDEFAULT;
			case EcosystemPackage.DECARBONISATION_PROJECT__STATUS_TEXT:
				return STATUS_TEXT_EDEFAULT == null ? statusText != null : !STATUS_TEXT_EDEFAULT.equals(statusText);
			case EcosystemPackage.DECARBONISATION_PROJECT__FID_TAKEN:
				return FID_TAKEN_EDEFAULT == null ? fidTaken != null : !FID_TAKEN_EDEFAULT.equals(fidTaken);
			case EcosystemPackage.DECARBONISATION_PROJECT__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case EcosystemPackage.DECARBONISATION_PROJECT__CAPACITY:
				return CAPACITY_EDEFAULT == null ? capacity != null : !CAPACITY_EDEFAULT.equals(capacity);
			case EcosystemPackage.DECARBONISATION_PROJECT__REDUCTION_POTENTIAL:
				return REDUCTION_POTENTIAL_EDEFAULT == null ? reductionPotential != null : !REDUCTION_POTENTIAL_EDEFAULT.equals(reductionPotential);
			case EcosystemPackage.DECARBONISATION_PROJECT__COMPANIES:
				return companies != null && !companies.isEmpty();
			case EcosystemPackage.DECARBONISATION_PROJECT__SITE:
				return site != null;
			case EcosystemPackage.DECARBONISATION_PROJECT__SECTORS:
				return sectors != null && !sectors.isEmpty();
			case EcosystemPackage.DECARBONISATION_PROJECT__TECHNOLOGIES:
				return technologies != null && !technologies.isEmpty();
			case EcosystemPackage.DECARBONISATION_PROJECT__FUNDED_BY:
				return fundedBy != null && !fundedBy.isEmpty();
			case EcosystemPackage.DECARBONISATION_PROJECT__INFRASTRUCTURE:
				return infrastructure != null && !infrastructure.isEmpty();
			case EcosystemPackage.DECARBONISATION_PROJECT__DEPENDS_ON:
				return dependsOn != null && !dependsOn.isEmpty();
			case EcosystemPackage.DECARBONISATION_PROJECT__MILESTONES:
				return milestones != null && !milestones.isEmpty();
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
		result.append(" (types: ");
		result.append(types);
		result.append(", typeText: ");
		result.append(typeText);
		result.append(", status: ");
		result.append(status);
		result.append(", statusText: ");
		result.append(statusText);
		result.append(", fidTaken: ");
		result.append(fidTaken);
		result.append(", location: ");
		result.append(location);
		result.append(", capacity: ");
		result.append(capacity);
		result.append(", reductionPotential: ");
		result.append(reductionPotential);
		result.append(')');
		return result.toString();
	}

} //DecarbonisationProjectImpl
