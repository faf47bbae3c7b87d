/**
 * Helix
 */
package org.helix.model.core;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

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
 * Cross-cutting concepts of the Helix metamodel: identity, source traceability (citations, notes, aliases), the file root HelixModel, money, milestones and indicators. Format version 1.0.
 * <!-- end-model-doc -->
 * @see org.helix.model.core.CoreFactory
 * @model kind="package"
 *        annotation="http://www.helix.org/model/format version='1.0'"
 * @generated
 */
public interface CorePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "core";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.helix.org/model/1.0/core";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "core";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CorePackage eINSTANCE = org.helix.model.core.impl.CorePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.helix.model.core.impl.IdentifiableImpl <em>Identifiable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.core.impl.IdentifiableImpl
	 * @see org.helix.model.core.impl.CorePackageImpl#getIdentifiable()
	 * @generated
	 */
	int IDENTIFIABLE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE__ID = 0;

	/**
	 * The number of structural features of the '<em>Identifiable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identifiable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.helix.model.core.impl.HelixElementImpl <em>Helix Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.core.impl.HelixElementImpl
	 * @see org.helix.model.core.impl.CorePackageImpl#getHelixElement()
	 * @generated
	 */
	int HELIX_ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_ELEMENT__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_ELEMENT__CITATIONS = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_ELEMENT__NOTES = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Helix Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_ELEMENT_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Helix Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_ELEMENT_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.core.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.core.impl.NamedElementImpl
	 * @see org.helix.model.core.impl.CorePackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__ID = HELIX_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__CITATIONS = HELIX_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NOTES = HELIX_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = HELIX_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = HELIX_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__ALIASES = HELIX_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__FIGURES = HELIX_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = HELIX_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = HELIX_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.core.impl.SourceCitationImpl <em>Source Citation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.core.impl.SourceCitationImpl
	 * @see org.helix.model.core.impl.CorePackageImpl#getSourceCitation()
	 * @generated
	 */
	int SOURCE_CITATION = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_CITATION__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Document Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_CITATION__DOCUMENT_ID = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Document Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_CITATION__DOCUMENT_TITLE = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>From Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_CITATION__FROM_LINE = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>To Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_CITATION__TO_LINE = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_CITATION__QUOTE = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_CITATION__DOCUMENT = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Source Citation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_CITATION_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Source Citation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_CITATION_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.core.impl.NoteImpl <em>Note</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.core.impl.NoteImpl
	 * @see org.helix.model.core.impl.CorePackageImpl#getNote()
	 * @generated
	 */
	int NOTE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__TEXT = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__AUTHOR = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__DATE = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.core.impl.SourceDocumentImpl <em>Source Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.core.impl.SourceDocumentImpl
	 * @see org.helix.model.core.impl.CorePackageImpl#getSourceDocument()
	 * @generated
	 */
	int SOURCE_DOCUMENT = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__CITATIONS = NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__NOTES = NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__ALIASES = NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__FIGURES = NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Document Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__DOCUMENT_ID = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__KIND = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Publication Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__PUBLICATION_DATE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__LANGUAGE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Issuers</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__ISSUERS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Addressees</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__ADDRESSEES = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Responds To</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__RESPONDS_TO = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Source Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Source Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.core.impl.HelixModelImpl <em>Helix Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.core.impl.HelixModelImpl
	 * @see org.helix.model.core.impl.CorePackageImpl#getHelixModel()
	 * @generated
	 */
	int HELIX_MODEL = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__CITATIONS = NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__NOTES = NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__ALIASES = NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__FIGURES = NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__TITLE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__FORMAT_VERSION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source Documents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__SOURCE_DOCUMENTS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Jurisdictions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__JURISDICTIONS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Actors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__ACTORS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Relationships</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__RELATIONSHIPS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Sectors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__SECTORS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Value Chains</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__VALUE_CHAINS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Clusters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__CLUSTERS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Technologies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__TECHNOLOGIES = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Transition Priorities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__TRANSITION_PRIORITIES = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Assessment Frameworks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__ASSESSMENT_FRAMEWORKS = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Strategic Domains</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__STRATEGIC_DOMAINS = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Data Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__DATA_SOURCES = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Country Strategies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__COUNTRY_STRATEGIES = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__SITES = NAMED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Infrastructure</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__INFRASTRUCTURE = NAMED_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Projects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__PROJECTS = NAMED_ELEMENT_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Instruments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__INSTRUMENTS = NAMED_ELEMENT_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__INDICATORS = NAMED_ELEMENT_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Governance Bodies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__GOVERNANCE_BODIES = NAMED_ELEMENT_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Stakeholder Inputs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__STAKEHOLDER_INPUTS = NAMED_ELEMENT_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Programmes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__PROGRAMMES = NAMED_ELEMENT_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Recommendations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__RECOMMENDATIONS = NAMED_ELEMENT_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Raw Materials</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__RAW_MATERIALS = NAMED_ELEMENT_FEATURE_COUNT + 24;

	/**
	 * The feature id for the '<em><b>Material Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__MATERIAL_GROUPS = NAMED_ELEMENT_FEATURE_COUNT + 25;

	/**
	 * The feature id for the '<em><b>Material Lists</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__MATERIAL_LISTS = NAMED_ELEMENT_FEATURE_COUNT + 26;

	/**
	 * The feature id for the '<em><b>Materials Strategies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL__MATERIALS_STRATEGIES = NAMED_ELEMENT_FEATURE_COUNT + 27;

	/**
	 * The number of structural features of the '<em>Helix Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 28;

	/**
	 * The number of operations of the '<em>Helix Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HELIX_MODEL_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.core.impl.MonetaryAmountImpl <em>Monetary Amount</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.core.impl.MonetaryAmountImpl
	 * @see org.helix.model.core.impl.CorePackageImpl#getMonetaryAmount()
	 * @generated
	 */
	int MONETARY_AMOUNT = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONETARY_AMOUNT__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONETARY_AMOUNT__AMOUNT = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Max Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONETARY_AMOUNT__MAX_AMOUNT = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONETARY_AMOUNT__CURRENCY = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONETARY_AMOUNT__PERIOD = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>From Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONETARY_AMOUNT__FROM_YEAR = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>To Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONETARY_AMOUNT__TO_YEAR = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONETARY_AMOUNT__PURPOSE = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Monetary Amount</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONETARY_AMOUNT_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Monetary Amount</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONETARY_AMOUNT_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.core.impl.MilestoneImpl <em>Milestone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.core.impl.MilestoneImpl
	 * @see org.helix.model.core.impl.CorePackageImpl#getMilestone()
	 * @generated
	 */
	int MILESTONE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__CITATIONS = NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__NOTES = NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__ALIASES = NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__FIGURES = NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__DATE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Precision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__PRECISION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__DATE_TEXT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Achieved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__ACHIEVED = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.core.impl.IndicatorImpl <em>Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.core.impl.IndicatorImpl
	 * @see org.helix.model.core.impl.CorePackageImpl#getIndicator()
	 * @generated
	 */
	int INDICATOR = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__CITATIONS = NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NOTES = NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ALIASES = NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__FIGURES = NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__CODE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__UNIT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DIRECTION = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__CATEGORY = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__SOURCE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Baseline Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__BASELINE_VALUE = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Baseline Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__BASELINE_YEAR = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Kpi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__KPI = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGETS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Measurements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__MEASUREMENTS = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.core.impl.MeasurementImpl <em>Measurement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.core.impl.MeasurementImpl
	 * @see org.helix.model.core.impl.CorePackageImpl#getMeasurement()
	 * @generated
	 */
	int MEASUREMENT = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__ID = HELIX_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__CITATIONS = HELIX_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__NOTES = HELIX_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__DATE = HELIX_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__YEAR = HELIX_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__VALUE = HELIX_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Lower Bound</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__LOWER_BOUND = HELIX_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Upper Bound</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__UPPER_BOUND = HELIX_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Projection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__PROJECTION = HELIX_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__SOURCE = HELIX_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_FEATURE_COUNT = HELIX_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_OPERATION_COUNT = HELIX_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.core.impl.TargetImpl <em>Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.core.impl.TargetImpl
	 * @see org.helix.model.core.impl.CorePackageImpl#getTarget()
	 * @generated
	 */
	int TARGET = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__ID = HELIX_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__CITATIONS = HELIX_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__NOTES = HELIX_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__VALUE = HELIX_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__KIND = HELIX_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__YEAR = HELIX_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Base Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__BASE_YEAR = HELIX_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__TEXT = HELIX_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_FEATURE_COUNT = HELIX_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_OPERATION_COUNT = HELIX_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.core.impl.FigureImpl <em>Figure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.core.impl.FigureImpl
	 * @see org.helix.model.core.impl.CorePackageImpl#getFigure()
	 * @generated
	 */
	int FIGURE = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE__ID = HELIX_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE__CITATIONS = HELIX_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE__NOTES = HELIX_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE__LABEL = HELIX_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE__KIND = HELIX_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE__VALUE = HELIX_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Max Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE__MAX_VALUE = HELIX_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE__UNIT = HELIX_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE__YEAR = HELIX_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>To Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE__TO_YEAR = HELIX_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE__DATE = HELIX_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE__TEXT = HELIX_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Figure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE_FEATURE_COUNT = HELIX_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Figure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE_OPERATION_COUNT = HELIX_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.core.FigureKind <em>Figure Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.core.FigureKind
	 * @see org.helix.model.core.impl.CorePackageImpl#getFigureKind()
	 * @generated
	 */
	int FIGURE_KIND = 13;

	/**
	 * The meta object id for the '{@link org.helix.model.core.DocumentKind <em>Document Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.core.DocumentKind
	 * @see org.helix.model.core.impl.CorePackageImpl#getDocumentKind()
	 * @generated
	 */
	int DOCUMENT_KIND = 14;

	/**
	 * The meta object id for the '{@link org.helix.model.core.GovernanceLevel <em>Governance Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.core.GovernanceLevel
	 * @see org.helix.model.core.impl.CorePackageImpl#getGovernanceLevel()
	 * @generated
	 */
	int GOVERNANCE_LEVEL = 15;

	/**
	 * The meta object id for the '{@link org.helix.model.core.HelixKind <em>Helix Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.core.HelixKind
	 * @see org.helix.model.core.impl.CorePackageImpl#getHelixKind()
	 * @generated
	 */
	int HELIX_KIND = 16;

	/**
	 * The meta object id for the '{@link org.helix.model.core.AmountPeriod <em>Amount Period</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.core.AmountPeriod
	 * @see org.helix.model.core.impl.CorePackageImpl#getAmountPeriod()
	 * @generated
	 */
	int AMOUNT_PERIOD = 17;

	/**
	 * The meta object id for the '{@link org.helix.model.core.DatePrecision <em>Date Precision</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.core.DatePrecision
	 * @see org.helix.model.core.impl.CorePackageImpl#getDatePrecision()
	 * @generated
	 */
	int DATE_PRECISION = 18;

	/**
	 * The meta object id for the '{@link org.helix.model.core.IndicatorDirection <em>Indicator Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.core.IndicatorDirection
	 * @see org.helix.model.core.impl.CorePackageImpl#getIndicatorDirection()
	 * @generated
	 */
	int INDICATOR_DIRECTION = 19;

	/**
	 * The meta object id for the '{@link org.helix.model.core.IndicatorCategory <em>Indicator Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.core.IndicatorCategory
	 * @see org.helix.model.core.impl.CorePackageImpl#getIndicatorCategory()
	 * @generated
	 */
	int INDICATOR_CATEGORY = 20;

	/**
	 * The meta object id for the '{@link org.helix.model.core.TargetKind <em>Target Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.core.TargetKind
	 * @see org.helix.model.core.impl.CorePackageImpl#getTargetKind()
	 * @generated
	 */
	int TARGET_KIND = 21;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.helix.model.core.impl.CorePackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 22;


	/**
	 * Returns the meta object for class '{@link org.helix.model.core.Identifiable <em>Identifiable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identifiable</em>'.
	 * @see org.helix.model.core.Identifiable
	 * @generated
	 */
	EClass getIdentifiable();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Identifiable#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.helix.model.core.Identifiable#getId()
	 * @see #getIdentifiable()
	 * @generated
	 */
	EAttribute getIdentifiable_Id();

	/**
	 * Returns the meta object for class '{@link org.helix.model.core.HelixElement <em>Helix Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Helix Element</em>'.
	 * @see org.helix.model.core.HelixElement
	 * @generated
	 */
	EClass getHelixElement();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixElement#getCitations <em>Citations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Citations</em>'.
	 * @see org.helix.model.core.HelixElement#getCitations()
	 * @see #getHelixElement()
	 * @generated
	 */
	EReference getHelixElement_Citations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixElement#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see org.helix.model.core.HelixElement#getNotes()
	 * @see #getHelixElement()
	 * @generated
	 */
	EReference getHelixElement_Notes();

	/**
	 * Returns the meta object for class '{@link org.helix.model.core.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see org.helix.model.core.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.helix.model.core.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.NamedElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.helix.model.core.NamedElement#getDescription()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Description();

	/**
	 * Returns the meta object for the attribute list '{@link org.helix.model.core.NamedElement#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see org.helix.model.core.NamedElement#getAliases()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Aliases();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.NamedElement#getFigures <em>Figures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Figures</em>'.
	 * @see org.helix.model.core.NamedElement#getFigures()
	 * @see #getNamedElement()
	 * @generated
	 */
	EReference getNamedElement_Figures();

	/**
	 * Returns the meta object for class '{@link org.helix.model.core.SourceCitation <em>Source Citation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source Citation</em>'.
	 * @see org.helix.model.core.SourceCitation
	 * @generated
	 */
	EClass getSourceCitation();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.SourceCitation#getDocumentId <em>Document Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Id</em>'.
	 * @see org.helix.model.core.SourceCitation#getDocumentId()
	 * @see #getSourceCitation()
	 * @generated
	 */
	EAttribute getSourceCitation_DocumentId();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.SourceCitation#getDocumentTitle <em>Document Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Title</em>'.
	 * @see org.helix.model.core.SourceCitation#getDocumentTitle()
	 * @see #getSourceCitation()
	 * @generated
	 */
	EAttribute getSourceCitation_DocumentTitle();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.SourceCitation#getFromLine <em>From Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Line</em>'.
	 * @see org.helix.model.core.SourceCitation#getFromLine()
	 * @see #getSourceCitation()
	 * @generated
	 */
	EAttribute getSourceCitation_FromLine();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.SourceCitation#getToLine <em>To Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Line</em>'.
	 * @see org.helix.model.core.SourceCitation#getToLine()
	 * @see #getSourceCitation()
	 * @generated
	 */
	EAttribute getSourceCitation_ToLine();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.SourceCitation#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see org.helix.model.core.SourceCitation#getQuote()
	 * @see #getSourceCitation()
	 * @generated
	 */
	EAttribute getSourceCitation_Quote();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.core.SourceCitation#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Document</em>'.
	 * @see org.helix.model.core.SourceCitation#getDocument()
	 * @see #getSourceCitation()
	 * @generated
	 */
	EReference getSourceCitation_Document();

	/**
	 * Returns the meta object for class '{@link org.helix.model.core.Note <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Note</em>'.
	 * @see org.helix.model.core.Note
	 * @generated
	 */
	EClass getNote();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Note#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.helix.model.core.Note#getText()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Note#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.helix.model.core.Note#getAuthor()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Note#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.helix.model.core.Note#getDate()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Date();

	/**
	 * Returns the meta object for class '{@link org.helix.model.core.SourceDocument <em>Source Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source Document</em>'.
	 * @see org.helix.model.core.SourceDocument
	 * @generated
	 */
	EClass getSourceDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.SourceDocument#getDocumentId <em>Document Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Id</em>'.
	 * @see org.helix.model.core.SourceDocument#getDocumentId()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_DocumentId();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.SourceDocument#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.helix.model.core.SourceDocument#getKind()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.SourceDocument#getPublicationDate <em>Publication Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publication Date</em>'.
	 * @see org.helix.model.core.SourceDocument#getPublicationDate()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_PublicationDate();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.SourceDocument#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.helix.model.core.SourceDocument#getLanguage()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_Language();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.core.SourceDocument#getIssuers <em>Issuers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Issuers</em>'.
	 * @see org.helix.model.core.SourceDocument#getIssuers()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EReference getSourceDocument_Issuers();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.core.SourceDocument#getAddressees <em>Addressees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Addressees</em>'.
	 * @see org.helix.model.core.SourceDocument#getAddressees()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EReference getSourceDocument_Addressees();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.core.SourceDocument#getRespondsTo <em>Responds To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Responds To</em>'.
	 * @see org.helix.model.core.SourceDocument#getRespondsTo()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EReference getSourceDocument_RespondsTo();

	/**
	 * Returns the meta object for class '{@link org.helix.model.core.HelixModel <em>Helix Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Helix Model</em>'.
	 * @see org.helix.model.core.HelixModel
	 * @generated
	 */
	EClass getHelixModel();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.HelixModel#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.helix.model.core.HelixModel#getTitle()
	 * @see #getHelixModel()
	 * @generated
	 */
	EAttribute getHelixModel_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.HelixModel#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.helix.model.core.HelixModel#getFormatVersion()
	 * @see #getHelixModel()
	 * @generated
	 */
	EAttribute getHelixModel_FormatVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixModel#getSourceDocuments <em>Source Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Source Documents</em>'.
	 * @see org.helix.model.core.HelixModel#getSourceDocuments()
	 * @see #getHelixModel()
	 * @generated
	 */
	EReference getHelixModel_SourceDocuments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixModel#getJurisdictions <em>Jurisdictions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Jurisdictions</em>'.
	 * @see org.helix.model.core.HelixModel#getJurisdictions()
	 * @see #getHelixModel()
	 * @generated
	 */
	EReference getHelixModel_Jurisdictions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixModel#getActors <em>Actors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actors</em>'.
	 * @see org.helix.model.core.HelixModel#getActors()
	 * @see #getHelixModel()
	 * @generated
	 */
	EReference getHelixModel_Actors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixModel#getRelationships <em>Relationships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Relationships</em>'.
	 * @see org.helix.model.core.HelixModel#getRelationships()
	 * @see #getHelixModel()
	 * @generated
	 */
	EReference getHelixModel_Relationships();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixModel#getSectors <em>Sectors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sectors</em>'.
	 * @see org.helix.model.core.HelixModel#getSectors()
	 * @see #getHelixModel()
	 * @generated
	 */
	EReference getHelixModel_Sectors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixModel#getValueChains <em>Value Chains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Value Chains</em>'.
	 * @see org.helix.model.core.HelixModel#getValueChains()
	 * @see #getHelixModel()
	 * @generated
	 */
	EReference getHelixModel_ValueChains();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixModel#getClusters <em>Clusters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Clusters</em>'.
	 * @see org.helix.model.core.HelixModel#getClusters()
	 * @see #getHelixModel()
	 * @generated
	 */
	EReference getHelixModel_Clusters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixModel#getTechnologies <em>Technologies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Technologies</em>'.
	 * @see org.helix.model.core.HelixModel#getTechnologies()
	 * @see #getHelixModel()
	 * @generated
	 */
	EReference getHelixModel_Technologies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixModel#getTransitionPriorities <em>Transition Priorities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Transition Priorities</em>'.
	 * @see org.helix.model.core.HelixModel#getTransitionPriorities()
	 * @see #getHelixModel()
	 * @generated
	 */
	EReference getHelixModel_TransitionPriorities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixModel#getAssessmentFrameworks <em>Assessment Frameworks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assessment Frameworks</em>'.
	 * @see org.helix.model.core.HelixModel#getAssessmentFrameworks()
	 * @see #getHelixModel()
	 * @generated
	 */
	EReference getHelixModel_AssessmentFrameworks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixModel#getStrategicDomains <em>Strategic Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Strategic Domains</em>'.
	 * @see org.helix.model.core.HelixModel#getStrategicDomains()
	 * @see #getHelixModel()
	 * @generated
	 */
	EReference getHelixModel_StrategicDomains();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixModel#getDataSources <em>Data Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Data Sources</em>'.
	 * @see org.helix.model.core.HelixModel#getDataSources()
	 * @see #getHelixModel()
	 * @generated
	 */
	EReference getHelixModel_DataSources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixModel#getCountryStrategies <em>Country Strategies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Country Strategies</em>'.
	 * @see org.helix.model.core.HelixModel#getCountryStrategies()
	 * @see #getHelixModel()
	 * @generated
	 */
	EReference getHelixModel_CountryStrategies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixModel#getSites <em>Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sites</em>'.
	 * @see org.helix.model.core.HelixModel#getSites()
	 * @see #getHelixModel()
	 * @generated
	 */
	EReference getHelixModel_Sites();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixModel#getInfrastructure <em>Infrastructure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Infrastructure</em>'.
	 * @see org.helix.model.core.HelixModel#getInfrastructure()
	 * @see #getHelixModel()
	 * @generated
	 */
	EReference getHelixModel_Infrastructure();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixModel#getProjects <em>Projects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Projects</em>'.
	 * @see org.helix.model.core.HelixModel#getProjects()
	 * @see #getHelixModel()
	 * @generated
	 */
	EReference getHelixModel_Projects();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixModel#getInstruments <em>Instruments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Instruments</em>'.
	 * @see org.helix.model.core.HelixModel#getInstruments()
	 * @see #getHelixModel()
	 * @generated
	 */
	EReference getHelixModel_Instruments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixModel#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.helix.model.core.HelixModel#getIndicators()
	 * @see #getHelixModel()
	 * @generated
	 */
	EReference getHelixModel_Indicators();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixModel#getGovernanceBodies <em>Governance Bodies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Governance Bodies</em>'.
	 * @see org.helix.model.core.HelixModel#getGovernanceBodies()
	 * @see #getHelixModel()
	 * @generated
	 */
	EReference getHelixModel_GovernanceBodies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixModel#getStakeholderInputs <em>Stakeholder Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stakeholder Inputs</em>'.
	 * @see org.helix.model.core.HelixModel#getStakeholderInputs()
	 * @see #getHelixModel()
	 * @generated
	 */
	EReference getHelixModel_StakeholderInputs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixModel#getProgrammes <em>Programmes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Programmes</em>'.
	 * @see org.helix.model.core.HelixModel#getProgrammes()
	 * @see #getHelixModel()
	 * @generated
	 */
	EReference getHelixModel_Programmes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixModel#getRecommendations <em>Recommendations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Recommendations</em>'.
	 * @see org.helix.model.core.HelixModel#getRecommendations()
	 * @see #getHelixModel()
	 * @generated
	 */
	EReference getHelixModel_Recommendations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixModel#getRawMaterials <em>Raw Materials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Raw Materials</em>'.
	 * @see org.helix.model.core.HelixModel#getRawMaterials()
	 * @see #getHelixModel()
	 * @generated
	 */
	EReference getHelixModel_RawMaterials();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixModel#getMaterialGroups <em>Material Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Material Groups</em>'.
	 * @see org.helix.model.core.HelixModel#getMaterialGroups()
	 * @see #getHelixModel()
	 * @generated
	 */
	EReference getHelixModel_MaterialGroups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixModel#getMaterialLists <em>Material Lists</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Material Lists</em>'.
	 * @see org.helix.model.core.HelixModel#getMaterialLists()
	 * @see #getHelixModel()
	 * @generated
	 */
	EReference getHelixModel_MaterialLists();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.HelixModel#getMaterialsStrategies <em>Materials Strategies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Materials Strategies</em>'.
	 * @see org.helix.model.core.HelixModel#getMaterialsStrategies()
	 * @see #getHelixModel()
	 * @generated
	 */
	EReference getHelixModel_MaterialsStrategies();

	/**
	 * Returns the meta object for class '{@link org.helix.model.core.MonetaryAmount <em>Monetary Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Monetary Amount</em>'.
	 * @see org.helix.model.core.MonetaryAmount
	 * @generated
	 */
	EClass getMonetaryAmount();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.MonetaryAmount#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.helix.model.core.MonetaryAmount#getAmount()
	 * @see #getMonetaryAmount()
	 * @generated
	 */
	EAttribute getMonetaryAmount_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.MonetaryAmount#getMaxAmount <em>Max Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Amount</em>'.
	 * @see org.helix.model.core.MonetaryAmount#getMaxAmount()
	 * @see #getMonetaryAmount()
	 * @generated
	 */
	EAttribute getMonetaryAmount_MaxAmount();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.MonetaryAmount#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.helix.model.core.MonetaryAmount#getCurrency()
	 * @see #getMonetaryAmount()
	 * @generated
	 */
	EAttribute getMonetaryAmount_Currency();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.MonetaryAmount#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.helix.model.core.MonetaryAmount#getPeriod()
	 * @see #getMonetaryAmount()
	 * @generated
	 */
	EAttribute getMonetaryAmount_Period();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.MonetaryAmount#getFromYear <em>From Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Year</em>'.
	 * @see org.helix.model.core.MonetaryAmount#getFromYear()
	 * @see #getMonetaryAmount()
	 * @generated
	 */
	EAttribute getMonetaryAmount_FromYear();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.MonetaryAmount#getToYear <em>To Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Year</em>'.
	 * @see org.helix.model.core.MonetaryAmount#getToYear()
	 * @see #getMonetaryAmount()
	 * @generated
	 */
	EAttribute getMonetaryAmount_ToYear();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.MonetaryAmount#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.helix.model.core.MonetaryAmount#getPurpose()
	 * @see #getMonetaryAmount()
	 * @generated
	 */
	EAttribute getMonetaryAmount_Purpose();

	/**
	 * Returns the meta object for class '{@link org.helix.model.core.Milestone <em>Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Milestone</em>'.
	 * @see org.helix.model.core.Milestone
	 * @generated
	 */
	EClass getMilestone();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Milestone#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.helix.model.core.Milestone#getDate()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Milestone#getPrecision <em>Precision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precision</em>'.
	 * @see org.helix.model.core.Milestone#getPrecision()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_Precision();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Milestone#getDateText <em>Date Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date Text</em>'.
	 * @see org.helix.model.core.Milestone#getDateText()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_DateText();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Milestone#getAchieved <em>Achieved</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Achieved</em>'.
	 * @see org.helix.model.core.Milestone#getAchieved()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_Achieved();

	/**
	 * Returns the meta object for class '{@link org.helix.model.core.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator</em>'.
	 * @see org.helix.model.core.Indicator
	 * @generated
	 */
	EClass getIndicator();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Indicator#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.helix.model.core.Indicator#getCode()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Indicator#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.helix.model.core.Indicator#getUnit()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Indicator#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.helix.model.core.Indicator#getDirection()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Indicator#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.helix.model.core.Indicator#getCategory()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Indicator#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.helix.model.core.Indicator#getSource()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Indicator#getBaselineValue <em>Baseline Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Value</em>'.
	 * @see org.helix.model.core.Indicator#getBaselineValue()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_BaselineValue();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Indicator#getBaselineYear <em>Baseline Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Year</em>'.
	 * @see org.helix.model.core.Indicator#getBaselineYear()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_BaselineYear();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Indicator#getKpi <em>Kpi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kpi</em>'.
	 * @see org.helix.model.core.Indicator#getKpi()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Kpi();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.Indicator#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Targets</em>'.
	 * @see org.helix.model.core.Indicator#getTargets()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Targets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.core.Indicator#getMeasurements <em>Measurements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measurements</em>'.
	 * @see org.helix.model.core.Indicator#getMeasurements()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Measurements();

	/**
	 * Returns the meta object for class '{@link org.helix.model.core.Measurement <em>Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measurement</em>'.
	 * @see org.helix.model.core.Measurement
	 * @generated
	 */
	EClass getMeasurement();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Measurement#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.helix.model.core.Measurement#getDate()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Measurement#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.helix.model.core.Measurement#getYear()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Measurement#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.helix.model.core.Measurement#getValue()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Measurement#getLowerBound <em>Lower Bound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lower Bound</em>'.
	 * @see org.helix.model.core.Measurement#getLowerBound()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_LowerBound();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Measurement#getUpperBound <em>Upper Bound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Upper Bound</em>'.
	 * @see org.helix.model.core.Measurement#getUpperBound()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_UpperBound();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Measurement#getProjection <em>Projection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Projection</em>'.
	 * @see org.helix.model.core.Measurement#getProjection()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Projection();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Measurement#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.helix.model.core.Measurement#getSource()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Source();

	/**
	 * Returns the meta object for class '{@link org.helix.model.core.Target <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target</em>'.
	 * @see org.helix.model.core.Target
	 * @generated
	 */
	EClass getTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Target#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.helix.model.core.Target#getValue()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Target#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.helix.model.core.Target#getKind()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Target#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.helix.model.core.Target#getYear()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Target#getBaseYear <em>Base Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Year</em>'.
	 * @see org.helix.model.core.Target#getBaseYear()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_BaseYear();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Target#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.helix.model.core.Target#getText()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Text();

	/**
	 * Returns the meta object for class '{@link org.helix.model.core.Figure <em>Figure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Figure</em>'.
	 * @see org.helix.model.core.Figure
	 * @generated
	 */
	EClass getFigure();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Figure#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.helix.model.core.Figure#getLabel()
	 * @see #getFigure()
	 * @generated
	 */
	EAttribute getFigure_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Figure#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.helix.model.core.Figure#getKind()
	 * @see #getFigure()
	 * @generated
	 */
	EAttribute getFigure_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Figure#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.helix.model.core.Figure#getValue()
	 * @see #getFigure()
	 * @generated
	 */
	EAttribute getFigure_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Figure#getMaxValue <em>Max Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Value</em>'.
	 * @see org.helix.model.core.Figure#getMaxValue()
	 * @see #getFigure()
	 * @generated
	 */
	EAttribute getFigure_MaxValue();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Figure#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.helix.model.core.Figure#getUnit()
	 * @see #getFigure()
	 * @generated
	 */
	EAttribute getFigure_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Figure#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.helix.model.core.Figure#getYear()
	 * @see #getFigure()
	 * @generated
	 */
	EAttribute getFigure_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Figure#getToYear <em>To Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Year</em>'.
	 * @see org.helix.model.core.Figure#getToYear()
	 * @see #getFigure()
	 * @generated
	 */
	EAttribute getFigure_ToYear();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Figure#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.helix.model.core.Figure#getDate()
	 * @see #getFigure()
	 * @generated
	 */
	EAttribute getFigure_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.core.Figure#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.helix.model.core.Figure#getText()
	 * @see #getFigure()
	 * @generated
	 */
	EAttribute getFigure_Text();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.core.FigureKind <em>Figure Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Figure Kind</em>'.
	 * @see org.helix.model.core.FigureKind
	 * @generated
	 */
	EEnum getFigureKind();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.core.DocumentKind <em>Document Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Document Kind</em>'.
	 * @see org.helix.model.core.DocumentKind
	 * @generated
	 */
	EEnum getDocumentKind();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.core.GovernanceLevel <em>Governance Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Governance Level</em>'.
	 * @see org.helix.model.core.GovernanceLevel
	 * @generated
	 */
	EEnum getGovernanceLevel();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.core.HelixKind <em>Helix Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Helix Kind</em>'.
	 * @see org.helix.model.core.HelixKind
	 * @generated
	 */
	EEnum getHelixKind();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.core.AmountPeriod <em>Amount Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Amount Period</em>'.
	 * @see org.helix.model.core.AmountPeriod
	 * @generated
	 */
	EEnum getAmountPeriod();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.core.DatePrecision <em>Date Precision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Date Precision</em>'.
	 * @see org.helix.model.core.DatePrecision
	 * @generated
	 */
	EEnum getDatePrecision();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.core.IndicatorDirection <em>Indicator Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Indicator Direction</em>'.
	 * @see org.helix.model.core.IndicatorDirection
	 * @generated
	 */
	EEnum getIndicatorDirection();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.core.IndicatorCategory <em>Indicator Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Indicator Category</em>'.
	 * @see org.helix.model.core.IndicatorCategory
	 * @generated
	 */
	EEnum getIndicatorCategory();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.core.TargetKind <em>Target Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Target Kind</em>'.
	 * @see org.helix.model.core.TargetKind
	 * @generated
	 */
	EEnum getTargetKind();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without a time or a time zone (java.time.LocalDate), written as ISO yyyy-MM-dd. The same file names the same day on every machine. Month- or year-only dates keep a DatePrecision beside the date.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CoreFactory getCoreFactory();

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
		 * The meta object literal for the '{@link org.helix.model.core.impl.IdentifiableImpl <em>Identifiable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.core.impl.IdentifiableImpl
		 * @see org.helix.model.core.impl.CorePackageImpl#getIdentifiable()
		 * @generated
		 */
		EClass IDENTIFIABLE = eINSTANCE.getIdentifiable();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIABLE__ID = eINSTANCE.getIdentifiable_Id();

		/**
		 * The meta object literal for the '{@link org.helix.model.core.impl.HelixElementImpl <em>Helix Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.core.impl.HelixElementImpl
		 * @see org.helix.model.core.impl.CorePackageImpl#getHelixElement()
		 * @generated
		 */
		EClass HELIX_ELEMENT = eINSTANCE.getHelixElement();

		/**
		 * The meta object literal for the '<em><b>Citations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_ELEMENT__CITATIONS = eINSTANCE.getHelixElement_Citations();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_ELEMENT__NOTES = eINSTANCE.getHelixElement_Notes();

		/**
		 * The meta object literal for the '{@link org.helix.model.core.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.core.impl.NamedElementImpl
		 * @see org.helix.model.core.impl.CorePackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__DESCRIPTION = eINSTANCE.getNamedElement_Description();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__ALIASES = eINSTANCE.getNamedElement_Aliases();

		/**
		 * The meta object literal for the '<em><b>Figures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NAMED_ELEMENT__FIGURES = eINSTANCE.getNamedElement_Figures();

		/**
		 * The meta object literal for the '{@link org.helix.model.core.impl.SourceCitationImpl <em>Source Citation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.core.impl.SourceCitationImpl
		 * @see org.helix.model.core.impl.CorePackageImpl#getSourceCitation()
		 * @generated
		 */
		EClass SOURCE_CITATION = eINSTANCE.getSourceCitation();

		/**
		 * The meta object literal for the '<em><b>Document Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_CITATION__DOCUMENT_ID = eINSTANCE.getSourceCitation_DocumentId();

		/**
		 * The meta object literal for the '<em><b>Document Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_CITATION__DOCUMENT_TITLE = eINSTANCE.getSourceCitation_DocumentTitle();

		/**
		 * The meta object literal for the '<em><b>From Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_CITATION__FROM_LINE = eINSTANCE.getSourceCitation_FromLine();

		/**
		 * The meta object literal for the '<em><b>To Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_CITATION__TO_LINE = eINSTANCE.getSourceCitation_ToLine();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_CITATION__QUOTE = eINSTANCE.getSourceCitation_Quote();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE_CITATION__DOCUMENT = eINSTANCE.getSourceCitation_Document();

		/**
		 * The meta object literal for the '{@link org.helix.model.core.impl.NoteImpl <em>Note</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.core.impl.NoteImpl
		 * @see org.helix.model.core.impl.CorePackageImpl#getNote()
		 * @generated
		 */
		EClass NOTE = eINSTANCE.getNote();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__TEXT = eINSTANCE.getNote_Text();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__AUTHOR = eINSTANCE.getNote_Author();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__DATE = eINSTANCE.getNote_Date();

		/**
		 * The meta object literal for the '{@link org.helix.model.core.impl.SourceDocumentImpl <em>Source Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.core.impl.SourceDocumentImpl
		 * @see org.helix.model.core.impl.CorePackageImpl#getSourceDocument()
		 * @generated
		 */
		EClass SOURCE_DOCUMENT = eINSTANCE.getSourceDocument();

		/**
		 * The meta object literal for the '<em><b>Document Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__DOCUMENT_ID = eINSTANCE.getSourceDocument_DocumentId();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__KIND = eINSTANCE.getSourceDocument_Kind();

		/**
		 * The meta object literal for the '<em><b>Publication Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__PUBLICATION_DATE = eINSTANCE.getSourceDocument_PublicationDate();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__LANGUAGE = eINSTANCE.getSourceDocument_Language();

		/**
		 * The meta object literal for the '<em><b>Issuers</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE_DOCUMENT__ISSUERS = eINSTANCE.getSourceDocument_Issuers();

		/**
		 * The meta object literal for the '<em><b>Addressees</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE_DOCUMENT__ADDRESSEES = eINSTANCE.getSourceDocument_Addressees();

		/**
		 * The meta object literal for the '<em><b>Responds To</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE_DOCUMENT__RESPONDS_TO = eINSTANCE.getSourceDocument_RespondsTo();

		/**
		 * The meta object literal for the '{@link org.helix.model.core.impl.HelixModelImpl <em>Helix Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.core.impl.HelixModelImpl
		 * @see org.helix.model.core.impl.CorePackageImpl#getHelixModel()
		 * @generated
		 */
		EClass HELIX_MODEL = eINSTANCE.getHelixModel();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HELIX_MODEL__TITLE = eINSTANCE.getHelixModel_Title();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HELIX_MODEL__FORMAT_VERSION = eINSTANCE.getHelixModel_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Source Documents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_MODEL__SOURCE_DOCUMENTS = eINSTANCE.getHelixModel_SourceDocuments();

		/**
		 * The meta object literal for the '<em><b>Jurisdictions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_MODEL__JURISDICTIONS = eINSTANCE.getHelixModel_Jurisdictions();

		/**
		 * The meta object literal for the '<em><b>Actors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_MODEL__ACTORS = eINSTANCE.getHelixModel_Actors();

		/**
		 * The meta object literal for the '<em><b>Relationships</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_MODEL__RELATIONSHIPS = eINSTANCE.getHelixModel_Relationships();

		/**
		 * The meta object literal for the '<em><b>Sectors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_MODEL__SECTORS = eINSTANCE.getHelixModel_Sectors();

		/**
		 * The meta object literal for the '<em><b>Value Chains</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_MODEL__VALUE_CHAINS = eINSTANCE.getHelixModel_ValueChains();

		/**
		 * The meta object literal for the '<em><b>Clusters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_MODEL__CLUSTERS = eINSTANCE.getHelixModel_Clusters();

		/**
		 * The meta object literal for the '<em><b>Technologies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_MODEL__TECHNOLOGIES = eINSTANCE.getHelixModel_Technologies();

		/**
		 * The meta object literal for the '<em><b>Transition Priorities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_MODEL__TRANSITION_PRIORITIES = eINSTANCE.getHelixModel_TransitionPriorities();

		/**
		 * The meta object literal for the '<em><b>Assessment Frameworks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_MODEL__ASSESSMENT_FRAMEWORKS = eINSTANCE.getHelixModel_AssessmentFrameworks();

		/**
		 * The meta object literal for the '<em><b>Strategic Domains</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_MODEL__STRATEGIC_DOMAINS = eINSTANCE.getHelixModel_StrategicDomains();

		/**
		 * The meta object literal for the '<em><b>Data Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_MODEL__DATA_SOURCES = eINSTANCE.getHelixModel_DataSources();

		/**
		 * The meta object literal for the '<em><b>Country Strategies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_MODEL__COUNTRY_STRATEGIES = eINSTANCE.getHelixModel_CountryStrategies();

		/**
		 * The meta object literal for the '<em><b>Sites</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_MODEL__SITES = eINSTANCE.getHelixModel_Sites();

		/**
		 * The meta object literal for the '<em><b>Infrastructure</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_MODEL__INFRASTRUCTURE = eINSTANCE.getHelixModel_Infrastructure();

		/**
		 * The meta object literal for the '<em><b>Projects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_MODEL__PROJECTS = eINSTANCE.getHelixModel_Projects();

		/**
		 * The meta object literal for the '<em><b>Instruments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_MODEL__INSTRUMENTS = eINSTANCE.getHelixModel_Instruments();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_MODEL__INDICATORS = eINSTANCE.getHelixModel_Indicators();

		/**
		 * The meta object literal for the '<em><b>Governance Bodies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_MODEL__GOVERNANCE_BODIES = eINSTANCE.getHelixModel_GovernanceBodies();

		/**
		 * The meta object literal for the '<em><b>Stakeholder Inputs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_MODEL__STAKEHOLDER_INPUTS = eINSTANCE.getHelixModel_StakeholderInputs();

		/**
		 * The meta object literal for the '<em><b>Programmes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_MODEL__PROGRAMMES = eINSTANCE.getHelixModel_Programmes();

		/**
		 * The meta object literal for the '<em><b>Recommendations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_MODEL__RECOMMENDATIONS = eINSTANCE.getHelixModel_Recommendations();

		/**
		 * The meta object literal for the '<em><b>Raw Materials</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_MODEL__RAW_MATERIALS = eINSTANCE.getHelixModel_RawMaterials();

		/**
		 * The meta object literal for the '<em><b>Material Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_MODEL__MATERIAL_GROUPS = eINSTANCE.getHelixModel_MaterialGroups();

		/**
		 * The meta object literal for the '<em><b>Material Lists</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_MODEL__MATERIAL_LISTS = eINSTANCE.getHelixModel_MaterialLists();

		/**
		 * The meta object literal for the '<em><b>Materials Strategies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HELIX_MODEL__MATERIALS_STRATEGIES = eINSTANCE.getHelixModel_MaterialsStrategies();

		/**
		 * The meta object literal for the '{@link org.helix.model.core.impl.MonetaryAmountImpl <em>Monetary Amount</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.core.impl.MonetaryAmountImpl
		 * @see org.helix.model.core.impl.CorePackageImpl#getMonetaryAmount()
		 * @generated
		 */
		EClass MONETARY_AMOUNT = eINSTANCE.getMonetaryAmount();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONETARY_AMOUNT__AMOUNT = eINSTANCE.getMonetaryAmount_Amount();

		/**
		 * The meta object literal for the '<em><b>Max Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONETARY_AMOUNT__MAX_AMOUNT = eINSTANCE.getMonetaryAmount_MaxAmount();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONETARY_AMOUNT__CURRENCY = eINSTANCE.getMonetaryAmount_Currency();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONETARY_AMOUNT__PERIOD = eINSTANCE.getMonetaryAmount_Period();

		/**
		 * The meta object literal for the '<em><b>From Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONETARY_AMOUNT__FROM_YEAR = eINSTANCE.getMonetaryAmount_FromYear();

		/**
		 * The meta object literal for the '<em><b>To Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONETARY_AMOUNT__TO_YEAR = eINSTANCE.getMonetaryAmount_ToYear();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONETARY_AMOUNT__PURPOSE = eINSTANCE.getMonetaryAmount_Purpose();

		/**
		 * The meta object literal for the '{@link org.helix.model.core.impl.MilestoneImpl <em>Milestone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.core.impl.MilestoneImpl
		 * @see org.helix.model.core.impl.CorePackageImpl#getMilestone()
		 * @generated
		 */
		EClass MILESTONE = eINSTANCE.getMilestone();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__DATE = eINSTANCE.getMilestone_Date();

		/**
		 * The meta object literal for the '<em><b>Precision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__PRECISION = eINSTANCE.getMilestone_Precision();

		/**
		 * The meta object literal for the '<em><b>Date Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__DATE_TEXT = eINSTANCE.getMilestone_DateText();

		/**
		 * The meta object literal for the '<em><b>Achieved</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__ACHIEVED = eINSTANCE.getMilestone_Achieved();

		/**
		 * The meta object literal for the '{@link org.helix.model.core.impl.IndicatorImpl <em>Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.core.impl.IndicatorImpl
		 * @see org.helix.model.core.impl.CorePackageImpl#getIndicator()
		 * @generated
		 */
		EClass INDICATOR = eINSTANCE.getIndicator();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__CODE = eINSTANCE.getIndicator_Code();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__UNIT = eINSTANCE.getIndicator_Unit();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DIRECTION = eINSTANCE.getIndicator_Direction();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__CATEGORY = eINSTANCE.getIndicator_Category();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__SOURCE = eINSTANCE.getIndicator_Source();

		/**
		 * The meta object literal for the '<em><b>Baseline Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__BASELINE_VALUE = eINSTANCE.getIndicator_BaselineValue();

		/**
		 * The meta object literal for the '<em><b>Baseline Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__BASELINE_YEAR = eINSTANCE.getIndicator_BaselineYear();

		/**
		 * The meta object literal for the '<em><b>Kpi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__KPI = eINSTANCE.getIndicator_Kpi();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__TARGETS = eINSTANCE.getIndicator_Targets();

		/**
		 * The meta object literal for the '<em><b>Measurements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__MEASUREMENTS = eINSTANCE.getIndicator_Measurements();

		/**
		 * The meta object literal for the '{@link org.helix.model.core.impl.MeasurementImpl <em>Measurement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.core.impl.MeasurementImpl
		 * @see org.helix.model.core.impl.CorePackageImpl#getMeasurement()
		 * @generated
		 */
		EClass MEASUREMENT = eINSTANCE.getMeasurement();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__DATE = eINSTANCE.getMeasurement_Date();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__YEAR = eINSTANCE.getMeasurement_Year();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__VALUE = eINSTANCE.getMeasurement_Value();

		/**
		 * The meta object literal for the '<em><b>Lower Bound</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__LOWER_BOUND = eINSTANCE.getMeasurement_LowerBound();

		/**
		 * The meta object literal for the '<em><b>Upper Bound</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__UPPER_BOUND = eINSTANCE.getMeasurement_UpperBound();

		/**
		 * The meta object literal for the '<em><b>Projection</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__PROJECTION = eINSTANCE.getMeasurement_Projection();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__SOURCE = eINSTANCE.getMeasurement_Source();

		/**
		 * The meta object literal for the '{@link org.helix.model.core.impl.TargetImpl <em>Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.core.impl.TargetImpl
		 * @see org.helix.model.core.impl.CorePackageImpl#getTarget()
		 * @generated
		 */
		EClass TARGET = eINSTANCE.getTarget();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__VALUE = eINSTANCE.getTarget_Value();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__KIND = eINSTANCE.getTarget_Kind();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__YEAR = eINSTANCE.getTarget_Year();

		/**
		 * The meta object literal for the '<em><b>Base Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__BASE_YEAR = eINSTANCE.getTarget_BaseYear();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__TEXT = eINSTANCE.getTarget_Text();

		/**
		 * The meta object literal for the '{@link org.helix.model.core.impl.FigureImpl <em>Figure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.core.impl.FigureImpl
		 * @see org.helix.model.core.impl.CorePackageImpl#getFigure()
		 * @generated
		 */
		EClass FIGURE = eINSTANCE.getFigure();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIGURE__LABEL = eINSTANCE.getFigure_Label();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIGURE__KIND = eINSTANCE.getFigure_Kind();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIGURE__VALUE = eINSTANCE.getFigure_Value();

		/**
		 * The meta object literal for the '<em><b>Max Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIGURE__MAX_VALUE = eINSTANCE.getFigure_MaxValue();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIGURE__UNIT = eINSTANCE.getFigure_Unit();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIGURE__YEAR = eINSTANCE.getFigure_Year();

		/**
		 * The meta object literal for the '<em><b>To Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIGURE__TO_YEAR = eINSTANCE.getFigure_ToYear();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIGURE__DATE = eINSTANCE.getFigure_Date();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIGURE__TEXT = eINSTANCE.getFigure_Text();

		/**
		 * The meta object literal for the '{@link org.helix.model.core.FigureKind <em>Figure Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.core.FigureKind
		 * @see org.helix.model.core.impl.CorePackageImpl#getFigureKind()
		 * @generated
		 */
		EEnum FIGURE_KIND = eINSTANCE.getFigureKind();

		/**
		 * The meta object literal for the '{@link org.helix.model.core.DocumentKind <em>Document Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.core.DocumentKind
		 * @see org.helix.model.core.impl.CorePackageImpl#getDocumentKind()
		 * @generated
		 */
		EEnum DOCUMENT_KIND = eINSTANCE.getDocumentKind();

		/**
		 * The meta object literal for the '{@link org.helix.model.core.GovernanceLevel <em>Governance Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.core.GovernanceLevel
		 * @see org.helix.model.core.impl.CorePackageImpl#getGovernanceLevel()
		 * @generated
		 */
		EEnum GOVERNANCE_LEVEL = eINSTANCE.getGovernanceLevel();

		/**
		 * The meta object literal for the '{@link org.helix.model.core.HelixKind <em>Helix Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.core.HelixKind
		 * @see org.helix.model.core.impl.CorePackageImpl#getHelixKind()
		 * @generated
		 */
		EEnum HELIX_KIND = eINSTANCE.getHelixKind();

		/**
		 * The meta object literal for the '{@link org.helix.model.core.AmountPeriod <em>Amount Period</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.core.AmountPeriod
		 * @see org.helix.model.core.impl.CorePackageImpl#getAmountPeriod()
		 * @generated
		 */
		EEnum AMOUNT_PERIOD = eINSTANCE.getAmountPeriod();

		/**
		 * The meta object literal for the '{@link org.helix.model.core.DatePrecision <em>Date Precision</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.core.DatePrecision
		 * @see org.helix.model.core.impl.CorePackageImpl#getDatePrecision()
		 * @generated
		 */
		EEnum DATE_PRECISION = eINSTANCE.getDatePrecision();

		/**
		 * The meta object literal for the '{@link org.helix.model.core.IndicatorDirection <em>Indicator Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.core.IndicatorDirection
		 * @see org.helix.model.core.impl.CorePackageImpl#getIndicatorDirection()
		 * @generated
		 */
		EEnum INDICATOR_DIRECTION = eINSTANCE.getIndicatorDirection();

		/**
		 * The meta object literal for the '{@link org.helix.model.core.IndicatorCategory <em>Indicator Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.core.IndicatorCategory
		 * @see org.helix.model.core.impl.CorePackageImpl#getIndicatorCategory()
		 * @generated
		 */
		EEnum INDICATOR_CATEGORY = eINSTANCE.getIndicatorCategory();

		/**
		 * The meta object literal for the '{@link org.helix.model.core.TargetKind <em>Target Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.core.TargetKind
		 * @see org.helix.model.core.impl.CorePackageImpl#getTargetKind()
		 * @generated
		 */
		EEnum TARGET_KIND = eINSTANCE.getTargetKind();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.helix.model.core.impl.CorePackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //CorePackage
