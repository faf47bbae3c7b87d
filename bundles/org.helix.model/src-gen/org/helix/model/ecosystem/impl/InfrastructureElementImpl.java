/**
 * Helix
 */
package org.helix.model.ecosystem.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.ecosystem.EnergyCarrier;
import org.helix.model.ecosystem.IndustrialSite;
import org.helix.model.ecosystem.InfrastructureElement;
import org.helix.model.ecosystem.InfrastructureKind;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.ProjectStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Infrastructure Element</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.impl.InfrastructureElementImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.InfrastructureElementImpl#getCarrier <em>Carrier</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.InfrastructureElementImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.InfrastructureElementImpl#getCollective <em>Collective</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.InfrastructureElementImpl#getNoRegret <em>No Regret</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.InfrastructureElementImpl#getCo2ReductionPotential <em>Co2 Reduction Potential</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.InfrastructureElementImpl#getReadyByYear <em>Ready By Year</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.InfrastructureElementImpl#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.InfrastructureElementImpl#getSites <em>Sites</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InfrastructureElementImpl extends NamedElementImpl implements InfrastructureElement {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final InfrastructureKind KIND_EDEFAULT = InfrastructureKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected InfrastructureKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getCarrier() <em>Carrier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCarrier()
	 * @generated
	 * @ordered
	 */
	protected static final EnergyCarrier CARRIER_EDEFAULT = EnergyCarrier.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getCarrier() <em>Carrier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCarrier()
	 * @generated
	 * @ordered
	 */
	protected EnergyCarrier carrier = CARRIER_EDEFAULT;

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
	 * The default value of the '{@link #getCollective() <em>Collective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollective()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean COLLECTIVE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCollective() <em>Collective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollective()
	 * @generated
	 * @ordered
	 */
	protected Boolean collective = COLLECTIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNoRegret() <em>No Regret</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoRegret()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean NO_REGRET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNoRegret() <em>No Regret</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoRegret()
	 * @generated
	 * @ordered
	 */
	protected Boolean noRegret = NO_REGRET_EDEFAULT;

	/**
	 * The default value of the '{@link #getCo2ReductionPotential() <em>Co2 Reduction Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCo2ReductionPotential()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal CO2_REDUCTION_POTENTIAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCo2ReductionPotential() <em>Co2 Reduction Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCo2ReductionPotential()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal co2ReductionPotential = CO2_REDUCTION_POTENTIAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getReadyByYear() <em>Ready By Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadyByYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer READY_BY_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReadyByYear() <em>Ready By Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadyByYear()
	 * @generated
	 * @ordered
	 */
	protected Integer readyByYear = READY_BY_YEAR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOperator() <em>Operator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperator()
	 * @generated
	 * @ordered
	 */
	protected Organisation operator;

	/**
	 * The cached value of the '{@link #getSites() <em>Sites</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSites()
	 * @generated
	 * @ordered
	 */
	protected EList<IndustrialSite> sites;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InfrastructureElementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EcosystemPackage.Literals.INFRASTRUCTURE_ELEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InfrastructureKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(InfrastructureKind newKind) {
		InfrastructureKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.INFRASTRUCTURE_ELEMENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EnergyCarrier getCarrier() {
		return carrier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCarrier(EnergyCarrier newCarrier) {
		EnergyCarrier oldCarrier = carrier;
		carrier = newCarrier == null ? CARRIER_EDEFAULT : newCarrier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.INFRASTRUCTURE_ELEMENT__CARRIER, oldCarrier, carrier));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.INFRASTRUCTURE_ELEMENT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getCollective() {
		return collective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCollective(Boolean newCollective) {
		Boolean oldCollective = collective;
		collective = newCollective;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.INFRASTRUCTURE_ELEMENT__COLLECTIVE, oldCollective, collective));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getNoRegret() {
		return noRegret;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoRegret(Boolean newNoRegret) {
		Boolean oldNoRegret = noRegret;
		noRegret = newNoRegret;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.INFRASTRUCTURE_ELEMENT__NO_REGRET, oldNoRegret, noRegret));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCo2ReductionPotential() {
		return co2ReductionPotential;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCo2ReductionPotential(BigDecimal newCo2ReductionPotential) {
		BigDecimal oldCo2ReductionPotential = co2ReductionPotential;
		co2ReductionPotential = newCo2ReductionPotential;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.INFRASTRUCTURE_ELEMENT__CO2_REDUCTION_POTENTIAL, oldCo2ReductionPotential, co2ReductionPotential));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getReadyByYear() {
		return readyByYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadyByYear(Integer newReadyByYear) {
		Integer oldReadyByYear = readyByYear;
		readyByYear = newReadyByYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.INFRASTRUCTURE_ELEMENT__READY_BY_YEAR, oldReadyByYear, readyByYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getOperator() {
		if (operator != null && operator.eIsProxy()) {
			InternalEObject oldOperator = (InternalEObject)operator;
			operator = (Organisation)eResolveProxy(oldOperator);
			if (operator != oldOperator) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EcosystemPackage.INFRASTRUCTURE_ELEMENT__OPERATOR, oldOperator, operator));
			}
		}
		return operator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetOperator() {
		return operator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperator(Organisation newOperator) {
		Organisation oldOperator = operator;
		operator = newOperator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.INFRASTRUCTURE_ELEMENT__OPERATOR, oldOperator, operator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IndustrialSite> getSites() {
		if (sites == null) {
			sites = new EObjectResolvingEList<IndustrialSite>(IndustrialSite.class, this, EcosystemPackage.INFRASTRUCTURE_ELEMENT__SITES);
		}
		return sites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__KIND:
				return getKind();
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__CARRIER:
				return getCarrier();
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__STATUS:
				return getStatus();
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__COLLECTIVE:
				return getCollective();
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__NO_REGRET:
				return getNoRegret();
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__CO2_REDUCTION_POTENTIAL:
				return getCo2ReductionPotential();
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__READY_BY_YEAR:
				return getReadyByYear();
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__OPERATOR:
				if (resolve) return getOperator();
				return basicGetOperator();
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__SITES:
				return getSites();
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
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__KIND:
				setKind((InfrastructureKind)newValue);
				return;
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__CARRIER:
				setCarrier((EnergyCarrier)newValue);
				return;
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__STATUS:
				setStatus((ProjectStatus)newValue);
				return;
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__COLLECTIVE:
				setCollective((Boolean)newValue);
				return;
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__NO_REGRET:
				setNoRegret((Boolean)newValue);
				return;
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__CO2_REDUCTION_POTENTIAL:
				setCo2ReductionPotential((BigDecimal)newValue);
				return;
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__READY_BY_YEAR:
				setReadyByYear((Integer)newValue);
				return;
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__OPERATOR:
				setOperator((Organisation)newValue);
				return;
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__SITES:
				getSites().clear();
				getSites().addAll((Collection<? extends IndustrialSite>)newValue);
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
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__CARRIER:
				setCarrier(CARRIER_EDEFAULT);
				return;
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__COLLECTIVE:
				setCollective(COLLECTIVE_EDEFAULT);
				return;
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__NO_REGRET:
				setNoRegret(NO_REGRET_EDEFAULT);
				return;
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__CO2_REDUCTION_POTENTIAL:
				setCo2ReductionPotential(CO2_REDUCTION_POTENTIAL_EDEFAULT);
				return;
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__READY_BY_YEAR:
				setReadyByYear(READY_BY_YEAR_EDEFAULT);
				return;
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__OPERATOR:
				setOperator((Organisation)null);
				return;
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__SITES:
				getSites().clear();
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
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__KIND:
				return kind != KIND_EDEFAULT;
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__CARRIER:
				return carrier != CARRIER_EDEFAULT;
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__STATUS:
				return status != STATUS_EDEFAULT;
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__COLLECTIVE:
				return COLLECTIVE_EDEFAULT == null ? collective != null : !COLLECTIVE_EDEFAULT.equals(collective);
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__NO_REGRET:
				return NO_REGRET_EDEFAULT == null ? noRegret != null : !NO_REGRET_EDEFAULT.equals(noRegret);
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__CO2_REDUCTION_POTENTIAL:
				return CO2_REDUCTION_POTENTIAL_EDEFAULT == null ? co2ReductionPotential != null : !CO2_REDUCTION_POTENTIAL_EDEFAULT.equals(co2ReductionPotential);
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__READY_BY_YEAR:
				return READY_BY_YEAR_EDEFAULT == null ? readyByYear != null : !READY_BY_YEAR_EDEFAULT.equals(readyByYear);
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__OPERATOR:
				return operator != null;
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT__SITES:
				return sites != null && !sites.isEmpty();
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
		result.append(", carrier: ");
		result.append(carrier);
		result.append(", status: ");
		result.append(status);
		result.append(", collective: ");
		result.append(collective);
		result.append(", noRegret: ");
		result.append(noRegret);
		result.append(", co2ReductionPotential: ");
		result.append(co2ReductionPotential);
		result.append(", readyByYear: ");
		result.append(readyByYear);
		result.append(')');
		return result.toString();
	}

} //InfrastructureElementImpl
