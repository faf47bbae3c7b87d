/**
 * Helix
 */
package org.helix.model.ecosystem;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Infrastructure Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Collective infrastructure per energy carrier (pipelines, backbones, grids, terminals; seed 001 L1276-1368, L2821-2901), prioritised by CO2-reduction potential.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.InfrastructureElement#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.InfrastructureElement#getCarrier <em>Carrier</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.InfrastructureElement#getStatus <em>Status</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.InfrastructureElement#getCollective <em>Collective</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.InfrastructureElement#getNoRegret <em>No Regret</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.InfrastructureElement#getCo2ReductionPotential <em>Co2 Reduction Potential</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.InfrastructureElement#getReadyByYear <em>Ready By Year</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.InfrastructureElement#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.InfrastructureElement#getSites <em>Sites</em>}</li>
 * </ul>
 *
 * @see org.helix.model.ecosystem.EcosystemPackage#getInfrastructureElement()
 * @model
 * @generated
 */
public interface InfrastructureElement extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.InfrastructureKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.ecosystem.InfrastructureKind
	 * @see #setKind(InfrastructureKind)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getInfrastructureElement_Kind()
	 * @model
	 * @generated
	 */
	InfrastructureKind getKind();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.InfrastructureElement#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.ecosystem.InfrastructureKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(InfrastructureKind value);

	/**
	 * Returns the value of the '<em><b>Carrier</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.EnergyCarrier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Carrier</em>' attribute.
	 * @see org.helix.model.ecosystem.EnergyCarrier
	 * @see #setCarrier(EnergyCarrier)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getInfrastructureElement_Carrier()
	 * @model
	 * @generated
	 */
	EnergyCarrier getCarrier();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.InfrastructureElement#getCarrier <em>Carrier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Carrier</em>' attribute.
	 * @see org.helix.model.ecosystem.EnergyCarrier
	 * @see #getCarrier()
	 * @generated
	 */
	void setCarrier(EnergyCarrier value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.ProjectStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.helix.model.ecosystem.ProjectStatus
	 * @see #setStatus(ProjectStatus)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getInfrastructureElement_Status()
	 * @model
	 * @generated
	 */
	ProjectStatus getStatus();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.InfrastructureElement#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.helix.model.ecosystem.ProjectStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ProjectStatus value);

	/**
	 * Returns the value of the '<em><b>Collective</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Collective</em>' attribute.
	 * @see #setCollective(Boolean)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getInfrastructureElement_Collective()
	 * @model
	 * @generated
	 */
	Boolean getCollective();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.InfrastructureElement#getCollective <em>Collective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collective</em>' attribute.
	 * @see #getCollective()
	 * @generated
	 */
	void setCollective(Boolean value);

	/**
	 * Returns the value of the '<em><b>No Regret</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>No Regret</em>' attribute.
	 * @see #setNoRegret(Boolean)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getInfrastructureElement_NoRegret()
	 * @model
	 * @generated
	 */
	Boolean getNoRegret();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.InfrastructureElement#getNoRegret <em>No Regret</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>No Regret</em>' attribute.
	 * @see #getNoRegret()
	 * @generated
	 */
	void setNoRegret(Boolean value);

	/**
	 * Returns the value of the '<em><b>Co2 Reduction Potential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Co2 Reduction Potential</em>' attribute.
	 * @see #setCo2ReductionPotential(BigDecimal)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getInfrastructureElement_Co2ReductionPotential()
	 * @model
	 * @generated
	 */
	BigDecimal getCo2ReductionPotential();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.InfrastructureElement#getCo2ReductionPotential <em>Co2 Reduction Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Co2 Reduction Potential</em>' attribute.
	 * @see #getCo2ReductionPotential()
	 * @generated
	 */
	void setCo2ReductionPotential(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Ready By Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ready By Year</em>' attribute.
	 * @see #setReadyByYear(Integer)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getInfrastructureElement_ReadyByYear()
	 * @model
	 * @generated
	 */
	Integer getReadyByYear();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.InfrastructureElement#getReadyByYear <em>Ready By Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ready By Year</em>' attribute.
	 * @see #getReadyByYear()
	 * @generated
	 */
	void setReadyByYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator</em>' reference.
	 * @see #setOperator(Organisation)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getInfrastructureElement_Operator()
	 * @model
	 * @generated
	 */
	Organisation getOperator();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.InfrastructureElement#getOperator <em>Operator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' reference.
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(Organisation value);

	/**
	 * Returns the value of the '<em><b>Sites</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.IndustrialSite}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sites</em>' reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getInfrastructureElement_Sites()
	 * @model
	 * @generated
	 */
	EList<IndustrialSite> getSites();

} // InfrastructureElement
