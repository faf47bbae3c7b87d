/**
 * Helix
 */
package org.helix.model.ecosystem.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.helix.model.core.CorePackage;

import org.helix.model.core.impl.CorePackageImpl;

import org.helix.model.ecosystem.Actor;
import org.helix.model.ecosystem.AssessmentDimension;
import org.helix.model.ecosystem.AssessmentFramework;
import org.helix.model.ecosystem.Cluster;
import org.helix.model.ecosystem.ClusterKind;
import org.helix.model.ecosystem.CountryStrategy;
import org.helix.model.ecosystem.DataSource;
import org.helix.model.ecosystem.DataSourceKind;
import org.helix.model.ecosystem.DecarbonisationProject;
import org.helix.model.ecosystem.DimensionKind;
import org.helix.model.ecosystem.DomainCategory;
import org.helix.model.ecosystem.EcosystemFactory;
import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.ecosystem.EnergyCarrier;
import org.helix.model.ecosystem.FundingInstrument;
import org.helix.model.ecosystem.IndustrialSite;
import org.helix.model.ecosystem.InfrastructureElement;
import org.helix.model.ecosystem.InfrastructureKind;
import org.helix.model.ecosystem.InstrumentKind;
import org.helix.model.ecosystem.InstrumentStatus;
import org.helix.model.ecosystem.InvestmentQuadrant;
import org.helix.model.ecosystem.Jurisdiction;
import org.helix.model.ecosystem.JurisdictionLevel;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.OrganisationKind;
import org.helix.model.ecosystem.Person;
import org.helix.model.ecosystem.PolicyInstrument;
import org.helix.model.ecosystem.PriorityKind;
import org.helix.model.ecosystem.ProjectStatus;
import org.helix.model.ecosystem.Rating;
import org.helix.model.ecosystem.RatingLevel;
import org.helix.model.ecosystem.Relationship;
import org.helix.model.ecosystem.RelationshipKind;
import org.helix.model.ecosystem.Sector;
import org.helix.model.ecosystem.SectorKind;
import org.helix.model.ecosystem.SiteKind;
import org.helix.model.ecosystem.StageKind;
import org.helix.model.ecosystem.StrategicDomain;
import org.helix.model.ecosystem.StrategyKind;
import org.helix.model.ecosystem.StrategyPriority;
import org.helix.model.ecosystem.SubCriterion;
import org.helix.model.ecosystem.Technology;
import org.helix.model.ecosystem.TechnologyCategory;
import org.helix.model.ecosystem.TechnologyPosition;
import org.helix.model.ecosystem.TransitionOnlyAction;
import org.helix.model.ecosystem.TransitionPath;
import org.helix.model.ecosystem.TransitionPriority;
import org.helix.model.ecosystem.Trend;
import org.helix.model.ecosystem.ValueChain;
import org.helix.model.ecosystem.ValueChainPosition;
import org.helix.model.ecosystem.ValueChainRole;
import org.helix.model.ecosystem.ValueChainStage;

import org.helix.model.governance.GovernancePackage;

import org.helix.model.governance.impl.GovernancePackageImpl;

import org.helix.model.materials.MaterialsPackage;

import org.helix.model.materials.impl.MaterialsPackageImpl;

import org.helix.model.programme.ProgrammePackage;

import org.helix.model.programme.impl.ProgrammePackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class EcosystemPackageImpl extends EPackageImpl implements EcosystemPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass relationshipEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass jurisdictionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sectorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass valueChainEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass valueChainStageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clusterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass technologyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass technologyPositionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass transitionPriorityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass strategicDomainEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass valueChainPositionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assessmentFrameworkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assessmentDimensionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass subCriterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ratingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass countryStrategyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass strategyPriorityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass industrialSiteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass infrastructureElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass decarbonisationProjectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass policyInstrumentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fundingInstrumentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum organisationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum relationshipKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum jurisdictionLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sectorKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stageKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum clusterKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum technologyCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum transitionPathEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum investmentQuadrantEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum domainCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum transitionOnlyActionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum valueChainRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dimensionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ratingLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum trendEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dataSourceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum strategyKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum priorityKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum siteKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum infrastructureKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum energyCarrierEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum projectStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum instrumentKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum instrumentStatusEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.helix.model.ecosystem.EcosystemPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private EcosystemPackageImpl() {
		super(eNS_URI, EcosystemFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link EcosystemPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static EcosystemPackage init() {
		if (isInited) return (EcosystemPackage)EPackage.Registry.INSTANCE.getEPackage(EcosystemPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredEcosystemPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		EcosystemPackageImpl theEcosystemPackage = registeredEcosystemPackage instanceof EcosystemPackageImpl ? (EcosystemPackageImpl)registeredEcosystemPackage : new EcosystemPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CorePackage.eNS_URI);
		CorePackageImpl theCorePackage = (CorePackageImpl)(registeredPackage instanceof CorePackageImpl ? registeredPackage : CorePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GovernancePackage.eNS_URI);
		GovernancePackageImpl theGovernancePackage = (GovernancePackageImpl)(registeredPackage instanceof GovernancePackageImpl ? registeredPackage : GovernancePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ProgrammePackage.eNS_URI);
		ProgrammePackageImpl theProgrammePackage = (ProgrammePackageImpl)(registeredPackage instanceof ProgrammePackageImpl ? registeredPackage : ProgrammePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(MaterialsPackage.eNS_URI);
		MaterialsPackageImpl theMaterialsPackage = (MaterialsPackageImpl)(registeredPackage instanceof MaterialsPackageImpl ? registeredPackage : MaterialsPackage.eINSTANCE);

		// Create package meta-data objects
		theEcosystemPackage.createPackageContents();
		theCorePackage.createPackageContents();
		theGovernancePackage.createPackageContents();
		theProgrammePackage.createPackageContents();
		theMaterialsPackage.createPackageContents();

		// Initialize created meta-data
		theEcosystemPackage.initializePackageContents();
		theCorePackage.initializePackageContents();
		theGovernancePackage.initializePackageContents();
		theProgrammePackage.initializePackageContents();
		theMaterialsPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theEcosystemPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(EcosystemPackage.eNS_URI, theEcosystemPackage);
		return theEcosystemPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActor() {
		return actorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_Helix() {
		return (EAttribute)actorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActor_Jurisdiction() {
		return (EReference)actorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganisation() {
		return organisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Abbreviation() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Kind() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Level() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Location() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisation_Parent() {
		return (EReference)organisationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisation_Sectors() {
		return (EReference)organisationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerson() {
		return personEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Function() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerson_Organisation() {
		return (EReference)personEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRelationship() {
		return relationshipEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationship_Kind() {
		return (EAttribute)relationshipEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationship_Label() {
		return (EAttribute)relationshipEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationship_Bidirectional() {
		return (EAttribute)relationshipEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationship_Frequency() {
		return (EAttribute)relationshipEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelationship_Source() {
		return (EReference)relationshipEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelationship_Target() {
		return (EReference)relationshipEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getJurisdiction() {
		return jurisdictionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJurisdiction_Level() {
		return (EAttribute)jurisdictionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJurisdiction_IsoCode() {
		return (EAttribute)jurisdictionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJurisdiction_EuMemberState() {
		return (EAttribute)jurisdictionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJurisdiction_Parent() {
		return (EReference)jurisdictionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSector() {
		return sectorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSector_Code() {
		return (EAttribute)sectorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSector_Kind() {
		return (EAttribute)sectorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSector_EtsScope() {
		return (EAttribute)sectorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSector_SubSectors() {
		return (EReference)sectorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getValueChain() {
		return valueChainEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValueChain_Geography() {
		return (EAttribute)valueChainEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getValueChain_Sectors() {
		return (EReference)valueChainEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getValueChain_Stages() {
		return (EReference)valueChainEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getValueChainStage() {
		return valueChainStageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValueChainStage_Kind() {
		return (EAttribute)valueChainStageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCluster() {
		return clusterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCluster_Kind() {
		return (EAttribute)clusterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCluster_Geographic() {
		return (EAttribute)clusterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCluster_Region() {
		return (EAttribute)clusterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCluster_Focus() {
		return (EAttribute)clusterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCluster_FoundedYear() {
		return (EAttribute)clusterEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCluster_ApproxCompanyCount() {
		return (EAttribute)clusterEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCluster_ClusterOrganisation() {
		return (EReference)clusterEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCluster_Members() {
		return (EReference)clusterEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCluster_Sectors() {
		return (EReference)clusterEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCluster_Jurisdiction() {
		return (EReference)clusterEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTechnology() {
		return technologyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTechnology_Category() {
		return (EAttribute)technologyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTechnology_TransitionPath() {
		return (EAttribute)technologyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTechnology_TrlMin() {
		return (EAttribute)technologyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTechnology_TrlMax() {
		return (EAttribute)technologyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTechnology_Parent() {
		return (EReference)technologyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTechnology_Sectors() {
		return (EReference)technologyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTechnology_Positions() {
		return (EReference)technologyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTechnology_Ratings() {
		return (EReference)technologyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTechnologyPosition() {
		return technologyPositionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTechnologyPosition_RelatednessDensity() {
		return (EAttribute)technologyPositionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTechnologyPosition_Complexity() {
		return (EAttribute)technologyPositionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTechnologyPosition_Rca() {
		return (EAttribute)technologyPositionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTechnologyPosition_Quadrant() {
		return (EAttribute)technologyPositionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTechnologyPosition_Jurisdiction() {
		return (EReference)technologyPositionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTechnologyPosition_DataSource() {
		return (EReference)technologyPositionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTransitionPriority() {
		return transitionPriorityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransitionPriority_SourceText() {
		return (EAttribute)transitionPriorityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStrategicDomain() {
		return strategicDomainEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategicDomain_Category() {
		return (EAttribute)strategicDomainEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategicDomain_TransitionOnlyAction() {
		return (EAttribute)strategicDomainEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategicDomain_ExpertValidated() {
		return (EAttribute)strategicDomainEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategicDomain_Sectors() {
		return (EReference)strategicDomainEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategicDomain_Technologies() {
		return (EReference)strategicDomainEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategicDomain_Clusters() {
		return (EReference)strategicDomainEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategicDomain_ContributesTo() {
		return (EReference)strategicDomainEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategicDomain_ValueChainPositions() {
		return (EReference)strategicDomainEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategicDomain_Ratings() {
		return (EReference)strategicDomainEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getValueChainPosition() {
		return valueChainPositionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValueChainPosition_Role() {
		return (EAttribute)valueChainPositionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValueChainPosition_PartnerRegion() {
		return (EAttribute)valueChainPositionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getValueChainPosition_ValueChain() {
		return (EReference)valueChainPositionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssessmentFramework() {
		return assessmentFrameworkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessmentFramework_Dimensions() {
		return (EReference)assessmentFrameworkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssessmentDimension() {
		return assessmentDimensionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessmentDimension_Kind() {
		return (EAttribute)assessmentDimensionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessmentDimension_Question() {
		return (EAttribute)assessmentDimensionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessmentDimension_SubCriteria() {
		return (EReference)assessmentDimensionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubCriterion() {
		return subCriterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubCriterion_Wording() {
		return (EAttribute)subCriterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubCriterion_Competence() {
		return (EAttribute)subCriterionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubCriterion_Indicators() {
		return (EReference)subCriterionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRating() {
		return ratingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRating_Level() {
		return (EAttribute)ratingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRating_Value() {
		return (EAttribute)ratingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRating_Trend() {
		return (EAttribute)ratingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRating_Period() {
		return (EAttribute)ratingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRating_Evidence() {
		return (EAttribute)ratingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRating_Dimension() {
		return (EReference)ratingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRating_SubCriterion() {
		return (EReference)ratingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRating_Indicator() {
		return (EReference)ratingEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataSource() {
		return dataSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_Kind() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_FromYear() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_ToYear() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_CoverageShare() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataSource_Provider() {
		return (EReference)dataSourceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCountryStrategy() {
		return countryStrategyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountryStrategy_Kind() {
		return (EAttribute)countryStrategyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountryStrategy_FirstYear() {
		return (EAttribute)countryStrategyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountryStrategy_EditionYears() {
		return (EAttribute)countryStrategyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountryStrategy_SelectionProcess() {
		return (EAttribute)countryStrategyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountryStrategy_OwnBudget() {
		return (EAttribute)countryStrategyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountryStrategy_MonitoringSinceYear() {
		return (EAttribute)countryStrategyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountryStrategy_StrategicEvaluationDone() {
		return (EAttribute)countryStrategyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCountryStrategy_Jurisdiction() {
		return (EReference)countryStrategyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCountryStrategy_Lead() {
		return (EReference)countryStrategyEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCountryStrategy_Predecessor() {
		return (EReference)countryStrategyEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCountryStrategy_Priorities() {
		return (EReference)countryStrategyEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStrategyPriority() {
		return strategyPriorityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategyPriority_Kind() {
		return (EAttribute)strategyPriorityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategyPriority_Rank() {
		return (EAttribute)strategyPriorityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategyPriority_TargetYear() {
		return (EAttribute)strategyPriorityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategyPriority_Technology() {
		return (EReference)strategyPriorityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategyPriority_Sector() {
		return (EReference)strategyPriorityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndustrialSite() {
		return industrialSiteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndustrialSite_Kind() {
		return (EAttribute)industrialSiteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndustrialSite_Location() {
		return (EAttribute)industrialSiteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustrialSite_Port() {
		return (EReference)industrialSiteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndustrialSite_Jurisdiction() {
		return (EReference)industrialSiteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInfrastructureElement() {
		return infrastructureElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInfrastructureElement_Kind() {
		return (EAttribute)infrastructureElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInfrastructureElement_Carrier() {
		return (EAttribute)infrastructureElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInfrastructureElement_Status() {
		return (EAttribute)infrastructureElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInfrastructureElement_Collective() {
		return (EAttribute)infrastructureElementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInfrastructureElement_NoRegret() {
		return (EAttribute)infrastructureElementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInfrastructureElement_Co2ReductionPotential() {
		return (EAttribute)infrastructureElementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInfrastructureElement_ReadyByYear() {
		return (EAttribute)infrastructureElementEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInfrastructureElement_Operator() {
		return (EReference)infrastructureElementEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInfrastructureElement_Sites() {
		return (EReference)infrastructureElementEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDecarbonisationProject() {
		return decarbonisationProjectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecarbonisationProject_Types() {
		return (EAttribute)decarbonisationProjectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecarbonisationProject_TypeText() {
		return (EAttribute)decarbonisationProjectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecarbonisationProject_Status() {
		return (EAttribute)decarbonisationProjectEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecarbonisationProject_StatusText() {
		return (EAttribute)decarbonisationProjectEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecarbonisationProject_FidTaken() {
		return (EAttribute)decarbonisationProjectEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecarbonisationProject_Location() {
		return (EAttribute)decarbonisationProjectEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecarbonisationProject_Capacity() {
		return (EAttribute)decarbonisationProjectEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecarbonisationProject_ReductionPotential() {
		return (EAttribute)decarbonisationProjectEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecarbonisationProject_Companies() {
		return (EReference)decarbonisationProjectEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecarbonisationProject_Site() {
		return (EReference)decarbonisationProjectEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecarbonisationProject_Sectors() {
		return (EReference)decarbonisationProjectEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecarbonisationProject_Technologies() {
		return (EReference)decarbonisationProjectEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecarbonisationProject_FundedBy() {
		return (EReference)decarbonisationProjectEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecarbonisationProject_Infrastructure() {
		return (EReference)decarbonisationProjectEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecarbonisationProject_DependsOn() {
		return (EReference)decarbonisationProjectEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecarbonisationProject_Milestones() {
		return (EReference)decarbonisationProjectEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPolicyInstrument() {
		return policyInstrumentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyInstrument_Acronym() {
		return (EAttribute)policyInstrumentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyInstrument_Kind() {
		return (EAttribute)policyInstrumentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyInstrument_Level() {
		return (EAttribute)policyInstrumentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyInstrument_Status() {
		return (EAttribute)policyInstrumentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyInstrument_LegalReference() {
		return (EAttribute)policyInstrumentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyInstrument_FromYear() {
		return (EAttribute)policyInstrumentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyInstrument_ToYear() {
		return (EAttribute)policyInstrumentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyInstrument_Jurisdiction() {
		return (EReference)policyInstrumentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyInstrument_Manager() {
		return (EReference)policyInstrumentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyInstrument_Complements() {
		return (EReference)policyInstrumentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFundingInstrument() {
		return fundingInstrumentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFundingInstrument_Conditions() {
		return (EAttribute)fundingInstrumentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFundingInstrument_CallOpens() {
		return (EAttribute)fundingInstrumentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFundingInstrument_CallCloses() {
		return (EAttribute)fundingInstrumentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFundingInstrument_TrlMin() {
		return (EAttribute)fundingInstrumentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFundingInstrument_TrlMax() {
		return (EAttribute)fundingInstrumentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFundingInstrument_SupportsCapex() {
		return (EAttribute)fundingInstrumentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFundingInstrument_SupportsOpex() {
		return (EAttribute)fundingInstrumentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFundingInstrument_FundingSource() {
		return (EReference)fundingInstrumentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFundingInstrument_ParentFund() {
		return (EReference)fundingInstrumentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFundingInstrument_Technologies() {
		return (EReference)fundingInstrumentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFundingInstrument_Amounts() {
		return (EReference)fundingInstrumentEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOrganisationKind() {
		return organisationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRelationshipKind() {
		return relationshipKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getJurisdictionLevel() {
		return jurisdictionLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSectorKind() {
		return sectorKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStageKind() {
		return stageKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getClusterKind() {
		return clusterKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTechnologyCategory() {
		return technologyCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTransitionPath() {
		return transitionPathEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInvestmentQuadrant() {
		return investmentQuadrantEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDomainCategory() {
		return domainCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTransitionOnlyAction() {
		return transitionOnlyActionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getValueChainRole() {
		return valueChainRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDimensionKind() {
		return dimensionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRatingLevel() {
		return ratingLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTrend() {
		return trendEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDataSourceKind() {
		return dataSourceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStrategyKind() {
		return strategyKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPriorityKind() {
		return priorityKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSiteKind() {
		return siteKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInfrastructureKind() {
		return infrastructureKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEnergyCarrier() {
		return energyCarrierEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProjectStatus() {
		return projectStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInstrumentKind() {
		return instrumentKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInstrumentStatus() {
		return instrumentStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EcosystemFactory getEcosystemFactory() {
		return (EcosystemFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		actorEClass = createEClass(ACTOR);
		createEAttribute(actorEClass, ACTOR__HELIX);
		createEReference(actorEClass, ACTOR__JURISDICTION);

		organisationEClass = createEClass(ORGANISATION);
		createEAttribute(organisationEClass, ORGANISATION__ABBREVIATION);
		createEAttribute(organisationEClass, ORGANISATION__KIND);
		createEAttribute(organisationEClass, ORGANISATION__LEVEL);
		createEAttribute(organisationEClass, ORGANISATION__LOCATION);
		createEReference(organisationEClass, ORGANISATION__PARENT);
		createEReference(organisationEClass, ORGANISATION__SECTORS);

		personEClass = createEClass(PERSON);
		createEAttribute(personEClass, PERSON__FUNCTION);
		createEReference(personEClass, PERSON__ORGANISATION);

		relationshipEClass = createEClass(RELATIONSHIP);
		createEAttribute(relationshipEClass, RELATIONSHIP__KIND);
		createEAttribute(relationshipEClass, RELATIONSHIP__LABEL);
		createEAttribute(relationshipEClass, RELATIONSHIP__BIDIRECTIONAL);
		createEAttribute(relationshipEClass, RELATIONSHIP__FREQUENCY);
		createEReference(relationshipEClass, RELATIONSHIP__SOURCE);
		createEReference(relationshipEClass, RELATIONSHIP__TARGET);

		jurisdictionEClass = createEClass(JURISDICTION);
		createEAttribute(jurisdictionEClass, JURISDICTION__LEVEL);
		createEAttribute(jurisdictionEClass, JURISDICTION__ISO_CODE);
		createEAttribute(jurisdictionEClass, JURISDICTION__EU_MEMBER_STATE);
		createEReference(jurisdictionEClass, JURISDICTION__PARENT);

		sectorEClass = createEClass(SECTOR);
		createEAttribute(sectorEClass, SECTOR__CODE);
		createEAttribute(sectorEClass, SECTOR__KIND);
		createEAttribute(sectorEClass, SECTOR__ETS_SCOPE);
		createEReference(sectorEClass, SECTOR__SUB_SECTORS);

		valueChainEClass = createEClass(VALUE_CHAIN);
		createEAttribute(valueChainEClass, VALUE_CHAIN__GEOGRAPHY);
		createEReference(valueChainEClass, VALUE_CHAIN__SECTORS);
		createEReference(valueChainEClass, VALUE_CHAIN__STAGES);

		valueChainStageEClass = createEClass(VALUE_CHAIN_STAGE);
		createEAttribute(valueChainStageEClass, VALUE_CHAIN_STAGE__KIND);

		clusterEClass = createEClass(CLUSTER);
		createEAttribute(clusterEClass, CLUSTER__KIND);
		createEAttribute(clusterEClass, CLUSTER__GEOGRAPHIC);
		createEAttribute(clusterEClass, CLUSTER__REGION);
		createEAttribute(clusterEClass, CLUSTER__FOCUS);
		createEAttribute(clusterEClass, CLUSTER__FOUNDED_YEAR);
		createEAttribute(clusterEClass, CLUSTER__APPROX_COMPANY_COUNT);
		createEReference(clusterEClass, CLUSTER__CLUSTER_ORGANISATION);
		createEReference(clusterEClass, CLUSTER__MEMBERS);
		createEReference(clusterEClass, CLUSTER__SECTORS);
		createEReference(clusterEClass, CLUSTER__JURISDICTION);

		technologyEClass = createEClass(TECHNOLOGY);
		createEAttribute(technologyEClass, TECHNOLOGY__CATEGORY);
		createEAttribute(technologyEClass, TECHNOLOGY__TRANSITION_PATH);
		createEAttribute(technologyEClass, TECHNOLOGY__TRL_MIN);
		createEAttribute(technologyEClass, TECHNOLOGY__TRL_MAX);
		createEReference(technologyEClass, TECHNOLOGY__PARENT);
		createEReference(technologyEClass, TECHNOLOGY__SECTORS);
		createEReference(technologyEClass, TECHNOLOGY__POSITIONS);
		createEReference(technologyEClass, TECHNOLOGY__RATINGS);

		technologyPositionEClass = createEClass(TECHNOLOGY_POSITION);
		createEAttribute(technologyPositionEClass, TECHNOLOGY_POSITION__RELATEDNESS_DENSITY);
		createEAttribute(technologyPositionEClass, TECHNOLOGY_POSITION__COMPLEXITY);
		createEAttribute(technologyPositionEClass, TECHNOLOGY_POSITION__RCA);
		createEAttribute(technologyPositionEClass, TECHNOLOGY_POSITION__QUADRANT);
		createEReference(technologyPositionEClass, TECHNOLOGY_POSITION__JURISDICTION);
		createEReference(technologyPositionEClass, TECHNOLOGY_POSITION__DATA_SOURCE);

		transitionPriorityEClass = createEClass(TRANSITION_PRIORITY);
		createEAttribute(transitionPriorityEClass, TRANSITION_PRIORITY__SOURCE_TEXT);

		strategicDomainEClass = createEClass(STRATEGIC_DOMAIN);
		createEAttribute(strategicDomainEClass, STRATEGIC_DOMAIN__CATEGORY);
		createEAttribute(strategicDomainEClass, STRATEGIC_DOMAIN__TRANSITION_ONLY_ACTION);
		createEAttribute(strategicDomainEClass, STRATEGIC_DOMAIN__EXPERT_VALIDATED);
		createEReference(strategicDomainEClass, STRATEGIC_DOMAIN__SECTORS);
		createEReference(strategicDomainEClass, STRATEGIC_DOMAIN__TECHNOLOGIES);
		createEReference(strategicDomainEClass, STRATEGIC_DOMAIN__CLUSTERS);
		createEReference(strategicDomainEClass, STRATEGIC_DOMAIN__CONTRIBUTES_TO);
		createEReference(strategicDomainEClass, STRATEGIC_DOMAIN__VALUE_CHAIN_POSITIONS);
		createEReference(strategicDomainEClass, STRATEGIC_DOMAIN__RATINGS);

		valueChainPositionEClass = createEClass(VALUE_CHAIN_POSITION);
		createEAttribute(valueChainPositionEClass, VALUE_CHAIN_POSITION__ROLE);
		createEAttribute(valueChainPositionEClass, VALUE_CHAIN_POSITION__PARTNER_REGION);
		createEReference(valueChainPositionEClass, VALUE_CHAIN_POSITION__VALUE_CHAIN);

		assessmentFrameworkEClass = createEClass(ASSESSMENT_FRAMEWORK);
		createEReference(assessmentFrameworkEClass, ASSESSMENT_FRAMEWORK__DIMENSIONS);

		assessmentDimensionEClass = createEClass(ASSESSMENT_DIMENSION);
		createEAttribute(assessmentDimensionEClass, ASSESSMENT_DIMENSION__KIND);
		createEAttribute(assessmentDimensionEClass, ASSESSMENT_DIMENSION__QUESTION);
		createEReference(assessmentDimensionEClass, ASSESSMENT_DIMENSION__SUB_CRITERIA);

		subCriterionEClass = createEClass(SUB_CRITERION);
		createEAttribute(subCriterionEClass, SUB_CRITERION__WORDING);
		createEAttribute(subCriterionEClass, SUB_CRITERION__COMPETENCE);
		createEReference(subCriterionEClass, SUB_CRITERION__INDICATORS);

		ratingEClass = createEClass(RATING);
		createEAttribute(ratingEClass, RATING__LEVEL);
		createEAttribute(ratingEClass, RATING__VALUE);
		createEAttribute(ratingEClass, RATING__TREND);
		createEAttribute(ratingEClass, RATING__PERIOD);
		createEAttribute(ratingEClass, RATING__EVIDENCE);
		createEReference(ratingEClass, RATING__DIMENSION);
		createEReference(ratingEClass, RATING__SUB_CRITERION);
		createEReference(ratingEClass, RATING__INDICATOR);

		dataSourceEClass = createEClass(DATA_SOURCE);
		createEAttribute(dataSourceEClass, DATA_SOURCE__KIND);
		createEAttribute(dataSourceEClass, DATA_SOURCE__FROM_YEAR);
		createEAttribute(dataSourceEClass, DATA_SOURCE__TO_YEAR);
		createEAttribute(dataSourceEClass, DATA_SOURCE__COVERAGE_SHARE);
		createEReference(dataSourceEClass, DATA_SOURCE__PROVIDER);

		countryStrategyEClass = createEClass(COUNTRY_STRATEGY);
		createEAttribute(countryStrategyEClass, COUNTRY_STRATEGY__KIND);
		createEAttribute(countryStrategyEClass, COUNTRY_STRATEGY__FIRST_YEAR);
		createEAttribute(countryStrategyEClass, COUNTRY_STRATEGY__EDITION_YEARS);
		createEAttribute(countryStrategyEClass, COUNTRY_STRATEGY__SELECTION_PROCESS);
		createEAttribute(countryStrategyEClass, COUNTRY_STRATEGY__OWN_BUDGET);
		createEAttribute(countryStrategyEClass, COUNTRY_STRATEGY__MONITORING_SINCE_YEAR);
		createEAttribute(countryStrategyEClass, COUNTRY_STRATEGY__STRATEGIC_EVALUATION_DONE);
		createEReference(countryStrategyEClass, COUNTRY_STRATEGY__JURISDICTION);
		createEReference(countryStrategyEClass, COUNTRY_STRATEGY__LEAD);
		createEReference(countryStrategyEClass, COUNTRY_STRATEGY__PREDECESSOR);
		createEReference(countryStrategyEClass, COUNTRY_STRATEGY__PRIORITIES);

		strategyPriorityEClass = createEClass(STRATEGY_PRIORITY);
		createEAttribute(strategyPriorityEClass, STRATEGY_PRIORITY__KIND);
		createEAttribute(strategyPriorityEClass, STRATEGY_PRIORITY__RANK);
		createEAttribute(strategyPriorityEClass, STRATEGY_PRIORITY__TARGET_YEAR);
		createEReference(strategyPriorityEClass, STRATEGY_PRIORITY__TECHNOLOGY);
		createEReference(strategyPriorityEClass, STRATEGY_PRIORITY__SECTOR);

		industrialSiteEClass = createEClass(INDUSTRIAL_SITE);
		createEAttribute(industrialSiteEClass, INDUSTRIAL_SITE__KIND);
		createEAttribute(industrialSiteEClass, INDUSTRIAL_SITE__LOCATION);
		createEReference(industrialSiteEClass, INDUSTRIAL_SITE__PORT);
		createEReference(industrialSiteEClass, INDUSTRIAL_SITE__JURISDICTION);

		infrastructureElementEClass = createEClass(INFRASTRUCTURE_ELEMENT);
		createEAttribute(infrastructureElementEClass, INFRASTRUCTURE_ELEMENT__KIND);
		createEAttribute(infrastructureElementEClass, INFRASTRUCTURE_ELEMENT__CARRIER);
		createEAttribute(infrastructureElementEClass, INFRASTRUCTURE_ELEMENT__STATUS);
		createEAttribute(infrastructureElementEClass, INFRASTRUCTURE_ELEMENT__COLLECTIVE);
		createEAttribute(infrastructureElementEClass, INFRASTRUCTURE_ELEMENT__NO_REGRET);
		createEAttribute(infrastructureElementEClass, INFRASTRUCTURE_ELEMENT__CO2_REDUCTION_POTENTIAL);
		createEAttribute(infrastructureElementEClass, INFRASTRUCTURE_ELEMENT__READY_BY_YEAR);
		createEReference(infrastructureElementEClass, INFRASTRUCTURE_ELEMENT__OPERATOR);
		createEReference(infrastructureElementEClass, INFRASTRUCTURE_ELEMENT__SITES);

		decarbonisationProjectEClass = createEClass(DECARBONISATION_PROJECT);
		createEAttribute(decarbonisationProjectEClass, DECARBONISATION_PROJECT__TYPES);
		createEAttribute(decarbonisationProjectEClass, DECARBONISATION_PROJECT__TYPE_TEXT);
		createEAttribute(decarbonisationProjectEClass, DECARBONISATION_PROJECT__STATUS);
		createEAttribute(decarbonisationProjectEClass, DECARBONISATION_PROJECT__STATUS_TEXT);
		createEAttribute(decarbonisationProjectEClass, DECARBONISATION_PROJECT__FID_TAKEN);
		createEAttribute(decarbonisationProjectEClass, DECARBONISATION_PROJECT__LOCATION);
		createEAttribute(decarbonisationProjectEClass, DECARBONISATION_PROJECT__CAPACITY);
		createEAttribute(decarbonisationProjectEClass, DECARBONISATION_PROJECT__REDUCTION_POTENTIAL);
		createEReference(decarbonisationProjectEClass, DECARBONISATION_PROJECT__COMPANIES);
		createEReference(decarbonisationProjectEClass, DECARBONISATION_PROJECT__SITE);
		createEReference(decarbonisationProjectEClass, DECARBONISATION_PROJECT__SECTORS);
		createEReference(decarbonisationProjectEClass, DECARBONISATION_PROJECT__TECHNOLOGIES);
		createEReference(decarbonisationProjectEClass, DECARBONISATION_PROJECT__FUNDED_BY);
		createEReference(decarbonisationProjectEClass, DECARBONISATION_PROJECT__INFRASTRUCTURE);
		createEReference(decarbonisationProjectEClass, DECARBONISATION_PROJECT__DEPENDS_ON);
		createEReference(decarbonisationProjectEClass, DECARBONISATION_PROJECT__MILESTONES);

		policyInstrumentEClass = createEClass(POLICY_INSTRUMENT);
		createEAttribute(policyInstrumentEClass, POLICY_INSTRUMENT__ACRONYM);
		createEAttribute(policyInstrumentEClass, POLICY_INSTRUMENT__KIND);
		createEAttribute(policyInstrumentEClass, POLICY_INSTRUMENT__LEVEL);
		createEAttribute(policyInstrumentEClass, POLICY_INSTRUMENT__STATUS);
		createEAttribute(policyInstrumentEClass, POLICY_INSTRUMENT__LEGAL_REFERENCE);
		createEAttribute(policyInstrumentEClass, POLICY_INSTRUMENT__FROM_YEAR);
		createEAttribute(policyInstrumentEClass, POLICY_INSTRUMENT__TO_YEAR);
		createEReference(policyInstrumentEClass, POLICY_INSTRUMENT__JURISDICTION);
		createEReference(policyInstrumentEClass, POLICY_INSTRUMENT__MANAGER);
		createEReference(policyInstrumentEClass, POLICY_INSTRUMENT__COMPLEMENTS);

		fundingInstrumentEClass = createEClass(FUNDING_INSTRUMENT);
		createEAttribute(fundingInstrumentEClass, FUNDING_INSTRUMENT__CONDITIONS);
		createEAttribute(fundingInstrumentEClass, FUNDING_INSTRUMENT__CALL_OPENS);
		createEAttribute(fundingInstrumentEClass, FUNDING_INSTRUMENT__CALL_CLOSES);
		createEAttribute(fundingInstrumentEClass, FUNDING_INSTRUMENT__TRL_MIN);
		createEAttribute(fundingInstrumentEClass, FUNDING_INSTRUMENT__TRL_MAX);
		createEAttribute(fundingInstrumentEClass, FUNDING_INSTRUMENT__SUPPORTS_CAPEX);
		createEAttribute(fundingInstrumentEClass, FUNDING_INSTRUMENT__SUPPORTS_OPEX);
		createEReference(fundingInstrumentEClass, FUNDING_INSTRUMENT__FUNDING_SOURCE);
		createEReference(fundingInstrumentEClass, FUNDING_INSTRUMENT__PARENT_FUND);
		createEReference(fundingInstrumentEClass, FUNDING_INSTRUMENT__TECHNOLOGIES);
		createEReference(fundingInstrumentEClass, FUNDING_INSTRUMENT__AMOUNTS);

		// Create enums
		organisationKindEEnum = createEEnum(ORGANISATION_KIND);
		relationshipKindEEnum = createEEnum(RELATIONSHIP_KIND);
		jurisdictionLevelEEnum = createEEnum(JURISDICTION_LEVEL);
		sectorKindEEnum = createEEnum(SECTOR_KIND);
		stageKindEEnum = createEEnum(STAGE_KIND);
		clusterKindEEnum = createEEnum(CLUSTER_KIND);
		technologyCategoryEEnum = createEEnum(TECHNOLOGY_CATEGORY);
		transitionPathEEnum = createEEnum(TRANSITION_PATH);
		investmentQuadrantEEnum = createEEnum(INVESTMENT_QUADRANT);
		domainCategoryEEnum = createEEnum(DOMAIN_CATEGORY);
		transitionOnlyActionEEnum = createEEnum(TRANSITION_ONLY_ACTION);
		valueChainRoleEEnum = createEEnum(VALUE_CHAIN_ROLE);
		dimensionKindEEnum = createEEnum(DIMENSION_KIND);
		ratingLevelEEnum = createEEnum(RATING_LEVEL);
		trendEEnum = createEEnum(TREND);
		dataSourceKindEEnum = createEEnum(DATA_SOURCE_KIND);
		strategyKindEEnum = createEEnum(STRATEGY_KIND);
		priorityKindEEnum = createEEnum(PRIORITY_KIND);
		siteKindEEnum = createEEnum(SITE_KIND);
		infrastructureKindEEnum = createEEnum(INFRASTRUCTURE_KIND);
		energyCarrierEEnum = createEEnum(ENERGY_CARRIER);
		projectStatusEEnum = createEEnum(PROJECT_STATUS);
		instrumentKindEEnum = createEEnum(INSTRUMENT_KIND);
		instrumentStatusEEnum = createEEnum(INSTRUMENT_STATUS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		CorePackage theCorePackage = (CorePackage)EPackage.Registry.INSTANCE.getEPackage(CorePackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		actorEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		organisationEClass.getESuperTypes().add(this.getActor());
		personEClass.getESuperTypes().add(this.getActor());
		relationshipEClass.getESuperTypes().add(theCorePackage.getHelixElement());
		jurisdictionEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		sectorEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		valueChainEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		valueChainStageEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		clusterEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		technologyEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		technologyPositionEClass.getESuperTypes().add(theCorePackage.getHelixElement());
		transitionPriorityEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		strategicDomainEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		valueChainPositionEClass.getESuperTypes().add(theCorePackage.getHelixElement());
		assessmentFrameworkEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		assessmentDimensionEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		subCriterionEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		ratingEClass.getESuperTypes().add(theCorePackage.getHelixElement());
		dataSourceEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		countryStrategyEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		strategyPriorityEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		industrialSiteEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		infrastructureElementEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		decarbonisationProjectEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		policyInstrumentEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		fundingInstrumentEClass.getESuperTypes().add(this.getPolicyInstrument());

		// Initialize classes, features, and operations; add parameters
		initEClass(actorEClass, Actor.class, "Actor", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActor_Helix(), theCorePackage.getHelixKind(), "helix", null, 0, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActor_Jurisdiction(), this.getJurisdiction(), null, "jurisdiction", null, 0, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(organisationEClass, Organisation.class, "Organisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOrganisation_Abbreviation(), ecorePackage.getEString(), "abbreviation", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_Kind(), this.getOrganisationKind(), "kind", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_Level(), theCorePackage.getGovernanceLevel(), "level", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_Location(), ecorePackage.getEString(), "location", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisation_Parent(), this.getOrganisation(), null, "parent", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisation_Sectors(), this.getSector(), null, "sectors", null, 0, -1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(personEClass, Person.class, "Person", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPerson_Function(), ecorePackage.getEString(), "function", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerson_Organisation(), this.getOrganisation(), null, "organisation", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(relationshipEClass, Relationship.class, "Relationship", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRelationship_Kind(), this.getRelationshipKind(), "kind", null, 0, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRelationship_Label(), ecorePackage.getEString(), "label", null, 0, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRelationship_Bidirectional(), ecorePackage.getEBooleanObject(), "bidirectional", null, 0, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRelationship_Frequency(), ecorePackage.getEString(), "frequency", null, 0, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRelationship_Source(), theCorePackage.getNamedElement(), null, "source", null, 1, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRelationship_Target(), theCorePackage.getNamedElement(), null, "target", null, 1, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(jurisdictionEClass, Jurisdiction.class, "Jurisdiction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getJurisdiction_Level(), this.getJurisdictionLevel(), "level", null, 0, 1, Jurisdiction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJurisdiction_IsoCode(), ecorePackage.getEString(), "isoCode", null, 0, 1, Jurisdiction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJurisdiction_EuMemberState(), ecorePackage.getEBooleanObject(), "euMemberState", null, 0, 1, Jurisdiction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJurisdiction_Parent(), this.getJurisdiction(), null, "parent", null, 0, 1, Jurisdiction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sectorEClass, Sector.class, "Sector", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSector_Code(), ecorePackage.getEString(), "code", null, 0, 1, Sector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSector_Kind(), this.getSectorKind(), "kind", null, 0, 1, Sector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSector_EtsScope(), ecorePackage.getEBooleanObject(), "etsScope", null, 0, 1, Sector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSector_SubSectors(), this.getSector(), null, "subSectors", null, 0, -1, Sector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(valueChainEClass, ValueChain.class, "ValueChain", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getValueChain_Geography(), ecorePackage.getEString(), "geography", null, 0, 1, ValueChain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getValueChain_Sectors(), this.getSector(), null, "sectors", null, 0, -1, ValueChain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getValueChain_Stages(), this.getValueChainStage(), null, "stages", null, 0, -1, ValueChain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(valueChainStageEClass, ValueChainStage.class, "ValueChainStage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getValueChainStage_Kind(), this.getStageKind(), "kind", null, 0, 1, ValueChainStage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(clusterEClass, Cluster.class, "Cluster", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCluster_Kind(), this.getClusterKind(), "kind", null, 0, 1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCluster_Geographic(), ecorePackage.getEBooleanObject(), "geographic", null, 0, 1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCluster_Region(), ecorePackage.getEString(), "region", null, 0, 1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCluster_Focus(), ecorePackage.getEString(), "focus", null, 0, 1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCluster_FoundedYear(), ecorePackage.getEIntegerObject(), "foundedYear", null, 0, 1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCluster_ApproxCompanyCount(), ecorePackage.getEIntegerObject(), "approxCompanyCount", null, 0, 1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCluster_ClusterOrganisation(), this.getOrganisation(), null, "clusterOrganisation", null, 0, 1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCluster_Members(), this.getActor(), null, "members", null, 0, -1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCluster_Sectors(), this.getSector(), null, "sectors", null, 0, -1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCluster_Jurisdiction(), this.getJurisdiction(), null, "jurisdiction", null, 0, 1, Cluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(technologyEClass, Technology.class, "Technology", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTechnology_Category(), this.getTechnologyCategory(), "category", null, 0, 1, Technology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTechnology_TransitionPath(), this.getTransitionPath(), "transitionPath", null, 0, 1, Technology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTechnology_TrlMin(), ecorePackage.getEIntegerObject(), "trlMin", null, 0, 1, Technology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTechnology_TrlMax(), ecorePackage.getEIntegerObject(), "trlMax", null, 0, 1, Technology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTechnology_Parent(), this.getTechnology(), null, "parent", null, 0, 1, Technology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTechnology_Sectors(), this.getSector(), null, "sectors", null, 0, -1, Technology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTechnology_Positions(), this.getTechnologyPosition(), null, "positions", null, 0, -1, Technology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTechnology_Ratings(), this.getRating(), null, "ratings", null, 0, -1, Technology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(technologyPositionEClass, TechnologyPosition.class, "TechnologyPosition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTechnologyPosition_RelatednessDensity(), ecorePackage.getEDoubleObject(), "relatednessDensity", null, 0, 1, TechnologyPosition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTechnologyPosition_Complexity(), ecorePackage.getEDoubleObject(), "complexity", null, 0, 1, TechnologyPosition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTechnologyPosition_Rca(), ecorePackage.getEDoubleObject(), "rca", null, 0, 1, TechnologyPosition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTechnologyPosition_Quadrant(), this.getInvestmentQuadrant(), "quadrant", null, 0, 1, TechnologyPosition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTechnologyPosition_Jurisdiction(), this.getJurisdiction(), null, "jurisdiction", null, 0, 1, TechnologyPosition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTechnologyPosition_DataSource(), this.getDataSource(), null, "dataSource", null, 0, 1, TechnologyPosition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(transitionPriorityEClass, TransitionPriority.class, "TransitionPriority", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTransitionPriority_SourceText(), ecorePackage.getEString(), "sourceText", null, 0, 1, TransitionPriority.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(strategicDomainEClass, StrategicDomain.class, "StrategicDomain", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStrategicDomain_Category(), this.getDomainCategory(), "category", null, 0, 1, StrategicDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStrategicDomain_TransitionOnlyAction(), this.getTransitionOnlyAction(), "transitionOnlyAction", null, 0, 1, StrategicDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStrategicDomain_ExpertValidated(), ecorePackage.getEBooleanObject(), "expertValidated", null, 0, 1, StrategicDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategicDomain_Sectors(), this.getSector(), null, "sectors", null, 0, -1, StrategicDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategicDomain_Technologies(), this.getTechnology(), null, "technologies", null, 0, -1, StrategicDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategicDomain_Clusters(), this.getCluster(), null, "clusters", null, 0, -1, StrategicDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategicDomain_ContributesTo(), this.getTransitionPriority(), null, "contributesTo", null, 0, -1, StrategicDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategicDomain_ValueChainPositions(), this.getValueChainPosition(), null, "valueChainPositions", null, 0, -1, StrategicDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategicDomain_Ratings(), this.getRating(), null, "ratings", null, 0, -1, StrategicDomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(valueChainPositionEClass, ValueChainPosition.class, "ValueChainPosition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getValueChainPosition_Role(), this.getValueChainRole(), "role", null, 0, 1, ValueChainPosition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getValueChainPosition_PartnerRegion(), ecorePackage.getEString(), "partnerRegion", null, 0, 1, ValueChainPosition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getValueChainPosition_ValueChain(), this.getValueChain(), null, "valueChain", null, 1, 1, ValueChainPosition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assessmentFrameworkEClass, AssessmentFramework.class, "AssessmentFramework", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAssessmentFramework_Dimensions(), this.getAssessmentDimension(), null, "dimensions", null, 0, -1, AssessmentFramework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assessmentDimensionEClass, AssessmentDimension.class, "AssessmentDimension", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAssessmentDimension_Kind(), this.getDimensionKind(), "kind", null, 0, 1, AssessmentDimension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessmentDimension_Question(), ecorePackage.getEString(), "question", null, 0, 1, AssessmentDimension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessmentDimension_SubCriteria(), this.getSubCriterion(), null, "subCriteria", null, 0, -1, AssessmentDimension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(subCriterionEClass, SubCriterion.class, "SubCriterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSubCriterion_Wording(), ecorePackage.getEString(), "wording", null, 0, 1, SubCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubCriterion_Competence(), theCorePackage.getGovernanceLevel(), "competence", null, 0, 1, SubCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubCriterion_Indicators(), theCorePackage.getIndicator(), null, "indicators", null, 0, -1, SubCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ratingEClass, Rating.class, "Rating", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRating_Level(), this.getRatingLevel(), "level", null, 0, 1, Rating.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRating_Value(), ecorePackage.getEDoubleObject(), "value", null, 0, 1, Rating.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRating_Trend(), this.getTrend(), "trend", null, 0, 1, Rating.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRating_Period(), ecorePackage.getEString(), "period", null, 0, 1, Rating.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRating_Evidence(), ecorePackage.getEString(), "evidence", null, 0, 1, Rating.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRating_Dimension(), this.getAssessmentDimension(), null, "dimension", null, 0, 1, Rating.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRating_SubCriterion(), this.getSubCriterion(), null, "subCriterion", null, 0, 1, Rating.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRating_Indicator(), theCorePackage.getIndicator(), null, "indicator", null, 0, 1, Rating.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dataSourceEClass, DataSource.class, "DataSource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDataSource_Kind(), this.getDataSourceKind(), "kind", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSource_FromYear(), ecorePackage.getEIntegerObject(), "fromYear", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSource_ToYear(), ecorePackage.getEIntegerObject(), "toYear", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSource_CoverageShare(), ecorePackage.getEDoubleObject(), "coverageShare", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataSource_Provider(), this.getOrganisation(), null, "provider", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(countryStrategyEClass, CountryStrategy.class, "CountryStrategy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCountryStrategy_Kind(), this.getStrategyKind(), "kind", null, 0, 1, CountryStrategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCountryStrategy_FirstYear(), ecorePackage.getEIntegerObject(), "firstYear", null, 0, 1, CountryStrategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCountryStrategy_EditionYears(), ecorePackage.getEIntegerObject(), "editionYears", null, 0, -1, CountryStrategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCountryStrategy_SelectionProcess(), ecorePackage.getEString(), "selectionProcess", null, 0, 1, CountryStrategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCountryStrategy_OwnBudget(), ecorePackage.getEBooleanObject(), "ownBudget", null, 0, 1, CountryStrategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCountryStrategy_MonitoringSinceYear(), ecorePackage.getEIntegerObject(), "monitoringSinceYear", null, 0, 1, CountryStrategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCountryStrategy_StrategicEvaluationDone(), ecorePackage.getEBooleanObject(), "strategicEvaluationDone", null, 0, 1, CountryStrategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCountryStrategy_Jurisdiction(), this.getJurisdiction(), null, "jurisdiction", null, 0, 1, CountryStrategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCountryStrategy_Lead(), this.getOrganisation(), null, "lead", null, 0, 1, CountryStrategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCountryStrategy_Predecessor(), this.getCountryStrategy(), null, "predecessor", null, 0, 1, CountryStrategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCountryStrategy_Priorities(), this.getStrategyPriority(), null, "priorities", null, 0, -1, CountryStrategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(strategyPriorityEClass, StrategyPriority.class, "StrategyPriority", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStrategyPriority_Kind(), this.getPriorityKind(), "kind", null, 0, 1, StrategyPriority.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStrategyPriority_Rank(), ecorePackage.getEIntegerObject(), "rank", null, 0, 1, StrategyPriority.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStrategyPriority_TargetYear(), ecorePackage.getEIntegerObject(), "targetYear", null, 0, 1, StrategyPriority.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategyPriority_Technology(), this.getTechnology(), null, "technology", null, 0, 1, StrategyPriority.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategyPriority_Sector(), this.getSector(), null, "sector", null, 0, 1, StrategyPriority.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(industrialSiteEClass, IndustrialSite.class, "IndustrialSite", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIndustrialSite_Kind(), this.getSiteKind(), "kind", null, 0, 1, IndustrialSite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndustrialSite_Location(), ecorePackage.getEString(), "location", null, 0, 1, IndustrialSite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustrialSite_Port(), this.getOrganisation(), null, "port", null, 0, 1, IndustrialSite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndustrialSite_Jurisdiction(), this.getJurisdiction(), null, "jurisdiction", null, 0, 1, IndustrialSite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(infrastructureElementEClass, InfrastructureElement.class, "InfrastructureElement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInfrastructureElement_Kind(), this.getInfrastructureKind(), "kind", null, 0, 1, InfrastructureElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInfrastructureElement_Carrier(), this.getEnergyCarrier(), "carrier", null, 0, 1, InfrastructureElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInfrastructureElement_Status(), this.getProjectStatus(), "status", null, 0, 1, InfrastructureElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInfrastructureElement_Collective(), ecorePackage.getEBooleanObject(), "collective", null, 0, 1, InfrastructureElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInfrastructureElement_NoRegret(), ecorePackage.getEBooleanObject(), "noRegret", null, 0, 1, InfrastructureElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInfrastructureElement_Co2ReductionPotential(), ecorePackage.getEBigDecimal(), "co2ReductionPotential", null, 0, 1, InfrastructureElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInfrastructureElement_ReadyByYear(), ecorePackage.getEIntegerObject(), "readyByYear", null, 0, 1, InfrastructureElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInfrastructureElement_Operator(), this.getOrganisation(), null, "operator", null, 0, 1, InfrastructureElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInfrastructureElement_Sites(), this.getIndustrialSite(), null, "sites", null, 0, -1, InfrastructureElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(decarbonisationProjectEClass, DecarbonisationProject.class, "DecarbonisationProject", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDecarbonisationProject_Types(), this.getTransitionPath(), "types", null, 0, -1, DecarbonisationProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecarbonisationProject_TypeText(), ecorePackage.getEString(), "typeText", null, 0, 1, DecarbonisationProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecarbonisationProject_Status(), this.getProjectStatus(), "status", null, 0, 1, DecarbonisationProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecarbonisationProject_StatusText(), ecorePackage.getEString(), "statusText", null, 0, 1, DecarbonisationProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecarbonisationProject_FidTaken(), ecorePackage.getEBooleanObject(), "fidTaken", null, 0, 1, DecarbonisationProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecarbonisationProject_Location(), ecorePackage.getEString(), "location", null, 0, 1, DecarbonisationProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecarbonisationProject_Capacity(), ecorePackage.getEString(), "capacity", null, 0, 1, DecarbonisationProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecarbonisationProject_ReductionPotential(), ecorePackage.getEBigDecimal(), "reductionPotential", null, 0, 1, DecarbonisationProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDecarbonisationProject_Companies(), this.getOrganisation(), null, "companies", null, 0, -1, DecarbonisationProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDecarbonisationProject_Site(), this.getIndustrialSite(), null, "site", null, 0, 1, DecarbonisationProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDecarbonisationProject_Sectors(), this.getSector(), null, "sectors", null, 0, -1, DecarbonisationProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDecarbonisationProject_Technologies(), this.getTechnology(), null, "technologies", null, 0, -1, DecarbonisationProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDecarbonisationProject_FundedBy(), this.getPolicyInstrument(), null, "fundedBy", null, 0, -1, DecarbonisationProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDecarbonisationProject_Infrastructure(), this.getInfrastructureElement(), null, "infrastructure", null, 0, -1, DecarbonisationProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDecarbonisationProject_DependsOn(), this.getDecarbonisationProject(), null, "dependsOn", null, 0, -1, DecarbonisationProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDecarbonisationProject_Milestones(), theCorePackage.getMilestone(), null, "milestones", null, 0, -1, DecarbonisationProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(policyInstrumentEClass, PolicyInstrument.class, "PolicyInstrument", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPolicyInstrument_Acronym(), ecorePackage.getEString(), "acronym", null, 0, 1, PolicyInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyInstrument_Kind(), this.getInstrumentKind(), "kind", null, 0, 1, PolicyInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyInstrument_Level(), theCorePackage.getGovernanceLevel(), "level", null, 0, 1, PolicyInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyInstrument_Status(), this.getInstrumentStatus(), "status", null, 0, 1, PolicyInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyInstrument_LegalReference(), ecorePackage.getEString(), "legalReference", null, 0, 1, PolicyInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyInstrument_FromYear(), ecorePackage.getEIntegerObject(), "fromYear", null, 0, 1, PolicyInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyInstrument_ToYear(), ecorePackage.getEIntegerObject(), "toYear", null, 0, 1, PolicyInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicyInstrument_Jurisdiction(), this.getJurisdiction(), null, "jurisdiction", null, 0, 1, PolicyInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicyInstrument_Manager(), this.getOrganisation(), null, "manager", null, 0, 1, PolicyInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicyInstrument_Complements(), this.getPolicyInstrument(), null, "complements", null, 0, -1, PolicyInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fundingInstrumentEClass, FundingInstrument.class, "FundingInstrument", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFundingInstrument_Conditions(), ecorePackage.getEString(), "conditions", null, 0, 1, FundingInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFundingInstrument_CallOpens(), theCorePackage.getLocalDate(), "callOpens", null, 0, 1, FundingInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFundingInstrument_CallCloses(), theCorePackage.getLocalDate(), "callCloses", null, 0, 1, FundingInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFundingInstrument_TrlMin(), ecorePackage.getEIntegerObject(), "trlMin", null, 0, 1, FundingInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFundingInstrument_TrlMax(), ecorePackage.getEIntegerObject(), "trlMax", null, 0, 1, FundingInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFundingInstrument_SupportsCapex(), ecorePackage.getEBooleanObject(), "supportsCapex", null, 0, 1, FundingInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFundingInstrument_SupportsOpex(), ecorePackage.getEBooleanObject(), "supportsOpex", null, 0, 1, FundingInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFundingInstrument_FundingSource(), this.getActor(), null, "fundingSource", null, 0, 1, FundingInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFundingInstrument_ParentFund(), this.getFundingInstrument(), null, "parentFund", null, 0, 1, FundingInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFundingInstrument_Technologies(), this.getTechnology(), null, "technologies", null, 0, -1, FundingInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFundingInstrument_Amounts(), theCorePackage.getMonetaryAmount(), null, "amounts", null, 0, -1, FundingInstrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(organisationKindEEnum, OrganisationKind.class, "OrganisationKind");
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.UNSPECIFIED);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.COMPANY);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.KNOWLEDGE_INSTITUTION);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.UNIVERSITY);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.STRATEGIC_RESEARCH_CENTRE);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.GOVERNMENT);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.GOVERNMENT_AGENCY);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.DEPARTMENT);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.MINISTRY);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.CABINET);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.PARLIAMENT);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.ADVISORY_COUNCIL);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.REGULATOR);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.INDUSTRY_FEDERATION);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.SOCIAL_PARTNER);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.TRADE_UNION);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.EMPLOYER_ORGANISATION);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.CLUSTER_ORGANISATION);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.PORT);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.INFRASTRUCTURE_MANAGER);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.UTILITY);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.INVESTMENT_COMPANY);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.CONSULTANT);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.NGO);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.EU_INSTITUTION);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.INTERNATIONAL_ORGANISATION);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.PROGRAMME);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.OTHER);

		initEEnum(relationshipKindEEnum, RelationshipKind.class, "RelationshipKind");
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.UNSPECIFIED);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.MEMBER_OF);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.PART_OF);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.PARTNER);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.CUSTOMER_SUPPLIER);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.RESEARCH_COLLABORATION);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.CO_FINANCING);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.FUNDS);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.REPRESENTS);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.OWNS);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.ADVISES);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.REPORTS_TO);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.FEEDBACK_LOOP);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.ALIGNMENT);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.MATERIAL_FLOW);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.OTHER);

		initEEnum(jurisdictionLevelEEnum, JurisdictionLevel.class, "JurisdictionLevel");
		addEEnumLiteral(jurisdictionLevelEEnum, JurisdictionLevel.UNSPECIFIED);
		addEEnumLiteral(jurisdictionLevelEEnum, JurisdictionLevel.SUPRANATIONAL);
		addEEnumLiteral(jurisdictionLevelEEnum, JurisdictionLevel.NATIONAL);
		addEEnumLiteral(jurisdictionLevelEEnum, JurisdictionLevel.FEDERAL);
		addEEnumLiteral(jurisdictionLevelEEnum, JurisdictionLevel.REGIONAL);
		addEEnumLiteral(jurisdictionLevelEEnum, JurisdictionLevel.PROVINCE);
		addEEnumLiteral(jurisdictionLevelEEnum, JurisdictionLevel.LOCAL);

		initEEnum(sectorKindEEnum, SectorKind.class, "SectorKind");
		addEEnumLiteral(sectorKindEEnum, SectorKind.UNSPECIFIED);
		addEEnumLiteral(sectorKindEEnum, SectorKind.ECONOMIC_SECTOR);
		addEEnumLiteral(sectorKindEEnum, SectorKind.EMISSION_SECTOR);
		addEEnumLiteral(sectorKindEEnum, SectorKind.INDUSTRY_SUBSECTOR);
		addEEnumLiteral(sectorKindEEnum, SectorKind.KEY_SECTOR);

		initEEnum(stageKindEEnum, StageKind.class, "StageKind");
		addEEnumLiteral(stageKindEEnum, StageKind.UNSPECIFIED);
		addEEnumLiteral(stageKindEEnum, StageKind.EXPLORATION);
		addEEnumLiteral(stageKindEEnum, StageKind.EXTRACTION);
		addEEnumLiteral(stageKindEEnum, StageKind.PROCESSING_REFINING);
		addEEnumLiteral(stageKindEEnum, StageKind.SEMI_FINISHED);
		addEEnumLiteral(stageKindEEnum, StageKind.PRODUCTION);
		addEEnumLiteral(stageKindEEnum, StageKind.USE);
		addEEnumLiteral(stageKindEEnum, StageKind.WASTE_RECYCLING);
		addEEnumLiteral(stageKindEEnum, StageKind.SUBSTITUTION);
		addEEnumLiteral(stageKindEEnum, StageKind.OTHER);

		initEEnum(clusterKindEEnum, ClusterKind.class, "ClusterKind");
		addEEnumLiteral(clusterKindEEnum, ClusterKind.UNSPECIFIED);
		addEEnumLiteral(clusterKindEEnum, ClusterKind.SPEARHEAD_CLUSTER);
		addEEnumLiteral(clusterKindEEnum, ClusterKind.INDUSTRIAL_CLUSTER);
		addEEnumLiteral(clusterKindEEnum, ClusterKind.PORT_CLUSTER);
		addEEnumLiteral(clusterKindEEnum, ClusterKind.INDUSTRIAL_SYMBIOSIS);
		addEEnumLiteral(clusterKindEEnum, ClusterKind.INNOVATION_NETWORK);
		addEEnumLiteral(clusterKindEEnum, ClusterKind.ECOSYSTEM);
		addEEnumLiteral(clusterKindEEnum, ClusterKind.SOCIAL_CIRCULAR_HUB);
		addEEnumLiteral(clusterKindEEnum, ClusterKind.OTHER);

		initEEnum(technologyCategoryEEnum, TechnologyCategory.class, "TechnologyCategory");
		addEEnumLiteral(technologyCategoryEEnum, TechnologyCategory.UNSPECIFIED);
		addEEnumLiteral(technologyCategoryEEnum, TechnologyCategory.LIFE_SCIENCES_BIOTECH);
		addEEnumLiteral(technologyCategoryEEnum, TechnologyCategory.DIGITAL_AI);
		addEEnumLiteral(technologyCategoryEEnum, TechnologyCategory.ADVANCED_INDUSTRY_MATERIALS);
		addEEnumLiteral(technologyCategoryEEnum, TechnologyCategory.SECURITY_SPACE);
		addEEnumLiteral(technologyCategoryEEnum, TechnologyCategory.ENERGY);
		addEEnumLiteral(technologyCategoryEEnum, TechnologyCategory.INDUSTRIAL_PROCESS);
		addEEnumLiteral(technologyCategoryEEnum, TechnologyCategory.OTHER);

		initEEnum(transitionPathEEnum, TransitionPath.class, "TransitionPath");
		addEEnumLiteral(transitionPathEEnum, TransitionPath.UNSPECIFIED);
		addEEnumLiteral(transitionPathEEnum, TransitionPath.BIO);
		addEEnumLiteral(transitionPathEEnum, TransitionPath.CIRC);
		addEEnumLiteral(transitionPathEEnum, TransitionPath.ELECTRIFICATION);
		addEEnumLiteral(transitionPathEEnum, TransitionPath.HYDROGEN);
		addEEnumLiteral(transitionPathEEnum, TransitionPath.CCUS);
		addEEnumLiteral(transitionPathEEnum, TransitionPath.NEW_PROCESS);
		addEEnumLiteral(transitionPathEEnum, TransitionPath.OTHER);

		initEEnum(investmentQuadrantEEnum, InvestmentQuadrant.class, "InvestmentQuadrant");
		addEEnumLiteral(investmentQuadrantEEnum, InvestmentQuadrant.UNSPECIFIED);
		addEEnumLiteral(investmentQuadrantEEnum, InvestmentQuadrant.OPTIMAL);
		addEEnumLiteral(investmentQuadrantEEnum, InvestmentQuadrant.MOONSHOT);
		addEEnumLiteral(investmentQuadrantEEnum, InvestmentQuadrant.OTHER);

		initEEnum(domainCategoryEEnum, DomainCategory.class, "DomainCategory");
		addEEnumLiteral(domainCategoryEEnum, DomainCategory.UNCLASSIFIED);
		addEEnumLiteral(domainCategoryEEnum, DomainCategory.PRONOUNCED_STRENGTH);
		addEEnumLiteral(domainCategoryEEnum, DomainCategory.ECOSYSTEM_GAP);
		addEEnumLiteral(domainCategoryEEnum, DomainCategory.MOONSHOT);
		addEEnumLiteral(domainCategoryEEnum, DomainCategory.NO_SPECIFIC_POLICY_FOCUS);

		initEEnum(transitionOnlyActionEEnum, TransitionOnlyAction.class, "TransitionOnlyAction");
		addEEnumLiteral(transitionOnlyActionEEnum, TransitionOnlyAction.UNSPECIFIED);
		addEEnumLiteral(transitionOnlyActionEEnum, TransitionOnlyAction.NONE);
		addEEnumLiteral(transitionOnlyActionEEnum, TransitionOnlyAction.INTERNATIONALISATION);
		addEEnumLiteral(transitionOnlyActionEEnum, TransitionOnlyAction.PARTNERSHIPS);

		initEEnum(valueChainRoleEEnum, ValueChainRole.class, "ValueChainRole");
		addEEnumLiteral(valueChainRoleEEnum, ValueChainRole.UNSPECIFIED);
		addEEnumLiteral(valueChainRoleEEnum, ValueChainRole.FULL_CHAIN);
		addEEnumLiteral(valueChainRoleEEnum, ValueChainRole.INDISPENSABLE_LINK);
		addEEnumLiteral(valueChainRoleEEnum, ValueChainRole.UNIQUE_LINK);
		addEEnumLiteral(valueChainRoleEEnum, ValueChainRole.NICHE);

		initEEnum(dimensionKindEEnum, DimensionKind.class, "DimensionKind");
		addEEnumLiteral(dimensionKindEEnum, DimensionKind.UNSPECIFIED);
		addEEnumLiteral(dimensionKindEEnum, DimensionKind.STRENGTH);
		addEEnumLiteral(dimensionKindEEnum, DimensionKind.OPPORTUNITIES);
		addEEnumLiteral(dimensionKindEEnum, DimensionKind.NEEDS);
		addEEnumLiteral(dimensionKindEEnum, DimensionKind.FEASIBILITY);

		initEEnum(ratingLevelEEnum, RatingLevel.class, "RatingLevel");
		addEEnumLiteral(ratingLevelEEnum, RatingLevel.UNSPECIFIED);
		addEEnumLiteral(ratingLevelEEnum, RatingLevel.VERY_STRONG);
		addEEnumLiteral(ratingLevelEEnum, RatingLevel.STRONG);
		addEEnumLiteral(ratingLevelEEnum, RatingLevel.NEUTRAL);
		addEEnumLiteral(ratingLevelEEnum, RatingLevel.WEAK);
		addEEnumLiteral(ratingLevelEEnum, RatingLevel.NOT_AVAILABLE);

		initEEnum(trendEEnum, Trend.class, "Trend");
		addEEnumLiteral(trendEEnum, Trend.UNKNOWN);
		addEEnumLiteral(trendEEnum, Trend.GROWING);
		addEEnumLiteral(trendEEnum, Trend.STABLE);
		addEEnumLiteral(trendEEnum, Trend.DECLINING);

		initEEnum(dataSourceKindEEnum, DataSourceKind.class, "DataSourceKind");
		addEEnumLiteral(dataSourceKindEEnum, DataSourceKind.UNSPECIFIED);
		addEEnumLiteral(dataSourceKindEEnum, DataSourceKind.PUBLICATIONS);
		addEEnumLiteral(dataSourceKindEEnum, DataSourceKind.PATENTS);
		addEEnumLiteral(dataSourceKindEEnum, DataSourceKind.STARTUP_INVESTMENTS);
		addEEnumLiteral(dataSourceKindEEnum, DataSourceKind.INDICATOR_BOOK);
		addEEnumLiteral(dataSourceKindEEnum, DataSourceKind.STATISTICS);
		addEEnumLiteral(dataSourceKindEEnum, DataSourceKind.SURVEY);
		addEEnumLiteral(dataSourceKindEEnum, DataSourceKind.OTHER);

		initEEnum(strategyKindEEnum, StrategyKind.class, "StrategyKind");
		addEEnumLiteral(strategyKindEEnum, StrategyKind.UNSPECIFIED);
		addEEnumLiteral(strategyKindEEnum, StrategyKind.TECHNOLOGY_STRATEGY);
		addEEnumLiteral(strategyKindEEnum, StrategyKind.SECTOR_POLICY);
		addEEnumLiteral(strategyKindEEnum, StrategyKind.MISSION_POLICY);
		addEEnumLiteral(strategyKindEEnum, StrategyKind.INDUSTRIAL_STRATEGY);
		addEEnumLiteral(strategyKindEEnum, StrategyKind.AGENDA);
		addEEnumLiteral(strategyKindEEnum, StrategyKind.COMPETITIVENESS_AGENDA);
		addEEnumLiteral(strategyKindEEnum, StrategyKind.ADVISORY_FRAMEWORK);
		addEEnumLiteral(strategyKindEEnum, StrategyKind.OTHER);

		initEEnum(priorityKindEEnum, PriorityKind.class, "PriorityKind");
		addEEnumLiteral(priorityKindEEnum, PriorityKind.UNSPECIFIED);
		addEEnumLiteral(priorityKindEEnum, PriorityKind.MISSION);
		addEEnumLiteral(priorityKindEEnum, PriorityKind.KNOWLEDGE_INNOVATION_AGENDA);
		addEEnumLiteral(priorityKindEEnum, PriorityKind.TOPSECTOR);
		addEEnumLiteral(priorityKindEEnum, PriorityKind.GROWTH_MARKET);
		addEEnumLiteral(priorityKindEEnum, PriorityKind.SECTOR);
		addEEnumLiteral(priorityKindEEnum, PriorityKind.KEY_TECHNOLOGY);
		addEEnumLiteral(priorityKindEEnum, PriorityKind.INVESTMENT_PROJECT);
		addEEnumLiteral(priorityKindEEnum, PriorityKind.PILLAR);
		addEEnumLiteral(priorityKindEEnum, PriorityKind.ENABLER);
		addEEnumLiteral(priorityKindEEnum, PriorityKind.OTHER);

		initEEnum(siteKindEEnum, SiteKind.class, "SiteKind");
		addEEnumLiteral(siteKindEEnum, SiteKind.UNSPECIFIED);
		addEEnumLiteral(siteKindEEnum, SiteKind.PORT_AREA);
		addEEnumLiteral(siteKindEEnum, SiteKind.INDUSTRIAL_CLUSTER);
		addEEnumLiteral(siteKindEEnum, SiteKind.DISTRICT);
		addEEnumLiteral(siteKindEEnum, SiteKind.BUSINESS_PARK);
		addEEnumLiteral(siteKindEEnum, SiteKind.CITY);
		addEEnumLiteral(siteKindEEnum, SiteKind.OTHER);

		initEEnum(infrastructureKindEEnum, InfrastructureKind.class, "InfrastructureKind");
		addEEnumLiteral(infrastructureKindEEnum, InfrastructureKind.UNSPECIFIED);
		addEEnumLiteral(infrastructureKindEEnum, InfrastructureKind.PIPELINE);
		addEEnumLiteral(infrastructureKindEEnum, InfrastructureKind.BACKBONE);
		addEEnumLiteral(infrastructureKindEEnum, InfrastructureKind.GRID);
		addEEnumLiteral(infrastructureKindEEnum, InfrastructureKind.TERMINAL);
		addEEnumLiteral(infrastructureKindEEnum, InfrastructureKind.LIQUEFACTION);
		addEEnumLiteral(infrastructureKindEEnum, InfrastructureKind.STORAGE);
		addEEnumLiteral(infrastructureKindEEnum, InfrastructureKind.CORRIDOR);
		addEEnumLiteral(infrastructureKindEEnum, InfrastructureKind.HEAT_NETWORK);
		addEEnumLiteral(infrastructureKindEEnum, InfrastructureKind.OTHER);

		initEEnum(energyCarrierEEnum, EnergyCarrier.class, "EnergyCarrier");
		addEEnumLiteral(energyCarrierEEnum, EnergyCarrier.UNSPECIFIED);
		addEEnumLiteral(energyCarrierEEnum, EnergyCarrier.ELECTRICITY);
		addEEnumLiteral(energyCarrierEEnum, EnergyCarrier.HYDROGEN);
		addEEnumLiteral(energyCarrierEEnum, EnergyCarrier.CO2);
		addEEnumLiteral(energyCarrierEEnum, EnergyCarrier.HEAT_STEAM);
		addEEnumLiteral(energyCarrierEEnum, EnergyCarrier.AMMONIA);
		addEEnumLiteral(energyCarrierEEnum, EnergyCarrier.METHANOL);
		addEEnumLiteral(energyCarrierEEnum, EnergyCarrier.NATURAL_GAS);
		addEEnumLiteral(energyCarrierEEnum, EnergyCarrier.BIOMASS);
		addEEnumLiteral(energyCarrierEEnum, EnergyCarrier.WASTE);
		addEEnumLiteral(energyCarrierEEnum, EnergyCarrier.OTHER);

		initEEnum(projectStatusEEnum, ProjectStatus.class, "ProjectStatus");
		addEEnumLiteral(projectStatusEEnum, ProjectStatus.UNKNOWN);
		addEEnumLiteral(projectStatusEEnum, ProjectStatus.CONCEPT);
		addEEnumLiteral(projectStatusEEnum, ProjectStatus.ANNOUNCED);
		addEEnumLiteral(projectStatusEEnum, ProjectStatus.PLANNED);
		addEEnumLiteral(projectStatusEEnum, ProjectStatus.FID_PENDING);
		addEEnumLiteral(projectStatusEEnum, ProjectStatus.FID_TAKEN);
		addEEnumLiteral(projectStatusEEnum, ProjectStatus.IN_EXECUTION);
		addEEnumLiteral(projectStatusEEnum, ProjectStatus.UNDER_CONSTRUCTION);
		addEEnumLiteral(projectStatusEEnum, ProjectStatus.STARTUP_PLANNED);
		addEEnumLiteral(projectStatusEEnum, ProjectStatus.OPERATIONAL);
		addEEnumLiteral(projectStatusEEnum, ProjectStatus.PILOT);
		addEEnumLiteral(projectStatusEEnum, ProjectStatus.POSTPONED);
		addEEnumLiteral(projectStatusEEnum, ProjectStatus.CANCELLED);

		initEEnum(instrumentKindEEnum, InstrumentKind.class, "InstrumentKind");
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.UNSPECIFIED);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.REGULATION);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.DIRECTIVE);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.EMISSIONS_TRADING);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.LEVY);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.BORDER_ADJUSTMENT);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.ENERGY_TAX);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.NORM);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.TAILOR_MADE_AGREEMENT);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.GRANT);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.CONTRACT_FOR_DIFFERENCE);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.RD_SUPPORT);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.INVESTMENT_AID);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.INNOVATION_FUND);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.EQUITY);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.LOAN_OR_ADVANCE);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.TAX_MEASURE);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.COMPENSATION);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.STATE_AID_SCHEME);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.EU_PROGRAMME);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.PROCUREMENT);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.FUND);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.PLATFORM);
		addEEnumLiteral(instrumentKindEEnum, InstrumentKind.OTHER);

		initEEnum(instrumentStatusEEnum, InstrumentStatus.class, "InstrumentStatus");
		addEEnumLiteral(instrumentStatusEEnum, InstrumentStatus.UNSPECIFIED);
		addEEnumLiteral(instrumentStatusEEnum, InstrumentStatus.PROPOSED);
		addEEnumLiteral(instrumentStatusEEnum, InstrumentStatus.PLANNED);
		addEEnumLiteral(instrumentStatusEEnum, InstrumentStatus.PILOT);
		addEEnumLiteral(instrumentStatusEEnum, InstrumentStatus.ACTIVE);
		addEEnumLiteral(instrumentStatusEEnum, InstrumentStatus.UNDER_EVALUATION);
		addEEnumLiteral(instrumentStatusEEnum, InstrumentStatus.PHASING_OUT);
		addEEnumLiteral(instrumentStatusEEnum, InstrumentStatus.ENDED);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.helix.org/model/format
		createFormatAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.helix.org/model/format</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createFormatAnnotations() {
		String source = "http://www.helix.org/model/format";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "version", "1.0"
		   });
	}

} //EcosystemPackageImpl
