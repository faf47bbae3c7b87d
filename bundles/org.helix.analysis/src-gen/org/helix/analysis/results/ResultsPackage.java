/**
 * Helix
 */
package org.helix.analysis.results;

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
 * Results of analysis runs: what each analyzer found, with enough provenance to save a run and compare it with a later one.
 * <!-- end-model-doc -->
 * @see org.helix.analysis.results.ResultsFactory
 * @model kind="package"
 * @generated
 */
public interface ResultsPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "results";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.helix.org/analysis/1.0/results";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "results";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ResultsPackage eINSTANCE = org.helix.analysis.results.impl.ResultsPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.helix.analysis.results.impl.AnalysisRunImpl <em>Analysis Run</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.analysis.results.impl.AnalysisRunImpl
	 * @see org.helix.analysis.results.impl.ResultsPackageImpl#getAnalysisRun()
	 * @generated
	 */
	int ANALYSIS_RUN = 0;

	/**
	 * The feature id for the '<em><b>Input File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_RUN__INPUT_FILE = 0;

	/**
	 * The feature id for the '<em><b>Model Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_RUN__MODEL_TITLE = 1;

	/**
	 * The feature id for the '<em><b>As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_RUN__AS_OF = 2;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_RUN__STARTED_AT = 3;

	/**
	 * The feature id for the '<em><b>Duration Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_RUN__DURATION_MILLIS = 4;

	/**
	 * The feature id for the '<em><b>Results</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_RUN__RESULTS = 5;

	/**
	 * The number of structural features of the '<em>Analysis Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_RUN_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Analysis Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_RUN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.helix.analysis.results.impl.AnalyzerResultImpl <em>Analyzer Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.analysis.results.impl.AnalyzerResultImpl
	 * @see org.helix.analysis.results.impl.ResultsPackageImpl#getAnalyzerResult()
	 * @generated
	 */
	int ANALYZER_RESULT = 1;

	/**
	 * The feature id for the '<em><b>Analyzer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYZER_RESULT__ANALYZER_ID = 0;

	/**
	 * The feature id for the '<em><b>Analyzer Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYZER_RESULT__ANALYZER_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYZER_RESULT__LABEL = 2;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYZER_RESULT__CATEGORY = 3;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYZER_RESULT__OUTCOME = 4;

	/**
	 * The feature id for the '<em><b>Duration Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYZER_RESULT__DURATION_MILLIS = 5;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYZER_RESULT__PARAMETERS = 6;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYZER_RESULT__FINDINGS = 7;

	/**
	 * The number of structural features of the '<em>Analyzer Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYZER_RESULT_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Analyzer Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYZER_RESULT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.helix.analysis.results.impl.ParameterValueImpl <em>Parameter Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.analysis.results.impl.ParameterValueImpl
	 * @see org.helix.analysis.results.impl.ResultsPackageImpl#getParameterValue()
	 * @generated
	 */
	int PARAMETER_VALUE = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Parameter Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Parameter Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.helix.analysis.results.impl.FindingImpl <em>Finding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.analysis.results.impl.FindingImpl
	 * @see org.helix.analysis.results.impl.ResultsPackageImpl#getFinding()
	 * @generated
	 */
	int FINDING = 3;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__SEVERITY = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__CODE = 1;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__MESSAGE = 2;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__TARGETS = 3;

	/**
	 * The feature id for the '<em><b>Target Labels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__TARGET_LABELS = 4;

	/**
	 * The feature id for the '<em><b>Target Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__TARGET_IDS = 5;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__VALUES = 6;

	/**
	 * The number of structural features of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.helix.analysis.results.impl.FindingValueImpl <em>Finding Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.analysis.results.impl.FindingValueImpl
	 * @see org.helix.analysis.results.impl.ResultsPackageImpl#getFindingValue()
	 * @generated
	 */
	int FINDING_VALUE = 4;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_VALUE__KEY = 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_VALUE__NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_VALUE__TEXT = 2;

	/**
	 * The number of structural features of the '<em>Finding Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_VALUE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Finding Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.helix.analysis.results.Severity <em>Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.analysis.results.Severity
	 * @see org.helix.analysis.results.impl.ResultsPackageImpl#getSeverity()
	 * @generated
	 */
	int SEVERITY = 5;

	/**
	 * The meta object id for the '{@link org.helix.analysis.results.RunOutcome <em>Run Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.analysis.results.RunOutcome
	 * @see org.helix.analysis.results.impl.ResultsPackageImpl#getRunOutcome()
	 * @generated
	 */
	int RUN_OUTCOME = 6;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.helix.analysis.results.impl.ResultsPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 7;


	/**
	 * Returns the meta object for class '{@link org.helix.analysis.results.AnalysisRun <em>Analysis Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Analysis Run</em>'.
	 * @see org.helix.analysis.results.AnalysisRun
	 * @generated
	 */
	EClass getAnalysisRun();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.analysis.results.AnalysisRun#getInputFile <em>Input File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input File</em>'.
	 * @see org.helix.analysis.results.AnalysisRun#getInputFile()
	 * @see #getAnalysisRun()
	 * @generated
	 */
	EAttribute getAnalysisRun_InputFile();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.analysis.results.AnalysisRun#getModelTitle <em>Model Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Title</em>'.
	 * @see org.helix.analysis.results.AnalysisRun#getModelTitle()
	 * @see #getAnalysisRun()
	 * @generated
	 */
	EAttribute getAnalysisRun_ModelTitle();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.analysis.results.AnalysisRun#getAsOf <em>As Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>As Of</em>'.
	 * @see org.helix.analysis.results.AnalysisRun#getAsOf()
	 * @see #getAnalysisRun()
	 * @generated
	 */
	EAttribute getAnalysisRun_AsOf();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.analysis.results.AnalysisRun#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see org.helix.analysis.results.AnalysisRun#getStartedAt()
	 * @see #getAnalysisRun()
	 * @generated
	 */
	EAttribute getAnalysisRun_StartedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.analysis.results.AnalysisRun#getDurationMillis <em>Duration Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Millis</em>'.
	 * @see org.helix.analysis.results.AnalysisRun#getDurationMillis()
	 * @see #getAnalysisRun()
	 * @generated
	 */
	EAttribute getAnalysisRun_DurationMillis();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.analysis.results.AnalysisRun#getResults <em>Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Results</em>'.
	 * @see org.helix.analysis.results.AnalysisRun#getResults()
	 * @see #getAnalysisRun()
	 * @generated
	 */
	EReference getAnalysisRun_Results();

	/**
	 * Returns the meta object for class '{@link org.helix.analysis.results.AnalyzerResult <em>Analyzer Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Analyzer Result</em>'.
	 * @see org.helix.analysis.results.AnalyzerResult
	 * @generated
	 */
	EClass getAnalyzerResult();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.analysis.results.AnalyzerResult#getAnalyzerId <em>Analyzer Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Analyzer Id</em>'.
	 * @see org.helix.analysis.results.AnalyzerResult#getAnalyzerId()
	 * @see #getAnalyzerResult()
	 * @generated
	 */
	EAttribute getAnalyzerResult_AnalyzerId();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.analysis.results.AnalyzerResult#getAnalyzerVersion <em>Analyzer Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Analyzer Version</em>'.
	 * @see org.helix.analysis.results.AnalyzerResult#getAnalyzerVersion()
	 * @see #getAnalyzerResult()
	 * @generated
	 */
	EAttribute getAnalyzerResult_AnalyzerVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.analysis.results.AnalyzerResult#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.helix.analysis.results.AnalyzerResult#getLabel()
	 * @see #getAnalyzerResult()
	 * @generated
	 */
	EAttribute getAnalyzerResult_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.analysis.results.AnalyzerResult#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.helix.analysis.results.AnalyzerResult#getCategory()
	 * @see #getAnalyzerResult()
	 * @generated
	 */
	EAttribute getAnalyzerResult_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.analysis.results.AnalyzerResult#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.helix.analysis.results.AnalyzerResult#getOutcome()
	 * @see #getAnalyzerResult()
	 * @generated
	 */
	EAttribute getAnalyzerResult_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.analysis.results.AnalyzerResult#getDurationMillis <em>Duration Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Millis</em>'.
	 * @see org.helix.analysis.results.AnalyzerResult#getDurationMillis()
	 * @see #getAnalyzerResult()
	 * @generated
	 */
	EAttribute getAnalyzerResult_DurationMillis();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.analysis.results.AnalyzerResult#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.helix.analysis.results.AnalyzerResult#getParameters()
	 * @see #getAnalyzerResult()
	 * @generated
	 */
	EReference getAnalyzerResult_Parameters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.analysis.results.AnalyzerResult#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Findings</em>'.
	 * @see org.helix.analysis.results.AnalyzerResult#getFindings()
	 * @see #getAnalyzerResult()
	 * @generated
	 */
	EReference getAnalyzerResult_Findings();

	/**
	 * Returns the meta object for class '{@link org.helix.analysis.results.ParameterValue <em>Parameter Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter Value</em>'.
	 * @see org.helix.analysis.results.ParameterValue
	 * @generated
	 */
	EClass getParameterValue();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.analysis.results.ParameterValue#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.helix.analysis.results.ParameterValue#getName()
	 * @see #getParameterValue()
	 * @generated
	 */
	EAttribute getParameterValue_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.analysis.results.ParameterValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.helix.analysis.results.ParameterValue#getValue()
	 * @see #getParameterValue()
	 * @generated
	 */
	EAttribute getParameterValue_Value();

	/**
	 * Returns the meta object for class '{@link org.helix.analysis.results.Finding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finding</em>'.
	 * @see org.helix.analysis.results.Finding
	 * @generated
	 */
	EClass getFinding();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.analysis.results.Finding#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.helix.analysis.results.Finding#getSeverity()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Severity();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.analysis.results.Finding#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.helix.analysis.results.Finding#getCode()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.analysis.results.Finding#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.helix.analysis.results.Finding#getMessage()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Message();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.analysis.results.Finding#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Targets</em>'.
	 * @see org.helix.analysis.results.Finding#getTargets()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Targets();

	/**
	 * Returns the meta object for the attribute list '{@link org.helix.analysis.results.Finding#getTargetLabels <em>Target Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Target Labels</em>'.
	 * @see org.helix.analysis.results.Finding#getTargetLabels()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_TargetLabels();

	/**
	 * Returns the meta object for the attribute list '{@link org.helix.analysis.results.Finding#getTargetIds <em>Target Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Target Ids</em>'.
	 * @see org.helix.analysis.results.Finding#getTargetIds()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_TargetIds();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.analysis.results.Finding#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.helix.analysis.results.Finding#getValues()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Values();

	/**
	 * Returns the meta object for class '{@link org.helix.analysis.results.FindingValue <em>Finding Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finding Value</em>'.
	 * @see org.helix.analysis.results.FindingValue
	 * @generated
	 */
	EClass getFindingValue();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.analysis.results.FindingValue#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.helix.analysis.results.FindingValue#getKey()
	 * @see #getFindingValue()
	 * @generated
	 */
	EAttribute getFindingValue_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.analysis.results.FindingValue#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.helix.analysis.results.FindingValue#getNumber()
	 * @see #getFindingValue()
	 * @generated
	 */
	EAttribute getFindingValue_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.analysis.results.FindingValue#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.helix.analysis.results.FindingValue#getText()
	 * @see #getFindingValue()
	 * @generated
	 */
	EAttribute getFindingValue_Text();

	/**
	 * Returns the meta object for enum '{@link org.helix.analysis.results.Severity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity</em>'.
	 * @see org.helix.analysis.results.Severity
	 * @generated
	 */
	EEnum getSeverity();

	/**
	 * Returns the meta object for enum '{@link org.helix.analysis.results.RunOutcome <em>Run Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Run Outcome</em>'.
	 * @see org.helix.analysis.results.RunOutcome
	 * @generated
	 */
	EEnum getRunOutcome();

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
	ResultsFactory getResultsFactory();

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
		 * The meta object literal for the '{@link org.helix.analysis.results.impl.AnalysisRunImpl <em>Analysis Run</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.analysis.results.impl.AnalysisRunImpl
		 * @see org.helix.analysis.results.impl.ResultsPackageImpl#getAnalysisRun()
		 * @generated
		 */
		EClass ANALYSIS_RUN = eINSTANCE.getAnalysisRun();

		/**
		 * The meta object literal for the '<em><b>Input File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_RUN__INPUT_FILE = eINSTANCE.getAnalysisRun_InputFile();

		/**
		 * The meta object literal for the '<em><b>Model Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_RUN__MODEL_TITLE = eINSTANCE.getAnalysisRun_ModelTitle();

		/**
		 * The meta object literal for the '<em><b>As Of</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_RUN__AS_OF = eINSTANCE.getAnalysisRun_AsOf();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_RUN__STARTED_AT = eINSTANCE.getAnalysisRun_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Duration Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_RUN__DURATION_MILLIS = eINSTANCE.getAnalysisRun_DurationMillis();

		/**
		 * The meta object literal for the '<em><b>Results</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS_RUN__RESULTS = eINSTANCE.getAnalysisRun_Results();

		/**
		 * The meta object literal for the '{@link org.helix.analysis.results.impl.AnalyzerResultImpl <em>Analyzer Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.analysis.results.impl.AnalyzerResultImpl
		 * @see org.helix.analysis.results.impl.ResultsPackageImpl#getAnalyzerResult()
		 * @generated
		 */
		EClass ANALYZER_RESULT = eINSTANCE.getAnalyzerResult();

		/**
		 * The meta object literal for the '<em><b>Analyzer Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYZER_RESULT__ANALYZER_ID = eINSTANCE.getAnalyzerResult_AnalyzerId();

		/**
		 * The meta object literal for the '<em><b>Analyzer Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYZER_RESULT__ANALYZER_VERSION = eINSTANCE.getAnalyzerResult_AnalyzerVersion();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYZER_RESULT__LABEL = eINSTANCE.getAnalyzerResult_Label();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYZER_RESULT__CATEGORY = eINSTANCE.getAnalyzerResult_Category();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYZER_RESULT__OUTCOME = eINSTANCE.getAnalyzerResult_Outcome();

		/**
		 * The meta object literal for the '<em><b>Duration Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYZER_RESULT__DURATION_MILLIS = eINSTANCE.getAnalyzerResult_DurationMillis();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYZER_RESULT__PARAMETERS = eINSTANCE.getAnalyzerResult_Parameters();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYZER_RESULT__FINDINGS = eINSTANCE.getAnalyzerResult_Findings();

		/**
		 * The meta object literal for the '{@link org.helix.analysis.results.impl.ParameterValueImpl <em>Parameter Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.analysis.results.impl.ParameterValueImpl
		 * @see org.helix.analysis.results.impl.ResultsPackageImpl#getParameterValue()
		 * @generated
		 */
		EClass PARAMETER_VALUE = eINSTANCE.getParameterValue();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_VALUE__NAME = eINSTANCE.getParameterValue_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_VALUE__VALUE = eINSTANCE.getParameterValue_Value();

		/**
		 * The meta object literal for the '{@link org.helix.analysis.results.impl.FindingImpl <em>Finding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.analysis.results.impl.FindingImpl
		 * @see org.helix.analysis.results.impl.ResultsPackageImpl#getFinding()
		 * @generated
		 */
		EClass FINDING = eINSTANCE.getFinding();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__SEVERITY = eINSTANCE.getFinding_Severity();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__CODE = eINSTANCE.getFinding_Code();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__MESSAGE = eINSTANCE.getFinding_Message();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__TARGETS = eINSTANCE.getFinding_Targets();

		/**
		 * The meta object literal for the '<em><b>Target Labels</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__TARGET_LABELS = eINSTANCE.getFinding_TargetLabels();

		/**
		 * The meta object literal for the '<em><b>Target Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__TARGET_IDS = eINSTANCE.getFinding_TargetIds();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__VALUES = eINSTANCE.getFinding_Values();

		/**
		 * The meta object literal for the '{@link org.helix.analysis.results.impl.FindingValueImpl <em>Finding Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.analysis.results.impl.FindingValueImpl
		 * @see org.helix.analysis.results.impl.ResultsPackageImpl#getFindingValue()
		 * @generated
		 */
		EClass FINDING_VALUE = eINSTANCE.getFindingValue();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING_VALUE__KEY = eINSTANCE.getFindingValue_Key();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING_VALUE__NUMBER = eINSTANCE.getFindingValue_Number();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING_VALUE__TEXT = eINSTANCE.getFindingValue_Text();

		/**
		 * The meta object literal for the '{@link org.helix.analysis.results.Severity <em>Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.analysis.results.Severity
		 * @see org.helix.analysis.results.impl.ResultsPackageImpl#getSeverity()
		 * @generated
		 */
		EEnum SEVERITY = eINSTANCE.getSeverity();

		/**
		 * The meta object literal for the '{@link org.helix.analysis.results.RunOutcome <em>Run Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.analysis.results.RunOutcome
		 * @see org.helix.analysis.results.impl.ResultsPackageImpl#getRunOutcome()
		 * @generated
		 */
		EEnum RUN_OUTCOME = eINSTANCE.getRunOutcome();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.helix.analysis.results.impl.ResultsPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //ResultsPackage
