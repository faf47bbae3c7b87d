/**
 * Helix
 */
package org.helix.model.ecosystem.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.helix.model.core.HelixElement;
import org.helix.model.core.Identifiable;
import org.helix.model.core.NamedElement;

import org.helix.model.ecosystem.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.helix.model.ecosystem.EcosystemPackage
 * @generated
 */
public class EcosystemAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static EcosystemPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EcosystemAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = EcosystemPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EcosystemSwitch<Adapter> modelSwitch =
		new EcosystemSwitch<Adapter>() {
			@Override
			public Adapter caseActor(Actor object) {
				return createActorAdapter();
			}
			@Override
			public Adapter caseOrganisation(Organisation object) {
				return createOrganisationAdapter();
			}
			@Override
			public Adapter casePerson(Person object) {
				return createPersonAdapter();
			}
			@Override
			public Adapter caseRelationship(Relationship object) {
				return createRelationshipAdapter();
			}
			@Override
			public Adapter caseJurisdiction(Jurisdiction object) {
				return createJurisdictionAdapter();
			}
			@Override
			public Adapter caseSector(Sector object) {
				return createSectorAdapter();
			}
			@Override
			public Adapter caseValueChain(ValueChain object) {
				return createValueChainAdapter();
			}
			@Override
			public Adapter caseValueChainStage(ValueChainStage object) {
				return createValueChainStageAdapter();
			}
			@Override
			public Adapter caseCluster(Cluster object) {
				return createClusterAdapter();
			}
			@Override
			public Adapter caseTechnology(Technology object) {
				return createTechnologyAdapter();
			}
			@Override
			public Adapter caseTechnologyPosition(TechnologyPosition object) {
				return createTechnologyPositionAdapter();
			}
			@Override
			public Adapter caseTransitionPriority(TransitionPriority object) {
				return createTransitionPriorityAdapter();
			}
			@Override
			public Adapter caseStrategicDomain(StrategicDomain object) {
				return createStrategicDomainAdapter();
			}
			@Override
			public Adapter caseValueChainPosition(ValueChainPosition object) {
				return createValueChainPositionAdapter();
			}
			@Override
			public Adapter caseAssessmentFramework(AssessmentFramework object) {
				return createAssessmentFrameworkAdapter();
			}
			@Override
			public Adapter caseAssessmentDimension(AssessmentDimension object) {
				return createAssessmentDimensionAdapter();
			}
			@Override
			public Adapter caseSubCriterion(SubCriterion object) {
				return createSubCriterionAdapter();
			}
			@Override
			public Adapter caseRating(Rating object) {
				return createRatingAdapter();
			}
			@Override
			public Adapter caseDataSource(DataSource object) {
				return createDataSourceAdapter();
			}
			@Override
			public Adapter caseCountryStrategy(CountryStrategy object) {
				return createCountryStrategyAdapter();
			}
			@Override
			public Adapter caseStrategyPriority(StrategyPriority object) {
				return createStrategyPriorityAdapter();
			}
			@Override
			public Adapter caseIndustrialSite(IndustrialSite object) {
				return createIndustrialSiteAdapter();
			}
			@Override
			public Adapter caseInfrastructureElement(InfrastructureElement object) {
				return createInfrastructureElementAdapter();
			}
			@Override
			public Adapter caseDecarbonisationProject(DecarbonisationProject object) {
				return createDecarbonisationProjectAdapter();
			}
			@Override
			public Adapter casePolicyInstrument(PolicyInstrument object) {
				return createPolicyInstrumentAdapter();
			}
			@Override
			public Adapter caseFundingInstrument(FundingInstrument object) {
				return createFundingInstrumentAdapter();
			}
			@Override
			public Adapter caseIdentifiable(Identifiable object) {
				return createIdentifiableAdapter();
			}
			@Override
			public Adapter caseHelixElement(HelixElement object) {
				return createHelixElementAdapter();
			}
			@Override
			public Adapter caseNamedElement(NamedElement object) {
				return createNamedElementAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.ecosystem.Actor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.ecosystem.Actor
	 * @generated
	 */
	public Adapter createActorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.ecosystem.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.ecosystem.Organisation
	 * @generated
	 */
	public Adapter createOrganisationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.ecosystem.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.ecosystem.Person
	 * @generated
	 */
	public Adapter createPersonAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.ecosystem.Relationship <em>Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.ecosystem.Relationship
	 * @generated
	 */
	public Adapter createRelationshipAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.ecosystem.Jurisdiction <em>Jurisdiction</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.ecosystem.Jurisdiction
	 * @generated
	 */
	public Adapter createJurisdictionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.ecosystem.Sector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.ecosystem.Sector
	 * @generated
	 */
	public Adapter createSectorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.ecosystem.ValueChain <em>Value Chain</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.ecosystem.ValueChain
	 * @generated
	 */
	public Adapter createValueChainAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.ecosystem.ValueChainStage <em>Value Chain Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.ecosystem.ValueChainStage
	 * @generated
	 */
	public Adapter createValueChainStageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.ecosystem.Cluster <em>Cluster</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.ecosystem.Cluster
	 * @generated
	 */
	public Adapter createClusterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.ecosystem.Technology <em>Technology</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.ecosystem.Technology
	 * @generated
	 */
	public Adapter createTechnologyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.ecosystem.TechnologyPosition <em>Technology Position</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.ecosystem.TechnologyPosition
	 * @generated
	 */
	public Adapter createTechnologyPositionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.ecosystem.TransitionPriority <em>Transition Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.ecosystem.TransitionPriority
	 * @generated
	 */
	public Adapter createTransitionPriorityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.ecosystem.StrategicDomain <em>Strategic Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.ecosystem.StrategicDomain
	 * @generated
	 */
	public Adapter createStrategicDomainAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.ecosystem.ValueChainPosition <em>Value Chain Position</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.ecosystem.ValueChainPosition
	 * @generated
	 */
	public Adapter createValueChainPositionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.ecosystem.AssessmentFramework <em>Assessment Framework</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.ecosystem.AssessmentFramework
	 * @generated
	 */
	public Adapter createAssessmentFrameworkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.ecosystem.AssessmentDimension <em>Assessment Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.ecosystem.AssessmentDimension
	 * @generated
	 */
	public Adapter createAssessmentDimensionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.ecosystem.SubCriterion <em>Sub Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.ecosystem.SubCriterion
	 * @generated
	 */
	public Adapter createSubCriterionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.ecosystem.Rating <em>Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.ecosystem.Rating
	 * @generated
	 */
	public Adapter createRatingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.ecosystem.DataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.ecosystem.DataSource
	 * @generated
	 */
	public Adapter createDataSourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.ecosystem.CountryStrategy <em>Country Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.ecosystem.CountryStrategy
	 * @generated
	 */
	public Adapter createCountryStrategyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.ecosystem.StrategyPriority <em>Strategy Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.ecosystem.StrategyPriority
	 * @generated
	 */
	public Adapter createStrategyPriorityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.ecosystem.IndustrialSite <em>Industrial Site</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.ecosystem.IndustrialSite
	 * @generated
	 */
	public Adapter createIndustrialSiteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.ecosystem.InfrastructureElement <em>Infrastructure Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.ecosystem.InfrastructureElement
	 * @generated
	 */
	public Adapter createInfrastructureElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.ecosystem.DecarbonisationProject <em>Decarbonisation Project</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.ecosystem.DecarbonisationProject
	 * @generated
	 */
	public Adapter createDecarbonisationProjectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.ecosystem.PolicyInstrument <em>Policy Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.ecosystem.PolicyInstrument
	 * @generated
	 */
	public Adapter createPolicyInstrumentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.ecosystem.FundingInstrument <em>Funding Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.ecosystem.FundingInstrument
	 * @generated
	 */
	public Adapter createFundingInstrumentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.core.Identifiable <em>Identifiable</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.core.Identifiable
	 * @generated
	 */
	public Adapter createIdentifiableAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.core.HelixElement <em>Helix Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.core.HelixElement
	 * @generated
	 */
	public Adapter createHelixElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.core.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.core.NamedElement
	 * @generated
	 */
	public Adapter createNamedElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //EcosystemAdapterFactory
