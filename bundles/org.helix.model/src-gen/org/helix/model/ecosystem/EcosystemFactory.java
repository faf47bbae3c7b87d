/**
 * Helix
 */
package org.helix.model.ecosystem;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.helix.model.ecosystem.EcosystemPackage
 * @generated
 */
public interface EcosystemFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	EcosystemFactory eINSTANCE = org.helix.model.ecosystem.impl.EcosystemFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Organisation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Organisation</em>'.
	 * @generated
	 */
	Organisation createOrganisation();

	/**
	 * Returns a new object of class '<em>Person</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Person</em>'.
	 * @generated
	 */
	Person createPerson();

	/**
	 * Returns a new object of class '<em>Relationship</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Relationship</em>'.
	 * @generated
	 */
	Relationship createRelationship();

	/**
	 * Returns a new object of class '<em>Jurisdiction</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Jurisdiction</em>'.
	 * @generated
	 */
	Jurisdiction createJurisdiction();

	/**
	 * Returns a new object of class '<em>Sector</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sector</em>'.
	 * @generated
	 */
	Sector createSector();

	/**
	 * Returns a new object of class '<em>Value Chain</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Value Chain</em>'.
	 * @generated
	 */
	ValueChain createValueChain();

	/**
	 * Returns a new object of class '<em>Value Chain Stage</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Value Chain Stage</em>'.
	 * @generated
	 */
	ValueChainStage createValueChainStage();

	/**
	 * Returns a new object of class '<em>Cluster</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cluster</em>'.
	 * @generated
	 */
	Cluster createCluster();

	/**
	 * Returns a new object of class '<em>Technology</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Technology</em>'.
	 * @generated
	 */
	Technology createTechnology();

	/**
	 * Returns a new object of class '<em>Technology Position</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Technology Position</em>'.
	 * @generated
	 */
	TechnologyPosition createTechnologyPosition();

	/**
	 * Returns a new object of class '<em>Transition Priority</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Transition Priority</em>'.
	 * @generated
	 */
	TransitionPriority createTransitionPriority();

	/**
	 * Returns a new object of class '<em>Strategic Domain</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Strategic Domain</em>'.
	 * @generated
	 */
	StrategicDomain createStrategicDomain();

	/**
	 * Returns a new object of class '<em>Value Chain Position</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Value Chain Position</em>'.
	 * @generated
	 */
	ValueChainPosition createValueChainPosition();

	/**
	 * Returns a new object of class '<em>Assessment Framework</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Assessment Framework</em>'.
	 * @generated
	 */
	AssessmentFramework createAssessmentFramework();

	/**
	 * Returns a new object of class '<em>Assessment Dimension</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Assessment Dimension</em>'.
	 * @generated
	 */
	AssessmentDimension createAssessmentDimension();

	/**
	 * Returns a new object of class '<em>Sub Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sub Criterion</em>'.
	 * @generated
	 */
	SubCriterion createSubCriterion();

	/**
	 * Returns a new object of class '<em>Rating</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rating</em>'.
	 * @generated
	 */
	Rating createRating();

	/**
	 * Returns a new object of class '<em>Data Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Data Source</em>'.
	 * @generated
	 */
	DataSource createDataSource();

	/**
	 * Returns a new object of class '<em>Country Strategy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Country Strategy</em>'.
	 * @generated
	 */
	CountryStrategy createCountryStrategy();

	/**
	 * Returns a new object of class '<em>Strategy Priority</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Strategy Priority</em>'.
	 * @generated
	 */
	StrategyPriority createStrategyPriority();

	/**
	 * Returns a new object of class '<em>Industrial Site</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Industrial Site</em>'.
	 * @generated
	 */
	IndustrialSite createIndustrialSite();

	/**
	 * Returns a new object of class '<em>Infrastructure Element</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Infrastructure Element</em>'.
	 * @generated
	 */
	InfrastructureElement createInfrastructureElement();

	/**
	 * Returns a new object of class '<em>Decarbonisation Project</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Decarbonisation Project</em>'.
	 * @generated
	 */
	DecarbonisationProject createDecarbonisationProject();

	/**
	 * Returns a new object of class '<em>Policy Instrument</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Policy Instrument</em>'.
	 * @generated
	 */
	PolicyInstrument createPolicyInstrument();

	/**
	 * Returns a new object of class '<em>Funding Instrument</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Funding Instrument</em>'.
	 * @generated
	 */
	FundingInstrument createFundingInstrument();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	EcosystemPackage getEcosystemPackage();

} //EcosystemFactory
