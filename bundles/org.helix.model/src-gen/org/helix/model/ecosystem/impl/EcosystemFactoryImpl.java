/**
 * Helix
 */
package org.helix.model.ecosystem.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.helix.model.ecosystem.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class EcosystemFactoryImpl extends EFactoryImpl implements EcosystemFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static EcosystemFactory init() {
		try {
			EcosystemFactory theEcosystemFactory = (EcosystemFactory)EPackage.Registry.INSTANCE.getEFactory(EcosystemPackage.eNS_URI);
			if (theEcosystemFactory != null) {
				return theEcosystemFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new EcosystemFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EcosystemFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case EcosystemPackage.ORGANISATION: return createOrganisation();
			case EcosystemPackage.PERSON: return createPerson();
			case EcosystemPackage.RELATIONSHIP: return createRelationship();
			case EcosystemPackage.JURISDICTION: return createJurisdiction();
			case EcosystemPackage.SECTOR: return createSector();
			case EcosystemPackage.VALUE_CHAIN: return createValueChain();
			case EcosystemPackage.VALUE_CHAIN_STAGE: return createValueChainStage();
			case EcosystemPackage.CLUSTER: return createCluster();
			case EcosystemPackage.TECHNOLOGY: return createTechnology();
			case EcosystemPackage.TECHNOLOGY_POSITION: return createTechnologyPosition();
			case EcosystemPackage.TRANSITION_PRIORITY: return createTransitionPriority();
			case EcosystemPackage.STRATEGIC_DOMAIN: return createStrategicDomain();
			case EcosystemPackage.VALUE_CHAIN_POSITION: return createValueChainPosition();
			case EcosystemPackage.ASSESSMENT_FRAMEWORK: return createAssessmentFramework();
			case EcosystemPackage.ASSESSMENT_DIMENSION: return createAssessmentDimension();
			case EcosystemPackage.SUB_CRITERION: return createSubCriterion();
			case EcosystemPackage.RATING: return createRating();
			case EcosystemPackage.DATA_SOURCE: return createDataSource();
			case EcosystemPackage.COUNTRY_STRATEGY: return createCountryStrategy();
			case EcosystemPackage.STRATEGY_PRIORITY: return createStrategyPriority();
			case EcosystemPackage.INDUSTRIAL_SITE: return createIndustrialSite();
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT: return createInfrastructureElement();
			case EcosystemPackage.DECARBONISATION_PROJECT: return createDecarbonisationProject();
			case EcosystemPackage.POLICY_INSTRUMENT: return createPolicyInstrument();
			case EcosystemPackage.FUNDING_INSTRUMENT: return createFundingInstrument();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case EcosystemPackage.ORGANISATION_KIND:
				return createOrganisationKindFromString(eDataType, initialValue);
			case EcosystemPackage.RELATIONSHIP_KIND:
				return createRelationshipKindFromString(eDataType, initialValue);
			case EcosystemPackage.JURISDICTION_LEVEL:
				return createJurisdictionLevelFromString(eDataType, initialValue);
			case EcosystemPackage.SECTOR_KIND:
				return createSectorKindFromString(eDataType, initialValue);
			case EcosystemPackage.STAGE_KIND:
				return createStageKindFromString(eDataType, initialValue);
			case EcosystemPackage.CLUSTER_KIND:
				return createClusterKindFromString(eDataType, initialValue);
			case EcosystemPackage.TECHNOLOGY_CATEGORY:
				return createTechnologyCategoryFromString(eDataType, initialValue);
			case EcosystemPackage.TRANSITION_PATH:
				return createTransitionPathFromString(eDataType, initialValue);
			case EcosystemPackage.INVESTMENT_QUADRANT:
				return createInvestmentQuadrantFromString(eDataType, initialValue);
			case EcosystemPackage.DOMAIN_CATEGORY:
				return createDomainCategoryFromString(eDataType, initialValue);
			case EcosystemPackage.TRANSITION_ONLY_ACTION:
				return createTransitionOnlyActionFromString(eDataType, initialValue);
			case EcosystemPackage.VALUE_CHAIN_ROLE:
				return createValueChainRoleFromString(eDataType, initialValue);
			case EcosystemPackage.DIMENSION_KIND:
				return createDimensionKindFromString(eDataType, initialValue);
			case EcosystemPackage.RATING_LEVEL:
				return createRatingLevelFromString(eDataType, initialValue);
			case EcosystemPackage.TREND:
				return createTrendFromString(eDataType, initialValue);
			case EcosystemPackage.DATA_SOURCE_KIND:
				return createDataSourceKindFromString(eDataType, initialValue);
			case EcosystemPackage.STRATEGY_KIND:
				return createStrategyKindFromString(eDataType, initialValue);
			case EcosystemPackage.PRIORITY_KIND:
				return createPriorityKindFromString(eDataType, initialValue);
			case EcosystemPackage.SITE_KIND:
				return createSiteKindFromString(eDataType, initialValue);
			case EcosystemPackage.INFRASTRUCTURE_KIND:
				return createInfrastructureKindFromString(eDataType, initialValue);
			case EcosystemPackage.ENERGY_CARRIER:
				return createEnergyCarrierFromString(eDataType, initialValue);
			case EcosystemPackage.PROJECT_STATUS:
				return createProjectStatusFromString(eDataType, initialValue);
			case EcosystemPackage.INSTRUMENT_KIND:
				return createInstrumentKindFromString(eDataType, initialValue);
			case EcosystemPackage.INSTRUMENT_STATUS:
				return createInstrumentStatusFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case EcosystemPackage.ORGANISATION_KIND:
				return convertOrganisationKindToString(eDataType, instanceValue);
			case EcosystemPackage.RELATIONSHIP_KIND:
				return convertRelationshipKindToString(eDataType, instanceValue);
			case EcosystemPackage.JURISDICTION_LEVEL:
				return convertJurisdictionLevelToString(eDataType, instanceValue);
			case EcosystemPackage.SECTOR_KIND:
				return convertSectorKindToString(eDataType, instanceValue);
			case EcosystemPackage.STAGE_KIND:
				return convertStageKindToString(eDataType, instanceValue);
			case EcosystemPackage.CLUSTER_KIND:
				return convertClusterKindToString(eDataType, instanceValue);
			case EcosystemPackage.TECHNOLOGY_CATEGORY:
				return convertTechnologyCategoryToString(eDataType, instanceValue);
			case EcosystemPackage.TRANSITION_PATH:
				return convertTransitionPathToString(eDataType, instanceValue);
			case EcosystemPackage.INVESTMENT_QUADRANT:
				return convertInvestmentQuadrantToString(eDataType, instanceValue);
			case EcosystemPackage.DOMAIN_CATEGORY:
				return convertDomainCategoryToString(eDataType, instanceValue);
			case EcosystemPackage.TRANSITION_ONLY_ACTION:
				return convertTransitionOnlyActionToString(eDataType, instanceValue);
			case EcosystemPackage.VALUE_CHAIN_ROLE:
				return convertValueChainRoleToString(eDataType, instanceValue);
			case EcosystemPackage.DIMENSION_KIND:
				return convertDimensionKindToString(eDataType, instanceValue);
			case EcosystemPackage.RATING_LEVEL:
				return convertRatingLevelToString(eDataType, instanceValue);
			case EcosystemPackage.TREND:
				return convertTrendToString(eDataType, instanceValue);
			case EcosystemPackage.DATA_SOURCE_KIND:
				return convertDataSourceKindToString(eDataType, instanceValue);
			case EcosystemPackage.STRATEGY_KIND:
				return convertStrategyKindToString(eDataType, instanceValue);
			case EcosystemPackage.PRIORITY_KIND:
				return convertPriorityKindToString(eDataType, instanceValue);
			case EcosystemPackage.SITE_KIND:
				return convertSiteKindToString(eDataType, instanceValue);
			case EcosystemPackage.INFRASTRUCTURE_KIND:
				return convertInfrastructureKindToString(eDataType, instanceValue);
			case EcosystemPackage.ENERGY_CARRIER:
				return convertEnergyCarrierToString(eDataType, instanceValue);
			case EcosystemPackage.PROJECT_STATUS:
				return convertProjectStatusToString(eDataType, instanceValue);
			case EcosystemPackage.INSTRUMENT_KIND:
				return convertInstrumentKindToString(eDataType, instanceValue);
			case EcosystemPackage.INSTRUMENT_STATUS:
				return convertInstrumentStatusToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation createOrganisation() {
		OrganisationImpl organisation = new OrganisationImpl();
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person createPerson() {
		PersonImpl person = new PersonImpl();
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Relationship createRelationship() {
		RelationshipImpl relationship = new RelationshipImpl();
		return relationship;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Jurisdiction createJurisdiction() {
		JurisdictionImpl jurisdiction = new JurisdictionImpl();
		return jurisdiction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sector createSector() {
		SectorImpl sector = new SectorImpl();
		return sector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValueChain createValueChain() {
		ValueChainImpl valueChain = new ValueChainImpl();
		return valueChain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValueChainStage createValueChainStage() {
		ValueChainStageImpl valueChainStage = new ValueChainStageImpl();
		return valueChainStage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cluster createCluster() {
		ClusterImpl cluster = new ClusterImpl();
		return cluster;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Technology createTechnology() {
		TechnologyImpl technology = new TechnologyImpl();
		return technology;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TechnologyPosition createTechnologyPosition() {
		TechnologyPositionImpl technologyPosition = new TechnologyPositionImpl();
		return technologyPosition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TransitionPriority createTransitionPriority() {
		TransitionPriorityImpl transitionPriority = new TransitionPriorityImpl();
		return transitionPriority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StrategicDomain createStrategicDomain() {
		StrategicDomainImpl strategicDomain = new StrategicDomainImpl();
		return strategicDomain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValueChainPosition createValueChainPosition() {
		ValueChainPositionImpl valueChainPosition = new ValueChainPositionImpl();
		return valueChainPosition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssessmentFramework createAssessmentFramework() {
		AssessmentFrameworkImpl assessmentFramework = new AssessmentFrameworkImpl();
		return assessmentFramework;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssessmentDimension createAssessmentDimension() {
		AssessmentDimensionImpl assessmentDimension = new AssessmentDimensionImpl();
		return assessmentDimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubCriterion createSubCriterion() {
		SubCriterionImpl subCriterion = new SubCriterionImpl();
		return subCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rating createRating() {
		RatingImpl rating = new RatingImpl();
		return rating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSource createDataSource() {
		DataSourceImpl dataSource = new DataSourceImpl();
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CountryStrategy createCountryStrategy() {
		CountryStrategyImpl countryStrategy = new CountryStrategyImpl();
		return countryStrategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StrategyPriority createStrategyPriority() {
		StrategyPriorityImpl strategyPriority = new StrategyPriorityImpl();
		return strategyPriority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndustrialSite createIndustrialSite() {
		IndustrialSiteImpl industrialSite = new IndustrialSiteImpl();
		return industrialSite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InfrastructureElement createInfrastructureElement() {
		InfrastructureElementImpl infrastructureElement = new InfrastructureElementImpl();
		return infrastructureElement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DecarbonisationProject createDecarbonisationProject() {
		DecarbonisationProjectImpl decarbonisationProject = new DecarbonisationProjectImpl();
		return decarbonisationProject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyInstrument createPolicyInstrument() {
		PolicyInstrumentImpl policyInstrument = new PolicyInstrumentImpl();
		return policyInstrument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FundingInstrument createFundingInstrument() {
		FundingInstrumentImpl fundingInstrument = new FundingInstrumentImpl();
		return fundingInstrument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrganisationKind createOrganisationKindFromString(EDataType eDataType, String initialValue) {
		OrganisationKind result = OrganisationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOrganisationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RelationshipKind createRelationshipKindFromString(EDataType eDataType, String initialValue) {
		RelationshipKind result = RelationshipKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRelationshipKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public JurisdictionLevel createJurisdictionLevelFromString(EDataType eDataType, String initialValue) {
		JurisdictionLevel result = JurisdictionLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertJurisdictionLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SectorKind createSectorKindFromString(EDataType eDataType, String initialValue) {
		SectorKind result = SectorKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSectorKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StageKind createStageKindFromString(EDataType eDataType, String initialValue) {
		StageKind result = StageKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStageKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClusterKind createClusterKindFromString(EDataType eDataType, String initialValue) {
		ClusterKind result = ClusterKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertClusterKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TechnologyCategory createTechnologyCategoryFromString(EDataType eDataType, String initialValue) {
		TechnologyCategory result = TechnologyCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTechnologyCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TransitionPath createTransitionPathFromString(EDataType eDataType, String initialValue) {
		TransitionPath result = TransitionPath.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTransitionPathToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InvestmentQuadrant createInvestmentQuadrantFromString(EDataType eDataType, String initialValue) {
		InvestmentQuadrant result = InvestmentQuadrant.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInvestmentQuadrantToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DomainCategory createDomainCategoryFromString(EDataType eDataType, String initialValue) {
		DomainCategory result = DomainCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDomainCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TransitionOnlyAction createTransitionOnlyActionFromString(EDataType eDataType, String initialValue) {
		TransitionOnlyAction result = TransitionOnlyAction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTransitionOnlyActionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ValueChainRole createValueChainRoleFromString(EDataType eDataType, String initialValue) {
		ValueChainRole result = ValueChainRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertValueChainRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DimensionKind createDimensionKindFromString(EDataType eDataType, String initialValue) {
		DimensionKind result = DimensionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDimensionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RatingLevel createRatingLevelFromString(EDataType eDataType, String initialValue) {
		RatingLevel result = RatingLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRatingLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Trend createTrendFromString(EDataType eDataType, String initialValue) {
		Trend result = Trend.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTrendToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataSourceKind createDataSourceKindFromString(EDataType eDataType, String initialValue) {
		DataSourceKind result = DataSourceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDataSourceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StrategyKind createStrategyKindFromString(EDataType eDataType, String initialValue) {
		StrategyKind result = StrategyKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStrategyKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PriorityKind createPriorityKindFromString(EDataType eDataType, String initialValue) {
		PriorityKind result = PriorityKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPriorityKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SiteKind createSiteKindFromString(EDataType eDataType, String initialValue) {
		SiteKind result = SiteKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSiteKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InfrastructureKind createInfrastructureKindFromString(EDataType eDataType, String initialValue) {
		InfrastructureKind result = InfrastructureKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInfrastructureKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EnergyCarrier createEnergyCarrierFromString(EDataType eDataType, String initialValue) {
		EnergyCarrier result = EnergyCarrier.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEnergyCarrierToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProjectStatus createProjectStatusFromString(EDataType eDataType, String initialValue) {
		ProjectStatus result = ProjectStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProjectStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InstrumentKind createInstrumentKindFromString(EDataType eDataType, String initialValue) {
		InstrumentKind result = InstrumentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstrumentKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InstrumentStatus createInstrumentStatusFromString(EDataType eDataType, String initialValue) {
		InstrumentStatus result = InstrumentStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstrumentStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EcosystemPackage getEcosystemPackage() {
		return (EcosystemPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static EcosystemPackage getPackage() {
		return EcosystemPackage.eINSTANCE;
	}

} //EcosystemFactoryImpl
