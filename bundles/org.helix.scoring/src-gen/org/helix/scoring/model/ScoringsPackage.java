/**
 * Helix
 */
package org.helix.scoring.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
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
 * Scorings saved beside a Helix model (NAME.helix-scorings): what is scored (alternatives, criteria, method and parameters) and every run with its provenance, so that a run can be repeated and compared with an earlier one.
 * <!-- end-model-doc -->
 * @see org.helix.scoring.model.ScoringsFactory
 * @model kind="package"
 * @generated
 */
public interface ScoringsPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.helix.org/scoring/1.0/scorings";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "scorings";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ScoringsPackage eINSTANCE = org.helix.scoring.model.impl.ScoringsPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.helix.scoring.model.impl.ScoringFileImpl <em>Scoring File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.scoring.model.impl.ScoringFileImpl
	 * @see org.helix.scoring.model.impl.ScoringsPackageImpl#getScoringFile()
	 * @generated
	 */
	int SCORING_FILE = 0;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_FILE__FORMAT_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Scorings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_FILE__SCORINGS = 1;

	/**
	 * The number of structural features of the '<em>Scoring File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_FILE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Scoring File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_FILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.helix.scoring.model.impl.ScoringImpl <em>Scoring</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.scoring.model.impl.ScoringImpl
	 * @see org.helix.scoring.model.impl.ScoringsPackageImpl#getScoring()
	 * @generated
	 */
	int SCORING = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__METHOD = 2;

	/**
	 * The feature id for the '<em><b>Normalisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__NORMALISATION = 3;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__PARAMETERS = 4;

	/**
	 * The feature id for the '<em><b>Alternatives</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__ALTERNATIVES = 5;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__CRITERIA = 6;

	/**
	 * The feature id for the '<em><b>Scales</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__SCALES = 7;

	/**
	 * The feature id for the '<em><b>Runs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__RUNS = 8;

	/**
	 * The feature id for the '<em><b>Judgements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING__JUDGEMENTS = 9;

	/**
	 * The number of structural features of the '<em>Scoring</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Scoring</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.helix.scoring.model.impl.PairwiseJudgementsImpl <em>Pairwise Judgements</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.scoring.model.impl.PairwiseJudgementsImpl
	 * @see org.helix.scoring.model.impl.ScoringsPackageImpl#getPairwiseJudgements()
	 * @generated
	 */
	int PAIRWISE_JUDGEMENTS = 2;

	/**
	 * The feature id for the '<em><b>Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIRWISE_JUDGEMENTS__CRITERION = 0;

	/**
	 * The feature id for the '<em><b>Judge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIRWISE_JUDGEMENTS__JUDGE = 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIRWISE_JUDGEMENTS__SOURCE = 2;

	/**
	 * The feature id for the '<em><b>Items</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIRWISE_JUDGEMENTS__ITEMS = 3;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIRWISE_JUDGEMENTS__VALUES = 4;

	/**
	 * The number of structural features of the '<em>Pairwise Judgements</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIRWISE_JUDGEMENTS_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Pairwise Judgements</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIRWISE_JUDGEMENTS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.helix.scoring.model.impl.CriterionDefinitionImpl <em>Criterion Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.scoring.model.impl.CriterionDefinitionImpl
	 * @see org.helix.scoring.model.impl.ScoringsPackageImpl#getCriterionDefinition()
	 * @generated
	 */
	int CRITERION_DEFINITION = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_DEFINITION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_DEFINITION__DIRECTION = 1;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_DEFINITION__WEIGHT = 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_DEFINITION__UNIT = 3;

	/**
	 * The feature id for the '<em><b>Value Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_DEFINITION__VALUE_PATH = 4;

	/**
	 * The feature id for the '<em><b>Preference Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_DEFINITION__PREFERENCE_FUNCTION = 5;

	/**
	 * The feature id for the '<em><b>Q</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_DEFINITION__Q = 6;

	/**
	 * The feature id for the '<em><b>P</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_DEFINITION__P = 7;

	/**
	 * The feature id for the '<em><b>S</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_DEFINITION__S = 8;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_DEFINITION__SCALE = 9;

	/**
	 * The number of structural features of the '<em>Criterion Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_DEFINITION_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Criterion Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_DEFINITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.helix.scoring.model.impl.ScaleImpl <em>Scale</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.scoring.model.impl.ScaleImpl
	 * @see org.helix.scoring.model.impl.ScoringsPackageImpl#getScale()
	 * @generated
	 */
	int SCALE = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Points</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__POINTS = 2;

	/**
	 * The number of structural features of the '<em>Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.helix.scoring.model.impl.ScalePointImpl <em>Scale Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.scoring.model.impl.ScalePointImpl
	 * @see org.helix.scoring.model.impl.ScoringsPackageImpl#getScalePoint()
	 * @generated
	 */
	int SCALE_POINT = 5;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_POINT__KEY = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_POINT__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_POINT__VALUE = 2;

	/**
	 * The number of structural features of the '<em>Scale Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_POINT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Scale Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_POINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.helix.scoring.model.impl.ParameterImpl <em>Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.scoring.model.impl.ParameterImpl
	 * @see org.helix.scoring.model.impl.ScoringsPackageImpl#getParameter()
	 * @generated
	 */
	int PARAMETER = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.helix.scoring.model.impl.ScoringRunImpl <em>Scoring Run</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.scoring.model.impl.ScoringRunImpl
	 * @see org.helix.scoring.model.impl.ScoringsPackageImpl#getScoringRun()
	 * @generated
	 */
	int SCORING_RUN = 7;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_RUN__METHOD = 0;

	/**
	 * The feature id for the '<em><b>Method Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_RUN__METHOD_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Normalisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_RUN__NORMALISATION = 2;

	/**
	 * The feature id for the '<em><b>As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_RUN__AS_OF = 3;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_RUN__PARAMETERS = 4;

	/**
	 * The feature id for the '<em><b>Weights</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_RUN__WEIGHTS = 5;

	/**
	 * The feature id for the '<em><b>Inputs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_RUN__INPUTS = 6;

	/**
	 * The feature id for the '<em><b>Results</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_RUN__RESULTS = 7;

	/**
	 * The feature id for the '<em><b>Warnings</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_RUN__WARNINGS = 8;

	/**
	 * The number of structural features of the '<em>Scoring Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_RUN_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Scoring Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_RUN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.helix.scoring.model.impl.RunWeightImpl <em>Run Weight</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.scoring.model.impl.RunWeightImpl
	 * @see org.helix.scoring.model.impl.ScoringsPackageImpl#getRunWeight()
	 * @generated
	 */
	int RUN_WEIGHT = 8;

	/**
	 * The feature id for the '<em><b>Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_WEIGHT__CRITERION = 0;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_WEIGHT__WEIGHT = 1;

	/**
	 * The number of structural features of the '<em>Run Weight</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_WEIGHT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Run Weight</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_WEIGHT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.helix.scoring.model.impl.RunInputImpl <em>Run Input</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.scoring.model.impl.RunInputImpl
	 * @see org.helix.scoring.model.impl.ScoringsPackageImpl#getRunInput()
	 * @generated
	 */
	int RUN_INPUT = 9;

	/**
	 * The feature id for the '<em><b>Alternative</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_INPUT__ALTERNATIVE = 0;

	/**
	 * The feature id for the '<em><b>Alternative Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_INPUT__ALTERNATIVE_LABEL = 1;

	/**
	 * The feature id for the '<em><b>Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_INPUT__CRITERION = 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_INPUT__TEXT = 3;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_INPUT__VALUE = 4;

	/**
	 * The number of structural features of the '<em>Run Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_INPUT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Run Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_INPUT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.helix.scoring.model.impl.RunResultImpl <em>Run Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.scoring.model.impl.RunResultImpl
	 * @see org.helix.scoring.model.impl.ScoringsPackageImpl#getRunResult()
	 * @generated
	 */
	int RUN_RESULT = 10;

	/**
	 * The feature id for the '<em><b>Alternative</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__ALTERNATIVE = 0;

	/**
	 * The feature id for the '<em><b>Alternative Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__ALTERNATIVE_LABEL = 1;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__SCORE = 2;

	/**
	 * The feature id for the '<em><b>Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__RANK = 3;

	/**
	 * The feature id for the '<em><b>Missing</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT__MISSING = 4;

	/**
	 * The number of structural features of the '<em>Run Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Run Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RESULT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.helix.scoring.model.impl.ScoringsPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 11;


	/**
	 * Returns the meta object for class '{@link org.helix.scoring.model.ScoringFile <em>Scoring File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scoring File</em>'.
	 * @see org.helix.scoring.model.ScoringFile
	 * @generated
	 */
	EClass getScoringFile();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.ScoringFile#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.helix.scoring.model.ScoringFile#getFormatVersion()
	 * @see #getScoringFile()
	 * @generated
	 */
	EAttribute getScoringFile_FormatVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.scoring.model.ScoringFile#getScorings <em>Scorings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scorings</em>'.
	 * @see org.helix.scoring.model.ScoringFile#getScorings()
	 * @see #getScoringFile()
	 * @generated
	 */
	EReference getScoringFile_Scorings();

	/**
	 * Returns the meta object for class '{@link org.helix.scoring.model.Scoring <em>Scoring</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scoring</em>'.
	 * @see org.helix.scoring.model.Scoring
	 * @generated
	 */
	EClass getScoring();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.Scoring#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.helix.scoring.model.Scoring#getName()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.Scoring#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.helix.scoring.model.Scoring#getDescription()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.Scoring#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.helix.scoring.model.Scoring#getMethod()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.Scoring#getNormalisation <em>Normalisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Normalisation</em>'.
	 * @see org.helix.scoring.model.Scoring#getNormalisation()
	 * @see #getScoring()
	 * @generated
	 */
	EAttribute getScoring_Normalisation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.scoring.model.Scoring#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.helix.scoring.model.Scoring#getParameters()
	 * @see #getScoring()
	 * @generated
	 */
	EReference getScoring_Parameters();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.scoring.model.Scoring#getAlternatives <em>Alternatives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Alternatives</em>'.
	 * @see org.helix.scoring.model.Scoring#getAlternatives()
	 * @see #getScoring()
	 * @generated
	 */
	EReference getScoring_Alternatives();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.scoring.model.Scoring#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria</em>'.
	 * @see org.helix.scoring.model.Scoring#getCriteria()
	 * @see #getScoring()
	 * @generated
	 */
	EReference getScoring_Criteria();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.scoring.model.Scoring#getScales <em>Scales</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scales</em>'.
	 * @see org.helix.scoring.model.Scoring#getScales()
	 * @see #getScoring()
	 * @generated
	 */
	EReference getScoring_Scales();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.scoring.model.Scoring#getRuns <em>Runs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Runs</em>'.
	 * @see org.helix.scoring.model.Scoring#getRuns()
	 * @see #getScoring()
	 * @generated
	 */
	EReference getScoring_Runs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.scoring.model.Scoring#getJudgements <em>Judgements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Judgements</em>'.
	 * @see org.helix.scoring.model.Scoring#getJudgements()
	 * @see #getScoring()
	 * @generated
	 */
	EReference getScoring_Judgements();

	/**
	 * Returns the meta object for class '{@link org.helix.scoring.model.PairwiseJudgements <em>Pairwise Judgements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pairwise Judgements</em>'.
	 * @see org.helix.scoring.model.PairwiseJudgements
	 * @generated
	 */
	EClass getPairwiseJudgements();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.PairwiseJudgements#getCriterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criterion</em>'.
	 * @see org.helix.scoring.model.PairwiseJudgements#getCriterion()
	 * @see #getPairwiseJudgements()
	 * @generated
	 */
	EAttribute getPairwiseJudgements_Criterion();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.PairwiseJudgements#getJudge <em>Judge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Judge</em>'.
	 * @see org.helix.scoring.model.PairwiseJudgements#getJudge()
	 * @see #getPairwiseJudgements()
	 * @generated
	 */
	EAttribute getPairwiseJudgements_Judge();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.PairwiseJudgements#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.helix.scoring.model.PairwiseJudgements#getSource()
	 * @see #getPairwiseJudgements()
	 * @generated
	 */
	EAttribute getPairwiseJudgements_Source();

	/**
	 * Returns the meta object for the attribute list '{@link org.helix.scoring.model.PairwiseJudgements#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Items</em>'.
	 * @see org.helix.scoring.model.PairwiseJudgements#getItems()
	 * @see #getPairwiseJudgements()
	 * @generated
	 */
	EAttribute getPairwiseJudgements_Items();

	/**
	 * Returns the meta object for the attribute list '{@link org.helix.scoring.model.PairwiseJudgements#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see org.helix.scoring.model.PairwiseJudgements#getValues()
	 * @see #getPairwiseJudgements()
	 * @generated
	 */
	EAttribute getPairwiseJudgements_Values();

	/**
	 * Returns the meta object for class '{@link org.helix.scoring.model.CriterionDefinition <em>Criterion Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Criterion Definition</em>'.
	 * @see org.helix.scoring.model.CriterionDefinition
	 * @generated
	 */
	EClass getCriterionDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.CriterionDefinition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.helix.scoring.model.CriterionDefinition#getName()
	 * @see #getCriterionDefinition()
	 * @generated
	 */
	EAttribute getCriterionDefinition_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.CriterionDefinition#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.helix.scoring.model.CriterionDefinition#getDirection()
	 * @see #getCriterionDefinition()
	 * @generated
	 */
	EAttribute getCriterionDefinition_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.CriterionDefinition#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.helix.scoring.model.CriterionDefinition#getWeight()
	 * @see #getCriterionDefinition()
	 * @generated
	 */
	EAttribute getCriterionDefinition_Weight();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.CriterionDefinition#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.helix.scoring.model.CriterionDefinition#getUnit()
	 * @see #getCriterionDefinition()
	 * @generated
	 */
	EAttribute getCriterionDefinition_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.CriterionDefinition#getValuePath <em>Value Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Path</em>'.
	 * @see org.helix.scoring.model.CriterionDefinition#getValuePath()
	 * @see #getCriterionDefinition()
	 * @generated
	 */
	EAttribute getCriterionDefinition_ValuePath();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.CriterionDefinition#getPreferenceFunction <em>Preference Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preference Function</em>'.
	 * @see org.helix.scoring.model.CriterionDefinition#getPreferenceFunction()
	 * @see #getCriterionDefinition()
	 * @generated
	 */
	EAttribute getCriterionDefinition_PreferenceFunction();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.CriterionDefinition#getQ <em>Q</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Q</em>'.
	 * @see org.helix.scoring.model.CriterionDefinition#getQ()
	 * @see #getCriterionDefinition()
	 * @generated
	 */
	EAttribute getCriterionDefinition_Q();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.CriterionDefinition#getP <em>P</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>P</em>'.
	 * @see org.helix.scoring.model.CriterionDefinition#getP()
	 * @see #getCriterionDefinition()
	 * @generated
	 */
	EAttribute getCriterionDefinition_P();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.CriterionDefinition#getS <em>S</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>S</em>'.
	 * @see org.helix.scoring.model.CriterionDefinition#getS()
	 * @see #getCriterionDefinition()
	 * @generated
	 */
	EAttribute getCriterionDefinition_S();

	/**
	 * Returns the meta object for the reference '{@link org.helix.scoring.model.CriterionDefinition#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scale</em>'.
	 * @see org.helix.scoring.model.CriterionDefinition#getScale()
	 * @see #getCriterionDefinition()
	 * @generated
	 */
	EReference getCriterionDefinition_Scale();

	/**
	 * Returns the meta object for class '{@link org.helix.scoring.model.Scale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scale</em>'.
	 * @see org.helix.scoring.model.Scale
	 * @generated
	 */
	EClass getScale();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.Scale#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.helix.scoring.model.Scale#getName()
	 * @see #getScale()
	 * @generated
	 */
	EAttribute getScale_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.Scale#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.helix.scoring.model.Scale#getDescription()
	 * @see #getScale()
	 * @generated
	 */
	EAttribute getScale_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.scoring.model.Scale#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Points</em>'.
	 * @see org.helix.scoring.model.Scale#getPoints()
	 * @see #getScale()
	 * @generated
	 */
	EReference getScale_Points();

	/**
	 * Returns the meta object for class '{@link org.helix.scoring.model.ScalePoint <em>Scale Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scale Point</em>'.
	 * @see org.helix.scoring.model.ScalePoint
	 * @generated
	 */
	EClass getScalePoint();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.ScalePoint#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.helix.scoring.model.ScalePoint#getKey()
	 * @see #getScalePoint()
	 * @generated
	 */
	EAttribute getScalePoint_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.ScalePoint#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.helix.scoring.model.ScalePoint#getLabel()
	 * @see #getScalePoint()
	 * @generated
	 */
	EAttribute getScalePoint_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.ScalePoint#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.helix.scoring.model.ScalePoint#getValue()
	 * @see #getScalePoint()
	 * @generated
	 */
	EAttribute getScalePoint_Value();

	/**
	 * Returns the meta object for class '{@link org.helix.scoring.model.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter</em>'.
	 * @see org.helix.scoring.model.Parameter
	 * @generated
	 */
	EClass getParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.Parameter#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.helix.scoring.model.Parameter#getName()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.Parameter#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.helix.scoring.model.Parameter#getValue()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Value();

	/**
	 * Returns the meta object for class '{@link org.helix.scoring.model.ScoringRun <em>Scoring Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scoring Run</em>'.
	 * @see org.helix.scoring.model.ScoringRun
	 * @generated
	 */
	EClass getScoringRun();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.ScoringRun#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.helix.scoring.model.ScoringRun#getMethod()
	 * @see #getScoringRun()
	 * @generated
	 */
	EAttribute getScoringRun_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.ScoringRun#getMethodVersion <em>Method Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method Version</em>'.
	 * @see org.helix.scoring.model.ScoringRun#getMethodVersion()
	 * @see #getScoringRun()
	 * @generated
	 */
	EAttribute getScoringRun_MethodVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.ScoringRun#getNormalisation <em>Normalisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Normalisation</em>'.
	 * @see org.helix.scoring.model.ScoringRun#getNormalisation()
	 * @see #getScoringRun()
	 * @generated
	 */
	EAttribute getScoringRun_Normalisation();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.ScoringRun#getAsOf <em>As Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>As Of</em>'.
	 * @see org.helix.scoring.model.ScoringRun#getAsOf()
	 * @see #getScoringRun()
	 * @generated
	 */
	EAttribute getScoringRun_AsOf();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.scoring.model.ScoringRun#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.helix.scoring.model.ScoringRun#getParameters()
	 * @see #getScoringRun()
	 * @generated
	 */
	EReference getScoringRun_Parameters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.scoring.model.ScoringRun#getWeights <em>Weights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Weights</em>'.
	 * @see org.helix.scoring.model.ScoringRun#getWeights()
	 * @see #getScoringRun()
	 * @generated
	 */
	EReference getScoringRun_Weights();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.scoring.model.ScoringRun#getInputs <em>Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Inputs</em>'.
	 * @see org.helix.scoring.model.ScoringRun#getInputs()
	 * @see #getScoringRun()
	 * @generated
	 */
	EReference getScoringRun_Inputs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.scoring.model.ScoringRun#getResults <em>Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Results</em>'.
	 * @see org.helix.scoring.model.ScoringRun#getResults()
	 * @see #getScoringRun()
	 * @generated
	 */
	EReference getScoringRun_Results();

	/**
	 * Returns the meta object for the attribute list '{@link org.helix.scoring.model.ScoringRun#getWarnings <em>Warnings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Warnings</em>'.
	 * @see org.helix.scoring.model.ScoringRun#getWarnings()
	 * @see #getScoringRun()
	 * @generated
	 */
	EAttribute getScoringRun_Warnings();

	/**
	 * Returns the meta object for class '{@link org.helix.scoring.model.RunWeight <em>Run Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Run Weight</em>'.
	 * @see org.helix.scoring.model.RunWeight
	 * @generated
	 */
	EClass getRunWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.RunWeight#getCriterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criterion</em>'.
	 * @see org.helix.scoring.model.RunWeight#getCriterion()
	 * @see #getRunWeight()
	 * @generated
	 */
	EAttribute getRunWeight_Criterion();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.RunWeight#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.helix.scoring.model.RunWeight#getWeight()
	 * @see #getRunWeight()
	 * @generated
	 */
	EAttribute getRunWeight_Weight();

	/**
	 * Returns the meta object for class '{@link org.helix.scoring.model.RunInput <em>Run Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Run Input</em>'.
	 * @see org.helix.scoring.model.RunInput
	 * @generated
	 */
	EClass getRunInput();

	/**
	 * Returns the meta object for the reference '{@link org.helix.scoring.model.RunInput#getAlternative <em>Alternative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Alternative</em>'.
	 * @see org.helix.scoring.model.RunInput#getAlternative()
	 * @see #getRunInput()
	 * @generated
	 */
	EReference getRunInput_Alternative();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.RunInput#getAlternativeLabel <em>Alternative Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Alternative Label</em>'.
	 * @see org.helix.scoring.model.RunInput#getAlternativeLabel()
	 * @see #getRunInput()
	 * @generated
	 */
	EAttribute getRunInput_AlternativeLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.RunInput#getCriterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criterion</em>'.
	 * @see org.helix.scoring.model.RunInput#getCriterion()
	 * @see #getRunInput()
	 * @generated
	 */
	EAttribute getRunInput_Criterion();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.RunInput#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.helix.scoring.model.RunInput#getText()
	 * @see #getRunInput()
	 * @generated
	 */
	EAttribute getRunInput_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.RunInput#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.helix.scoring.model.RunInput#getValue()
	 * @see #getRunInput()
	 * @generated
	 */
	EAttribute getRunInput_Value();

	/**
	 * Returns the meta object for class '{@link org.helix.scoring.model.RunResult <em>Run Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Run Result</em>'.
	 * @see org.helix.scoring.model.RunResult
	 * @generated
	 */
	EClass getRunResult();

	/**
	 * Returns the meta object for the reference '{@link org.helix.scoring.model.RunResult#getAlternative <em>Alternative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Alternative</em>'.
	 * @see org.helix.scoring.model.RunResult#getAlternative()
	 * @see #getRunResult()
	 * @generated
	 */
	EReference getRunResult_Alternative();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.RunResult#getAlternativeLabel <em>Alternative Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Alternative Label</em>'.
	 * @see org.helix.scoring.model.RunResult#getAlternativeLabel()
	 * @see #getRunResult()
	 * @generated
	 */
	EAttribute getRunResult_AlternativeLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.RunResult#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.helix.scoring.model.RunResult#getScore()
	 * @see #getRunResult()
	 * @generated
	 */
	EAttribute getRunResult_Score();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.scoring.model.RunResult#getRank <em>Rank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rank</em>'.
	 * @see org.helix.scoring.model.RunResult#getRank()
	 * @see #getRunResult()
	 * @generated
	 */
	EAttribute getRunResult_Rank();

	/**
	 * Returns the meta object for the attribute list '{@link org.helix.scoring.model.RunResult#getMissing <em>Missing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Missing</em>'.
	 * @see org.helix.scoring.model.RunResult#getMissing()
	 * @see #getRunResult()
	 * @generated
	 */
	EAttribute getRunResult_Missing();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without a time or a time zone, written as ISO yyyy-MM-dd (as the Helix metamodel's core LocalDate).
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
	ScoringsFactory getScoringsFactory();

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
		 * The meta object literal for the '{@link org.helix.scoring.model.impl.ScoringFileImpl <em>Scoring File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.scoring.model.impl.ScoringFileImpl
		 * @see org.helix.scoring.model.impl.ScoringsPackageImpl#getScoringFile()
		 * @generated
		 */
		EClass SCORING_FILE = eINSTANCE.getScoringFile();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_FILE__FORMAT_VERSION = eINSTANCE.getScoringFile_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Scorings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING_FILE__SCORINGS = eINSTANCE.getScoringFile_Scorings();

		/**
		 * The meta object literal for the '{@link org.helix.scoring.model.impl.ScoringImpl <em>Scoring</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.scoring.model.impl.ScoringImpl
		 * @see org.helix.scoring.model.impl.ScoringsPackageImpl#getScoring()
		 * @generated
		 */
		EClass SCORING = eINSTANCE.getScoring();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__NAME = eINSTANCE.getScoring_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__DESCRIPTION = eINSTANCE.getScoring_Description();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__METHOD = eINSTANCE.getScoring_Method();

		/**
		 * The meta object literal for the '<em><b>Normalisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING__NORMALISATION = eINSTANCE.getScoring_Normalisation();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING__PARAMETERS = eINSTANCE.getScoring_Parameters();

		/**
		 * The meta object literal for the '<em><b>Alternatives</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING__ALTERNATIVES = eINSTANCE.getScoring_Alternatives();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING__CRITERIA = eINSTANCE.getScoring_Criteria();

		/**
		 * The meta object literal for the '<em><b>Scales</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING__SCALES = eINSTANCE.getScoring_Scales();

		/**
		 * The meta object literal for the '<em><b>Runs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING__RUNS = eINSTANCE.getScoring_Runs();

		/**
		 * The meta object literal for the '<em><b>Judgements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING__JUDGEMENTS = eINSTANCE.getScoring_Judgements();

		/**
		 * The meta object literal for the '{@link org.helix.scoring.model.impl.PairwiseJudgementsImpl <em>Pairwise Judgements</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.scoring.model.impl.PairwiseJudgementsImpl
		 * @see org.helix.scoring.model.impl.ScoringsPackageImpl#getPairwiseJudgements()
		 * @generated
		 */
		EClass PAIRWISE_JUDGEMENTS = eINSTANCE.getPairwiseJudgements();

		/**
		 * The meta object literal for the '<em><b>Criterion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAIRWISE_JUDGEMENTS__CRITERION = eINSTANCE.getPairwiseJudgements_Criterion();

		/**
		 * The meta object literal for the '<em><b>Judge</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAIRWISE_JUDGEMENTS__JUDGE = eINSTANCE.getPairwiseJudgements_Judge();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAIRWISE_JUDGEMENTS__SOURCE = eINSTANCE.getPairwiseJudgements_Source();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAIRWISE_JUDGEMENTS__ITEMS = eINSTANCE.getPairwiseJudgements_Items();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAIRWISE_JUDGEMENTS__VALUES = eINSTANCE.getPairwiseJudgements_Values();

		/**
		 * The meta object literal for the '{@link org.helix.scoring.model.impl.CriterionDefinitionImpl <em>Criterion Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.scoring.model.impl.CriterionDefinitionImpl
		 * @see org.helix.scoring.model.impl.ScoringsPackageImpl#getCriterionDefinition()
		 * @generated
		 */
		EClass CRITERION_DEFINITION = eINSTANCE.getCriterionDefinition();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION_DEFINITION__NAME = eINSTANCE.getCriterionDefinition_Name();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION_DEFINITION__DIRECTION = eINSTANCE.getCriterionDefinition_Direction();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION_DEFINITION__WEIGHT = eINSTANCE.getCriterionDefinition_Weight();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION_DEFINITION__UNIT = eINSTANCE.getCriterionDefinition_Unit();

		/**
		 * The meta object literal for the '<em><b>Value Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION_DEFINITION__VALUE_PATH = eINSTANCE.getCriterionDefinition_ValuePath();

		/**
		 * The meta object literal for the '<em><b>Preference Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION_DEFINITION__PREFERENCE_FUNCTION = eINSTANCE.getCriterionDefinition_PreferenceFunction();

		/**
		 * The meta object literal for the '<em><b>Q</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION_DEFINITION__Q = eINSTANCE.getCriterionDefinition_Q();

		/**
		 * The meta object literal for the '<em><b>P</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION_DEFINITION__P = eINSTANCE.getCriterionDefinition_P();

		/**
		 * The meta object literal for the '<em><b>S</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION_DEFINITION__S = eINSTANCE.getCriterionDefinition_S();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRITERION_DEFINITION__SCALE = eINSTANCE.getCriterionDefinition_Scale();

		/**
		 * The meta object literal for the '{@link org.helix.scoring.model.impl.ScaleImpl <em>Scale</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.scoring.model.impl.ScaleImpl
		 * @see org.helix.scoring.model.impl.ScoringsPackageImpl#getScale()
		 * @generated
		 */
		EClass SCALE = eINSTANCE.getScale();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE__NAME = eINSTANCE.getScale_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE__DESCRIPTION = eINSTANCE.getScale_Description();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCALE__POINTS = eINSTANCE.getScale_Points();

		/**
		 * The meta object literal for the '{@link org.helix.scoring.model.impl.ScalePointImpl <em>Scale Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.scoring.model.impl.ScalePointImpl
		 * @see org.helix.scoring.model.impl.ScoringsPackageImpl#getScalePoint()
		 * @generated
		 */
		EClass SCALE_POINT = eINSTANCE.getScalePoint();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_POINT__KEY = eINSTANCE.getScalePoint_Key();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_POINT__LABEL = eINSTANCE.getScalePoint_Label();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_POINT__VALUE = eINSTANCE.getScalePoint_Value();

		/**
		 * The meta object literal for the '{@link org.helix.scoring.model.impl.ParameterImpl <em>Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.scoring.model.impl.ParameterImpl
		 * @see org.helix.scoring.model.impl.ScoringsPackageImpl#getParameter()
		 * @generated
		 */
		EClass PARAMETER = eINSTANCE.getParameter();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__NAME = eINSTANCE.getParameter_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__VALUE = eINSTANCE.getParameter_Value();

		/**
		 * The meta object literal for the '{@link org.helix.scoring.model.impl.ScoringRunImpl <em>Scoring Run</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.scoring.model.impl.ScoringRunImpl
		 * @see org.helix.scoring.model.impl.ScoringsPackageImpl#getScoringRun()
		 * @generated
		 */
		EClass SCORING_RUN = eINSTANCE.getScoringRun();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_RUN__METHOD = eINSTANCE.getScoringRun_Method();

		/**
		 * The meta object literal for the '<em><b>Method Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_RUN__METHOD_VERSION = eINSTANCE.getScoringRun_MethodVersion();

		/**
		 * The meta object literal for the '<em><b>Normalisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_RUN__NORMALISATION = eINSTANCE.getScoringRun_Normalisation();

		/**
		 * The meta object literal for the '<em><b>As Of</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_RUN__AS_OF = eINSTANCE.getScoringRun_AsOf();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING_RUN__PARAMETERS = eINSTANCE.getScoringRun_Parameters();

		/**
		 * The meta object literal for the '<em><b>Weights</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING_RUN__WEIGHTS = eINSTANCE.getScoringRun_Weights();

		/**
		 * The meta object literal for the '<em><b>Inputs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING_RUN__INPUTS = eINSTANCE.getScoringRun_Inputs();

		/**
		 * The meta object literal for the '<em><b>Results</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING_RUN__RESULTS = eINSTANCE.getScoringRun_Results();

		/**
		 * The meta object literal for the '<em><b>Warnings</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_RUN__WARNINGS = eINSTANCE.getScoringRun_Warnings();

		/**
		 * The meta object literal for the '{@link org.helix.scoring.model.impl.RunWeightImpl <em>Run Weight</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.scoring.model.impl.RunWeightImpl
		 * @see org.helix.scoring.model.impl.ScoringsPackageImpl#getRunWeight()
		 * @generated
		 */
		EClass RUN_WEIGHT = eINSTANCE.getRunWeight();

		/**
		 * The meta object literal for the '<em><b>Criterion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_WEIGHT__CRITERION = eINSTANCE.getRunWeight_Criterion();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_WEIGHT__WEIGHT = eINSTANCE.getRunWeight_Weight();

		/**
		 * The meta object literal for the '{@link org.helix.scoring.model.impl.RunInputImpl <em>Run Input</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.scoring.model.impl.RunInputImpl
		 * @see org.helix.scoring.model.impl.ScoringsPackageImpl#getRunInput()
		 * @generated
		 */
		EClass RUN_INPUT = eINSTANCE.getRunInput();

		/**
		 * The meta object literal for the '<em><b>Alternative</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN_INPUT__ALTERNATIVE = eINSTANCE.getRunInput_Alternative();

		/**
		 * The meta object literal for the '<em><b>Alternative Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_INPUT__ALTERNATIVE_LABEL = eINSTANCE.getRunInput_AlternativeLabel();

		/**
		 * The meta object literal for the '<em><b>Criterion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_INPUT__CRITERION = eINSTANCE.getRunInput_Criterion();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_INPUT__TEXT = eINSTANCE.getRunInput_Text();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_INPUT__VALUE = eINSTANCE.getRunInput_Value();

		/**
		 * The meta object literal for the '{@link org.helix.scoring.model.impl.RunResultImpl <em>Run Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.scoring.model.impl.RunResultImpl
		 * @see org.helix.scoring.model.impl.ScoringsPackageImpl#getRunResult()
		 * @generated
		 */
		EClass RUN_RESULT = eINSTANCE.getRunResult();

		/**
		 * The meta object literal for the '<em><b>Alternative</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN_RESULT__ALTERNATIVE = eINSTANCE.getRunResult_Alternative();

		/**
		 * The meta object literal for the '<em><b>Alternative Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULT__ALTERNATIVE_LABEL = eINSTANCE.getRunResult_AlternativeLabel();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULT__SCORE = eINSTANCE.getRunResult_Score();

		/**
		 * The meta object literal for the '<em><b>Rank</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULT__RANK = eINSTANCE.getRunResult_Rank();

		/**
		 * The meta object literal for the '<em><b>Missing</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RESULT__MISSING = eINSTANCE.getRunResult_Missing();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.helix.scoring.model.impl.ScoringsPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //ScoringsPackage
