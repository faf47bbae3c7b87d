/**
 * Helix
 */
package org.helix.model.ecosystem.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.helix.model.core.HelixElement;
import org.helix.model.core.Identifiable;
import org.helix.model.core.NamedElement;

import org.helix.model.ecosystem.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.helix.model.ecosystem.EcosystemPackage
 * @generated
 */
public class EcosystemSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static EcosystemPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EcosystemSwitch() {
		if (modelPackage == null) {
			modelPackage = EcosystemPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case EcosystemPackage.ACTOR: {
				Actor actor = (Actor)theEObject;
				T result = caseActor(actor);
				if (result == null) result = caseNamedElement(actor);
				if (result == null) result = caseHelixElement(actor);
				if (result == null) result = caseIdentifiable(actor);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EcosystemPackage.ORGANISATION: {
				Organisation organisation = (Organisation)theEObject;
				T result = caseOrganisation(organisation);
				if (result == null) result = caseActor(organisation);
				if (result == null) result = caseNamedElement(organisation);
				if (result == null) result = caseHelixElement(organisation);
				if (result == null) result = caseIdentifiable(organisation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EcosystemPackage.PERSON: {
				Person person = (Person)theEObject;
				T result = casePerson(person);
				if (result == null) result = caseActor(person);
				if (result == null) result = caseNamedElement(person);
				if (result == null) result = caseHelixElement(person);
				if (result == null) result = caseIdentifiable(person);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EcosystemPackage.RELATIONSHIP: {
				Relationship relationship = (Relationship)theEObject;
				T result = caseRelationship(relationship);
				if (result == null) result = caseHelixElement(relationship);
				if (result == null) result = caseIdentifiable(relationship);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EcosystemPackage.JURISDICTION: {
				Jurisdiction jurisdiction = (Jurisdiction)theEObject;
				T result = caseJurisdiction(jurisdiction);
				if (result == null) result = caseNamedElement(jurisdiction);
				if (result == null) result = caseHelixElement(jurisdiction);
				if (result == null) result = caseIdentifiable(jurisdiction);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EcosystemPackage.SECTOR: {
				Sector sector = (Sector)theEObject;
				T result = caseSector(sector);
				if (result == null) result = caseNamedElement(sector);
				if (result == null) result = caseHelixElement(sector);
				if (result == null) result = caseIdentifiable(sector);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EcosystemPackage.VALUE_CHAIN: {
				ValueChain valueChain = (ValueChain)theEObject;
				T result = caseValueChain(valueChain);
				if (result == null) result = caseNamedElement(valueChain);
				if (result == null) result = caseHelixElement(valueChain);
				if (result == null) result = caseIdentifiable(valueChain);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EcosystemPackage.VALUE_CHAIN_STAGE: {
				ValueChainStage valueChainStage = (ValueChainStage)theEObject;
				T result = caseValueChainStage(valueChainStage);
				if (result == null) result = caseNamedElement(valueChainStage);
				if (result == null) result = caseHelixElement(valueChainStage);
				if (result == null) result = caseIdentifiable(valueChainStage);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EcosystemPackage.CLUSTER: {
				Cluster cluster = (Cluster)theEObject;
				T result = caseCluster(cluster);
				if (result == null) result = caseNamedElement(cluster);
				if (result == null) result = caseHelixElement(cluster);
				if (result == null) result = caseIdentifiable(cluster);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EcosystemPackage.TECHNOLOGY: {
				Technology technology = (Technology)theEObject;
				T result = caseTechnology(technology);
				if (result == null) result = caseNamedElement(technology);
				if (result == null) result = caseHelixElement(technology);
				if (result == null) result = caseIdentifiable(technology);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EcosystemPackage.TECHNOLOGY_POSITION: {
				TechnologyPosition technologyPosition = (TechnologyPosition)theEObject;
				T result = caseTechnologyPosition(technologyPosition);
				if (result == null) result = caseHelixElement(technologyPosition);
				if (result == null) result = caseIdentifiable(technologyPosition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EcosystemPackage.TRANSITION_PRIORITY: {
				TransitionPriority transitionPriority = (TransitionPriority)theEObject;
				T result = caseTransitionPriority(transitionPriority);
				if (result == null) result = caseNamedElement(transitionPriority);
				if (result == null) result = caseHelixElement(transitionPriority);
				if (result == null) result = caseIdentifiable(transitionPriority);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EcosystemPackage.STRATEGIC_DOMAIN: {
				StrategicDomain strategicDomain = (StrategicDomain)theEObject;
				T result = caseStrategicDomain(strategicDomain);
				if (result == null) result = caseNamedElement(strategicDomain);
				if (result == null) result = caseHelixElement(strategicDomain);
				if (result == null) result = caseIdentifiable(strategicDomain);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EcosystemPackage.VALUE_CHAIN_POSITION: {
				ValueChainPosition valueChainPosition = (ValueChainPosition)theEObject;
				T result = caseValueChainPosition(valueChainPosition);
				if (result == null) result = caseHelixElement(valueChainPosition);
				if (result == null) result = caseIdentifiable(valueChainPosition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EcosystemPackage.ASSESSMENT_FRAMEWORK: {
				AssessmentFramework assessmentFramework = (AssessmentFramework)theEObject;
				T result = caseAssessmentFramework(assessmentFramework);
				if (result == null) result = caseNamedElement(assessmentFramework);
				if (result == null) result = caseHelixElement(assessmentFramework);
				if (result == null) result = caseIdentifiable(assessmentFramework);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EcosystemPackage.ASSESSMENT_DIMENSION: {
				AssessmentDimension assessmentDimension = (AssessmentDimension)theEObject;
				T result = caseAssessmentDimension(assessmentDimension);
				if (result == null) result = caseNamedElement(assessmentDimension);
				if (result == null) result = caseHelixElement(assessmentDimension);
				if (result == null) result = caseIdentifiable(assessmentDimension);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EcosystemPackage.SUB_CRITERION: {
				SubCriterion subCriterion = (SubCriterion)theEObject;
				T result = caseSubCriterion(subCriterion);
				if (result == null) result = caseNamedElement(subCriterion);
				if (result == null) result = caseHelixElement(subCriterion);
				if (result == null) result = caseIdentifiable(subCriterion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EcosystemPackage.RATING: {
				Rating rating = (Rating)theEObject;
				T result = caseRating(rating);
				if (result == null) result = caseHelixElement(rating);
				if (result == null) result = caseIdentifiable(rating);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EcosystemPackage.DATA_SOURCE: {
				DataSource dataSource = (DataSource)theEObject;
				T result = caseDataSource(dataSource);
				if (result == null) result = caseNamedElement(dataSource);
				if (result == null) result = caseHelixElement(dataSource);
				if (result == null) result = caseIdentifiable(dataSource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EcosystemPackage.COUNTRY_STRATEGY: {
				CountryStrategy countryStrategy = (CountryStrategy)theEObject;
				T result = caseCountryStrategy(countryStrategy);
				if (result == null) result = caseNamedElement(countryStrategy);
				if (result == null) result = caseHelixElement(countryStrategy);
				if (result == null) result = caseIdentifiable(countryStrategy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EcosystemPackage.STRATEGY_PRIORITY: {
				StrategyPriority strategyPriority = (StrategyPriority)theEObject;
				T result = caseStrategyPriority(strategyPriority);
				if (result == null) result = caseNamedElement(strategyPriority);
				if (result == null) result = caseHelixElement(strategyPriority);
				if (result == null) result = caseIdentifiable(strategyPriority);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EcosystemPackage.INDUSTRIAL_SITE: {
				IndustrialSite industrialSite = (IndustrialSite)theEObject;
				T result = caseIndustrialSite(industrialSite);
				if (result == null) result = caseNamedElement(industrialSite);
				if (result == null) result = caseHelixElement(industrialSite);
				if (result == null) result = caseIdentifiable(industrialSite);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EcosystemPackage.INFRASTRUCTURE_ELEMENT: {
				InfrastructureElement infrastructureElement = (InfrastructureElement)theEObject;
				T result = caseInfrastructureElement(infrastructureElement);
				if (result == null) result = caseNamedElement(infrastructureElement);
				if (result == null) result = caseHelixElement(infrastructureElement);
				if (result == null) result = caseIdentifiable(infrastructureElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EcosystemPackage.DECARBONISATION_PROJECT: {
				DecarbonisationProject decarbonisationProject = (DecarbonisationProject)theEObject;
				T result = caseDecarbonisationProject(decarbonisationProject);
				if (result == null) result = caseNamedElement(decarbonisationProject);
				if (result == null) result = caseHelixElement(decarbonisationProject);
				if (result == null) result = caseIdentifiable(decarbonisationProject);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EcosystemPackage.POLICY_INSTRUMENT: {
				PolicyInstrument policyInstrument = (PolicyInstrument)theEObject;
				T result = casePolicyInstrument(policyInstrument);
				if (result == null) result = caseNamedElement(policyInstrument);
				if (result == null) result = caseHelixElement(policyInstrument);
				if (result == null) result = caseIdentifiable(policyInstrument);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case EcosystemPackage.FUNDING_INSTRUMENT: {
				FundingInstrument fundingInstrument = (FundingInstrument)theEObject;
				T result = caseFundingInstrument(fundingInstrument);
				if (result == null) result = casePolicyInstrument(fundingInstrument);
				if (result == null) result = caseNamedElement(fundingInstrument);
				if (result == null) result = caseHelixElement(fundingInstrument);
				if (result == null) result = caseIdentifiable(fundingInstrument);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Actor</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Actor</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseActor(Actor object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Organisation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Organisation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOrganisation(Organisation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Person</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Person</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePerson(Person object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Relationship</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Relationship</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRelationship(Relationship object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Jurisdiction</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Jurisdiction</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseJurisdiction(Jurisdiction object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sector</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sector</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSector(Sector object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Value Chain</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Value Chain</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseValueChain(ValueChain object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Value Chain Stage</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Value Chain Stage</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseValueChainStage(ValueChainStage object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cluster</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cluster</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCluster(Cluster object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Technology</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Technology</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTechnology(Technology object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Technology Position</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Technology Position</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTechnologyPosition(TechnologyPosition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Transition Priority</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Transition Priority</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTransitionPriority(TransitionPriority object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Strategic Domain</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Strategic Domain</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStrategicDomain(StrategicDomain object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Value Chain Position</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Value Chain Position</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseValueChainPosition(ValueChainPosition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Assessment Framework</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Assessment Framework</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAssessmentFramework(AssessmentFramework object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Assessment Dimension</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Assessment Dimension</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAssessmentDimension(AssessmentDimension object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sub Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sub Criterion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSubCriterion(SubCriterion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rating</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rating</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRating(Rating object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Data Source</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Data Source</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDataSource(DataSource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Country Strategy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Country Strategy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCountryStrategy(CountryStrategy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Strategy Priority</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Strategy Priority</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStrategyPriority(StrategyPriority object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Industrial Site</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Industrial Site</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIndustrialSite(IndustrialSite object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Infrastructure Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Infrastructure Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInfrastructureElement(InfrastructureElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Decarbonisation Project</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Decarbonisation Project</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDecarbonisationProject(DecarbonisationProject object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Policy Instrument</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Policy Instrument</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePolicyInstrument(PolicyInstrument object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Funding Instrument</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Funding Instrument</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFundingInstrument(FundingInstrument object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identifiable</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identifiable</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentifiable(Identifiable object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Helix Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Helix Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHelixElement(HelixElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamedElement(NamedElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //EcosystemSwitch
