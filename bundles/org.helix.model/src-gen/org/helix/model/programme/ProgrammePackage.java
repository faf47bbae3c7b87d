/**
 * Helix
 */
package org.helix.model.programme;

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
 * Transition programmes: dimensions, objectives, recommendations and how they are taken up, priority actions as action fiches, deliverables, risks, progress reports, plan baselines and evaluations.
 * <!-- end-model-doc -->
 * @see org.helix.model.programme.ProgrammeFactory
 * @model kind="package"
 *        annotation="http://www.helix.org/model/format version='1.0'"
 * @generated
 */
public interface ProgrammePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "programme";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.helix.org/model/1.0/programme";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "programme";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ProgrammePackage eINSTANCE = org.helix.model.programme.impl.ProgrammePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.helix.model.programme.impl.ProgrammeImpl <em>Programme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.impl.ProgrammeImpl
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getProgramme()
	 * @generated
	 */
	int PROGRAMME = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__START_YEAR = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__END_YEAR = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sequence Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__SEQUENCE_NUMBER = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Legal Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__LEGAL_BASIS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Overall Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__OVERALL_GOAL = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Target Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__TARGET_YEAR = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__STATUS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Approval Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__APPROVAL_DATE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Coordinator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__COORDINATOR = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Governing Body</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__GOVERNING_BODY = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Bodies</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__BODIES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Predecessor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__PREDECESSOR = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Sectors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__SECTORS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Budget</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__BUDGET = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Dimensions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__DIMENSIONS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__OBJECTIVES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Recommendations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__RECOMMENDATIONS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__ACTIONS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__INDICATORS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Annual Programmes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__ANNUAL_PROGRAMMES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Mandates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__MANDATES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Progress Reports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__PROGRESS_REPORTS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Baselines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__BASELINES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Evaluations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__EVALUATIONS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 23;

	/**
	 * The number of structural features of the '<em>Programme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 24;

	/**
	 * The number of operations of the '<em>Programme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.programme.impl.DimensionImpl <em>Dimension</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.impl.DimensionImpl
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getDimension()
	 * @generated
	 */
	int DIMENSION = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__CODE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>In Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__IN_SCOPE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Themes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__THEMES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Dimension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Dimension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.programme.impl.ThemeImpl <em>Theme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.impl.ThemeImpl
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getTheme()
	 * @generated
	 */
	int THEME = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Section Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__SECTION_REF = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Theme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Theme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.programme.impl.ObjectiveImpl <em>Objective</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.impl.ObjectiveImpl
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getObjective()
	 * @generated
	 */
	int OBJECTIVE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__CODE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Horizon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__HORIZON = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__TARGET_YEAR = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Changed From Previous</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__CHANGED_FROM_PREVIOUS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Realised</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__REALISED = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Contributes To</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__CONTRIBUTES_TO = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Supported By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__SUPPORTED_BY = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__INDICATORS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.programme.impl.RecommendationImpl <em>Recommendation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.impl.RecommendationImpl
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getRecommendation()
	 * @generated
	 */
	int RECOMMENDATION = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__CODE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__TEXT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Uptake</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__UPTAKE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Uptake Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__UPTAKE_TEXT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>In Government Agreement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__IN_GOVERNMENT_AGREEMENT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Dimension</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__DIMENSION = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Theme</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__THEME = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Addressees</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__ADDRESSEES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__ORIGIN = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__ACTIONS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Sub Recommendations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__SUB_RECOMMENDATIONS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Recommendation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Recommendation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.programme.impl.PriorityActionImpl <em>Priority Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.impl.PriorityActionImpl
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getPriorityAction()
	 * @generated
	 */
	int PRIORITY_ACTION = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__CODE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__KIND = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__STATUS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>New Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__NEW_ACTION = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__SCOPE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Plan Of Approach</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__PLAN_OF_APPROACH = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Timing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__TIMING = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Priority Years</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__PRIORITY_YEARS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Budget Planned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__BUDGET_PLANNED = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Budget Committed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__BUDGET_COMMITTED = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Budget Spent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__BUDGET_SPENT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Selection Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__SELECTION_RATIONALE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Planned Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__PLANNED_START = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Planned End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__PLANNED_END = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Percent Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__PERCENT_COMPLETE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Rag Override</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__RAG_OVERRIDE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Rag Override Justification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__RAG_OVERRIDE_JUSTIFICATION = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Rag Override Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__RAG_OVERRIDE_DATE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Dimensions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__DIMENSIONS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__OBJECTIVES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Recommendations</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__RECOMMENDATIONS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Mandate</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__MANDATE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Lead</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__LEAD = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Project Leader</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__PROJECT_LEADER = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__GROUP = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 24;

	/**
	 * The feature id for the '<em><b>Involved Actors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__INVOLVED_ACTORS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 25;

	/**
	 * The feature id for the '<em><b>Instruments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__INSTRUMENTS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 26;

	/**
	 * The feature id for the '<em><b>Kpis</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__KPIS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 27;

	/**
	 * The feature id for the '<em><b>Depends On</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__DEPENDS_ON = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 28;

	/**
	 * The feature id for the '<em><b>Rag Override By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__RAG_OVERRIDE_BY = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 29;

	/**
	 * The feature id for the '<em><b>Deliverables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__DELIVERABLES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 30;

	/**
	 * The feature id for the '<em><b>Milestones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__MILESTONES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 31;

	/**
	 * The feature id for the '<em><b>Risks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION__RISKS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 32;

	/**
	 * The number of structural features of the '<em>Priority Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 33;

	/**
	 * The number of operations of the '<em>Priority Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ACTION_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.programme.impl.DeliverableImpl <em>Deliverable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.impl.DeliverableImpl
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getDeliverable()
	 * @generated
	 */
	int DELIVERABLE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__KIND = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__STATUS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__DUE_DATE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Due Date Precision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__DUE_DATE_PRECISION = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Delivered On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__DELIVERED_ON = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Addressee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__ADDRESSEE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Deliverable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Deliverable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.programme.impl.RiskImpl <em>Risk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.impl.RiskImpl
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getRisk()
	 * @generated
	 */
	int RISK = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__ID = CorePackage.HELIX_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__CITATIONS = CorePackage.HELIX_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__NOTES = CorePackage.HELIX_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__TEXT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__CAUSE = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Likelihood</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__LIKELIHOOD = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Impact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__IMPACT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Mitigation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__MITIGATION = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Risk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_FEATURE_COUNT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Risk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_OPERATION_COUNT = CorePackage.HELIX_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.programme.impl.AnnualProgrammeImpl <em>Annual Programme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.impl.AnnualProgrammeImpl
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getAnnualProgramme()
	 * @generated
	 */
	int ANNUAL_PROGRAMME = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNUAL_PROGRAMME__ID = CorePackage.HELIX_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNUAL_PROGRAMME__CITATIONS = CorePackage.HELIX_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNUAL_PROGRAMME__NOTES = CorePackage.HELIX_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNUAL_PROGRAMME__YEAR = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNUAL_PROGRAMME__ACTIONS = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Approved By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNUAL_PROGRAMME__APPROVED_BY = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Annual Programme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNUAL_PROGRAMME_FEATURE_COUNT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Annual Programme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNUAL_PROGRAMME_OPERATION_COUNT = CorePackage.HELIX_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.programme.impl.GovernmentMandateImpl <em>Government Mandate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.impl.GovernmentMandateImpl
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getGovernmentMandate()
	 * @generated
	 */
	int GOVERNMENT_MANDATE = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNMENT_MANDATE__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNMENT_MANDATE__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNMENT_MANDATE__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNMENT_MANDATE__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNMENT_MANDATE__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNMENT_MANDATE__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNMENT_MANDATE__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNMENT_MANDATE__QUOTE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Prioritisation Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNMENT_MANDATE__PRIORITISATION_CRITERION = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Government Mandate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNMENT_MANDATE_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Government Mandate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOVERNMENT_MANDATE_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.programme.impl.ProgressReportImpl <em>Progress Report</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.impl.ProgressReportImpl
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getProgressReport()
	 * @generated
	 */
	int PROGRESS_REPORT = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__YEAR = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__DATE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reported On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__REPORTED_ON = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__SUMMARY = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Adjustments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__ADJUSTMENTS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Reported To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__REPORTED_TO = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Measurements</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__MEASUREMENTS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Action Statuses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__ACTION_STATUSES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Progress Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Progress Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.programme.impl.PlanBaselineImpl <em>Plan Baseline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.impl.PlanBaselineImpl
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getPlanBaseline()
	 * @generated
	 */
	int PLAN_BASELINE = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_BASELINE__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_BASELINE__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_BASELINE__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_BASELINE__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_BASELINE__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_BASELINE__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_BASELINE__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_BASELINE__DATE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_BASELINE__ENTRIES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Plan Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_BASELINE_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Plan Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_BASELINE_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.programme.impl.ActionSnapshotImpl <em>Action Snapshot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.impl.ActionSnapshotImpl
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getActionSnapshot()
	 * @generated
	 */
	int ACTION_SNAPSHOT = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_SNAPSHOT__ID = CorePackage.HELIX_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_SNAPSHOT__CITATIONS = CorePackage.HELIX_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_SNAPSHOT__NOTES = CorePackage.HELIX_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_SNAPSHOT__STATUS = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Planned End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_SNAPSHOT__PLANNED_END = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Budget Planned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_SNAPSHOT__BUDGET_PLANNED = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Budget Committed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_SNAPSHOT__BUDGET_COMMITTED = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Budget Spent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_SNAPSHOT__BUDGET_SPENT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_SNAPSHOT__COMMENT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Action</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_SNAPSHOT__ACTION = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Action Snapshot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_SNAPSHOT_FEATURE_COUNT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Action Snapshot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_SNAPSHOT_OPERATION_COUNT = CorePackage.HELIX_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.programme.impl.ProgrammeEvaluationImpl <em>Evaluation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.impl.ProgrammeEvaluationImpl
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getProgrammeEvaluation()
	 * @generated
	 */
	int PROGRAMME_EVALUATION = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_EVALUATION__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_EVALUATION__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_EVALUATION__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_EVALUATION__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_EVALUATION__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_EVALUATION__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_EVALUATION__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_EVALUATION__DATE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Methods</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_EVALUATION__METHODS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_EVALUATION__FINDINGS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Improvement Points</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_EVALUATION__IMPROVEMENT_POINTS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Evaluated Programme</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_EVALUATION__EVALUATED_PROGRAMME = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Realisations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_EVALUATION__REALISATIONS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_EVALUATION_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_EVALUATION_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.programme.impl.RealisationImpl <em>Realisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.impl.RealisationImpl
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getRealisation()
	 * @generated
	 */
	int REALISATION = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REALISATION__ID = CorePackage.HELIX_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REALISATION__CITATIONS = CorePackage.HELIX_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REALISATION__NOTES = CorePackage.HELIX_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REALISATION__TEXT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REALISATION__OUTCOME = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Body</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REALISATION__BODY = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Realisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REALISATION_FEATURE_COUNT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Realisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REALISATION_OPERATION_COUNT = CorePackage.HELIX_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.programme.ProgrammeStatus <em>Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.ProgrammeStatus
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getProgrammeStatus()
	 * @generated
	 */
	int PROGRAMME_STATUS = 15;

	/**
	 * The meta object id for the '{@link org.helix.model.programme.ObjectiveHorizon <em>Objective Horizon</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.ObjectiveHorizon
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getObjectiveHorizon()
	 * @generated
	 */
	int OBJECTIVE_HORIZON = 16;

	/**
	 * The meta object id for the '{@link org.helix.model.programme.Uptake <em>Uptake</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.Uptake
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getUptake()
	 * @generated
	 */
	int UPTAKE = 17;

	/**
	 * The meta object id for the '{@link org.helix.model.programme.ActionKind <em>Action Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.ActionKind
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getActionKind()
	 * @generated
	 */
	int ACTION_KIND = 18;

	/**
	 * The meta object id for the '{@link org.helix.model.programme.ActionStatus <em>Action Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.ActionStatus
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getActionStatus()
	 * @generated
	 */
	int ACTION_STATUS = 19;

	/**
	 * The meta object id for the '{@link org.helix.model.programme.RagStatus <em>Rag Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.RagStatus
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getRagStatus()
	 * @generated
	 */
	int RAG_STATUS = 20;

	/**
	 * The meta object id for the '{@link org.helix.model.programme.DeliverableKind <em>Deliverable Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.DeliverableKind
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getDeliverableKind()
	 * @generated
	 */
	int DELIVERABLE_KIND = 21;

	/**
	 * The meta object id for the '{@link org.helix.model.programme.DeliverableStatus <em>Deliverable Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.DeliverableStatus
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getDeliverableStatus()
	 * @generated
	 */
	int DELIVERABLE_STATUS = 22;

	/**
	 * The meta object id for the '{@link org.helix.model.programme.RiskCause <em>Risk Cause</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.RiskCause
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getRiskCause()
	 * @generated
	 */
	int RISK_CAUSE = 23;

	/**
	 * The meta object id for the '{@link org.helix.model.programme.RiskLevel <em>Risk Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.RiskLevel
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getRiskLevel()
	 * @generated
	 */
	int RISK_LEVEL = 24;

	/**
	 * The meta object id for the '{@link org.helix.model.programme.EvaluationMethod <em>Evaluation Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.EvaluationMethod
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getEvaluationMethod()
	 * @generated
	 */
	int EVALUATION_METHOD = 25;

	/**
	 * The meta object id for the '{@link org.helix.model.programme.RealisationOutcome <em>Realisation Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.programme.RealisationOutcome
	 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getRealisationOutcome()
	 * @generated
	 */
	int REALISATION_OUTCOME = 26;


	/**
	 * Returns the meta object for class '{@link org.helix.model.programme.Programme <em>Programme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Programme</em>'.
	 * @see org.helix.model.programme.Programme
	 * @generated
	 */
	EClass getProgramme();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Programme#getStartYear <em>Start Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Year</em>'.
	 * @see org.helix.model.programme.Programme#getStartYear()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_StartYear();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Programme#getEndYear <em>End Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Year</em>'.
	 * @see org.helix.model.programme.Programme#getEndYear()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_EndYear();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Programme#getSequenceNumber <em>Sequence Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sequence Number</em>'.
	 * @see org.helix.model.programme.Programme#getSequenceNumber()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_SequenceNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Programme#getLegalBasis <em>Legal Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Legal Basis</em>'.
	 * @see org.helix.model.programme.Programme#getLegalBasis()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_LegalBasis();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Programme#getOverallGoal <em>Overall Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Overall Goal</em>'.
	 * @see org.helix.model.programme.Programme#getOverallGoal()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_OverallGoal();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Programme#getTargetYear <em>Target Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Year</em>'.
	 * @see org.helix.model.programme.Programme#getTargetYear()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_TargetYear();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Programme#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.helix.model.programme.Programme#getStatus()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Programme#getApprovalDate <em>Approval Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approval Date</em>'.
	 * @see org.helix.model.programme.Programme#getApprovalDate()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_ApprovalDate();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.programme.Programme#getCoordinator <em>Coordinator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Coordinator</em>'.
	 * @see org.helix.model.programme.Programme#getCoordinator()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Coordinator();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.programme.Programme#getGoverningBody <em>Governing Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Governing Body</em>'.
	 * @see org.helix.model.programme.Programme#getGoverningBody()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_GoverningBody();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.programme.Programme#getBodies <em>Bodies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Bodies</em>'.
	 * @see org.helix.model.programme.Programme#getBodies()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Bodies();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.programme.Programme#getPredecessor <em>Predecessor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Predecessor</em>'.
	 * @see org.helix.model.programme.Programme#getPredecessor()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Predecessor();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.programme.Programme#getSectors <em>Sectors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sectors</em>'.
	 * @see org.helix.model.programme.Programme#getSectors()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Sectors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.programme.Programme#getBudget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Budget</em>'.
	 * @see org.helix.model.programme.Programme#getBudget()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Budget();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.programme.Programme#getDimensions <em>Dimensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dimensions</em>'.
	 * @see org.helix.model.programme.Programme#getDimensions()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Dimensions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.programme.Programme#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Objectives</em>'.
	 * @see org.helix.model.programme.Programme#getObjectives()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Objectives();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.programme.Programme#getRecommendations <em>Recommendations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Recommendations</em>'.
	 * @see org.helix.model.programme.Programme#getRecommendations()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Recommendations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.programme.Programme#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see org.helix.model.programme.Programme#getActions()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Actions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.programme.Programme#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.helix.model.programme.Programme#getIndicators()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Indicators();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.programme.Programme#getAnnualProgrammes <em>Annual Programmes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annual Programmes</em>'.
	 * @see org.helix.model.programme.Programme#getAnnualProgrammes()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_AnnualProgrammes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.programme.Programme#getMandates <em>Mandates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mandates</em>'.
	 * @see org.helix.model.programme.Programme#getMandates()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Mandates();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.programme.Programme#getProgressReports <em>Progress Reports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Progress Reports</em>'.
	 * @see org.helix.model.programme.Programme#getProgressReports()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_ProgressReports();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.programme.Programme#getBaselines <em>Baselines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Baselines</em>'.
	 * @see org.helix.model.programme.Programme#getBaselines()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Baselines();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.programme.Programme#getEvaluations <em>Evaluations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evaluations</em>'.
	 * @see org.helix.model.programme.Programme#getEvaluations()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Evaluations();

	/**
	 * Returns the meta object for class '{@link org.helix.model.programme.Dimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dimension</em>'.
	 * @see org.helix.model.programme.Dimension
	 * @generated
	 */
	EClass getDimension();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Dimension#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.helix.model.programme.Dimension#getCode()
	 * @see #getDimension()
	 * @generated
	 */
	EAttribute getDimension_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Dimension#getInScope <em>In Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In Scope</em>'.
	 * @see org.helix.model.programme.Dimension#getInScope()
	 * @see #getDimension()
	 * @generated
	 */
	EAttribute getDimension_InScope();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.programme.Dimension#getThemes <em>Themes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Themes</em>'.
	 * @see org.helix.model.programme.Dimension#getThemes()
	 * @see #getDimension()
	 * @generated
	 */
	EReference getDimension_Themes();

	/**
	 * Returns the meta object for class '{@link org.helix.model.programme.Theme <em>Theme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Theme</em>'.
	 * @see org.helix.model.programme.Theme
	 * @generated
	 */
	EClass getTheme();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Theme#getSectionRef <em>Section Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section Ref</em>'.
	 * @see org.helix.model.programme.Theme#getSectionRef()
	 * @see #getTheme()
	 * @generated
	 */
	EAttribute getTheme_SectionRef();

	/**
	 * Returns the meta object for class '{@link org.helix.model.programme.Objective <em>Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Objective</em>'.
	 * @see org.helix.model.programme.Objective
	 * @generated
	 */
	EClass getObjective();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Objective#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.helix.model.programme.Objective#getCode()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Objective#getHorizon <em>Horizon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Horizon</em>'.
	 * @see org.helix.model.programme.Objective#getHorizon()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Horizon();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Objective#getTargetYear <em>Target Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Year</em>'.
	 * @see org.helix.model.programme.Objective#getTargetYear()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_TargetYear();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Objective#getChangedFromPrevious <em>Changed From Previous</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Changed From Previous</em>'.
	 * @see org.helix.model.programme.Objective#getChangedFromPrevious()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_ChangedFromPrevious();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Objective#getRealised <em>Realised</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Realised</em>'.
	 * @see org.helix.model.programme.Objective#getRealised()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Realised();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.programme.Objective#getContributesTo <em>Contributes To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Contributes To</em>'.
	 * @see org.helix.model.programme.Objective#getContributesTo()
	 * @see #getObjective()
	 * @generated
	 */
	EReference getObjective_ContributesTo();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.programme.Objective#getSupportedBy <em>Supported By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Supported By</em>'.
	 * @see org.helix.model.programme.Objective#getSupportedBy()
	 * @see #getObjective()
	 * @generated
	 */
	EReference getObjective_SupportedBy();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.programme.Objective#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Indicators</em>'.
	 * @see org.helix.model.programme.Objective#getIndicators()
	 * @see #getObjective()
	 * @generated
	 */
	EReference getObjective_Indicators();

	/**
	 * Returns the meta object for class '{@link org.helix.model.programme.Recommendation <em>Recommendation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recommendation</em>'.
	 * @see org.helix.model.programme.Recommendation
	 * @generated
	 */
	EClass getRecommendation();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Recommendation#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.helix.model.programme.Recommendation#getCode()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Recommendation#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.helix.model.programme.Recommendation#getText()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Recommendation#getUptake <em>Uptake</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uptake</em>'.
	 * @see org.helix.model.programme.Recommendation#getUptake()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_Uptake();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Recommendation#getUptakeText <em>Uptake Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uptake Text</em>'.
	 * @see org.helix.model.programme.Recommendation#getUptakeText()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_UptakeText();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Recommendation#getInGovernmentAgreement <em>In Government Agreement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In Government Agreement</em>'.
	 * @see org.helix.model.programme.Recommendation#getInGovernmentAgreement()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_InGovernmentAgreement();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.programme.Recommendation#getDimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Dimension</em>'.
	 * @see org.helix.model.programme.Recommendation#getDimension()
	 * @see #getRecommendation()
	 * @generated
	 */
	EReference getRecommendation_Dimension();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.programme.Recommendation#getTheme <em>Theme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Theme</em>'.
	 * @see org.helix.model.programme.Recommendation#getTheme()
	 * @see #getRecommendation()
	 * @generated
	 */
	EReference getRecommendation_Theme();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.programme.Recommendation#getAddressees <em>Addressees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Addressees</em>'.
	 * @see org.helix.model.programme.Recommendation#getAddressees()
	 * @see #getRecommendation()
	 * @generated
	 */
	EReference getRecommendation_Addressees();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.programme.Recommendation#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Origin</em>'.
	 * @see org.helix.model.programme.Recommendation#getOrigin()
	 * @see #getRecommendation()
	 * @generated
	 */
	EReference getRecommendation_Origin();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.programme.Recommendation#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Actions</em>'.
	 * @see org.helix.model.programme.Recommendation#getActions()
	 * @see #getRecommendation()
	 * @generated
	 */
	EReference getRecommendation_Actions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.programme.Recommendation#getSubRecommendations <em>Sub Recommendations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Recommendations</em>'.
	 * @see org.helix.model.programme.Recommendation#getSubRecommendations()
	 * @see #getRecommendation()
	 * @generated
	 */
	EReference getRecommendation_SubRecommendations();

	/**
	 * Returns the meta object for class '{@link org.helix.model.programme.PriorityAction <em>Priority Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Priority Action</em>'.
	 * @see org.helix.model.programme.PriorityAction
	 * @generated
	 */
	EClass getPriorityAction();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.PriorityAction#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.helix.model.programme.PriorityAction#getCode()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EAttribute getPriorityAction_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.PriorityAction#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.helix.model.programme.PriorityAction#getKind()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EAttribute getPriorityAction_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.PriorityAction#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.helix.model.programme.PriorityAction#getStatus()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EAttribute getPriorityAction_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.PriorityAction#getNewAction <em>New Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Action</em>'.
	 * @see org.helix.model.programme.PriorityAction#getNewAction()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EAttribute getPriorityAction_NewAction();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.PriorityAction#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see org.helix.model.programme.PriorityAction#getScope()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EAttribute getPriorityAction_Scope();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.PriorityAction#getPlanOfApproach <em>Plan Of Approach</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plan Of Approach</em>'.
	 * @see org.helix.model.programme.PriorityAction#getPlanOfApproach()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EAttribute getPriorityAction_PlanOfApproach();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.PriorityAction#getTiming <em>Timing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timing</em>'.
	 * @see org.helix.model.programme.PriorityAction#getTiming()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EAttribute getPriorityAction_Timing();

	/**
	 * Returns the meta object for the attribute list '{@link org.helix.model.programme.PriorityAction#getPriorityYears <em>Priority Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Priority Years</em>'.
	 * @see org.helix.model.programme.PriorityAction#getPriorityYears()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EAttribute getPriorityAction_PriorityYears();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.PriorityAction#getBudgetPlanned <em>Budget Planned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget Planned</em>'.
	 * @see org.helix.model.programme.PriorityAction#getBudgetPlanned()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EAttribute getPriorityAction_BudgetPlanned();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.PriorityAction#getBudgetCommitted <em>Budget Committed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget Committed</em>'.
	 * @see org.helix.model.programme.PriorityAction#getBudgetCommitted()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EAttribute getPriorityAction_BudgetCommitted();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.PriorityAction#getBudgetSpent <em>Budget Spent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget Spent</em>'.
	 * @see org.helix.model.programme.PriorityAction#getBudgetSpent()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EAttribute getPriorityAction_BudgetSpent();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.PriorityAction#getSelectionRationale <em>Selection Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Selection Rationale</em>'.
	 * @see org.helix.model.programme.PriorityAction#getSelectionRationale()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EAttribute getPriorityAction_SelectionRationale();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.PriorityAction#getPlannedStart <em>Planned Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Start</em>'.
	 * @see org.helix.model.programme.PriorityAction#getPlannedStart()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EAttribute getPriorityAction_PlannedStart();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.PriorityAction#getPlannedEnd <em>Planned End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned End</em>'.
	 * @see org.helix.model.programme.PriorityAction#getPlannedEnd()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EAttribute getPriorityAction_PlannedEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.PriorityAction#getPercentComplete <em>Percent Complete</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Percent Complete</em>'.
	 * @see org.helix.model.programme.PriorityAction#getPercentComplete()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EAttribute getPriorityAction_PercentComplete();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.PriorityAction#getRagOverride <em>Rag Override</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rag Override</em>'.
	 * @see org.helix.model.programme.PriorityAction#getRagOverride()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EAttribute getPriorityAction_RagOverride();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.PriorityAction#getRagOverrideJustification <em>Rag Override Justification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rag Override Justification</em>'.
	 * @see org.helix.model.programme.PriorityAction#getRagOverrideJustification()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EAttribute getPriorityAction_RagOverrideJustification();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.PriorityAction#getRagOverrideDate <em>Rag Override Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rag Override Date</em>'.
	 * @see org.helix.model.programme.PriorityAction#getRagOverrideDate()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EAttribute getPriorityAction_RagOverrideDate();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.programme.PriorityAction#getDimensions <em>Dimensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Dimensions</em>'.
	 * @see org.helix.model.programme.PriorityAction#getDimensions()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EReference getPriorityAction_Dimensions();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.programme.PriorityAction#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Objectives</em>'.
	 * @see org.helix.model.programme.PriorityAction#getObjectives()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EReference getPriorityAction_Objectives();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.programme.PriorityAction#getRecommendations <em>Recommendations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Recommendations</em>'.
	 * @see org.helix.model.programme.PriorityAction#getRecommendations()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EReference getPriorityAction_Recommendations();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.programme.PriorityAction#getMandate <em>Mandate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mandate</em>'.
	 * @see org.helix.model.programme.PriorityAction#getMandate()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EReference getPriorityAction_Mandate();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.programme.PriorityAction#getLead <em>Lead</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Lead</em>'.
	 * @see org.helix.model.programme.PriorityAction#getLead()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EReference getPriorityAction_Lead();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.programme.PriorityAction#getProjectLeader <em>Project Leader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Project Leader</em>'.
	 * @see org.helix.model.programme.PriorityAction#getProjectLeader()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EReference getPriorityAction_ProjectLeader();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.programme.PriorityAction#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Group</em>'.
	 * @see org.helix.model.programme.PriorityAction#getGroup()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EReference getPriorityAction_Group();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.programme.PriorityAction#getInvolvedActors <em>Involved Actors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Involved Actors</em>'.
	 * @see org.helix.model.programme.PriorityAction#getInvolvedActors()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EReference getPriorityAction_InvolvedActors();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.programme.PriorityAction#getInstruments <em>Instruments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Instruments</em>'.
	 * @see org.helix.model.programme.PriorityAction#getInstruments()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EReference getPriorityAction_Instruments();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.programme.PriorityAction#getKpis <em>Kpis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Kpis</em>'.
	 * @see org.helix.model.programme.PriorityAction#getKpis()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EReference getPriorityAction_Kpis();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.programme.PriorityAction#getDependsOn <em>Depends On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Depends On</em>'.
	 * @see org.helix.model.programme.PriorityAction#getDependsOn()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EReference getPriorityAction_DependsOn();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.programme.PriorityAction#getRagOverrideBy <em>Rag Override By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Rag Override By</em>'.
	 * @see org.helix.model.programme.PriorityAction#getRagOverrideBy()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EReference getPriorityAction_RagOverrideBy();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.programme.PriorityAction#getDeliverables <em>Deliverables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Deliverables</em>'.
	 * @see org.helix.model.programme.PriorityAction#getDeliverables()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EReference getPriorityAction_Deliverables();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.programme.PriorityAction#getMilestones <em>Milestones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Milestones</em>'.
	 * @see org.helix.model.programme.PriorityAction#getMilestones()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EReference getPriorityAction_Milestones();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.programme.PriorityAction#getRisks <em>Risks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Risks</em>'.
	 * @see org.helix.model.programme.PriorityAction#getRisks()
	 * @see #getPriorityAction()
	 * @generated
	 */
	EReference getPriorityAction_Risks();

	/**
	 * Returns the meta object for class '{@link org.helix.model.programme.Deliverable <em>Deliverable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Deliverable</em>'.
	 * @see org.helix.model.programme.Deliverable
	 * @generated
	 */
	EClass getDeliverable();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Deliverable#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.helix.model.programme.Deliverable#getKind()
	 * @see #getDeliverable()
	 * @generated
	 */
	EAttribute getDeliverable_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Deliverable#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.helix.model.programme.Deliverable#getStatus()
	 * @see #getDeliverable()
	 * @generated
	 */
	EAttribute getDeliverable_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Deliverable#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see org.helix.model.programme.Deliverable#getDueDate()
	 * @see #getDeliverable()
	 * @generated
	 */
	EAttribute getDeliverable_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Deliverable#getDueDatePrecision <em>Due Date Precision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date Precision</em>'.
	 * @see org.helix.model.programme.Deliverable#getDueDatePrecision()
	 * @see #getDeliverable()
	 * @generated
	 */
	EAttribute getDeliverable_DueDatePrecision();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Deliverable#getDeliveredOn <em>Delivered On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delivered On</em>'.
	 * @see org.helix.model.programme.Deliverable#getDeliveredOn()
	 * @see #getDeliverable()
	 * @generated
	 */
	EAttribute getDeliverable_DeliveredOn();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.programme.Deliverable#getAddressee <em>Addressee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Addressee</em>'.
	 * @see org.helix.model.programme.Deliverable#getAddressee()
	 * @see #getDeliverable()
	 * @generated
	 */
	EReference getDeliverable_Addressee();

	/**
	 * Returns the meta object for class '{@link org.helix.model.programme.Risk <em>Risk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Risk</em>'.
	 * @see org.helix.model.programme.Risk
	 * @generated
	 */
	EClass getRisk();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Risk#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.helix.model.programme.Risk#getText()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Risk#getCause <em>Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cause</em>'.
	 * @see org.helix.model.programme.Risk#getCause()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Cause();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Risk#getLikelihood <em>Likelihood</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Likelihood</em>'.
	 * @see org.helix.model.programme.Risk#getLikelihood()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Likelihood();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Risk#getImpact <em>Impact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Impact</em>'.
	 * @see org.helix.model.programme.Risk#getImpact()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Impact();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Risk#getMitigation <em>Mitigation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mitigation</em>'.
	 * @see org.helix.model.programme.Risk#getMitigation()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Mitigation();

	/**
	 * Returns the meta object for class '{@link org.helix.model.programme.AnnualProgramme <em>Annual Programme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annual Programme</em>'.
	 * @see org.helix.model.programme.AnnualProgramme
	 * @generated
	 */
	EClass getAnnualProgramme();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.AnnualProgramme#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.helix.model.programme.AnnualProgramme#getYear()
	 * @see #getAnnualProgramme()
	 * @generated
	 */
	EAttribute getAnnualProgramme_Year();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.programme.AnnualProgramme#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Actions</em>'.
	 * @see org.helix.model.programme.AnnualProgramme#getActions()
	 * @see #getAnnualProgramme()
	 * @generated
	 */
	EReference getAnnualProgramme_Actions();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.programme.AnnualProgramme#getApprovedBy <em>Approved By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Approved By</em>'.
	 * @see org.helix.model.programme.AnnualProgramme#getApprovedBy()
	 * @see #getAnnualProgramme()
	 * @generated
	 */
	EReference getAnnualProgramme_ApprovedBy();

	/**
	 * Returns the meta object for class '{@link org.helix.model.programme.GovernmentMandate <em>Government Mandate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Government Mandate</em>'.
	 * @see org.helix.model.programme.GovernmentMandate
	 * @generated
	 */
	EClass getGovernmentMandate();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.GovernmentMandate#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see org.helix.model.programme.GovernmentMandate#getQuote()
	 * @see #getGovernmentMandate()
	 * @generated
	 */
	EAttribute getGovernmentMandate_Quote();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.GovernmentMandate#getPrioritisationCriterion <em>Prioritisation Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prioritisation Criterion</em>'.
	 * @see org.helix.model.programme.GovernmentMandate#getPrioritisationCriterion()
	 * @see #getGovernmentMandate()
	 * @generated
	 */
	EAttribute getGovernmentMandate_PrioritisationCriterion();

	/**
	 * Returns the meta object for class '{@link org.helix.model.programme.ProgressReport <em>Progress Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Progress Report</em>'.
	 * @see org.helix.model.programme.ProgressReport
	 * @generated
	 */
	EClass getProgressReport();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.ProgressReport#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.helix.model.programme.ProgressReport#getYear()
	 * @see #getProgressReport()
	 * @generated
	 */
	EAttribute getProgressReport_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.ProgressReport#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.helix.model.programme.ProgressReport#getDate()
	 * @see #getProgressReport()
	 * @generated
	 */
	EAttribute getProgressReport_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.ProgressReport#getReportedOn <em>Reported On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reported On</em>'.
	 * @see org.helix.model.programme.ProgressReport#getReportedOn()
	 * @see #getProgressReport()
	 * @generated
	 */
	EAttribute getProgressReport_ReportedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.ProgressReport#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.helix.model.programme.ProgressReport#getSummary()
	 * @see #getProgressReport()
	 * @generated
	 */
	EAttribute getProgressReport_Summary();

	/**
	 * Returns the meta object for the attribute list '{@link org.helix.model.programme.ProgressReport#getAdjustments <em>Adjustments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Adjustments</em>'.
	 * @see org.helix.model.programme.ProgressReport#getAdjustments()
	 * @see #getProgressReport()
	 * @generated
	 */
	EAttribute getProgressReport_Adjustments();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.programme.ProgressReport#getReportedTo <em>Reported To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reported To</em>'.
	 * @see org.helix.model.programme.ProgressReport#getReportedTo()
	 * @see #getProgressReport()
	 * @generated
	 */
	EReference getProgressReport_ReportedTo();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.programme.ProgressReport#getMeasurements <em>Measurements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Measurements</em>'.
	 * @see org.helix.model.programme.ProgressReport#getMeasurements()
	 * @see #getProgressReport()
	 * @generated
	 */
	EReference getProgressReport_Measurements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.programme.ProgressReport#getActionStatuses <em>Action Statuses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Action Statuses</em>'.
	 * @see org.helix.model.programme.ProgressReport#getActionStatuses()
	 * @see #getProgressReport()
	 * @generated
	 */
	EReference getProgressReport_ActionStatuses();

	/**
	 * Returns the meta object for class '{@link org.helix.model.programme.PlanBaseline <em>Plan Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Baseline</em>'.
	 * @see org.helix.model.programme.PlanBaseline
	 * @generated
	 */
	EClass getPlanBaseline();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.PlanBaseline#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.helix.model.programme.PlanBaseline#getDate()
	 * @see #getPlanBaseline()
	 * @generated
	 */
	EAttribute getPlanBaseline_Date();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.programme.PlanBaseline#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.helix.model.programme.PlanBaseline#getEntries()
	 * @see #getPlanBaseline()
	 * @generated
	 */
	EReference getPlanBaseline_Entries();

	/**
	 * Returns the meta object for class '{@link org.helix.model.programme.ActionSnapshot <em>Action Snapshot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action Snapshot</em>'.
	 * @see org.helix.model.programme.ActionSnapshot
	 * @generated
	 */
	EClass getActionSnapshot();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.ActionSnapshot#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.helix.model.programme.ActionSnapshot#getStatus()
	 * @see #getActionSnapshot()
	 * @generated
	 */
	EAttribute getActionSnapshot_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.ActionSnapshot#getPlannedEnd <em>Planned End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned End</em>'.
	 * @see org.helix.model.programme.ActionSnapshot#getPlannedEnd()
	 * @see #getActionSnapshot()
	 * @generated
	 */
	EAttribute getActionSnapshot_PlannedEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.ActionSnapshot#getBudgetPlanned <em>Budget Planned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget Planned</em>'.
	 * @see org.helix.model.programme.ActionSnapshot#getBudgetPlanned()
	 * @see #getActionSnapshot()
	 * @generated
	 */
	EAttribute getActionSnapshot_BudgetPlanned();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.ActionSnapshot#getBudgetCommitted <em>Budget Committed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget Committed</em>'.
	 * @see org.helix.model.programme.ActionSnapshot#getBudgetCommitted()
	 * @see #getActionSnapshot()
	 * @generated
	 */
	EAttribute getActionSnapshot_BudgetCommitted();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.ActionSnapshot#getBudgetSpent <em>Budget Spent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget Spent</em>'.
	 * @see org.helix.model.programme.ActionSnapshot#getBudgetSpent()
	 * @see #getActionSnapshot()
	 * @generated
	 */
	EAttribute getActionSnapshot_BudgetSpent();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.ActionSnapshot#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.helix.model.programme.ActionSnapshot#getComment()
	 * @see #getActionSnapshot()
	 * @generated
	 */
	EAttribute getActionSnapshot_Comment();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.programme.ActionSnapshot#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Action</em>'.
	 * @see org.helix.model.programme.ActionSnapshot#getAction()
	 * @see #getActionSnapshot()
	 * @generated
	 */
	EReference getActionSnapshot_Action();

	/**
	 * Returns the meta object for class '{@link org.helix.model.programme.ProgrammeEvaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evaluation</em>'.
	 * @see org.helix.model.programme.ProgrammeEvaluation
	 * @generated
	 */
	EClass getProgrammeEvaluation();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.ProgrammeEvaluation#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.helix.model.programme.ProgrammeEvaluation#getDate()
	 * @see #getProgrammeEvaluation()
	 * @generated
	 */
	EAttribute getProgrammeEvaluation_Date();

	/**
	 * Returns the meta object for the attribute list '{@link org.helix.model.programme.ProgrammeEvaluation#getMethods <em>Methods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Methods</em>'.
	 * @see org.helix.model.programme.ProgrammeEvaluation#getMethods()
	 * @see #getProgrammeEvaluation()
	 * @generated
	 */
	EAttribute getProgrammeEvaluation_Methods();

	/**
	 * Returns the meta object for the attribute list '{@link org.helix.model.programme.ProgrammeEvaluation#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Findings</em>'.
	 * @see org.helix.model.programme.ProgrammeEvaluation#getFindings()
	 * @see #getProgrammeEvaluation()
	 * @generated
	 */
	EAttribute getProgrammeEvaluation_Findings();

	/**
	 * Returns the meta object for the attribute list '{@link org.helix.model.programme.ProgrammeEvaluation#getImprovementPoints <em>Improvement Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Improvement Points</em>'.
	 * @see org.helix.model.programme.ProgrammeEvaluation#getImprovementPoints()
	 * @see #getProgrammeEvaluation()
	 * @generated
	 */
	EAttribute getProgrammeEvaluation_ImprovementPoints();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.programme.ProgrammeEvaluation#getEvaluatedProgramme <em>Evaluated Programme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Evaluated Programme</em>'.
	 * @see org.helix.model.programme.ProgrammeEvaluation#getEvaluatedProgramme()
	 * @see #getProgrammeEvaluation()
	 * @generated
	 */
	EReference getProgrammeEvaluation_EvaluatedProgramme();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.programme.ProgrammeEvaluation#getRealisations <em>Realisations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Realisations</em>'.
	 * @see org.helix.model.programme.ProgrammeEvaluation#getRealisations()
	 * @see #getProgrammeEvaluation()
	 * @generated
	 */
	EReference getProgrammeEvaluation_Realisations();

	/**
	 * Returns the meta object for class '{@link org.helix.model.programme.Realisation <em>Realisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Realisation</em>'.
	 * @see org.helix.model.programme.Realisation
	 * @generated
	 */
	EClass getRealisation();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Realisation#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.helix.model.programme.Realisation#getText()
	 * @see #getRealisation()
	 * @generated
	 */
	EAttribute getRealisation_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.programme.Realisation#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.helix.model.programme.Realisation#getOutcome()
	 * @see #getRealisation()
	 * @generated
	 */
	EAttribute getRealisation_Outcome();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.programme.Realisation#getBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Body</em>'.
	 * @see org.helix.model.programme.Realisation#getBody()
	 * @see #getRealisation()
	 * @generated
	 */
	EReference getRealisation_Body();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.programme.ProgrammeStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Status</em>'.
	 * @see org.helix.model.programme.ProgrammeStatus
	 * @generated
	 */
	EEnum getProgrammeStatus();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.programme.ObjectiveHorizon <em>Objective Horizon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Objective Horizon</em>'.
	 * @see org.helix.model.programme.ObjectiveHorizon
	 * @generated
	 */
	EEnum getObjectiveHorizon();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.programme.Uptake <em>Uptake</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Uptake</em>'.
	 * @see org.helix.model.programme.Uptake
	 * @generated
	 */
	EEnum getUptake();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.programme.ActionKind <em>Action Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action Kind</em>'.
	 * @see org.helix.model.programme.ActionKind
	 * @generated
	 */
	EEnum getActionKind();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.programme.ActionStatus <em>Action Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action Status</em>'.
	 * @see org.helix.model.programme.ActionStatus
	 * @generated
	 */
	EEnum getActionStatus();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.programme.RagStatus <em>Rag Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rag Status</em>'.
	 * @see org.helix.model.programme.RagStatus
	 * @generated
	 */
	EEnum getRagStatus();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.programme.DeliverableKind <em>Deliverable Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Deliverable Kind</em>'.
	 * @see org.helix.model.programme.DeliverableKind
	 * @generated
	 */
	EEnum getDeliverableKind();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.programme.DeliverableStatus <em>Deliverable Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Deliverable Status</em>'.
	 * @see org.helix.model.programme.DeliverableStatus
	 * @generated
	 */
	EEnum getDeliverableStatus();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.programme.RiskCause <em>Risk Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Risk Cause</em>'.
	 * @see org.helix.model.programme.RiskCause
	 * @generated
	 */
	EEnum getRiskCause();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.programme.RiskLevel <em>Risk Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Risk Level</em>'.
	 * @see org.helix.model.programme.RiskLevel
	 * @generated
	 */
	EEnum getRiskLevel();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.programme.EvaluationMethod <em>Evaluation Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evaluation Method</em>'.
	 * @see org.helix.model.programme.EvaluationMethod
	 * @generated
	 */
	EEnum getEvaluationMethod();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.programme.RealisationOutcome <em>Realisation Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Realisation Outcome</em>'.
	 * @see org.helix.model.programme.RealisationOutcome
	 * @generated
	 */
	EEnum getRealisationOutcome();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ProgrammeFactory getProgrammeFactory();

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
		 * The meta object literal for the '{@link org.helix.model.programme.impl.ProgrammeImpl <em>Programme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.impl.ProgrammeImpl
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getProgramme()
		 * @generated
		 */
		EClass PROGRAMME = eINSTANCE.getProgramme();

		/**
		 * The meta object literal for the '<em><b>Start Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__START_YEAR = eINSTANCE.getProgramme_StartYear();

		/**
		 * The meta object literal for the '<em><b>End Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__END_YEAR = eINSTANCE.getProgramme_EndYear();

		/**
		 * The meta object literal for the '<em><b>Sequence Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__SEQUENCE_NUMBER = eINSTANCE.getProgramme_SequenceNumber();

		/**
		 * The meta object literal for the '<em><b>Legal Basis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__LEGAL_BASIS = eINSTANCE.getProgramme_LegalBasis();

		/**
		 * The meta object literal for the '<em><b>Overall Goal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__OVERALL_GOAL = eINSTANCE.getProgramme_OverallGoal();

		/**
		 * The meta object literal for the '<em><b>Target Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__TARGET_YEAR = eINSTANCE.getProgramme_TargetYear();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__STATUS = eINSTANCE.getProgramme_Status();

		/**
		 * The meta object literal for the '<em><b>Approval Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__APPROVAL_DATE = eINSTANCE.getProgramme_ApprovalDate();

		/**
		 * The meta object literal for the '<em><b>Coordinator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__COORDINATOR = eINSTANCE.getProgramme_Coordinator();

		/**
		 * The meta object literal for the '<em><b>Governing Body</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__GOVERNING_BODY = eINSTANCE.getProgramme_GoverningBody();

		/**
		 * The meta object literal for the '<em><b>Bodies</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__BODIES = eINSTANCE.getProgramme_Bodies();

		/**
		 * The meta object literal for the '<em><b>Predecessor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__PREDECESSOR = eINSTANCE.getProgramme_Predecessor();

		/**
		 * The meta object literal for the '<em><b>Sectors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__SECTORS = eINSTANCE.getProgramme_Sectors();

		/**
		 * The meta object literal for the '<em><b>Budget</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__BUDGET = eINSTANCE.getProgramme_Budget();

		/**
		 * The meta object literal for the '<em><b>Dimensions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__DIMENSIONS = eINSTANCE.getProgramme_Dimensions();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__OBJECTIVES = eINSTANCE.getProgramme_Objectives();

		/**
		 * The meta object literal for the '<em><b>Recommendations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__RECOMMENDATIONS = eINSTANCE.getProgramme_Recommendations();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__ACTIONS = eINSTANCE.getProgramme_Actions();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__INDICATORS = eINSTANCE.getProgramme_Indicators();

		/**
		 * The meta object literal for the '<em><b>Annual Programmes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__ANNUAL_PROGRAMMES = eINSTANCE.getProgramme_AnnualProgrammes();

		/**
		 * The meta object literal for the '<em><b>Mandates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__MANDATES = eINSTANCE.getProgramme_Mandates();

		/**
		 * The meta object literal for the '<em><b>Progress Reports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__PROGRESS_REPORTS = eINSTANCE.getProgramme_ProgressReports();

		/**
		 * The meta object literal for the '<em><b>Baselines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__BASELINES = eINSTANCE.getProgramme_Baselines();

		/**
		 * The meta object literal for the '<em><b>Evaluations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__EVALUATIONS = eINSTANCE.getProgramme_Evaluations();

		/**
		 * The meta object literal for the '{@link org.helix.model.programme.impl.DimensionImpl <em>Dimension</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.impl.DimensionImpl
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getDimension()
		 * @generated
		 */
		EClass DIMENSION = eINSTANCE.getDimension();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION__CODE = eINSTANCE.getDimension_Code();

		/**
		 * The meta object literal for the '<em><b>In Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION__IN_SCOPE = eINSTANCE.getDimension_InScope();

		/**
		 * The meta object literal for the '<em><b>Themes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIMENSION__THEMES = eINSTANCE.getDimension_Themes();

		/**
		 * The meta object literal for the '{@link org.helix.model.programme.impl.ThemeImpl <em>Theme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.impl.ThemeImpl
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getTheme()
		 * @generated
		 */
		EClass THEME = eINSTANCE.getTheme();

		/**
		 * The meta object literal for the '<em><b>Section Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEME__SECTION_REF = eINSTANCE.getTheme_SectionRef();

		/**
		 * The meta object literal for the '{@link org.helix.model.programme.impl.ObjectiveImpl <em>Objective</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.impl.ObjectiveImpl
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getObjective()
		 * @generated
		 */
		EClass OBJECTIVE = eINSTANCE.getObjective();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__CODE = eINSTANCE.getObjective_Code();

		/**
		 * The meta object literal for the '<em><b>Horizon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__HORIZON = eINSTANCE.getObjective_Horizon();

		/**
		 * The meta object literal for the '<em><b>Target Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__TARGET_YEAR = eINSTANCE.getObjective_TargetYear();

		/**
		 * The meta object literal for the '<em><b>Changed From Previous</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__CHANGED_FROM_PREVIOUS = eINSTANCE.getObjective_ChangedFromPrevious();

		/**
		 * The meta object literal for the '<em><b>Realised</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__REALISED = eINSTANCE.getObjective_Realised();

		/**
		 * The meta object literal for the '<em><b>Contributes To</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECTIVE__CONTRIBUTES_TO = eINSTANCE.getObjective_ContributesTo();

		/**
		 * The meta object literal for the '<em><b>Supported By</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECTIVE__SUPPORTED_BY = eINSTANCE.getObjective_SupportedBy();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECTIVE__INDICATORS = eINSTANCE.getObjective_Indicators();

		/**
		 * The meta object literal for the '{@link org.helix.model.programme.impl.RecommendationImpl <em>Recommendation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.impl.RecommendationImpl
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getRecommendation()
		 * @generated
		 */
		EClass RECOMMENDATION = eINSTANCE.getRecommendation();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__CODE = eINSTANCE.getRecommendation_Code();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__TEXT = eINSTANCE.getRecommendation_Text();

		/**
		 * The meta object literal for the '<em><b>Uptake</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__UPTAKE = eINSTANCE.getRecommendation_Uptake();

		/**
		 * The meta object literal for the '<em><b>Uptake Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__UPTAKE_TEXT = eINSTANCE.getRecommendation_UptakeText();

		/**
		 * The meta object literal for the '<em><b>In Government Agreement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__IN_GOVERNMENT_AGREEMENT = eINSTANCE.getRecommendation_InGovernmentAgreement();

		/**
		 * The meta object literal for the '<em><b>Dimension</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOMMENDATION__DIMENSION = eINSTANCE.getRecommendation_Dimension();

		/**
		 * The meta object literal for the '<em><b>Theme</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOMMENDATION__THEME = eINSTANCE.getRecommendation_Theme();

		/**
		 * The meta object literal for the '<em><b>Addressees</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOMMENDATION__ADDRESSEES = eINSTANCE.getRecommendation_Addressees();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOMMENDATION__ORIGIN = eINSTANCE.getRecommendation_Origin();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOMMENDATION__ACTIONS = eINSTANCE.getRecommendation_Actions();

		/**
		 * The meta object literal for the '<em><b>Sub Recommendations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOMMENDATION__SUB_RECOMMENDATIONS = eINSTANCE.getRecommendation_SubRecommendations();

		/**
		 * The meta object literal for the '{@link org.helix.model.programme.impl.PriorityActionImpl <em>Priority Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.impl.PriorityActionImpl
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getPriorityAction()
		 * @generated
		 */
		EClass PRIORITY_ACTION = eINSTANCE.getPriorityAction();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_ACTION__CODE = eINSTANCE.getPriorityAction_Code();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_ACTION__KIND = eINSTANCE.getPriorityAction_Kind();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_ACTION__STATUS = eINSTANCE.getPriorityAction_Status();

		/**
		 * The meta object literal for the '<em><b>New Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_ACTION__NEW_ACTION = eINSTANCE.getPriorityAction_NewAction();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_ACTION__SCOPE = eINSTANCE.getPriorityAction_Scope();

		/**
		 * The meta object literal for the '<em><b>Plan Of Approach</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_ACTION__PLAN_OF_APPROACH = eINSTANCE.getPriorityAction_PlanOfApproach();

		/**
		 * The meta object literal for the '<em><b>Timing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_ACTION__TIMING = eINSTANCE.getPriorityAction_Timing();

		/**
		 * The meta object literal for the '<em><b>Priority Years</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_ACTION__PRIORITY_YEARS = eINSTANCE.getPriorityAction_PriorityYears();

		/**
		 * The meta object literal for the '<em><b>Budget Planned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_ACTION__BUDGET_PLANNED = eINSTANCE.getPriorityAction_BudgetPlanned();

		/**
		 * The meta object literal for the '<em><b>Budget Committed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_ACTION__BUDGET_COMMITTED = eINSTANCE.getPriorityAction_BudgetCommitted();

		/**
		 * The meta object literal for the '<em><b>Budget Spent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_ACTION__BUDGET_SPENT = eINSTANCE.getPriorityAction_BudgetSpent();

		/**
		 * The meta object literal for the '<em><b>Selection Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_ACTION__SELECTION_RATIONALE = eINSTANCE.getPriorityAction_SelectionRationale();

		/**
		 * The meta object literal for the '<em><b>Planned Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_ACTION__PLANNED_START = eINSTANCE.getPriorityAction_PlannedStart();

		/**
		 * The meta object literal for the '<em><b>Planned End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_ACTION__PLANNED_END = eINSTANCE.getPriorityAction_PlannedEnd();

		/**
		 * The meta object literal for the '<em><b>Percent Complete</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_ACTION__PERCENT_COMPLETE = eINSTANCE.getPriorityAction_PercentComplete();

		/**
		 * The meta object literal for the '<em><b>Rag Override</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_ACTION__RAG_OVERRIDE = eINSTANCE.getPriorityAction_RagOverride();

		/**
		 * The meta object literal for the '<em><b>Rag Override Justification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_ACTION__RAG_OVERRIDE_JUSTIFICATION = eINSTANCE.getPriorityAction_RagOverrideJustification();

		/**
		 * The meta object literal for the '<em><b>Rag Override Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_ACTION__RAG_OVERRIDE_DATE = eINSTANCE.getPriorityAction_RagOverrideDate();

		/**
		 * The meta object literal for the '<em><b>Dimensions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_ACTION__DIMENSIONS = eINSTANCE.getPriorityAction_Dimensions();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_ACTION__OBJECTIVES = eINSTANCE.getPriorityAction_Objectives();

		/**
		 * The meta object literal for the '<em><b>Recommendations</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_ACTION__RECOMMENDATIONS = eINSTANCE.getPriorityAction_Recommendations();

		/**
		 * The meta object literal for the '<em><b>Mandate</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_ACTION__MANDATE = eINSTANCE.getPriorityAction_Mandate();

		/**
		 * The meta object literal for the '<em><b>Lead</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_ACTION__LEAD = eINSTANCE.getPriorityAction_Lead();

		/**
		 * The meta object literal for the '<em><b>Project Leader</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_ACTION__PROJECT_LEADER = eINSTANCE.getPriorityAction_ProjectLeader();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_ACTION__GROUP = eINSTANCE.getPriorityAction_Group();

		/**
		 * The meta object literal for the '<em><b>Involved Actors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_ACTION__INVOLVED_ACTORS = eINSTANCE.getPriorityAction_InvolvedActors();

		/**
		 * The meta object literal for the '<em><b>Instruments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_ACTION__INSTRUMENTS = eINSTANCE.getPriorityAction_Instruments();

		/**
		 * The meta object literal for the '<em><b>Kpis</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_ACTION__KPIS = eINSTANCE.getPriorityAction_Kpis();

		/**
		 * The meta object literal for the '<em><b>Depends On</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_ACTION__DEPENDS_ON = eINSTANCE.getPriorityAction_DependsOn();

		/**
		 * The meta object literal for the '<em><b>Rag Override By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_ACTION__RAG_OVERRIDE_BY = eINSTANCE.getPriorityAction_RagOverrideBy();

		/**
		 * The meta object literal for the '<em><b>Deliverables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_ACTION__DELIVERABLES = eINSTANCE.getPriorityAction_Deliverables();

		/**
		 * The meta object literal for the '<em><b>Milestones</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_ACTION__MILESTONES = eINSTANCE.getPriorityAction_Milestones();

		/**
		 * The meta object literal for the '<em><b>Risks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_ACTION__RISKS = eINSTANCE.getPriorityAction_Risks();

		/**
		 * The meta object literal for the '{@link org.helix.model.programme.impl.DeliverableImpl <em>Deliverable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.impl.DeliverableImpl
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getDeliverable()
		 * @generated
		 */
		EClass DELIVERABLE = eINSTANCE.getDeliverable();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERABLE__KIND = eINSTANCE.getDeliverable_Kind();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERABLE__STATUS = eINSTANCE.getDeliverable_Status();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERABLE__DUE_DATE = eINSTANCE.getDeliverable_DueDate();

		/**
		 * The meta object literal for the '<em><b>Due Date Precision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERABLE__DUE_DATE_PRECISION = eINSTANCE.getDeliverable_DueDatePrecision();

		/**
		 * The meta object literal for the '<em><b>Delivered On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERABLE__DELIVERED_ON = eINSTANCE.getDeliverable_DeliveredOn();

		/**
		 * The meta object literal for the '<em><b>Addressee</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DELIVERABLE__ADDRESSEE = eINSTANCE.getDeliverable_Addressee();

		/**
		 * The meta object literal for the '{@link org.helix.model.programme.impl.RiskImpl <em>Risk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.impl.RiskImpl
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getRisk()
		 * @generated
		 */
		EClass RISK = eINSTANCE.getRisk();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__TEXT = eINSTANCE.getRisk_Text();

		/**
		 * The meta object literal for the '<em><b>Cause</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__CAUSE = eINSTANCE.getRisk_Cause();

		/**
		 * The meta object literal for the '<em><b>Likelihood</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__LIKELIHOOD = eINSTANCE.getRisk_Likelihood();

		/**
		 * The meta object literal for the '<em><b>Impact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__IMPACT = eINSTANCE.getRisk_Impact();

		/**
		 * The meta object literal for the '<em><b>Mitigation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__MITIGATION = eINSTANCE.getRisk_Mitigation();

		/**
		 * The meta object literal for the '{@link org.helix.model.programme.impl.AnnualProgrammeImpl <em>Annual Programme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.impl.AnnualProgrammeImpl
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getAnnualProgramme()
		 * @generated
		 */
		EClass ANNUAL_PROGRAMME = eINSTANCE.getAnnualProgramme();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNUAL_PROGRAMME__YEAR = eINSTANCE.getAnnualProgramme_Year();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNUAL_PROGRAMME__ACTIONS = eINSTANCE.getAnnualProgramme_Actions();

		/**
		 * The meta object literal for the '<em><b>Approved By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNUAL_PROGRAMME__APPROVED_BY = eINSTANCE.getAnnualProgramme_ApprovedBy();

		/**
		 * The meta object literal for the '{@link org.helix.model.programme.impl.GovernmentMandateImpl <em>Government Mandate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.impl.GovernmentMandateImpl
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getGovernmentMandate()
		 * @generated
		 */
		EClass GOVERNMENT_MANDATE = eINSTANCE.getGovernmentMandate();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNMENT_MANDATE__QUOTE = eINSTANCE.getGovernmentMandate_Quote();

		/**
		 * The meta object literal for the '<em><b>Prioritisation Criterion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOVERNMENT_MANDATE__PRIORITISATION_CRITERION = eINSTANCE.getGovernmentMandate_PrioritisationCriterion();

		/**
		 * The meta object literal for the '{@link org.helix.model.programme.impl.ProgressReportImpl <em>Progress Report</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.impl.ProgressReportImpl
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getProgressReport()
		 * @generated
		 */
		EClass PROGRESS_REPORT = eINSTANCE.getProgressReport();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_REPORT__YEAR = eINSTANCE.getProgressReport_Year();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_REPORT__DATE = eINSTANCE.getProgressReport_Date();

		/**
		 * The meta object literal for the '<em><b>Reported On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_REPORT__REPORTED_ON = eINSTANCE.getProgressReport_ReportedOn();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_REPORT__SUMMARY = eINSTANCE.getProgressReport_Summary();

		/**
		 * The meta object literal for the '<em><b>Adjustments</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_REPORT__ADJUSTMENTS = eINSTANCE.getProgressReport_Adjustments();

		/**
		 * The meta object literal for the '<em><b>Reported To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRESS_REPORT__REPORTED_TO = eINSTANCE.getProgressReport_ReportedTo();

		/**
		 * The meta object literal for the '<em><b>Measurements</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRESS_REPORT__MEASUREMENTS = eINSTANCE.getProgressReport_Measurements();

		/**
		 * The meta object literal for the '<em><b>Action Statuses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRESS_REPORT__ACTION_STATUSES = eINSTANCE.getProgressReport_ActionStatuses();

		/**
		 * The meta object literal for the '{@link org.helix.model.programme.impl.PlanBaselineImpl <em>Plan Baseline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.impl.PlanBaselineImpl
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getPlanBaseline()
		 * @generated
		 */
		EClass PLAN_BASELINE = eINSTANCE.getPlanBaseline();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_BASELINE__DATE = eINSTANCE.getPlanBaseline_Date();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_BASELINE__ENTRIES = eINSTANCE.getPlanBaseline_Entries();

		/**
		 * The meta object literal for the '{@link org.helix.model.programme.impl.ActionSnapshotImpl <em>Action Snapshot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.impl.ActionSnapshotImpl
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getActionSnapshot()
		 * @generated
		 */
		EClass ACTION_SNAPSHOT = eINSTANCE.getActionSnapshot();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_SNAPSHOT__STATUS = eINSTANCE.getActionSnapshot_Status();

		/**
		 * The meta object literal for the '<em><b>Planned End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_SNAPSHOT__PLANNED_END = eINSTANCE.getActionSnapshot_PlannedEnd();

		/**
		 * The meta object literal for the '<em><b>Budget Planned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_SNAPSHOT__BUDGET_PLANNED = eINSTANCE.getActionSnapshot_BudgetPlanned();

		/**
		 * The meta object literal for the '<em><b>Budget Committed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_SNAPSHOT__BUDGET_COMMITTED = eINSTANCE.getActionSnapshot_BudgetCommitted();

		/**
		 * The meta object literal for the '<em><b>Budget Spent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_SNAPSHOT__BUDGET_SPENT = eINSTANCE.getActionSnapshot_BudgetSpent();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_SNAPSHOT__COMMENT = eINSTANCE.getActionSnapshot_Comment();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION_SNAPSHOT__ACTION = eINSTANCE.getActionSnapshot_Action();

		/**
		 * The meta object literal for the '{@link org.helix.model.programme.impl.ProgrammeEvaluationImpl <em>Evaluation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.impl.ProgrammeEvaluationImpl
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getProgrammeEvaluation()
		 * @generated
		 */
		EClass PROGRAMME_EVALUATION = eINSTANCE.getProgrammeEvaluation();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME_EVALUATION__DATE = eINSTANCE.getProgrammeEvaluation_Date();

		/**
		 * The meta object literal for the '<em><b>Methods</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME_EVALUATION__METHODS = eINSTANCE.getProgrammeEvaluation_Methods();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME_EVALUATION__FINDINGS = eINSTANCE.getProgrammeEvaluation_Findings();

		/**
		 * The meta object literal for the '<em><b>Improvement Points</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME_EVALUATION__IMPROVEMENT_POINTS = eINSTANCE.getProgrammeEvaluation_ImprovementPoints();

		/**
		 * The meta object literal for the '<em><b>Evaluated Programme</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME_EVALUATION__EVALUATED_PROGRAMME = eINSTANCE.getProgrammeEvaluation_EvaluatedProgramme();

		/**
		 * The meta object literal for the '<em><b>Realisations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME_EVALUATION__REALISATIONS = eINSTANCE.getProgrammeEvaluation_Realisations();

		/**
		 * The meta object literal for the '{@link org.helix.model.programme.impl.RealisationImpl <em>Realisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.impl.RealisationImpl
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getRealisation()
		 * @generated
		 */
		EClass REALISATION = eINSTANCE.getRealisation();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REALISATION__TEXT = eINSTANCE.getRealisation_Text();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REALISATION__OUTCOME = eINSTANCE.getRealisation_Outcome();

		/**
		 * The meta object literal for the '<em><b>Body</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REALISATION__BODY = eINSTANCE.getRealisation_Body();

		/**
		 * The meta object literal for the '{@link org.helix.model.programme.ProgrammeStatus <em>Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.ProgrammeStatus
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getProgrammeStatus()
		 * @generated
		 */
		EEnum PROGRAMME_STATUS = eINSTANCE.getProgrammeStatus();

		/**
		 * The meta object literal for the '{@link org.helix.model.programme.ObjectiveHorizon <em>Objective Horizon</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.ObjectiveHorizon
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getObjectiveHorizon()
		 * @generated
		 */
		EEnum OBJECTIVE_HORIZON = eINSTANCE.getObjectiveHorizon();

		/**
		 * The meta object literal for the '{@link org.helix.model.programme.Uptake <em>Uptake</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.Uptake
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getUptake()
		 * @generated
		 */
		EEnum UPTAKE = eINSTANCE.getUptake();

		/**
		 * The meta object literal for the '{@link org.helix.model.programme.ActionKind <em>Action Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.ActionKind
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getActionKind()
		 * @generated
		 */
		EEnum ACTION_KIND = eINSTANCE.getActionKind();

		/**
		 * The meta object literal for the '{@link org.helix.model.programme.ActionStatus <em>Action Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.ActionStatus
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getActionStatus()
		 * @generated
		 */
		EEnum ACTION_STATUS = eINSTANCE.getActionStatus();

		/**
		 * The meta object literal for the '{@link org.helix.model.programme.RagStatus <em>Rag Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.RagStatus
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getRagStatus()
		 * @generated
		 */
		EEnum RAG_STATUS = eINSTANCE.getRagStatus();

		/**
		 * The meta object literal for the '{@link org.helix.model.programme.DeliverableKind <em>Deliverable Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.DeliverableKind
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getDeliverableKind()
		 * @generated
		 */
		EEnum DELIVERABLE_KIND = eINSTANCE.getDeliverableKind();

		/**
		 * The meta object literal for the '{@link org.helix.model.programme.DeliverableStatus <em>Deliverable Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.DeliverableStatus
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getDeliverableStatus()
		 * @generated
		 */
		EEnum DELIVERABLE_STATUS = eINSTANCE.getDeliverableStatus();

		/**
		 * The meta object literal for the '{@link org.helix.model.programme.RiskCause <em>Risk Cause</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.RiskCause
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getRiskCause()
		 * @generated
		 */
		EEnum RISK_CAUSE = eINSTANCE.getRiskCause();

		/**
		 * The meta object literal for the '{@link org.helix.model.programme.RiskLevel <em>Risk Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.RiskLevel
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getRiskLevel()
		 * @generated
		 */
		EEnum RISK_LEVEL = eINSTANCE.getRiskLevel();

		/**
		 * The meta object literal for the '{@link org.helix.model.programme.EvaluationMethod <em>Evaluation Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.EvaluationMethod
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getEvaluationMethod()
		 * @generated
		 */
		EEnum EVALUATION_METHOD = eINSTANCE.getEvaluationMethod();

		/**
		 * The meta object literal for the '{@link org.helix.model.programme.RealisationOutcome <em>Realisation Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.programme.RealisationOutcome
		 * @see org.helix.model.programme.impl.ProgrammePackageImpl#getRealisationOutcome()
		 * @generated
		 */
		EEnum REALISATION_OUTCOME = eINSTANCE.getRealisationOutcome();

	}

} //ProgrammePackage
