/**
 * Helix
 */
package org.helix.model.ecosystem;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.Milestone;
import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decarbonisation Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A decarbonisation project (Table 2 of seed 001, L761-1080): type(s), status (FID, operational, cancelled, ...), companies, site and dependencies on other projects.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.DecarbonisationProject#getTypes <em>Types</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.DecarbonisationProject#getTypeText <em>Type Text</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.DecarbonisationProject#getStatus <em>Status</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.DecarbonisationProject#getStatusText <em>Status Text</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.DecarbonisationProject#getFidTaken <em>Fid Taken</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.DecarbonisationProject#getLocation <em>Location</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.DecarbonisationProject#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.DecarbonisationProject#getReductionPotential <em>Reduction Potential</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.DecarbonisationProject#getCompanies <em>Companies</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.DecarbonisationProject#getSite <em>Site</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.DecarbonisationProject#getSectors <em>Sectors</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.DecarbonisationProject#getTechnologies <em>Technologies</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.DecarbonisationProject#getFundedBy <em>Funded By</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.DecarbonisationProject#getInfrastructure <em>Infrastructure</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.DecarbonisationProject#getDependsOn <em>Depends On</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.DecarbonisationProject#getMilestones <em>Milestones</em>}</li>
 * </ul>
 *
 * @see org.helix.model.ecosystem.EcosystemPackage#getDecarbonisationProject()
 * @model
 * @generated
 */
public interface DecarbonisationProject extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Types</b></em>' attribute list.
	 * The list contents are of type {@link org.helix.model.ecosystem.TransitionPath}.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.TransitionPath}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Types</em>' attribute list.
	 * @see org.helix.model.ecosystem.TransitionPath
	 * @see org.helix.model.ecosystem.EcosystemPackage#getDecarbonisationProject_Types()
	 * @model
	 * @generated
	 */
	EList<TransitionPath> getTypes();

	/**
	 * Returns the value of the '<em><b>Type Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type Text</em>' attribute.
	 * @see #setTypeText(String)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getDecarbonisationProject_TypeText()
	 * @model
	 * @generated
	 */
	String getTypeText();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.DecarbonisationProject#getTypeText <em>Type Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type Text</em>' attribute.
	 * @see #getTypeText()
	 * @generated
	 */
	void setTypeText(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.ProjectStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.helix.model.ecosystem.ProjectStatus
	 * @see #setStatus(ProjectStatus)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getDecarbonisationProject_Status()
	 * @model
	 * @generated
	 */
	ProjectStatus getStatus();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.DecarbonisationProject#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.helix.model.ecosystem.ProjectStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ProjectStatus value);

	/**
	 * Returns the value of the '<em><b>Status Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status Text</em>' attribute.
	 * @see #setStatusText(String)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getDecarbonisationProject_StatusText()
	 * @model
	 * @generated
	 */
	String getStatusText();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.DecarbonisationProject#getStatusText <em>Status Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status Text</em>' attribute.
	 * @see #getStatusText()
	 * @generated
	 */
	void setStatusText(String value);

	/**
	 * Returns the value of the '<em><b>Fid Taken</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fid Taken</em>' attribute.
	 * @see #setFidTaken(Boolean)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getDecarbonisationProject_FidTaken()
	 * @model
	 * @generated
	 */
	Boolean getFidTaken();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.DecarbonisationProject#getFidTaken <em>Fid Taken</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fid Taken</em>' attribute.
	 * @see #getFidTaken()
	 * @generated
	 */
	void setFidTaken(Boolean value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getDecarbonisationProject_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.DecarbonisationProject#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capacity</em>' attribute.
	 * @see #setCapacity(String)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getDecarbonisationProject_Capacity()
	 * @model
	 * @generated
	 */
	String getCapacity();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.DecarbonisationProject#getCapacity <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity</em>' attribute.
	 * @see #getCapacity()
	 * @generated
	 */
	void setCapacity(String value);

	/**
	 * Returns the value of the '<em><b>Reduction Potential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reduction Potential</em>' attribute.
	 * @see #setReductionPotential(BigDecimal)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getDecarbonisationProject_ReductionPotential()
	 * @model
	 * @generated
	 */
	BigDecimal getReductionPotential();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.DecarbonisationProject#getReductionPotential <em>Reduction Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reduction Potential</em>' attribute.
	 * @see #getReductionPotential()
	 * @generated
	 */
	void setReductionPotential(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Companies</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Organisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Companies</em>' reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getDecarbonisationProject_Companies()
	 * @model
	 * @generated
	 */
	EList<Organisation> getCompanies();

	/**
	 * Returns the value of the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Site</em>' reference.
	 * @see #setSite(IndustrialSite)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getDecarbonisationProject_Site()
	 * @model
	 * @generated
	 */
	IndustrialSite getSite();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.DecarbonisationProject#getSite <em>Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' reference.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(IndustrialSite value);

	/**
	 * Returns the value of the '<em><b>Sectors</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Sector}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sectors</em>' reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getDecarbonisationProject_Sectors()
	 * @model
	 * @generated
	 */
	EList<Sector> getSectors();

	/**
	 * Returns the value of the '<em><b>Technologies</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Technology}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Technologies</em>' reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getDecarbonisationProject_Technologies()
	 * @model
	 * @generated
	 */
	EList<Technology> getTechnologies();

	/**
	 * Returns the value of the '<em><b>Funded By</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.PolicyInstrument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Funded By</em>' reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getDecarbonisationProject_FundedBy()
	 * @model
	 * @generated
	 */
	EList<PolicyInstrument> getFundedBy();

	/**
	 * Returns the value of the '<em><b>Infrastructure</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.InfrastructureElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Infrastructure</em>' reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getDecarbonisationProject_Infrastructure()
	 * @model
	 * @generated
	 */
	EList<InfrastructureElement> getInfrastructure();

	/**
	 * Returns the value of the '<em><b>Depends On</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.DecarbonisationProject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Depends On</em>' reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getDecarbonisationProject_DependsOn()
	 * @model
	 * @generated
	 */
	EList<DecarbonisationProject> getDependsOn();

	/**
	 * Returns the value of the '<em><b>Milestones</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.core.Milestone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Milestones</em>' containment reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getDecarbonisationProject_Milestones()
	 * @model containment="true"
	 * @generated
	 */
	EList<Milestone> getMilestones();

} // DecarbonisationProject
