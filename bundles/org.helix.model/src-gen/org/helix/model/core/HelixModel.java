/**
 * Helix
 */
package org.helix.model.core;

import org.eclipse.emf.common.util.EList;

import org.helix.model.ecosystem.Actor;
import org.helix.model.ecosystem.AssessmentFramework;
import org.helix.model.ecosystem.Cluster;
import org.helix.model.ecosystem.CountryStrategy;
import org.helix.model.ecosystem.DataSource;
import org.helix.model.ecosystem.DecarbonisationProject;
import org.helix.model.ecosystem.IndustrialSite;
import org.helix.model.ecosystem.InfrastructureElement;
import org.helix.model.ecosystem.Jurisdiction;
import org.helix.model.ecosystem.PolicyInstrument;
import org.helix.model.ecosystem.Relationship;
import org.helix.model.ecosystem.Sector;
import org.helix.model.ecosystem.StrategicDomain;
import org.helix.model.ecosystem.Technology;
import org.helix.model.ecosystem.TransitionPriority;
import org.helix.model.ecosystem.ValueChain;

import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.StakeholderInput;

import org.helix.model.materials.MaterialGroup;
import org.helix.model.materials.MaterialList;
import org.helix.model.materials.MaterialsStrategy;
import org.helix.model.materials.RawMaterial;

import org.helix.model.programme.Programme;
import org.helix.model.programme.Recommendation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Helix Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root object of a .helix file. Contains the top-level elements of every package. formatVersion is written by the persistence layer.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.core.HelixModel#getTitle <em>Title</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getSourceDocuments <em>Source Documents</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getJurisdictions <em>Jurisdictions</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getActors <em>Actors</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getRelationships <em>Relationships</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getSectors <em>Sectors</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getValueChains <em>Value Chains</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getClusters <em>Clusters</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getTechnologies <em>Technologies</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getTransitionPriorities <em>Transition Priorities</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getAssessmentFrameworks <em>Assessment Frameworks</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getStrategicDomains <em>Strategic Domains</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getDataSources <em>Data Sources</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getCountryStrategies <em>Country Strategies</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getSites <em>Sites</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getInfrastructure <em>Infrastructure</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getProjects <em>Projects</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getInstruments <em>Instruments</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getGovernanceBodies <em>Governance Bodies</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getStakeholderInputs <em>Stakeholder Inputs</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getProgrammes <em>Programmes</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getRecommendations <em>Recommendations</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getRawMaterials <em>Raw Materials</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getMaterialGroups <em>Material Groups</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getMaterialLists <em>Material Lists</em>}</li>
 *   <li>{@link org.helix.model.core.HelixModel#getMaterialsStrategies <em>Materials Strategies</em>}</li>
 * </ul>
 *
 * @see org.helix.model.core.CorePackage#getHelixModel()
 * @model
 * @generated
 */
public interface HelixModel extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.helix.model.core.CorePackage#getHelixModel_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.helix.model.core.HelixModel#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(String)
	 * @see org.helix.model.core.CorePackage#getHelixModel_FormatVersion()
	 * @model
	 * @generated
	 */
	String getFormatVersion();

	/**
	 * Sets the value of the '{@link org.helix.model.core.HelixModel#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(String value);

	/**
	 * Returns the value of the '<em><b>Source Documents</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.core.SourceDocument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Documents</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixModel_SourceDocuments()
	 * @model containment="true"
	 * @generated
	 */
	EList<SourceDocument> getSourceDocuments();

	/**
	 * Returns the value of the '<em><b>Jurisdictions</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Jurisdiction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Jurisdictions</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixModel_Jurisdictions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Jurisdiction> getJurisdictions();

	/**
	 * Returns the value of the '<em><b>Actors</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actors</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixModel_Actors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Actor> getActors();

	/**
	 * Returns the value of the '<em><b>Relationships</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Relationship}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relationships</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixModel_Relationships()
	 * @model containment="true"
	 * @generated
	 */
	EList<Relationship> getRelationships();

	/**
	 * Returns the value of the '<em><b>Sectors</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Sector}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sectors</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixModel_Sectors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Sector> getSectors();

	/**
	 * Returns the value of the '<em><b>Value Chains</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.ValueChain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value Chains</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixModel_ValueChains()
	 * @model containment="true"
	 * @generated
	 */
	EList<ValueChain> getValueChains();

	/**
	 * Returns the value of the '<em><b>Clusters</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Cluster}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clusters</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixModel_Clusters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Cluster> getClusters();

	/**
	 * Returns the value of the '<em><b>Technologies</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Technology}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Technologies</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixModel_Technologies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Technology> getTechnologies();

	/**
	 * Returns the value of the '<em><b>Transition Priorities</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.TransitionPriority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Transition Priorities</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixModel_TransitionPriorities()
	 * @model containment="true"
	 * @generated
	 */
	EList<TransitionPriority> getTransitionPriorities();

	/**
	 * Returns the value of the '<em><b>Assessment Frameworks</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.AssessmentFramework}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessment Frameworks</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixModel_AssessmentFrameworks()
	 * @model containment="true"
	 * @generated
	 */
	EList<AssessmentFramework> getAssessmentFrameworks();

	/**
	 * Returns the value of the '<em><b>Strategic Domains</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.StrategicDomain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strategic Domains</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixModel_StrategicDomains()
	 * @model containment="true"
	 * @generated
	 */
	EList<StrategicDomain> getStrategicDomains();

	/**
	 * Returns the value of the '<em><b>Data Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.DataSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Sources</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixModel_DataSources()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataSource> getDataSources();

	/**
	 * Returns the value of the '<em><b>Country Strategies</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.CountryStrategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Country Strategies</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixModel_CountryStrategies()
	 * @model containment="true"
	 * @generated
	 */
	EList<CountryStrategy> getCountryStrategies();

	/**
	 * Returns the value of the '<em><b>Sites</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.IndustrialSite}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sites</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixModel_Sites()
	 * @model containment="true"
	 * @generated
	 */
	EList<IndustrialSite> getSites();

	/**
	 * Returns the value of the '<em><b>Infrastructure</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.InfrastructureElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Infrastructure</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixModel_Infrastructure()
	 * @model containment="true"
	 * @generated
	 */
	EList<InfrastructureElement> getInfrastructure();

	/**
	 * Returns the value of the '<em><b>Projects</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.DecarbonisationProject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Projects</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixModel_Projects()
	 * @model containment="true"
	 * @generated
	 */
	EList<DecarbonisationProject> getProjects();

	/**
	 * Returns the value of the '<em><b>Instruments</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.PolicyInstrument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instruments</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixModel_Instruments()
	 * @model containment="true"
	 * @generated
	 */
	EList<PolicyInstrument> getInstruments();

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.core.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixModel_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Indicator> getIndicators();

	/**
	 * Returns the value of the '<em><b>Governance Bodies</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.governance.GovernanceBody}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Governance Bodies</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixModel_GovernanceBodies()
	 * @model containment="true"
	 * @generated
	 */
	EList<GovernanceBody> getGovernanceBodies();

	/**
	 * Returns the value of the '<em><b>Stakeholder Inputs</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.governance.StakeholderInput}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stakeholder Inputs</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixModel_StakeholderInputs()
	 * @model containment="true"
	 * @generated
	 */
	EList<StakeholderInput> getStakeholderInputs();

	/**
	 * Returns the value of the '<em><b>Programmes</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.programme.Programme}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Programmes</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixModel_Programmes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Programme> getProgrammes();

	/**
	 * Returns the value of the '<em><b>Recommendations</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.programme.Recommendation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recommendations</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixModel_Recommendations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Recommendation> getRecommendations();

	/**
	 * Returns the value of the '<em><b>Raw Materials</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.materials.RawMaterial}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Raw Materials</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixModel_RawMaterials()
	 * @model containment="true"
	 * @generated
	 */
	EList<RawMaterial> getRawMaterials();

	/**
	 * Returns the value of the '<em><b>Material Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.materials.MaterialGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Material Groups</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixModel_MaterialGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<MaterialGroup> getMaterialGroups();

	/**
	 * Returns the value of the '<em><b>Material Lists</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.materials.MaterialList}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Material Lists</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixModel_MaterialLists()
	 * @model containment="true"
	 * @generated
	 */
	EList<MaterialList> getMaterialLists();

	/**
	 * Returns the value of the '<em><b>Materials Strategies</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.materials.MaterialsStrategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Materials Strategies</em>' containment reference list.
	 * @see org.helix.model.core.CorePackage#getHelixModel_MaterialsStrategies()
	 * @model containment="true"
	 * @generated
	 */
	EList<MaterialsStrategy> getMaterialsStrategies();

} // HelixModel
