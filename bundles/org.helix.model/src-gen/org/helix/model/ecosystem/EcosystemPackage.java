/**
 * Helix
 */
package org.helix.model.ecosystem;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.helix.model.core.CorePackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The innovation ecosystem: actors and their relationships, sectors, value chains, clusters, technologies, strategic domains and their four-dimension assessment (seed 004), country benchmarks, sites, infrastructure, decarbonisation projects and policy/funding instruments.
 * <!-- end-model-doc -->
 * @see org.helix.model.ecosystem.EcosystemFactory
 * @model kind="package"
 *        annotation="http://www.helix.org/model/format version='1.0'"
 * @generated
 */
public interface EcosystemPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "ecosystem";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.helix.org/model/1.0/ecosystem";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "ecosystem";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	EcosystemPackage eINSTANCE = org.helix.model.ecosystem.impl.EcosystemPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.impl.ActorImpl <em>Actor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.impl.ActorImpl
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getActor()
	 * @generated
	 */
	int ACTOR = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Helix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__HELIX = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__JURISDICTION = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.impl.OrganisationImpl <em>Organisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.impl.OrganisationImpl
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getOrganisation()
	 * @generated
	 */
	int ORGANISATION = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__ID = ACTOR__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__CITATIONS = ACTOR__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__NOTES = ACTOR__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__NAME = ACTOR__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__DESCRIPTION = ACTOR__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__ALIASES = ACTOR__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__FIGURES = ACTOR__FIGURES;

	/**
	 * The feature id for the '<em><b>Helix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__HELIX = ACTOR__HELIX;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__JURISDICTION = ACTOR__JURISDICTION;

	/**
	 * The feature id for the '<em><b>Abbreviation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__ABBREVIATION = ACTOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__KIND = ACTOR_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__LEVEL = ACTOR_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__LOCATION = ACTOR_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__PARENT = ACTOR_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Sectors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__SECTORS = ACTOR_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_FEATURE_COUNT = ACTOR_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_OPERATION_COUNT = ACTOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.impl.PersonImpl
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ID = ACTOR__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__CITATIONS = ACTOR__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NOTES = ACTOR__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME = ACTOR__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__DESCRIPTION = ACTOR__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ALIASES = ACTOR__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__FIGURES = ACTOR__FIGURES;

	/**
	 * The feature id for the '<em><b>Helix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__HELIX = ACTOR__HELIX;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__JURISDICTION = ACTOR__JURISDICTION;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__FUNCTION = ACTOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ORGANISATION = ACTOR_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = ACTOR_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = ACTOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.impl.RelationshipImpl <em>Relationship</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.impl.RelationshipImpl
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getRelationship()
	 * @generated
	 */
	int RELATIONSHIP = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__ID = CorePackage.HELIX_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__CITATIONS = CorePackage.HELIX_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__NOTES = CorePackage.HELIX_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__KIND = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__LABEL = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Bidirectional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__BIDIRECTIONAL = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__FREQUENCY = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__SOURCE = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__TARGET = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Relationship</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_FEATURE_COUNT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Relationship</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_OPERATION_COUNT = CorePackage.HELIX_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.impl.JurisdictionImpl <em>Jurisdiction</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.impl.JurisdictionImpl
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getJurisdiction()
	 * @generated
	 */
	int JURISDICTION = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__LEVEL = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Iso Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__ISO_CODE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Eu Member State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__EU_MEMBER_STATE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__PARENT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Jurisdiction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Jurisdiction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.impl.SectorImpl <em>Sector</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.impl.SectorImpl
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getSector()
	 * @generated
	 */
	int SECTOR = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR__CODE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR__KIND = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Ets Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR__ETS_SCOPE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sub Sectors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR__SUB_SECTORS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Sector</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Sector</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTOR_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.impl.ValueChainImpl <em>Value Chain</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.impl.ValueChainImpl
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getValueChain()
	 * @generated
	 */
	int VALUE_CHAIN = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Geography</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN__GEOGRAPHY = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sectors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN__SECTORS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Stages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN__STAGES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Value Chain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Value Chain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.impl.ValueChainStageImpl <em>Value Chain Stage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.impl.ValueChainStageImpl
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getValueChainStage()
	 * @generated
	 */
	int VALUE_CHAIN_STAGE = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN_STAGE__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN_STAGE__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN_STAGE__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN_STAGE__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN_STAGE__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN_STAGE__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN_STAGE__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN_STAGE__KIND = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Value Chain Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN_STAGE_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Value Chain Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN_STAGE_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.impl.ClusterImpl <em>Cluster</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.impl.ClusterImpl
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getCluster()
	 * @generated
	 */
	int CLUSTER = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__KIND = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Geographic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__GEOGRAPHIC = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__REGION = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Focus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__FOCUS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Founded Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__FOUNDED_YEAR = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Approx Company Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__APPROX_COMPANY_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Cluster Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__CLUSTER_ORGANISATION = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__MEMBERS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Sectors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__SECTORS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER__JURISDICTION = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Cluster</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Cluster</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLUSTER_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.impl.TechnologyImpl <em>Technology</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.impl.TechnologyImpl
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getTechnology()
	 * @generated
	 */
	int TECHNOLOGY = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY__CATEGORY = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Transition Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY__TRANSITION_PATH = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Trl Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY__TRL_MIN = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Trl Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY__TRL_MAX = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY__PARENT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Sectors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY__SECTORS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Positions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY__POSITIONS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Ratings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY__RATINGS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Technology</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Technology</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.impl.TechnologyPositionImpl <em>Technology Position</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.impl.TechnologyPositionImpl
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getTechnologyPosition()
	 * @generated
	 */
	int TECHNOLOGY_POSITION = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY_POSITION__ID = CorePackage.HELIX_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY_POSITION__CITATIONS = CorePackage.HELIX_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY_POSITION__NOTES = CorePackage.HELIX_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Relatedness Density</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY_POSITION__RELATEDNESS_DENSITY = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Complexity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY_POSITION__COMPLEXITY = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rca</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY_POSITION__RCA = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Quadrant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY_POSITION__QUADRANT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY_POSITION__JURISDICTION = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Data Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY_POSITION__DATA_SOURCE = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Technology Position</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY_POSITION_FEATURE_COUNT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Technology Position</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY_POSITION_OPERATION_COUNT = CorePackage.HELIX_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.impl.TransitionPriorityImpl <em>Transition Priority</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.impl.TransitionPriorityImpl
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getTransitionPriority()
	 * @generated
	 */
	int TRANSITION_PRIORITY = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_PRIORITY__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_PRIORITY__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_PRIORITY__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_PRIORITY__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_PRIORITY__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_PRIORITY__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_PRIORITY__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Source Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_PRIORITY__SOURCE_TEXT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Transition Priority</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_PRIORITY_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Transition Priority</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSITION_PRIORITY_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.impl.StrategicDomainImpl <em>Strategic Domain</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.impl.StrategicDomainImpl
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getStrategicDomain()
	 * @generated
	 */
	int STRATEGIC_DOMAIN = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_DOMAIN__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_DOMAIN__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_DOMAIN__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_DOMAIN__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_DOMAIN__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_DOMAIN__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_DOMAIN__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_DOMAIN__CATEGORY = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Transition Only Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_DOMAIN__TRANSITION_ONLY_ACTION = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Expert Validated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_DOMAIN__EXPERT_VALIDATED = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sectors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_DOMAIN__SECTORS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Technologies</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_DOMAIN__TECHNOLOGIES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Clusters</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_DOMAIN__CLUSTERS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Contributes To</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_DOMAIN__CONTRIBUTES_TO = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Value Chain Positions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_DOMAIN__VALUE_CHAIN_POSITIONS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Ratings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_DOMAIN__RATINGS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Strategic Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_DOMAIN_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Strategic Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_DOMAIN_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.impl.ValueChainPositionImpl <em>Value Chain Position</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.impl.ValueChainPositionImpl
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getValueChainPosition()
	 * @generated
	 */
	int VALUE_CHAIN_POSITION = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN_POSITION__ID = CorePackage.HELIX_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN_POSITION__CITATIONS = CorePackage.HELIX_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN_POSITION__NOTES = CorePackage.HELIX_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN_POSITION__ROLE = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Partner Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN_POSITION__PARTNER_REGION = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Value Chain</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN_POSITION__VALUE_CHAIN = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Value Chain Position</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN_POSITION_FEATURE_COUNT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Value Chain Position</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_CHAIN_POSITION_OPERATION_COUNT = CorePackage.HELIX_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.impl.AssessmentFrameworkImpl <em>Assessment Framework</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.impl.AssessmentFrameworkImpl
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getAssessmentFramework()
	 * @generated
	 */
	int ASSESSMENT_FRAMEWORK = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FRAMEWORK__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FRAMEWORK__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FRAMEWORK__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FRAMEWORK__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FRAMEWORK__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FRAMEWORK__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FRAMEWORK__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Dimensions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FRAMEWORK__DIMENSIONS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Assessment Framework</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FRAMEWORK_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Assessment Framework</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FRAMEWORK_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.impl.AssessmentDimensionImpl <em>Assessment Dimension</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.impl.AssessmentDimensionImpl
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getAssessmentDimension()
	 * @generated
	 */
	int ASSESSMENT_DIMENSION = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_DIMENSION__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_DIMENSION__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_DIMENSION__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_DIMENSION__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_DIMENSION__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_DIMENSION__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_DIMENSION__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_DIMENSION__KIND = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_DIMENSION__QUESTION = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sub Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_DIMENSION__SUB_CRITERIA = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Assessment Dimension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_DIMENSION_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Assessment Dimension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_DIMENSION_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.impl.SubCriterionImpl <em>Sub Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.impl.SubCriterionImpl
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getSubCriterion()
	 * @generated
	 */
	int SUB_CRITERION = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_CRITERION__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_CRITERION__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_CRITERION__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_CRITERION__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_CRITERION__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_CRITERION__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_CRITERION__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Wording</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_CRITERION__WORDING = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Competence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_CRITERION__COMPETENCE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_CRITERION__INDICATORS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Sub Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_CRITERION_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Sub Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUB_CRITERION_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.impl.RatingImpl <em>Rating</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.impl.RatingImpl
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getRating()
	 * @generated
	 */
	int RATING = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING__ID = CorePackage.HELIX_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING__CITATIONS = CorePackage.HELIX_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING__NOTES = CorePackage.HELIX_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING__LEVEL = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING__VALUE = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Trend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING__TREND = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING__PERIOD = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING__EVIDENCE = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Dimension</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING__DIMENSION = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Sub Criterion</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING__SUB_CRITERION = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Indicator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING__INDICATOR = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Rating</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_FEATURE_COUNT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Rating</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_OPERATION_COUNT = CorePackage.HELIX_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.impl.DataSourceImpl <em>Data Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.impl.DataSourceImpl
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getDataSource()
	 * @generated
	 */
	int DATA_SOURCE = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__KIND = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>From Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__FROM_YEAR = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>To Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__TO_YEAR = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Coverage Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__COVERAGE_SHARE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__PROVIDER = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Data Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Data Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.impl.CountryStrategyImpl <em>Country Strategy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.impl.CountryStrategyImpl
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getCountryStrategy()
	 * @generated
	 */
	int COUNTRY_STRATEGY = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_STRATEGY__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_STRATEGY__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_STRATEGY__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_STRATEGY__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_STRATEGY__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_STRATEGY__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_STRATEGY__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_STRATEGY__KIND = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>First Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_STRATEGY__FIRST_YEAR = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Edition Years</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_STRATEGY__EDITION_YEARS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Selection Process</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_STRATEGY__SELECTION_PROCESS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Own Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_STRATEGY__OWN_BUDGET = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Monitoring Since Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_STRATEGY__MONITORING_SINCE_YEAR = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Strategic Evaluation Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_STRATEGY__STRATEGIC_EVALUATION_DONE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_STRATEGY__JURISDICTION = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Lead</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_STRATEGY__LEAD = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Predecessor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_STRATEGY__PREDECESSOR = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Priorities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_STRATEGY__PRIORITIES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Country Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_STRATEGY_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Country Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_STRATEGY_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.impl.StrategyPriorityImpl <em>Strategy Priority</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.impl.StrategyPriorityImpl
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getStrategyPriority()
	 * @generated
	 */
	int STRATEGY_PRIORITY = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_PRIORITY__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_PRIORITY__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_PRIORITY__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_PRIORITY__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_PRIORITY__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_PRIORITY__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_PRIORITY__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_PRIORITY__KIND = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_PRIORITY__RANK = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_PRIORITY__TARGET_YEAR = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Technology</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_PRIORITY__TECHNOLOGY = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sector</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_PRIORITY__SECTOR = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Strategy Priority</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_PRIORITY_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Strategy Priority</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_PRIORITY_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.impl.IndustrialSiteImpl <em>Industrial Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.impl.IndustrialSiteImpl
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getIndustrialSite()
	 * @generated
	 */
	int INDUSTRIAL_SITE = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRIAL_SITE__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRIAL_SITE__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRIAL_SITE__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRIAL_SITE__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRIAL_SITE__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRIAL_SITE__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRIAL_SITE__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRIAL_SITE__KIND = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRIAL_SITE__LOCATION = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Port</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRIAL_SITE__PORT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRIAL_SITE__JURISDICTION = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Industrial Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRIAL_SITE_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Industrial Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDUSTRIAL_SITE_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.impl.InfrastructureElementImpl <em>Infrastructure Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.impl.InfrastructureElementImpl
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getInfrastructureElement()
	 * @generated
	 */
	int INFRASTRUCTURE_ELEMENT = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE_ELEMENT__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE_ELEMENT__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE_ELEMENT__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE_ELEMENT__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE_ELEMENT__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE_ELEMENT__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE_ELEMENT__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE_ELEMENT__KIND = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Carrier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE_ELEMENT__CARRIER = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE_ELEMENT__STATUS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Collective</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE_ELEMENT__COLLECTIVE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>No Regret</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE_ELEMENT__NO_REGRET = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Co2 Reduction Potential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE_ELEMENT__CO2_REDUCTION_POTENTIAL = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Ready By Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE_ELEMENT__READY_BY_YEAR = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE_ELEMENT__OPERATOR = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Sites</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE_ELEMENT__SITES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Infrastructure Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE_ELEMENT_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Infrastructure Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INFRASTRUCTURE_ELEMENT_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.impl.DecarbonisationProjectImpl <em>Decarbonisation Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.impl.DecarbonisationProjectImpl
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getDecarbonisationProject()
	 * @generated
	 */
	int DECARBONISATION_PROJECT = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECARBONISATION_PROJECT__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECARBONISATION_PROJECT__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECARBONISATION_PROJECT__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECARBONISATION_PROJECT__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECARBONISATION_PROJECT__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECARBONISATION_PROJECT__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECARBONISATION_PROJECT__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Types</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECARBONISATION_PROJECT__TYPES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Type Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECARBONISATION_PROJECT__TYPE_TEXT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECARBONISATION_PROJECT__STATUS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECARBONISATION_PROJECT__STATUS_TEXT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Fid Taken</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECARBONISATION_PROJECT__FID_TAKEN = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECARBONISATION_PROJECT__LOCATION = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECARBONISATION_PROJECT__CAPACITY = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Reduction Potential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECARBONISATION_PROJECT__REDUCTION_POTENTIAL = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Companies</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECARBONISATION_PROJECT__COMPANIES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECARBONISATION_PROJECT__SITE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Sectors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECARBONISATION_PROJECT__SECTORS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Technologies</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECARBONISATION_PROJECT__TECHNOLOGIES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Funded By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECARBONISATION_PROJECT__FUNDED_BY = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Infrastructure</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECARBONISATION_PROJECT__INFRASTRUCTURE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Depends On</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECARBONISATION_PROJECT__DEPENDS_ON = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Milestones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECARBONISATION_PROJECT__MILESTONES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Decarbonisation Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECARBONISATION_PROJECT_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The number of operations of the '<em>Decarbonisation Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECARBONISATION_PROJECT_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.impl.PolicyInstrumentImpl <em>Policy Instrument</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.impl.PolicyInstrumentImpl
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getPolicyInstrument()
	 * @generated
	 */
	int POLICY_INSTRUMENT = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INSTRUMENT__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INSTRUMENT__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INSTRUMENT__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INSTRUMENT__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INSTRUMENT__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INSTRUMENT__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INSTRUMENT__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INSTRUMENT__ACRONYM = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INSTRUMENT__KIND = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INSTRUMENT__LEVEL = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INSTRUMENT__STATUS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Legal Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INSTRUMENT__LEGAL_REFERENCE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>From Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INSTRUMENT__FROM_YEAR = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>To Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INSTRUMENT__TO_YEAR = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INSTRUMENT__JURISDICTION = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INSTRUMENT__MANAGER = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Complements</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INSTRUMENT__COMPLEMENTS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Policy Instrument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INSTRUMENT_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Policy Instrument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_INSTRUMENT_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.impl.FundingInstrumentImpl <em>Funding Instrument</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.impl.FundingInstrumentImpl
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getFundingInstrument()
	 * @generated
	 */
	int FUNDING_INSTRUMENT = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__ID = POLICY_INSTRUMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__CITATIONS = POLICY_INSTRUMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__NOTES = POLICY_INSTRUMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__NAME = POLICY_INSTRUMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__DESCRIPTION = POLICY_INSTRUMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__ALIASES = POLICY_INSTRUMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__FIGURES = POLICY_INSTRUMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__ACRONYM = POLICY_INSTRUMENT__ACRONYM;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__KIND = POLICY_INSTRUMENT__KIND;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__LEVEL = POLICY_INSTRUMENT__LEVEL;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__STATUS = POLICY_INSTRUMENT__STATUS;

	/**
	 * The feature id for the '<em><b>Legal Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__LEGAL_REFERENCE = POLICY_INSTRUMENT__LEGAL_REFERENCE;

	/**
	 * The feature id for the '<em><b>From Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__FROM_YEAR = POLICY_INSTRUMENT__FROM_YEAR;

	/**
	 * The feature id for the '<em><b>To Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__TO_YEAR = POLICY_INSTRUMENT__TO_YEAR;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__JURISDICTION = POLICY_INSTRUMENT__JURISDICTION;

	/**
	 * The feature id for the '<em><b>Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__MANAGER = POLICY_INSTRUMENT__MANAGER;

	/**
	 * The feature id for the '<em><b>Complements</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__COMPLEMENTS = POLICY_INSTRUMENT__COMPLEMENTS;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__CONDITIONS = POLICY_INSTRUMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Call Opens</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__CALL_OPENS = POLICY_INSTRUMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Call Closes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__CALL_CLOSES = POLICY_INSTRUMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Trl Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__TRL_MIN = POLICY_INSTRUMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Trl Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__TRL_MAX = POLICY_INSTRUMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Supports Capex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__SUPPORTS_CAPEX = POLICY_INSTRUMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Supports Opex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__SUPPORTS_OPEX = POLICY_INSTRUMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Funding Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__FUNDING_SOURCE = POLICY_INSTRUMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Parent Fund</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__PARENT_FUND = POLICY_INSTRUMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Technologies</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__TECHNOLOGIES = POLICY_INSTRUMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Amounts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT__AMOUNTS = POLICY_INSTRUMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Funding Instrument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT_FEATURE_COUNT = POLICY_INSTRUMENT_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Funding Instrument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_INSTRUMENT_OPERATION_COUNT = POLICY_INSTRUMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.OrganisationKind <em>Organisation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.OrganisationKind
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getOrganisationKind()
	 * @generated
	 */
	int ORGANISATION_KIND = 26;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.RelationshipKind <em>Relationship Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.RelationshipKind
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getRelationshipKind()
	 * @generated
	 */
	int RELATIONSHIP_KIND = 27;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.JurisdictionLevel <em>Jurisdiction Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.JurisdictionLevel
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getJurisdictionLevel()
	 * @generated
	 */
	int JURISDICTION_LEVEL = 28;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.SectorKind <em>Sector Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.SectorKind
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getSectorKind()
	 * @generated
	 */
	int SECTOR_KIND = 29;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.StageKind <em>Stage Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.StageKind
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getStageKind()
	 * @generated
	 */
	int STAGE_KIND = 30;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.ClusterKind <em>Cluster Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.ClusterKind
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getClusterKind()
	 * @generated
	 */
	int CLUSTER_KIND = 31;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.TechnologyCategory <em>Technology Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.TechnologyCategory
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getTechnologyCategory()
	 * @generated
	 */
	int TECHNOLOGY_CATEGORY = 32;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.TransitionPath <em>Transition Path</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.TransitionPath
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getTransitionPath()
	 * @generated
	 */
	int TRANSITION_PATH = 33;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.InvestmentQuadrant <em>Investment Quadrant</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.InvestmentQuadrant
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getInvestmentQuadrant()
	 * @generated
	 */
	int INVESTMENT_QUADRANT = 34;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.DomainCategory <em>Domain Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.DomainCategory
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getDomainCategory()
	 * @generated
	 */
	int DOMAIN_CATEGORY = 35;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.TransitionOnlyAction <em>Transition Only Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.TransitionOnlyAction
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getTransitionOnlyAction()
	 * @generated
	 */
	int TRANSITION_ONLY_ACTION = 36;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.ValueChainRole <em>Value Chain Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.ValueChainRole
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getValueChainRole()
	 * @generated
	 */
	int VALUE_CHAIN_ROLE = 37;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.DimensionKind <em>Dimension Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.DimensionKind
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getDimensionKind()
	 * @generated
	 */
	int DIMENSION_KIND = 38;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.RatingLevel <em>Rating Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.RatingLevel
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getRatingLevel()
	 * @generated
	 */
	int RATING_LEVEL = 39;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.Trend <em>Trend</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.Trend
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getTrend()
	 * @generated
	 */
	int TREND = 40;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.DataSourceKind <em>Data Source Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.DataSourceKind
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getDataSourceKind()
	 * @generated
	 */
	int DATA_SOURCE_KIND = 41;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.StrategyKind <em>Strategy Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.StrategyKind
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getStrategyKind()
	 * @generated
	 */
	int STRATEGY_KIND = 42;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.PriorityKind <em>Priority Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.PriorityKind
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getPriorityKind()
	 * @generated
	 */
	int PRIORITY_KIND = 43;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.SiteKind <em>Site Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.SiteKind
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getSiteKind()
	 * @generated
	 */
	int SITE_KIND = 44;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.InfrastructureKind <em>Infrastructure Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.InfrastructureKind
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getInfrastructureKind()
	 * @generated
	 */
	int INFRASTRUCTURE_KIND = 45;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.EnergyCarrier <em>Energy Carrier</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.EnergyCarrier
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getEnergyCarrier()
	 * @generated
	 */
	int ENERGY_CARRIER = 46;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.ProjectStatus <em>Project Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.ProjectStatus
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getProjectStatus()
	 * @generated
	 */
	int PROJECT_STATUS = 47;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.InstrumentKind <em>Instrument Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.InstrumentKind
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getInstrumentKind()
	 * @generated
	 */
	int INSTRUMENT_KIND = 48;

	/**
	 * The meta object id for the '{@link org.helix.model.ecosystem.InstrumentStatus <em>Instrument Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.ecosystem.InstrumentStatus
	 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getInstrumentStatus()
	 * @generated
	 */
	int INSTRUMENT_STATUS = 49;


	/**
	 * Returns the meta object for class '{@link org.helix.model.ecosystem.Actor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Actor</em>'.
	 * @see org.helix.model.ecosystem.Actor
	 * @generated
	 */
	EClass getActor();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Actor#getHelix <em>Helix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Helix</em>'.
	 * @see org.helix.model.ecosystem.Actor#getHelix()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Helix();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.Actor#getJurisdiction <em>Jurisdiction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Jurisdiction</em>'.
	 * @see org.helix.model.ecosystem.Actor#getJurisdiction()
	 * @see #getActor()
	 * @generated
	 */
	EReference getActor_Jurisdiction();

	/**
	 * Returns the meta object for class '{@link org.helix.model.ecosystem.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organisation</em>'.
	 * @see org.helix.model.ecosystem.Organisation
	 * @generated
	 */
	EClass getOrganisation();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Organisation#getAbbreviation <em>Abbreviation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Abbreviation</em>'.
	 * @see org.helix.model.ecosystem.Organisation#getAbbreviation()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Abbreviation();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Organisation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.helix.model.ecosystem.Organisation#getKind()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Organisation#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.helix.model.ecosystem.Organisation#getLevel()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Organisation#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.helix.model.ecosystem.Organisation#getLocation()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Location();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.Organisation#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.helix.model.ecosystem.Organisation#getParent()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_Parent();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.ecosystem.Organisation#getSectors <em>Sectors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sectors</em>'.
	 * @see org.helix.model.ecosystem.Organisation#getSectors()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_Sectors();

	/**
	 * Returns the meta object for class '{@link org.helix.model.ecosystem.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see org.helix.model.ecosystem.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Person#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see org.helix.model.ecosystem.Person#getFunction()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Function();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.Person#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organisation</em>'.
	 * @see org.helix.model.ecosystem.Person#getOrganisation()
	 * @see #getPerson()
	 * @generated
	 */
	EReference getPerson_Organisation();

	/**
	 * Returns the meta object for class '{@link org.helix.model.ecosystem.Relationship <em>Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Relationship</em>'.
	 * @see org.helix.model.ecosystem.Relationship
	 * @generated
	 */
	EClass getRelationship();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Relationship#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.helix.model.ecosystem.Relationship#getKind()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Relationship#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.helix.model.ecosystem.Relationship#getLabel()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Relationship#getBidirectional <em>Bidirectional</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bidirectional</em>'.
	 * @see org.helix.model.ecosystem.Relationship#getBidirectional()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_Bidirectional();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Relationship#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see org.helix.model.ecosystem.Relationship#getFrequency()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_Frequency();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.Relationship#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.helix.model.ecosystem.Relationship#getSource()
	 * @see #getRelationship()
	 * @generated
	 */
	EReference getRelationship_Source();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.Relationship#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.helix.model.ecosystem.Relationship#getTarget()
	 * @see #getRelationship()
	 * @generated
	 */
	EReference getRelationship_Target();

	/**
	 * Returns the meta object for class '{@link org.helix.model.ecosystem.Jurisdiction <em>Jurisdiction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Jurisdiction</em>'.
	 * @see org.helix.model.ecosystem.Jurisdiction
	 * @generated
	 */
	EClass getJurisdiction();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Jurisdiction#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.helix.model.ecosystem.Jurisdiction#getLevel()
	 * @see #getJurisdiction()
	 * @generated
	 */
	EAttribute getJurisdiction_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Jurisdiction#getIsoCode <em>Iso Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Iso Code</em>'.
	 * @see org.helix.model.ecosystem.Jurisdiction#getIsoCode()
	 * @see #getJurisdiction()
	 * @generated
	 */
	EAttribute getJurisdiction_IsoCode();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Jurisdiction#getEuMemberState <em>Eu Member State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Eu Member State</em>'.
	 * @see org.helix.model.ecosystem.Jurisdiction#getEuMemberState()
	 * @see #getJurisdiction()
	 * @generated
	 */
	EAttribute getJurisdiction_EuMemberState();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.Jurisdiction#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.helix.model.ecosystem.Jurisdiction#getParent()
	 * @see #getJurisdiction()
	 * @generated
	 */
	EReference getJurisdiction_Parent();

	/**
	 * Returns the meta object for class '{@link org.helix.model.ecosystem.Sector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sector</em>'.
	 * @see org.helix.model.ecosystem.Sector
	 * @generated
	 */
	EClass getSector();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Sector#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.helix.model.ecosystem.Sector#getCode()
	 * @see #getSector()
	 * @generated
	 */
	EAttribute getSector_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Sector#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.helix.model.ecosystem.Sector#getKind()
	 * @see #getSector()
	 * @generated
	 */
	EAttribute getSector_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Sector#getEtsScope <em>Ets Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ets Scope</em>'.
	 * @see org.helix.model.ecosystem.Sector#getEtsScope()
	 * @see #getSector()
	 * @generated
	 */
	EAttribute getSector_EtsScope();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.ecosystem.Sector#getSubSectors <em>Sub Sectors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Sectors</em>'.
	 * @see org.helix.model.ecosystem.Sector#getSubSectors()
	 * @see #getSector()
	 * @generated
	 */
	EReference getSector_SubSectors();

	/**
	 * Returns the meta object for class '{@link org.helix.model.ecosystem.ValueChain <em>Value Chain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Value Chain</em>'.
	 * @see org.helix.model.ecosystem.ValueChain
	 * @generated
	 */
	EClass getValueChain();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.ValueChain#getGeography <em>Geography</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Geography</em>'.
	 * @see org.helix.model.ecosystem.ValueChain#getGeography()
	 * @see #getValueChain()
	 * @generated
	 */
	EAttribute getValueChain_Geography();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.ecosystem.ValueChain#getSectors <em>Sectors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sectors</em>'.
	 * @see org.helix.model.ecosystem.ValueChain#getSectors()
	 * @see #getValueChain()
	 * @generated
	 */
	EReference getValueChain_Sectors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.ecosystem.ValueChain#getStages <em>Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stages</em>'.
	 * @see org.helix.model.ecosystem.ValueChain#getStages()
	 * @see #getValueChain()
	 * @generated
	 */
	EReference getValueChain_Stages();

	/**
	 * Returns the meta object for class '{@link org.helix.model.ecosystem.ValueChainStage <em>Value Chain Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Value Chain Stage</em>'.
	 * @see org.helix.model.ecosystem.ValueChainStage
	 * @generated
	 */
	EClass getValueChainStage();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.ValueChainStage#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.helix.model.ecosystem.ValueChainStage#getKind()
	 * @see #getValueChainStage()
	 * @generated
	 */
	EAttribute getValueChainStage_Kind();

	/**
	 * Returns the meta object for class '{@link org.helix.model.ecosystem.Cluster <em>Cluster</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cluster</em>'.
	 * @see org.helix.model.ecosystem.Cluster
	 * @generated
	 */
	EClass getCluster();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Cluster#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.helix.model.ecosystem.Cluster#getKind()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Cluster#getGeographic <em>Geographic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Geographic</em>'.
	 * @see org.helix.model.ecosystem.Cluster#getGeographic()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_Geographic();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Cluster#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.helix.model.ecosystem.Cluster#getRegion()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Cluster#getFocus <em>Focus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Focus</em>'.
	 * @see org.helix.model.ecosystem.Cluster#getFocus()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_Focus();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Cluster#getFoundedYear <em>Founded Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Founded Year</em>'.
	 * @see org.helix.model.ecosystem.Cluster#getFoundedYear()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_FoundedYear();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Cluster#getApproxCompanyCount <em>Approx Company Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approx Company Count</em>'.
	 * @see org.helix.model.ecosystem.Cluster#getApproxCompanyCount()
	 * @see #getCluster()
	 * @generated
	 */
	EAttribute getCluster_ApproxCompanyCount();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.Cluster#getClusterOrganisation <em>Cluster Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cluster Organisation</em>'.
	 * @see org.helix.model.ecosystem.Cluster#getClusterOrganisation()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_ClusterOrganisation();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.ecosystem.Cluster#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.helix.model.ecosystem.Cluster#getMembers()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Members();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.ecosystem.Cluster#getSectors <em>Sectors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sectors</em>'.
	 * @see org.helix.model.ecosystem.Cluster#getSectors()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Sectors();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.Cluster#getJurisdiction <em>Jurisdiction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Jurisdiction</em>'.
	 * @see org.helix.model.ecosystem.Cluster#getJurisdiction()
	 * @see #getCluster()
	 * @generated
	 */
	EReference getCluster_Jurisdiction();

	/**
	 * Returns the meta object for class '{@link org.helix.model.ecosystem.Technology <em>Technology</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Technology</em>'.
	 * @see org.helix.model.ecosystem.Technology
	 * @generated
	 */
	EClass getTechnology();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Technology#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.helix.model.ecosystem.Technology#getCategory()
	 * @see #getTechnology()
	 * @generated
	 */
	EAttribute getTechnology_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Technology#getTransitionPath <em>Transition Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Transition Path</em>'.
	 * @see org.helix.model.ecosystem.Technology#getTransitionPath()
	 * @see #getTechnology()
	 * @generated
	 */
	EAttribute getTechnology_TransitionPath();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Technology#getTrlMin <em>Trl Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trl Min</em>'.
	 * @see org.helix.model.ecosystem.Technology#getTrlMin()
	 * @see #getTechnology()
	 * @generated
	 */
	EAttribute getTechnology_TrlMin();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Technology#getTrlMax <em>Trl Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trl Max</em>'.
	 * @see org.helix.model.ecosystem.Technology#getTrlMax()
	 * @see #getTechnology()
	 * @generated
	 */
	EAttribute getTechnology_TrlMax();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.Technology#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.helix.model.ecosystem.Technology#getParent()
	 * @see #getTechnology()
	 * @generated
	 */
	EReference getTechnology_Parent();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.ecosystem.Technology#getSectors <em>Sectors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sectors</em>'.
	 * @see org.helix.model.ecosystem.Technology#getSectors()
	 * @see #getTechnology()
	 * @generated
	 */
	EReference getTechnology_Sectors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.ecosystem.Technology#getPositions <em>Positions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Positions</em>'.
	 * @see org.helix.model.ecosystem.Technology#getPositions()
	 * @see #getTechnology()
	 * @generated
	 */
	EReference getTechnology_Positions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.ecosystem.Technology#getRatings <em>Ratings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ratings</em>'.
	 * @see org.helix.model.ecosystem.Technology#getRatings()
	 * @see #getTechnology()
	 * @generated
	 */
	EReference getTechnology_Ratings();

	/**
	 * Returns the meta object for class '{@link org.helix.model.ecosystem.TechnologyPosition <em>Technology Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Technology Position</em>'.
	 * @see org.helix.model.ecosystem.TechnologyPosition
	 * @generated
	 */
	EClass getTechnologyPosition();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.TechnologyPosition#getRelatednessDensity <em>Relatedness Density</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relatedness Density</em>'.
	 * @see org.helix.model.ecosystem.TechnologyPosition#getRelatednessDensity()
	 * @see #getTechnologyPosition()
	 * @generated
	 */
	EAttribute getTechnologyPosition_RelatednessDensity();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.TechnologyPosition#getComplexity <em>Complexity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Complexity</em>'.
	 * @see org.helix.model.ecosystem.TechnologyPosition#getComplexity()
	 * @see #getTechnologyPosition()
	 * @generated
	 */
	EAttribute getTechnologyPosition_Complexity();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.TechnologyPosition#getRca <em>Rca</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rca</em>'.
	 * @see org.helix.model.ecosystem.TechnologyPosition#getRca()
	 * @see #getTechnologyPosition()
	 * @generated
	 */
	EAttribute getTechnologyPosition_Rca();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.TechnologyPosition#getQuadrant <em>Quadrant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quadrant</em>'.
	 * @see org.helix.model.ecosystem.TechnologyPosition#getQuadrant()
	 * @see #getTechnologyPosition()
	 * @generated
	 */
	EAttribute getTechnologyPosition_Quadrant();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.TechnologyPosition#getJurisdiction <em>Jurisdiction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Jurisdiction</em>'.
	 * @see org.helix.model.ecosystem.TechnologyPosition#getJurisdiction()
	 * @see #getTechnologyPosition()
	 * @generated
	 */
	EReference getTechnologyPosition_Jurisdiction();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.TechnologyPosition#getDataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Data Source</em>'.
	 * @see org.helix.model.ecosystem.TechnologyPosition#getDataSource()
	 * @see #getTechnologyPosition()
	 * @generated
	 */
	EReference getTechnologyPosition_DataSource();

	/**
	 * Returns the meta object for class '{@link org.helix.model.ecosystem.TransitionPriority <em>Transition Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Transition Priority</em>'.
	 * @see org.helix.model.ecosystem.TransitionPriority
	 * @generated
	 */
	EClass getTransitionPriority();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.TransitionPriority#getSourceText <em>Source Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Text</em>'.
	 * @see org.helix.model.ecosystem.TransitionPriority#getSourceText()
	 * @see #getTransitionPriority()
	 * @generated
	 */
	EAttribute getTransitionPriority_SourceText();

	/**
	 * Returns the meta object for class '{@link org.helix.model.ecosystem.StrategicDomain <em>Strategic Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Strategic Domain</em>'.
	 * @see org.helix.model.ecosystem.StrategicDomain
	 * @generated
	 */
	EClass getStrategicDomain();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.StrategicDomain#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.helix.model.ecosystem.StrategicDomain#getCategory()
	 * @see #getStrategicDomain()
	 * @generated
	 */
	EAttribute getStrategicDomain_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.StrategicDomain#getTransitionOnlyAction <em>Transition Only Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Transition Only Action</em>'.
	 * @see org.helix.model.ecosystem.StrategicDomain#getTransitionOnlyAction()
	 * @see #getStrategicDomain()
	 * @generated
	 */
	EAttribute getStrategicDomain_TransitionOnlyAction();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.StrategicDomain#getExpertValidated <em>Expert Validated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expert Validated</em>'.
	 * @see org.helix.model.ecosystem.StrategicDomain#getExpertValidated()
	 * @see #getStrategicDomain()
	 * @generated
	 */
	EAttribute getStrategicDomain_ExpertValidated();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.ecosystem.StrategicDomain#getSectors <em>Sectors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sectors</em>'.
	 * @see org.helix.model.ecosystem.StrategicDomain#getSectors()
	 * @see #getStrategicDomain()
	 * @generated
	 */
	EReference getStrategicDomain_Sectors();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.ecosystem.StrategicDomain#getTechnologies <em>Technologies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Technologies</em>'.
	 * @see org.helix.model.ecosystem.StrategicDomain#getTechnologies()
	 * @see #getStrategicDomain()
	 * @generated
	 */
	EReference getStrategicDomain_Technologies();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.ecosystem.StrategicDomain#getClusters <em>Clusters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Clusters</em>'.
	 * @see org.helix.model.ecosystem.StrategicDomain#getClusters()
	 * @see #getStrategicDomain()
	 * @generated
	 */
	EReference getStrategicDomain_Clusters();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.ecosystem.StrategicDomain#getContributesTo <em>Contributes To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Contributes To</em>'.
	 * @see org.helix.model.ecosystem.StrategicDomain#getContributesTo()
	 * @see #getStrategicDomain()
	 * @generated
	 */
	EReference getStrategicDomain_ContributesTo();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.ecosystem.StrategicDomain#getValueChainPositions <em>Value Chain Positions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Value Chain Positions</em>'.
	 * @see org.helix.model.ecosystem.StrategicDomain#getValueChainPositions()
	 * @see #getStrategicDomain()
	 * @generated
	 */
	EReference getStrategicDomain_ValueChainPositions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.ecosystem.StrategicDomain#getRatings <em>Ratings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ratings</em>'.
	 * @see org.helix.model.ecosystem.StrategicDomain#getRatings()
	 * @see #getStrategicDomain()
	 * @generated
	 */
	EReference getStrategicDomain_Ratings();

	/**
	 * Returns the meta object for class '{@link org.helix.model.ecosystem.ValueChainPosition <em>Value Chain Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Value Chain Position</em>'.
	 * @see org.helix.model.ecosystem.ValueChainPosition
	 * @generated
	 */
	EClass getValueChainPosition();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.ValueChainPosition#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.helix.model.ecosystem.ValueChainPosition#getRole()
	 * @see #getValueChainPosition()
	 * @generated
	 */
	EAttribute getValueChainPosition_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.ValueChainPosition#getPartnerRegion <em>Partner Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Partner Region</em>'.
	 * @see org.helix.model.ecosystem.ValueChainPosition#getPartnerRegion()
	 * @see #getValueChainPosition()
	 * @generated
	 */
	EAttribute getValueChainPosition_PartnerRegion();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.ValueChainPosition#getValueChain <em>Value Chain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Value Chain</em>'.
	 * @see org.helix.model.ecosystem.ValueChainPosition#getValueChain()
	 * @see #getValueChainPosition()
	 * @generated
	 */
	EReference getValueChainPosition_ValueChain();

	/**
	 * Returns the meta object for class '{@link org.helix.model.ecosystem.AssessmentFramework <em>Assessment Framework</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment Framework</em>'.
	 * @see org.helix.model.ecosystem.AssessmentFramework
	 * @generated
	 */
	EClass getAssessmentFramework();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.ecosystem.AssessmentFramework#getDimensions <em>Dimensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dimensions</em>'.
	 * @see org.helix.model.ecosystem.AssessmentFramework#getDimensions()
	 * @see #getAssessmentFramework()
	 * @generated
	 */
	EReference getAssessmentFramework_Dimensions();

	/**
	 * Returns the meta object for class '{@link org.helix.model.ecosystem.AssessmentDimension <em>Assessment Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment Dimension</em>'.
	 * @see org.helix.model.ecosystem.AssessmentDimension
	 * @generated
	 */
	EClass getAssessmentDimension();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.AssessmentDimension#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.helix.model.ecosystem.AssessmentDimension#getKind()
	 * @see #getAssessmentDimension()
	 * @generated
	 */
	EAttribute getAssessmentDimension_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.AssessmentDimension#getQuestion <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Question</em>'.
	 * @see org.helix.model.ecosystem.AssessmentDimension#getQuestion()
	 * @see #getAssessmentDimension()
	 * @generated
	 */
	EAttribute getAssessmentDimension_Question();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.ecosystem.AssessmentDimension#getSubCriteria <em>Sub Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Criteria</em>'.
	 * @see org.helix.model.ecosystem.AssessmentDimension#getSubCriteria()
	 * @see #getAssessmentDimension()
	 * @generated
	 */
	EReference getAssessmentDimension_SubCriteria();

	/**
	 * Returns the meta object for class '{@link org.helix.model.ecosystem.SubCriterion <em>Sub Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sub Criterion</em>'.
	 * @see org.helix.model.ecosystem.SubCriterion
	 * @generated
	 */
	EClass getSubCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.SubCriterion#getWording <em>Wording</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wording</em>'.
	 * @see org.helix.model.ecosystem.SubCriterion#getWording()
	 * @see #getSubCriterion()
	 * @generated
	 */
	EAttribute getSubCriterion_Wording();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.SubCriterion#getCompetence <em>Competence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Competence</em>'.
	 * @see org.helix.model.ecosystem.SubCriterion#getCompetence()
	 * @see #getSubCriterion()
	 * @generated
	 */
	EAttribute getSubCriterion_Competence();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.ecosystem.SubCriterion#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Indicators</em>'.
	 * @see org.helix.model.ecosystem.SubCriterion#getIndicators()
	 * @see #getSubCriterion()
	 * @generated
	 */
	EReference getSubCriterion_Indicators();

	/**
	 * Returns the meta object for class '{@link org.helix.model.ecosystem.Rating <em>Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rating</em>'.
	 * @see org.helix.model.ecosystem.Rating
	 * @generated
	 */
	EClass getRating();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Rating#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.helix.model.ecosystem.Rating#getLevel()
	 * @see #getRating()
	 * @generated
	 */
	EAttribute getRating_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Rating#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.helix.model.ecosystem.Rating#getValue()
	 * @see #getRating()
	 * @generated
	 */
	EAttribute getRating_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Rating#getTrend <em>Trend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trend</em>'.
	 * @see org.helix.model.ecosystem.Rating#getTrend()
	 * @see #getRating()
	 * @generated
	 */
	EAttribute getRating_Trend();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Rating#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.helix.model.ecosystem.Rating#getPeriod()
	 * @see #getRating()
	 * @generated
	 */
	EAttribute getRating_Period();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.Rating#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence</em>'.
	 * @see org.helix.model.ecosystem.Rating#getEvidence()
	 * @see #getRating()
	 * @generated
	 */
	EAttribute getRating_Evidence();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.Rating#getDimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Dimension</em>'.
	 * @see org.helix.model.ecosystem.Rating#getDimension()
	 * @see #getRating()
	 * @generated
	 */
	EReference getRating_Dimension();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.Rating#getSubCriterion <em>Sub Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Sub Criterion</em>'.
	 * @see org.helix.model.ecosystem.Rating#getSubCriterion()
	 * @see #getRating()
	 * @generated
	 */
	EReference getRating_SubCriterion();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.Rating#getIndicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Indicator</em>'.
	 * @see org.helix.model.ecosystem.Rating#getIndicator()
	 * @see #getRating()
	 * @generated
	 */
	EReference getRating_Indicator();

	/**
	 * Returns the meta object for class '{@link org.helix.model.ecosystem.DataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Source</em>'.
	 * @see org.helix.model.ecosystem.DataSource
	 * @generated
	 */
	EClass getDataSource();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.DataSource#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.helix.model.ecosystem.DataSource#getKind()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.DataSource#getFromYear <em>From Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Year</em>'.
	 * @see org.helix.model.ecosystem.DataSource#getFromYear()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_FromYear();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.DataSource#getToYear <em>To Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Year</em>'.
	 * @see org.helix.model.ecosystem.DataSource#getToYear()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_ToYear();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.DataSource#getCoverageShare <em>Coverage Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Coverage Share</em>'.
	 * @see org.helix.model.ecosystem.DataSource#getCoverageShare()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_CoverageShare();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.DataSource#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Provider</em>'.
	 * @see org.helix.model.ecosystem.DataSource#getProvider()
	 * @see #getDataSource()
	 * @generated
	 */
	EReference getDataSource_Provider();

	/**
	 * Returns the meta object for class '{@link org.helix.model.ecosystem.CountryStrategy <em>Country Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Country Strategy</em>'.
	 * @see org.helix.model.ecosystem.CountryStrategy
	 * @generated
	 */
	EClass getCountryStrategy();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.CountryStrategy#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.helix.model.ecosystem.CountryStrategy#getKind()
	 * @see #getCountryStrategy()
	 * @generated
	 */
	EAttribute getCountryStrategy_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.CountryStrategy#getFirstYear <em>First Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Year</em>'.
	 * @see org.helix.model.ecosystem.CountryStrategy#getFirstYear()
	 * @see #getCountryStrategy()
	 * @generated
	 */
	EAttribute getCountryStrategy_FirstYear();

	/**
	 * Returns the meta object for the attribute list '{@link org.helix.model.ecosystem.CountryStrategy#getEditionYears <em>Edition Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Edition Years</em>'.
	 * @see org.helix.model.ecosystem.CountryStrategy#getEditionYears()
	 * @see #getCountryStrategy()
	 * @generated
	 */
	EAttribute getCountryStrategy_EditionYears();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.CountryStrategy#getSelectionProcess <em>Selection Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Selection Process</em>'.
	 * @see org.helix.model.ecosystem.CountryStrategy#getSelectionProcess()
	 * @see #getCountryStrategy()
	 * @generated
	 */
	EAttribute getCountryStrategy_SelectionProcess();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.CountryStrategy#getOwnBudget <em>Own Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Own Budget</em>'.
	 * @see org.helix.model.ecosystem.CountryStrategy#getOwnBudget()
	 * @see #getCountryStrategy()
	 * @generated
	 */
	EAttribute getCountryStrategy_OwnBudget();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.CountryStrategy#getMonitoringSinceYear <em>Monitoring Since Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Monitoring Since Year</em>'.
	 * @see org.helix.model.ecosystem.CountryStrategy#getMonitoringSinceYear()
	 * @see #getCountryStrategy()
	 * @generated
	 */
	EAttribute getCountryStrategy_MonitoringSinceYear();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.CountryStrategy#getStrategicEvaluationDone <em>Strategic Evaluation Done</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strategic Evaluation Done</em>'.
	 * @see org.helix.model.ecosystem.CountryStrategy#getStrategicEvaluationDone()
	 * @see #getCountryStrategy()
	 * @generated
	 */
	EAttribute getCountryStrategy_StrategicEvaluationDone();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.CountryStrategy#getJurisdiction <em>Jurisdiction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Jurisdiction</em>'.
	 * @see org.helix.model.ecosystem.CountryStrategy#getJurisdiction()
	 * @see #getCountryStrategy()
	 * @generated
	 */
	EReference getCountryStrategy_Jurisdiction();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.CountryStrategy#getLead <em>Lead</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Lead</em>'.
	 * @see org.helix.model.ecosystem.CountryStrategy#getLead()
	 * @see #getCountryStrategy()
	 * @generated
	 */
	EReference getCountryStrategy_Lead();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.CountryStrategy#getPredecessor <em>Predecessor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Predecessor</em>'.
	 * @see org.helix.model.ecosystem.CountryStrategy#getPredecessor()
	 * @see #getCountryStrategy()
	 * @generated
	 */
	EReference getCountryStrategy_Predecessor();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.ecosystem.CountryStrategy#getPriorities <em>Priorities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Priorities</em>'.
	 * @see org.helix.model.ecosystem.CountryStrategy#getPriorities()
	 * @see #getCountryStrategy()
	 * @generated
	 */
	EReference getCountryStrategy_Priorities();

	/**
	 * Returns the meta object for class '{@link org.helix.model.ecosystem.StrategyPriority <em>Strategy Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Strategy Priority</em>'.
	 * @see org.helix.model.ecosystem.StrategyPriority
	 * @generated
	 */
	EClass getStrategyPriority();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.StrategyPriority#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.helix.model.ecosystem.StrategyPriority#getKind()
	 * @see #getStrategyPriority()
	 * @generated
	 */
	EAttribute getStrategyPriority_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.StrategyPriority#getRank <em>Rank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rank</em>'.
	 * @see org.helix.model.ecosystem.StrategyPriority#getRank()
	 * @see #getStrategyPriority()
	 * @generated
	 */
	EAttribute getStrategyPriority_Rank();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.StrategyPriority#getTargetYear <em>Target Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Year</em>'.
	 * @see org.helix.model.ecosystem.StrategyPriority#getTargetYear()
	 * @see #getStrategyPriority()
	 * @generated
	 */
	EAttribute getStrategyPriority_TargetYear();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.StrategyPriority#getTechnology <em>Technology</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Technology</em>'.
	 * @see org.helix.model.ecosystem.StrategyPriority#getTechnology()
	 * @see #getStrategyPriority()
	 * @generated
	 */
	EReference getStrategyPriority_Technology();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.StrategyPriority#getSector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Sector</em>'.
	 * @see org.helix.model.ecosystem.StrategyPriority#getSector()
	 * @see #getStrategyPriority()
	 * @generated
	 */
	EReference getStrategyPriority_Sector();

	/**
	 * Returns the meta object for class '{@link org.helix.model.ecosystem.IndustrialSite <em>Industrial Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Industrial Site</em>'.
	 * @see org.helix.model.ecosystem.IndustrialSite
	 * @generated
	 */
	EClass getIndustrialSite();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.IndustrialSite#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.helix.model.ecosystem.IndustrialSite#getKind()
	 * @see #getIndustrialSite()
	 * @generated
	 */
	EAttribute getIndustrialSite_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.IndustrialSite#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.helix.model.ecosystem.IndustrialSite#getLocation()
	 * @see #getIndustrialSite()
	 * @generated
	 */
	EAttribute getIndustrialSite_Location();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.IndustrialSite#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Port</em>'.
	 * @see org.helix.model.ecosystem.IndustrialSite#getPort()
	 * @see #getIndustrialSite()
	 * @generated
	 */
	EReference getIndustrialSite_Port();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.IndustrialSite#getJurisdiction <em>Jurisdiction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Jurisdiction</em>'.
	 * @see org.helix.model.ecosystem.IndustrialSite#getJurisdiction()
	 * @see #getIndustrialSite()
	 * @generated
	 */
	EReference getIndustrialSite_Jurisdiction();

	/**
	 * Returns the meta object for class '{@link org.helix.model.ecosystem.InfrastructureElement <em>Infrastructure Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Infrastructure Element</em>'.
	 * @see org.helix.model.ecosystem.InfrastructureElement
	 * @generated
	 */
	EClass getInfrastructureElement();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.InfrastructureElement#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.helix.model.ecosystem.InfrastructureElement#getKind()
	 * @see #getInfrastructureElement()
	 * @generated
	 */
	EAttribute getInfrastructureElement_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.InfrastructureElement#getCarrier <em>Carrier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Carrier</em>'.
	 * @see org.helix.model.ecosystem.InfrastructureElement#getCarrier()
	 * @see #getInfrastructureElement()
	 * @generated
	 */
	EAttribute getInfrastructureElement_Carrier();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.InfrastructureElement#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.helix.model.ecosystem.InfrastructureElement#getStatus()
	 * @see #getInfrastructureElement()
	 * @generated
	 */
	EAttribute getInfrastructureElement_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.InfrastructureElement#getCollective <em>Collective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collective</em>'.
	 * @see org.helix.model.ecosystem.InfrastructureElement#getCollective()
	 * @see #getInfrastructureElement()
	 * @generated
	 */
	EAttribute getInfrastructureElement_Collective();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.InfrastructureElement#getNoRegret <em>No Regret</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>No Regret</em>'.
	 * @see org.helix.model.ecosystem.InfrastructureElement#getNoRegret()
	 * @see #getInfrastructureElement()
	 * @generated
	 */
	EAttribute getInfrastructureElement_NoRegret();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.InfrastructureElement#getCo2ReductionPotential <em>Co2 Reduction Potential</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Co2 Reduction Potential</em>'.
	 * @see org.helix.model.ecosystem.InfrastructureElement#getCo2ReductionPotential()
	 * @see #getInfrastructureElement()
	 * @generated
	 */
	EAttribute getInfrastructureElement_Co2ReductionPotential();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.InfrastructureElement#getReadyByYear <em>Ready By Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ready By Year</em>'.
	 * @see org.helix.model.ecosystem.InfrastructureElement#getReadyByYear()
	 * @see #getInfrastructureElement()
	 * @generated
	 */
	EAttribute getInfrastructureElement_ReadyByYear();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.InfrastructureElement#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Operator</em>'.
	 * @see org.helix.model.ecosystem.InfrastructureElement#getOperator()
	 * @see #getInfrastructureElement()
	 * @generated
	 */
	EReference getInfrastructureElement_Operator();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.ecosystem.InfrastructureElement#getSites <em>Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sites</em>'.
	 * @see org.helix.model.ecosystem.InfrastructureElement#getSites()
	 * @see #getInfrastructureElement()
	 * @generated
	 */
	EReference getInfrastructureElement_Sites();

	/**
	 * Returns the meta object for class '{@link org.helix.model.ecosystem.DecarbonisationProject <em>Decarbonisation Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decarbonisation Project</em>'.
	 * @see org.helix.model.ecosystem.DecarbonisationProject
	 * @generated
	 */
	EClass getDecarbonisationProject();

	/**
	 * Returns the meta object for the attribute list '{@link org.helix.model.ecosystem.DecarbonisationProject#getTypes <em>Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Types</em>'.
	 * @see org.helix.model.ecosystem.DecarbonisationProject#getTypes()
	 * @see #getDecarbonisationProject()
	 * @generated
	 */
	EAttribute getDecarbonisationProject_Types();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.DecarbonisationProject#getTypeText <em>Type Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type Text</em>'.
	 * @see org.helix.model.ecosystem.DecarbonisationProject#getTypeText()
	 * @see #getDecarbonisationProject()
	 * @generated
	 */
	EAttribute getDecarbonisationProject_TypeText();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.DecarbonisationProject#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.helix.model.ecosystem.DecarbonisationProject#getStatus()
	 * @see #getDecarbonisationProject()
	 * @generated
	 */
	EAttribute getDecarbonisationProject_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.DecarbonisationProject#getStatusText <em>Status Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status Text</em>'.
	 * @see org.helix.model.ecosystem.DecarbonisationProject#getStatusText()
	 * @see #getDecarbonisationProject()
	 * @generated
	 */
	EAttribute getDecarbonisationProject_StatusText();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.DecarbonisationProject#getFidTaken <em>Fid Taken</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fid Taken</em>'.
	 * @see org.helix.model.ecosystem.DecarbonisationProject#getFidTaken()
	 * @see #getDecarbonisationProject()
	 * @generated
	 */
	EAttribute getDecarbonisationProject_FidTaken();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.DecarbonisationProject#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.helix.model.ecosystem.DecarbonisationProject#getLocation()
	 * @see #getDecarbonisationProject()
	 * @generated
	 */
	EAttribute getDecarbonisationProject_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.DecarbonisationProject#getCapacity <em>Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity</em>'.
	 * @see org.helix.model.ecosystem.DecarbonisationProject#getCapacity()
	 * @see #getDecarbonisationProject()
	 * @generated
	 */
	EAttribute getDecarbonisationProject_Capacity();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.DecarbonisationProject#getReductionPotential <em>Reduction Potential</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reduction Potential</em>'.
	 * @see org.helix.model.ecosystem.DecarbonisationProject#getReductionPotential()
	 * @see #getDecarbonisationProject()
	 * @generated
	 */
	EAttribute getDecarbonisationProject_ReductionPotential();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.ecosystem.DecarbonisationProject#getCompanies <em>Companies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Companies</em>'.
	 * @see org.helix.model.ecosystem.DecarbonisationProject#getCompanies()
	 * @see #getDecarbonisationProject()
	 * @generated
	 */
	EReference getDecarbonisationProject_Companies();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.DecarbonisationProject#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Site</em>'.
	 * @see org.helix.model.ecosystem.DecarbonisationProject#getSite()
	 * @see #getDecarbonisationProject()
	 * @generated
	 */
	EReference getDecarbonisationProject_Site();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.ecosystem.DecarbonisationProject#getSectors <em>Sectors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sectors</em>'.
	 * @see org.helix.model.ecosystem.DecarbonisationProject#getSectors()
	 * @see #getDecarbonisationProject()
	 * @generated
	 */
	EReference getDecarbonisationProject_Sectors();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.ecosystem.DecarbonisationProject#getTechnologies <em>Technologies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Technologies</em>'.
	 * @see org.helix.model.ecosystem.DecarbonisationProject#getTechnologies()
	 * @see #getDecarbonisationProject()
	 * @generated
	 */
	EReference getDecarbonisationProject_Technologies();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.ecosystem.DecarbonisationProject#getFundedBy <em>Funded By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Funded By</em>'.
	 * @see org.helix.model.ecosystem.DecarbonisationProject#getFundedBy()
	 * @see #getDecarbonisationProject()
	 * @generated
	 */
	EReference getDecarbonisationProject_FundedBy();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.ecosystem.DecarbonisationProject#getInfrastructure <em>Infrastructure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Infrastructure</em>'.
	 * @see org.helix.model.ecosystem.DecarbonisationProject#getInfrastructure()
	 * @see #getDecarbonisationProject()
	 * @generated
	 */
	EReference getDecarbonisationProject_Infrastructure();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.ecosystem.DecarbonisationProject#getDependsOn <em>Depends On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Depends On</em>'.
	 * @see org.helix.model.ecosystem.DecarbonisationProject#getDependsOn()
	 * @see #getDecarbonisationProject()
	 * @generated
	 */
	EReference getDecarbonisationProject_DependsOn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.ecosystem.DecarbonisationProject#getMilestones <em>Milestones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Milestones</em>'.
	 * @see org.helix.model.ecosystem.DecarbonisationProject#getMilestones()
	 * @see #getDecarbonisationProject()
	 * @generated
	 */
	EReference getDecarbonisationProject_Milestones();

	/**
	 * Returns the meta object for class '{@link org.helix.model.ecosystem.PolicyInstrument <em>Policy Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy Instrument</em>'.
	 * @see org.helix.model.ecosystem.PolicyInstrument
	 * @generated
	 */
	EClass getPolicyInstrument();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.PolicyInstrument#getAcronym <em>Acronym</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acronym</em>'.
	 * @see org.helix.model.ecosystem.PolicyInstrument#getAcronym()
	 * @see #getPolicyInstrument()
	 * @generated
	 */
	EAttribute getPolicyInstrument_Acronym();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.PolicyInstrument#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.helix.model.ecosystem.PolicyInstrument#getKind()
	 * @see #getPolicyInstrument()
	 * @generated
	 */
	EAttribute getPolicyInstrument_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.PolicyInstrument#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.helix.model.ecosystem.PolicyInstrument#getLevel()
	 * @see #getPolicyInstrument()
	 * @generated
	 */
	EAttribute getPolicyInstrument_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.PolicyInstrument#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.helix.model.ecosystem.PolicyInstrument#getStatus()
	 * @see #getPolicyInstrument()
	 * @generated
	 */
	EAttribute getPolicyInstrument_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.PolicyInstrument#getLegalReference <em>Legal Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Legal Reference</em>'.
	 * @see org.helix.model.ecosystem.PolicyInstrument#getLegalReference()
	 * @see #getPolicyInstrument()
	 * @generated
	 */
	EAttribute getPolicyInstrument_LegalReference();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.PolicyInstrument#getFromYear <em>From Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Year</em>'.
	 * @see org.helix.model.ecosystem.PolicyInstrument#getFromYear()
	 * @see #getPolicyInstrument()
	 * @generated
	 */
	EAttribute getPolicyInstrument_FromYear();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.PolicyInstrument#getToYear <em>To Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Year</em>'.
	 * @see org.helix.model.ecosystem.PolicyInstrument#getToYear()
	 * @see #getPolicyInstrument()
	 * @generated
	 */
	EAttribute getPolicyInstrument_ToYear();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.PolicyInstrument#getJurisdiction <em>Jurisdiction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Jurisdiction</em>'.
	 * @see org.helix.model.ecosystem.PolicyInstrument#getJurisdiction()
	 * @see #getPolicyInstrument()
	 * @generated
	 */
	EReference getPolicyInstrument_Jurisdiction();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.PolicyInstrument#getManager <em>Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Manager</em>'.
	 * @see org.helix.model.ecosystem.PolicyInstrument#getManager()
	 * @see #getPolicyInstrument()
	 * @generated
	 */
	EReference getPolicyInstrument_Manager();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.ecosystem.PolicyInstrument#getComplements <em>Complements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Complements</em>'.
	 * @see org.helix.model.ecosystem.PolicyInstrument#getComplements()
	 * @see #getPolicyInstrument()
	 * @generated
	 */
	EReference getPolicyInstrument_Complements();

	/**
	 * Returns the meta object for class '{@link org.helix.model.ecosystem.FundingInstrument <em>Funding Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Funding Instrument</em>'.
	 * @see org.helix.model.ecosystem.FundingInstrument
	 * @generated
	 */
	EClass getFundingInstrument();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.FundingInstrument#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Conditions</em>'.
	 * @see org.helix.model.ecosystem.FundingInstrument#getConditions()
	 * @see #getFundingInstrument()
	 * @generated
	 */
	EAttribute getFundingInstrument_Conditions();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.FundingInstrument#getCallOpens <em>Call Opens</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Call Opens</em>'.
	 * @see org.helix.model.ecosystem.FundingInstrument#getCallOpens()
	 * @see #getFundingInstrument()
	 * @generated
	 */
	EAttribute getFundingInstrument_CallOpens();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.FundingInstrument#getCallCloses <em>Call Closes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Call Closes</em>'.
	 * @see org.helix.model.ecosystem.FundingInstrument#getCallCloses()
	 * @see #getFundingInstrument()
	 * @generated
	 */
	EAttribute getFundingInstrument_CallCloses();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.FundingInstrument#getTrlMin <em>Trl Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trl Min</em>'.
	 * @see org.helix.model.ecosystem.FundingInstrument#getTrlMin()
	 * @see #getFundingInstrument()
	 * @generated
	 */
	EAttribute getFundingInstrument_TrlMin();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.FundingInstrument#getTrlMax <em>Trl Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trl Max</em>'.
	 * @see org.helix.model.ecosystem.FundingInstrument#getTrlMax()
	 * @see #getFundingInstrument()
	 * @generated
	 */
	EAttribute getFundingInstrument_TrlMax();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.FundingInstrument#getSupportsCapex <em>Supports Capex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supports Capex</em>'.
	 * @see org.helix.model.ecosystem.FundingInstrument#getSupportsCapex()
	 * @see #getFundingInstrument()
	 * @generated
	 */
	EAttribute getFundingInstrument_SupportsCapex();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.ecosystem.FundingInstrument#getSupportsOpex <em>Supports Opex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supports Opex</em>'.
	 * @see org.helix.model.ecosystem.FundingInstrument#getSupportsOpex()
	 * @see #getFundingInstrument()
	 * @generated
	 */
	EAttribute getFundingInstrument_SupportsOpex();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.FundingInstrument#getFundingSource <em>Funding Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Funding Source</em>'.
	 * @see org.helix.model.ecosystem.FundingInstrument#getFundingSource()
	 * @see #getFundingInstrument()
	 * @generated
	 */
	EReference getFundingInstrument_FundingSource();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.ecosystem.FundingInstrument#getParentFund <em>Parent Fund</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent Fund</em>'.
	 * @see org.helix.model.ecosystem.FundingInstrument#getParentFund()
	 * @see #getFundingInstrument()
	 * @generated
	 */
	EReference getFundingInstrument_ParentFund();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.ecosystem.FundingInstrument#getTechnologies <em>Technologies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Technologies</em>'.
	 * @see org.helix.model.ecosystem.FundingInstrument#getTechnologies()
	 * @see #getFundingInstrument()
	 * @generated
	 */
	EReference getFundingInstrument_Technologies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.ecosystem.FundingInstrument#getAmounts <em>Amounts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Amounts</em>'.
	 * @see org.helix.model.ecosystem.FundingInstrument#getAmounts()
	 * @see #getFundingInstrument()
	 * @generated
	 */
	EReference getFundingInstrument_Amounts();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.ecosystem.OrganisationKind <em>Organisation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Organisation Kind</em>'.
	 * @see org.helix.model.ecosystem.OrganisationKind
	 * @generated
	 */
	EEnum getOrganisationKind();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.ecosystem.RelationshipKind <em>Relationship Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relationship Kind</em>'.
	 * @see org.helix.model.ecosystem.RelationshipKind
	 * @generated
	 */
	EEnum getRelationshipKind();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.ecosystem.JurisdictionLevel <em>Jurisdiction Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Jurisdiction Level</em>'.
	 * @see org.helix.model.ecosystem.JurisdictionLevel
	 * @generated
	 */
	EEnum getJurisdictionLevel();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.ecosystem.SectorKind <em>Sector Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sector Kind</em>'.
	 * @see org.helix.model.ecosystem.SectorKind
	 * @generated
	 */
	EEnum getSectorKind();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.ecosystem.StageKind <em>Stage Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Stage Kind</em>'.
	 * @see org.helix.model.ecosystem.StageKind
	 * @generated
	 */
	EEnum getStageKind();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.ecosystem.ClusterKind <em>Cluster Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cluster Kind</em>'.
	 * @see org.helix.model.ecosystem.ClusterKind
	 * @generated
	 */
	EEnum getClusterKind();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.ecosystem.TechnologyCategory <em>Technology Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Technology Category</em>'.
	 * @see org.helix.model.ecosystem.TechnologyCategory
	 * @generated
	 */
	EEnum getTechnologyCategory();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.ecosystem.TransitionPath <em>Transition Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Transition Path</em>'.
	 * @see org.helix.model.ecosystem.TransitionPath
	 * @generated
	 */
	EEnum getTransitionPath();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.ecosystem.InvestmentQuadrant <em>Investment Quadrant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Investment Quadrant</em>'.
	 * @see org.helix.model.ecosystem.InvestmentQuadrant
	 * @generated
	 */
	EEnum getInvestmentQuadrant();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.ecosystem.DomainCategory <em>Domain Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Domain Category</em>'.
	 * @see org.helix.model.ecosystem.DomainCategory
	 * @generated
	 */
	EEnum getDomainCategory();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.ecosystem.TransitionOnlyAction <em>Transition Only Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Transition Only Action</em>'.
	 * @see org.helix.model.ecosystem.TransitionOnlyAction
	 * @generated
	 */
	EEnum getTransitionOnlyAction();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.ecosystem.ValueChainRole <em>Value Chain Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Value Chain Role</em>'.
	 * @see org.helix.model.ecosystem.ValueChainRole
	 * @generated
	 */
	EEnum getValueChainRole();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.ecosystem.DimensionKind <em>Dimension Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dimension Kind</em>'.
	 * @see org.helix.model.ecosystem.DimensionKind
	 * @generated
	 */
	EEnum getDimensionKind();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.ecosystem.RatingLevel <em>Rating Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rating Level</em>'.
	 * @see org.helix.model.ecosystem.RatingLevel
	 * @generated
	 */
	EEnum getRatingLevel();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.ecosystem.Trend <em>Trend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Trend</em>'.
	 * @see org.helix.model.ecosystem.Trend
	 * @generated
	 */
	EEnum getTrend();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.ecosystem.DataSourceKind <em>Data Source Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Source Kind</em>'.
	 * @see org.helix.model.ecosystem.DataSourceKind
	 * @generated
	 */
	EEnum getDataSourceKind();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.ecosystem.StrategyKind <em>Strategy Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Strategy Kind</em>'.
	 * @see org.helix.model.ecosystem.StrategyKind
	 * @generated
	 */
	EEnum getStrategyKind();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.ecosystem.PriorityKind <em>Priority Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Priority Kind</em>'.
	 * @see org.helix.model.ecosystem.PriorityKind
	 * @generated
	 */
	EEnum getPriorityKind();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.ecosystem.SiteKind <em>Site Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Site Kind</em>'.
	 * @see org.helix.model.ecosystem.SiteKind
	 * @generated
	 */
	EEnum getSiteKind();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.ecosystem.InfrastructureKind <em>Infrastructure Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Infrastructure Kind</em>'.
	 * @see org.helix.model.ecosystem.InfrastructureKind
	 * @generated
	 */
	EEnum getInfrastructureKind();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.ecosystem.EnergyCarrier <em>Energy Carrier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Energy Carrier</em>'.
	 * @see org.helix.model.ecosystem.EnergyCarrier
	 * @generated
	 */
	EEnum getEnergyCarrier();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.ecosystem.ProjectStatus <em>Project Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Project Status</em>'.
	 * @see org.helix.model.ecosystem.ProjectStatus
	 * @generated
	 */
	EEnum getProjectStatus();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.ecosystem.InstrumentKind <em>Instrument Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Instrument Kind</em>'.
	 * @see org.helix.model.ecosystem.InstrumentKind
	 * @generated
	 */
	EEnum getInstrumentKind();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.ecosystem.InstrumentStatus <em>Instrument Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Instrument Status</em>'.
	 * @see org.helix.model.ecosystem.InstrumentStatus
	 * @generated
	 */
	EEnum getInstrumentStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	EcosystemFactory getEcosystemFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.impl.ActorImpl <em>Actor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.impl.ActorImpl
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getActor()
		 * @generated
		 */
		EClass ACTOR = eINSTANCE.getActor();

		/**
		 * The meta object literal for the '<em><b>Helix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__HELIX = eINSTANCE.getActor_Helix();

		/**
		 * The meta object literal for the '<em><b>Jurisdiction</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTOR__JURISDICTION = eINSTANCE.getActor_Jurisdiction();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.impl.OrganisationImpl <em>Organisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.impl.OrganisationImpl
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getOrganisation()
		 * @generated
		 */
		EClass ORGANISATION = eINSTANCE.getOrganisation();

		/**
		 * The meta object literal for the '<em><b>Abbreviation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__ABBREVIATION = eINSTANCE.getOrganisation_Abbreviation();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__KIND = eINSTANCE.getOrganisation_Kind();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__LEVEL = eINSTANCE.getOrganisation_Level();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__LOCATION = eINSTANCE.getOrganisation_Location();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__PARENT = eINSTANCE.getOrganisation_Parent();

		/**
		 * The meta object literal for the '<em><b>Sectors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__SECTORS = eINSTANCE.getOrganisation_Sectors();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.impl.PersonImpl
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__FUNCTION = eINSTANCE.getPerson_Function();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSON__ORGANISATION = eINSTANCE.getPerson_Organisation();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.impl.RelationshipImpl <em>Relationship</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.impl.RelationshipImpl
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getRelationship()
		 * @generated
		 */
		EClass RELATIONSHIP = eINSTANCE.getRelationship();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__KIND = eINSTANCE.getRelationship_Kind();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__LABEL = eINSTANCE.getRelationship_Label();

		/**
		 * The meta object literal for the '<em><b>Bidirectional</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__BIDIRECTIONAL = eINSTANCE.getRelationship_Bidirectional();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__FREQUENCY = eINSTANCE.getRelationship_Frequency();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATIONSHIP__SOURCE = eINSTANCE.getRelationship_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATIONSHIP__TARGET = eINSTANCE.getRelationship_Target();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.impl.JurisdictionImpl <em>Jurisdiction</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.impl.JurisdictionImpl
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getJurisdiction()
		 * @generated
		 */
		EClass JURISDICTION = eINSTANCE.getJurisdiction();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JURISDICTION__LEVEL = eINSTANCE.getJurisdiction_Level();

		/**
		 * The meta object literal for the '<em><b>Iso Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JURISDICTION__ISO_CODE = eINSTANCE.getJurisdiction_IsoCode();

		/**
		 * The meta object literal for the '<em><b>Eu Member State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JURISDICTION__EU_MEMBER_STATE = eINSTANCE.getJurisdiction_EuMemberState();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JURISDICTION__PARENT = eINSTANCE.getJurisdiction_Parent();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.impl.SectorImpl <em>Sector</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.impl.SectorImpl
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getSector()
		 * @generated
		 */
		EClass SECTOR = eINSTANCE.getSector();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTOR__CODE = eINSTANCE.getSector_Code();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTOR__KIND = eINSTANCE.getSector_Kind();

		/**
		 * The meta object literal for the '<em><b>Ets Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTOR__ETS_SCOPE = eINSTANCE.getSector_EtsScope();

		/**
		 * The meta object literal for the '<em><b>Sub Sectors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTOR__SUB_SECTORS = eINSTANCE.getSector_SubSectors();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.impl.ValueChainImpl <em>Value Chain</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.impl.ValueChainImpl
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getValueChain()
		 * @generated
		 */
		EClass VALUE_CHAIN = eINSTANCE.getValueChain();

		/**
		 * The meta object literal for the '<em><b>Geography</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_CHAIN__GEOGRAPHY = eINSTANCE.getValueChain_Geography();

		/**
		 * The meta object literal for the '<em><b>Sectors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALUE_CHAIN__SECTORS = eINSTANCE.getValueChain_Sectors();

		/**
		 * The meta object literal for the '<em><b>Stages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALUE_CHAIN__STAGES = eINSTANCE.getValueChain_Stages();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.impl.ValueChainStageImpl <em>Value Chain Stage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.impl.ValueChainStageImpl
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getValueChainStage()
		 * @generated
		 */
		EClass VALUE_CHAIN_STAGE = eINSTANCE.getValueChainStage();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_CHAIN_STAGE__KIND = eINSTANCE.getValueChainStage_Kind();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.impl.ClusterImpl <em>Cluster</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.impl.ClusterImpl
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getCluster()
		 * @generated
		 */
		EClass CLUSTER = eINSTANCE.getCluster();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__KIND = eINSTANCE.getCluster_Kind();

		/**
		 * The meta object literal for the '<em><b>Geographic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__GEOGRAPHIC = eINSTANCE.getCluster_Geographic();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__REGION = eINSTANCE.getCluster_Region();

		/**
		 * The meta object literal for the '<em><b>Focus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__FOCUS = eINSTANCE.getCluster_Focus();

		/**
		 * The meta object literal for the '<em><b>Founded Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__FOUNDED_YEAR = eINSTANCE.getCluster_FoundedYear();

		/**
		 * The meta object literal for the '<em><b>Approx Company Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLUSTER__APPROX_COMPANY_COUNT = eINSTANCE.getCluster_ApproxCompanyCount();

		/**
		 * The meta object literal for the '<em><b>Cluster Organisation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__CLUSTER_ORGANISATION = eINSTANCE.getCluster_ClusterOrganisation();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__MEMBERS = eINSTANCE.getCluster_Members();

		/**
		 * The meta object literal for the '<em><b>Sectors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__SECTORS = eINSTANCE.getCluster_Sectors();

		/**
		 * The meta object literal for the '<em><b>Jurisdiction</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLUSTER__JURISDICTION = eINSTANCE.getCluster_Jurisdiction();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.impl.TechnologyImpl <em>Technology</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.impl.TechnologyImpl
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getTechnology()
		 * @generated
		 */
		EClass TECHNOLOGY = eINSTANCE.getTechnology();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TECHNOLOGY__CATEGORY = eINSTANCE.getTechnology_Category();

		/**
		 * The meta object literal for the '<em><b>Transition Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TECHNOLOGY__TRANSITION_PATH = eINSTANCE.getTechnology_TransitionPath();

		/**
		 * The meta object literal for the '<em><b>Trl Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TECHNOLOGY__TRL_MIN = eINSTANCE.getTechnology_TrlMin();

		/**
		 * The meta object literal for the '<em><b>Trl Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TECHNOLOGY__TRL_MAX = eINSTANCE.getTechnology_TrlMax();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TECHNOLOGY__PARENT = eINSTANCE.getTechnology_Parent();

		/**
		 * The meta object literal for the '<em><b>Sectors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TECHNOLOGY__SECTORS = eINSTANCE.getTechnology_Sectors();

		/**
		 * The meta object literal for the '<em><b>Positions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TECHNOLOGY__POSITIONS = eINSTANCE.getTechnology_Positions();

		/**
		 * The meta object literal for the '<em><b>Ratings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TECHNOLOGY__RATINGS = eINSTANCE.getTechnology_Ratings();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.impl.TechnologyPositionImpl <em>Technology Position</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.impl.TechnologyPositionImpl
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getTechnologyPosition()
		 * @generated
		 */
		EClass TECHNOLOGY_POSITION = eINSTANCE.getTechnologyPosition();

		/**
		 * The meta object literal for the '<em><b>Relatedness Density</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TECHNOLOGY_POSITION__RELATEDNESS_DENSITY = eINSTANCE.getTechnologyPosition_RelatednessDensity();

		/**
		 * The meta object literal for the '<em><b>Complexity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TECHNOLOGY_POSITION__COMPLEXITY = eINSTANCE.getTechnologyPosition_Complexity();

		/**
		 * The meta object literal for the '<em><b>Rca</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TECHNOLOGY_POSITION__RCA = eINSTANCE.getTechnologyPosition_Rca();

		/**
		 * The meta object literal for the '<em><b>Quadrant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TECHNOLOGY_POSITION__QUADRANT = eINSTANCE.getTechnologyPosition_Quadrant();

		/**
		 * The meta object literal for the '<em><b>Jurisdiction</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TECHNOLOGY_POSITION__JURISDICTION = eINSTANCE.getTechnologyPosition_Jurisdiction();

		/**
		 * The meta object literal for the '<em><b>Data Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TECHNOLOGY_POSITION__DATA_SOURCE = eINSTANCE.getTechnologyPosition_DataSource();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.impl.TransitionPriorityImpl <em>Transition Priority</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.impl.TransitionPriorityImpl
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getTransitionPriority()
		 * @generated
		 */
		EClass TRANSITION_PRIORITY = eINSTANCE.getTransitionPriority();

		/**
		 * The meta object literal for the '<em><b>Source Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSITION_PRIORITY__SOURCE_TEXT = eINSTANCE.getTransitionPriority_SourceText();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.impl.StrategicDomainImpl <em>Strategic Domain</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.impl.StrategicDomainImpl
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getStrategicDomain()
		 * @generated
		 */
		EClass STRATEGIC_DOMAIN = eINSTANCE.getStrategicDomain();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGIC_DOMAIN__CATEGORY = eINSTANCE.getStrategicDomain_Category();

		/**
		 * The meta object literal for the '<em><b>Transition Only Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGIC_DOMAIN__TRANSITION_ONLY_ACTION = eINSTANCE.getStrategicDomain_TransitionOnlyAction();

		/**
		 * The meta object literal for the '<em><b>Expert Validated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGIC_DOMAIN__EXPERT_VALIDATED = eINSTANCE.getStrategicDomain_ExpertValidated();

		/**
		 * The meta object literal for the '<em><b>Sectors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGIC_DOMAIN__SECTORS = eINSTANCE.getStrategicDomain_Sectors();

		/**
		 * The meta object literal for the '<em><b>Technologies</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGIC_DOMAIN__TECHNOLOGIES = eINSTANCE.getStrategicDomain_Technologies();

		/**
		 * The meta object literal for the '<em><b>Clusters</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGIC_DOMAIN__CLUSTERS = eINSTANCE.getStrategicDomain_Clusters();

		/**
		 * The meta object literal for the '<em><b>Contributes To</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGIC_DOMAIN__CONTRIBUTES_TO = eINSTANCE.getStrategicDomain_ContributesTo();

		/**
		 * The meta object literal for the '<em><b>Value Chain Positions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGIC_DOMAIN__VALUE_CHAIN_POSITIONS = eINSTANCE.getStrategicDomain_ValueChainPositions();

		/**
		 * The meta object literal for the '<em><b>Ratings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGIC_DOMAIN__RATINGS = eINSTANCE.getStrategicDomain_Ratings();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.impl.ValueChainPositionImpl <em>Value Chain Position</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.impl.ValueChainPositionImpl
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getValueChainPosition()
		 * @generated
		 */
		EClass VALUE_CHAIN_POSITION = eINSTANCE.getValueChainPosition();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_CHAIN_POSITION__ROLE = eINSTANCE.getValueChainPosition_Role();

		/**
		 * The meta object literal for the '<em><b>Partner Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_CHAIN_POSITION__PARTNER_REGION = eINSTANCE.getValueChainPosition_PartnerRegion();

		/**
		 * The meta object literal for the '<em><b>Value Chain</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALUE_CHAIN_POSITION__VALUE_CHAIN = eINSTANCE.getValueChainPosition_ValueChain();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.impl.AssessmentFrameworkImpl <em>Assessment Framework</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.impl.AssessmentFrameworkImpl
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getAssessmentFramework()
		 * @generated
		 */
		EClass ASSESSMENT_FRAMEWORK = eINSTANCE.getAssessmentFramework();

		/**
		 * The meta object literal for the '<em><b>Dimensions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT_FRAMEWORK__DIMENSIONS = eINSTANCE.getAssessmentFramework_Dimensions();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.impl.AssessmentDimensionImpl <em>Assessment Dimension</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.impl.AssessmentDimensionImpl
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getAssessmentDimension()
		 * @generated
		 */
		EClass ASSESSMENT_DIMENSION = eINSTANCE.getAssessmentDimension();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT_DIMENSION__KIND = eINSTANCE.getAssessmentDimension_Kind();

		/**
		 * The meta object literal for the '<em><b>Question</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT_DIMENSION__QUESTION = eINSTANCE.getAssessmentDimension_Question();

		/**
		 * The meta object literal for the '<em><b>Sub Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT_DIMENSION__SUB_CRITERIA = eINSTANCE.getAssessmentDimension_SubCriteria();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.impl.SubCriterionImpl <em>Sub Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.impl.SubCriterionImpl
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getSubCriterion()
		 * @generated
		 */
		EClass SUB_CRITERION = eINSTANCE.getSubCriterion();

		/**
		 * The meta object literal for the '<em><b>Wording</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUB_CRITERION__WORDING = eINSTANCE.getSubCriterion_Wording();

		/**
		 * The meta object literal for the '<em><b>Competence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUB_CRITERION__COMPETENCE = eINSTANCE.getSubCriterion_Competence();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUB_CRITERION__INDICATORS = eINSTANCE.getSubCriterion_Indicators();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.impl.RatingImpl <em>Rating</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.impl.RatingImpl
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getRating()
		 * @generated
		 */
		EClass RATING = eINSTANCE.getRating();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATING__LEVEL = eINSTANCE.getRating_Level();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATING__VALUE = eINSTANCE.getRating_Value();

		/**
		 * The meta object literal for the '<em><b>Trend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATING__TREND = eINSTANCE.getRating_Trend();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATING__PERIOD = eINSTANCE.getRating_Period();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATING__EVIDENCE = eINSTANCE.getRating_Evidence();

		/**
		 * The meta object literal for the '<em><b>Dimension</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RATING__DIMENSION = eINSTANCE.getRating_Dimension();

		/**
		 * The meta object literal for the '<em><b>Sub Criterion</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RATING__SUB_CRITERION = eINSTANCE.getRating_SubCriterion();

		/**
		 * The meta object literal for the '<em><b>Indicator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RATING__INDICATOR = eINSTANCE.getRating_Indicator();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.impl.DataSourceImpl <em>Data Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.impl.DataSourceImpl
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getDataSource()
		 * @generated
		 */
		EClass DATA_SOURCE = eINSTANCE.getDataSource();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__KIND = eINSTANCE.getDataSource_Kind();

		/**
		 * The meta object literal for the '<em><b>From Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__FROM_YEAR = eINSTANCE.getDataSource_FromYear();

		/**
		 * The meta object literal for the '<em><b>To Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__TO_YEAR = eINSTANCE.getDataSource_ToYear();

		/**
		 * The meta object literal for the '<em><b>Coverage Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__COVERAGE_SHARE = eINSTANCE.getDataSource_CoverageShare();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_SOURCE__PROVIDER = eINSTANCE.getDataSource_Provider();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.impl.CountryStrategyImpl <em>Country Strategy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.impl.CountryStrategyImpl
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getCountryStrategy()
		 * @generated
		 */
		EClass COUNTRY_STRATEGY = eINSTANCE.getCountryStrategy();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTRY_STRATEGY__KIND = eINSTANCE.getCountryStrategy_Kind();

		/**
		 * The meta object literal for the '<em><b>First Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTRY_STRATEGY__FIRST_YEAR = eINSTANCE.getCountryStrategy_FirstYear();

		/**
		 * The meta object literal for the '<em><b>Edition Years</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTRY_STRATEGY__EDITION_YEARS = eINSTANCE.getCountryStrategy_EditionYears();

		/**
		 * The meta object literal for the '<em><b>Selection Process</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTRY_STRATEGY__SELECTION_PROCESS = eINSTANCE.getCountryStrategy_SelectionProcess();

		/**
		 * The meta object literal for the '<em><b>Own Budget</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTRY_STRATEGY__OWN_BUDGET = eINSTANCE.getCountryStrategy_OwnBudget();

		/**
		 * The meta object literal for the '<em><b>Monitoring Since Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTRY_STRATEGY__MONITORING_SINCE_YEAR = eINSTANCE.getCountryStrategy_MonitoringSinceYear();

		/**
		 * The meta object literal for the '<em><b>Strategic Evaluation Done</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTRY_STRATEGY__STRATEGIC_EVALUATION_DONE = eINSTANCE.getCountryStrategy_StrategicEvaluationDone();

		/**
		 * The meta object literal for the '<em><b>Jurisdiction</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COUNTRY_STRATEGY__JURISDICTION = eINSTANCE.getCountryStrategy_Jurisdiction();

		/**
		 * The meta object literal for the '<em><b>Lead</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COUNTRY_STRATEGY__LEAD = eINSTANCE.getCountryStrategy_Lead();

		/**
		 * The meta object literal for the '<em><b>Predecessor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COUNTRY_STRATEGY__PREDECESSOR = eINSTANCE.getCountryStrategy_Predecessor();

		/**
		 * The meta object literal for the '<em><b>Priorities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COUNTRY_STRATEGY__PRIORITIES = eINSTANCE.getCountryStrategy_Priorities();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.impl.StrategyPriorityImpl <em>Strategy Priority</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.impl.StrategyPriorityImpl
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getStrategyPriority()
		 * @generated
		 */
		EClass STRATEGY_PRIORITY = eINSTANCE.getStrategyPriority();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGY_PRIORITY__KIND = eINSTANCE.getStrategyPriority_Kind();

		/**
		 * The meta object literal for the '<em><b>Rank</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGY_PRIORITY__RANK = eINSTANCE.getStrategyPriority_Rank();

		/**
		 * The meta object literal for the '<em><b>Target Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGY_PRIORITY__TARGET_YEAR = eINSTANCE.getStrategyPriority_TargetYear();

		/**
		 * The meta object literal for the '<em><b>Technology</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY_PRIORITY__TECHNOLOGY = eINSTANCE.getStrategyPriority_Technology();

		/**
		 * The meta object literal for the '<em><b>Sector</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY_PRIORITY__SECTOR = eINSTANCE.getStrategyPriority_Sector();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.impl.IndustrialSiteImpl <em>Industrial Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.impl.IndustrialSiteImpl
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getIndustrialSite()
		 * @generated
		 */
		EClass INDUSTRIAL_SITE = eINSTANCE.getIndustrialSite();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDUSTRIAL_SITE__KIND = eINSTANCE.getIndustrialSite_Kind();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDUSTRIAL_SITE__LOCATION = eINSTANCE.getIndustrialSite_Location();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRIAL_SITE__PORT = eINSTANCE.getIndustrialSite_Port();

		/**
		 * The meta object literal for the '<em><b>Jurisdiction</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDUSTRIAL_SITE__JURISDICTION = eINSTANCE.getIndustrialSite_Jurisdiction();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.impl.InfrastructureElementImpl <em>Infrastructure Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.impl.InfrastructureElementImpl
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getInfrastructureElement()
		 * @generated
		 */
		EClass INFRASTRUCTURE_ELEMENT = eINSTANCE.getInfrastructureElement();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFRASTRUCTURE_ELEMENT__KIND = eINSTANCE.getInfrastructureElement_Kind();

		/**
		 * The meta object literal for the '<em><b>Carrier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFRASTRUCTURE_ELEMENT__CARRIER = eINSTANCE.getInfrastructureElement_Carrier();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFRASTRUCTURE_ELEMENT__STATUS = eINSTANCE.getInfrastructureElement_Status();

		/**
		 * The meta object literal for the '<em><b>Collective</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFRASTRUCTURE_ELEMENT__COLLECTIVE = eINSTANCE.getInfrastructureElement_Collective();

		/**
		 * The meta object literal for the '<em><b>No Regret</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFRASTRUCTURE_ELEMENT__NO_REGRET = eINSTANCE.getInfrastructureElement_NoRegret();

		/**
		 * The meta object literal for the '<em><b>Co2 Reduction Potential</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFRASTRUCTURE_ELEMENT__CO2_REDUCTION_POTENTIAL = eINSTANCE.getInfrastructureElement_Co2ReductionPotential();

		/**
		 * The meta object literal for the '<em><b>Ready By Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INFRASTRUCTURE_ELEMENT__READY_BY_YEAR = eINSTANCE.getInfrastructureElement_ReadyByYear();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INFRASTRUCTURE_ELEMENT__OPERATOR = eINSTANCE.getInfrastructureElement_Operator();

		/**
		 * The meta object literal for the '<em><b>Sites</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INFRASTRUCTURE_ELEMENT__SITES = eINSTANCE.getInfrastructureElement_Sites();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.impl.DecarbonisationProjectImpl <em>Decarbonisation Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.impl.DecarbonisationProjectImpl
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getDecarbonisationProject()
		 * @generated
		 */
		EClass DECARBONISATION_PROJECT = eINSTANCE.getDecarbonisationProject();

		/**
		 * The meta object literal for the '<em><b>Types</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECARBONISATION_PROJECT__TYPES = eINSTANCE.getDecarbonisationProject_Types();

		/**
		 * The meta object literal for the '<em><b>Type Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECARBONISATION_PROJECT__TYPE_TEXT = eINSTANCE.getDecarbonisationProject_TypeText();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECARBONISATION_PROJECT__STATUS = eINSTANCE.getDecarbonisationProject_Status();

		/**
		 * The meta object literal for the '<em><b>Status Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECARBONISATION_PROJECT__STATUS_TEXT = eINSTANCE.getDecarbonisationProject_StatusText();

		/**
		 * The meta object literal for the '<em><b>Fid Taken</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECARBONISATION_PROJECT__FID_TAKEN = eINSTANCE.getDecarbonisationProject_FidTaken();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECARBONISATION_PROJECT__LOCATION = eINSTANCE.getDecarbonisationProject_Location();

		/**
		 * The meta object literal for the '<em><b>Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECARBONISATION_PROJECT__CAPACITY = eINSTANCE.getDecarbonisationProject_Capacity();

		/**
		 * The meta object literal for the '<em><b>Reduction Potential</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECARBONISATION_PROJECT__REDUCTION_POTENTIAL = eINSTANCE.getDecarbonisationProject_ReductionPotential();

		/**
		 * The meta object literal for the '<em><b>Companies</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECARBONISATION_PROJECT__COMPANIES = eINSTANCE.getDecarbonisationProject_Companies();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECARBONISATION_PROJECT__SITE = eINSTANCE.getDecarbonisationProject_Site();

		/**
		 * The meta object literal for the '<em><b>Sectors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECARBONISATION_PROJECT__SECTORS = eINSTANCE.getDecarbonisationProject_Sectors();

		/**
		 * The meta object literal for the '<em><b>Technologies</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECARBONISATION_PROJECT__TECHNOLOGIES = eINSTANCE.getDecarbonisationProject_Technologies();

		/**
		 * The meta object literal for the '<em><b>Funded By</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECARBONISATION_PROJECT__FUNDED_BY = eINSTANCE.getDecarbonisationProject_FundedBy();

		/**
		 * The meta object literal for the '<em><b>Infrastructure</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECARBONISATION_PROJECT__INFRASTRUCTURE = eINSTANCE.getDecarbonisationProject_Infrastructure();

		/**
		 * The meta object literal for the '<em><b>Depends On</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECARBONISATION_PROJECT__DEPENDS_ON = eINSTANCE.getDecarbonisationProject_DependsOn();

		/**
		 * The meta object literal for the '<em><b>Milestones</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECARBONISATION_PROJECT__MILESTONES = eINSTANCE.getDecarbonisationProject_Milestones();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.impl.PolicyInstrumentImpl <em>Policy Instrument</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.impl.PolicyInstrumentImpl
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getPolicyInstrument()
		 * @generated
		 */
		EClass POLICY_INSTRUMENT = eINSTANCE.getPolicyInstrument();

		/**
		 * The meta object literal for the '<em><b>Acronym</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_INSTRUMENT__ACRONYM = eINSTANCE.getPolicyInstrument_Acronym();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_INSTRUMENT__KIND = eINSTANCE.getPolicyInstrument_Kind();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_INSTRUMENT__LEVEL = eINSTANCE.getPolicyInstrument_Level();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_INSTRUMENT__STATUS = eINSTANCE.getPolicyInstrument_Status();

		/**
		 * The meta object literal for the '<em><b>Legal Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_INSTRUMENT__LEGAL_REFERENCE = eINSTANCE.getPolicyInstrument_LegalReference();

		/**
		 * The meta object literal for the '<em><b>From Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_INSTRUMENT__FROM_YEAR = eINSTANCE.getPolicyInstrument_FromYear();

		/**
		 * The meta object literal for the '<em><b>To Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_INSTRUMENT__TO_YEAR = eINSTANCE.getPolicyInstrument_ToYear();

		/**
		 * The meta object literal for the '<em><b>Jurisdiction</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_INSTRUMENT__JURISDICTION = eINSTANCE.getPolicyInstrument_Jurisdiction();

		/**
		 * The meta object literal for the '<em><b>Manager</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_INSTRUMENT__MANAGER = eINSTANCE.getPolicyInstrument_Manager();

		/**
		 * The meta object literal for the '<em><b>Complements</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_INSTRUMENT__COMPLEMENTS = eINSTANCE.getPolicyInstrument_Complements();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.impl.FundingInstrumentImpl <em>Funding Instrument</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.impl.FundingInstrumentImpl
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getFundingInstrument()
		 * @generated
		 */
		EClass FUNDING_INSTRUMENT = eINSTANCE.getFundingInstrument();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING_INSTRUMENT__CONDITIONS = eINSTANCE.getFundingInstrument_Conditions();

		/**
		 * The meta object literal for the '<em><b>Call Opens</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING_INSTRUMENT__CALL_OPENS = eINSTANCE.getFundingInstrument_CallOpens();

		/**
		 * The meta object literal for the '<em><b>Call Closes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING_INSTRUMENT__CALL_CLOSES = eINSTANCE.getFundingInstrument_CallCloses();

		/**
		 * The meta object literal for the '<em><b>Trl Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING_INSTRUMENT__TRL_MIN = eINSTANCE.getFundingInstrument_TrlMin();

		/**
		 * The meta object literal for the '<em><b>Trl Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING_INSTRUMENT__TRL_MAX = eINSTANCE.getFundingInstrument_TrlMax();

		/**
		 * The meta object literal for the '<em><b>Supports Capex</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING_INSTRUMENT__SUPPORTS_CAPEX = eINSTANCE.getFundingInstrument_SupportsCapex();

		/**
		 * The meta object literal for the '<em><b>Supports Opex</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING_INSTRUMENT__SUPPORTS_OPEX = eINSTANCE.getFundingInstrument_SupportsOpex();

		/**
		 * The meta object literal for the '<em><b>Funding Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUNDING_INSTRUMENT__FUNDING_SOURCE = eINSTANCE.getFundingInstrument_FundingSource();

		/**
		 * The meta object literal for the '<em><b>Parent Fund</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUNDING_INSTRUMENT__PARENT_FUND = eINSTANCE.getFundingInstrument_ParentFund();

		/**
		 * The meta object literal for the '<em><b>Technologies</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUNDING_INSTRUMENT__TECHNOLOGIES = eINSTANCE.getFundingInstrument_Technologies();

		/**
		 * The meta object literal for the '<em><b>Amounts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUNDING_INSTRUMENT__AMOUNTS = eINSTANCE.getFundingInstrument_Amounts();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.OrganisationKind <em>Organisation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.OrganisationKind
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getOrganisationKind()
		 * @generated
		 */
		EEnum ORGANISATION_KIND = eINSTANCE.getOrganisationKind();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.RelationshipKind <em>Relationship Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.RelationshipKind
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getRelationshipKind()
		 * @generated
		 */
		EEnum RELATIONSHIP_KIND = eINSTANCE.getRelationshipKind();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.JurisdictionLevel <em>Jurisdiction Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.JurisdictionLevel
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getJurisdictionLevel()
		 * @generated
		 */
		EEnum JURISDICTION_LEVEL = eINSTANCE.getJurisdictionLevel();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.SectorKind <em>Sector Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.SectorKind
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getSectorKind()
		 * @generated
		 */
		EEnum SECTOR_KIND = eINSTANCE.getSectorKind();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.StageKind <em>Stage Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.StageKind
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getStageKind()
		 * @generated
		 */
		EEnum STAGE_KIND = eINSTANCE.getStageKind();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.ClusterKind <em>Cluster Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.ClusterKind
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getClusterKind()
		 * @generated
		 */
		EEnum CLUSTER_KIND = eINSTANCE.getClusterKind();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.TechnologyCategory <em>Technology Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.TechnologyCategory
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getTechnologyCategory()
		 * @generated
		 */
		EEnum TECHNOLOGY_CATEGORY = eINSTANCE.getTechnologyCategory();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.TransitionPath <em>Transition Path</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.TransitionPath
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getTransitionPath()
		 * @generated
		 */
		EEnum TRANSITION_PATH = eINSTANCE.getTransitionPath();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.InvestmentQuadrant <em>Investment Quadrant</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.InvestmentQuadrant
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getInvestmentQuadrant()
		 * @generated
		 */
		EEnum INVESTMENT_QUADRANT = eINSTANCE.getInvestmentQuadrant();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.DomainCategory <em>Domain Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.DomainCategory
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getDomainCategory()
		 * @generated
		 */
		EEnum DOMAIN_CATEGORY = eINSTANCE.getDomainCategory();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.TransitionOnlyAction <em>Transition Only Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.TransitionOnlyAction
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getTransitionOnlyAction()
		 * @generated
		 */
		EEnum TRANSITION_ONLY_ACTION = eINSTANCE.getTransitionOnlyAction();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.ValueChainRole <em>Value Chain Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.ValueChainRole
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getValueChainRole()
		 * @generated
		 */
		EEnum VALUE_CHAIN_ROLE = eINSTANCE.getValueChainRole();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.DimensionKind <em>Dimension Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.DimensionKind
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getDimensionKind()
		 * @generated
		 */
		EEnum DIMENSION_KIND = eINSTANCE.getDimensionKind();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.RatingLevel <em>Rating Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.RatingLevel
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getRatingLevel()
		 * @generated
		 */
		EEnum RATING_LEVEL = eINSTANCE.getRatingLevel();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.Trend <em>Trend</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.Trend
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getTrend()
		 * @generated
		 */
		EEnum TREND = eINSTANCE.getTrend();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.DataSourceKind <em>Data Source Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.DataSourceKind
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getDataSourceKind()
		 * @generated
		 */
		EEnum DATA_SOURCE_KIND = eINSTANCE.getDataSourceKind();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.StrategyKind <em>Strategy Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.StrategyKind
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getStrategyKind()
		 * @generated
		 */
		EEnum STRATEGY_KIND = eINSTANCE.getStrategyKind();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.PriorityKind <em>Priority Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.PriorityKind
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getPriorityKind()
		 * @generated
		 */
		EEnum PRIORITY_KIND = eINSTANCE.getPriorityKind();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.SiteKind <em>Site Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.SiteKind
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getSiteKind()
		 * @generated
		 */
		EEnum SITE_KIND = eINSTANCE.getSiteKind();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.InfrastructureKind <em>Infrastructure Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.InfrastructureKind
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getInfrastructureKind()
		 * @generated
		 */
		EEnum INFRASTRUCTURE_KIND = eINSTANCE.getInfrastructureKind();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.EnergyCarrier <em>Energy Carrier</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.EnergyCarrier
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getEnergyCarrier()
		 * @generated
		 */
		EEnum ENERGY_CARRIER = eINSTANCE.getEnergyCarrier();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.ProjectStatus <em>Project Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.ProjectStatus
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getProjectStatus()
		 * @generated
		 */
		EEnum PROJECT_STATUS = eINSTANCE.getProjectStatus();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.InstrumentKind <em>Instrument Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.InstrumentKind
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getInstrumentKind()
		 * @generated
		 */
		EEnum INSTRUMENT_KIND = eINSTANCE.getInstrumentKind();

		/**
		 * The meta object literal for the '{@link org.helix.model.ecosystem.InstrumentStatus <em>Instrument Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.ecosystem.InstrumentStatus
		 * @see org.helix.model.ecosystem.impl.EcosystemPackageImpl#getInstrumentStatus()
		 * @generated
		 */
		EEnum INSTRUMENT_STATUS = eINSTANCE.getInstrumentStatus();

	}

} //EcosystemPackage
