/**
 * Helix
 */
package org.helix.model.programme.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.helix.model.programme.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ProgrammeFactoryImpl extends EFactoryImpl implements ProgrammeFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ProgrammeFactory init() {
		try {
			ProgrammeFactory theProgrammeFactory = (ProgrammeFactory)EPackage.Registry.INSTANCE.getEFactory(ProgrammePackage.eNS_URI);
			if (theProgrammeFactory != null) {
				return theProgrammeFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ProgrammeFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProgrammeFactoryImpl() {
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
			case ProgrammePackage.PROGRAMME: return createProgramme();
			case ProgrammePackage.DIMENSION: return createDimension();
			case ProgrammePackage.THEME: return createTheme();
			case ProgrammePackage.OBJECTIVE: return createObjective();
			case ProgrammePackage.RECOMMENDATION: return createRecommendation();
			case ProgrammePackage.PRIORITY_ACTION: return createPriorityAction();
			case ProgrammePackage.DELIVERABLE: return createDeliverable();
			case ProgrammePackage.RISK: return createRisk();
			case ProgrammePackage.ANNUAL_PROGRAMME: return createAnnualProgramme();
			case ProgrammePackage.GOVERNMENT_MANDATE: return createGovernmentMandate();
			case ProgrammePackage.PROGRESS_REPORT: return createProgressReport();
			case ProgrammePackage.PLAN_BASELINE: return createPlanBaseline();
			case ProgrammePackage.ACTION_SNAPSHOT: return createActionSnapshot();
			case ProgrammePackage.PROGRAMME_EVALUATION: return createProgrammeEvaluation();
			case ProgrammePackage.REALISATION: return createRealisation();
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
			case ProgrammePackage.PROGRAMME_STATUS:
				return createProgrammeStatusFromString(eDataType, initialValue);
			case ProgrammePackage.OBJECTIVE_HORIZON:
				return createObjectiveHorizonFromString(eDataType, initialValue);
			case ProgrammePackage.UPTAKE:
				return createUptakeFromString(eDataType, initialValue);
			case ProgrammePackage.ACTION_KIND:
				return createActionKindFromString(eDataType, initialValue);
			case ProgrammePackage.ACTION_STATUS:
				return createActionStatusFromString(eDataType, initialValue);
			case ProgrammePackage.RAG_STATUS:
				return createRagStatusFromString(eDataType, initialValue);
			case ProgrammePackage.DELIVERABLE_KIND:
				return createDeliverableKindFromString(eDataType, initialValue);
			case ProgrammePackage.DELIVERABLE_STATUS:
				return createDeliverableStatusFromString(eDataType, initialValue);
			case ProgrammePackage.RISK_CAUSE:
				return createRiskCauseFromString(eDataType, initialValue);
			case ProgrammePackage.RISK_LEVEL:
				return createRiskLevelFromString(eDataType, initialValue);
			case ProgrammePackage.EVALUATION_METHOD:
				return createEvaluationMethodFromString(eDataType, initialValue);
			case ProgrammePackage.REALISATION_OUTCOME:
				return createRealisationOutcomeFromString(eDataType, initialValue);
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
			case ProgrammePackage.PROGRAMME_STATUS:
				return convertProgrammeStatusToString(eDataType, instanceValue);
			case ProgrammePackage.OBJECTIVE_HORIZON:
				return convertObjectiveHorizonToString(eDataType, instanceValue);
			case ProgrammePackage.UPTAKE:
				return convertUptakeToString(eDataType, instanceValue);
			case ProgrammePackage.ACTION_KIND:
				return convertActionKindToString(eDataType, instanceValue);
			case ProgrammePackage.ACTION_STATUS:
				return convertActionStatusToString(eDataType, instanceValue);
			case ProgrammePackage.RAG_STATUS:
				return convertRagStatusToString(eDataType, instanceValue);
			case ProgrammePackage.DELIVERABLE_KIND:
				return convertDeliverableKindToString(eDataType, instanceValue);
			case ProgrammePackage.DELIVERABLE_STATUS:
				return convertDeliverableStatusToString(eDataType, instanceValue);
			case ProgrammePackage.RISK_CAUSE:
				return convertRiskCauseToString(eDataType, instanceValue);
			case ProgrammePackage.RISK_LEVEL:
				return convertRiskLevelToString(eDataType, instanceValue);
			case ProgrammePackage.EVALUATION_METHOD:
				return convertEvaluationMethodToString(eDataType, instanceValue);
			case ProgrammePackage.REALISATION_OUTCOME:
				return convertRealisationOutcomeToString(eDataType, instanceValue);
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
	public Programme createProgramme() {
		ProgrammeImpl programme = new ProgrammeImpl();
		return programme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dimension createDimension() {
		DimensionImpl dimension = new DimensionImpl();
		return dimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Theme createTheme() {
		ThemeImpl theme = new ThemeImpl();
		return theme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Objective createObjective() {
		ObjectiveImpl objective = new ObjectiveImpl();
		return objective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Recommendation createRecommendation() {
		RecommendationImpl recommendation = new RecommendationImpl();
		return recommendation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PriorityAction createPriorityAction() {
		PriorityActionImpl priorityAction = new PriorityActionImpl();
		return priorityAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Deliverable createDeliverable() {
		DeliverableImpl deliverable = new DeliverableImpl();
		return deliverable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Risk createRisk() {
		RiskImpl risk = new RiskImpl();
		return risk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnnualProgramme createAnnualProgramme() {
		AnnualProgrammeImpl annualProgramme = new AnnualProgrammeImpl();
		return annualProgramme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernmentMandate createGovernmentMandate() {
		GovernmentMandateImpl governmentMandate = new GovernmentMandateImpl();
		return governmentMandate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProgressReport createProgressReport() {
		ProgressReportImpl progressReport = new ProgressReportImpl();
		return progressReport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanBaseline createPlanBaseline() {
		PlanBaselineImpl planBaseline = new PlanBaselineImpl();
		return planBaseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionSnapshot createActionSnapshot() {
		ActionSnapshotImpl actionSnapshot = new ActionSnapshotImpl();
		return actionSnapshot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProgrammeEvaluation createProgrammeEvaluation() {
		ProgrammeEvaluationImpl programmeEvaluation = new ProgrammeEvaluationImpl();
		return programmeEvaluation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Realisation createRealisation() {
		RealisationImpl realisation = new RealisationImpl();
		return realisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProgrammeStatus createProgrammeStatusFromString(EDataType eDataType, String initialValue) {
		ProgrammeStatus result = ProgrammeStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProgrammeStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ObjectiveHorizon createObjectiveHorizonFromString(EDataType eDataType, String initialValue) {
		ObjectiveHorizon result = ObjectiveHorizon.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertObjectiveHorizonToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Uptake createUptakeFromString(EDataType eDataType, String initialValue) {
		Uptake result = Uptake.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUptakeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActionKind createActionKindFromString(EDataType eDataType, String initialValue) {
		ActionKind result = ActionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActionStatus createActionStatusFromString(EDataType eDataType, String initialValue) {
		ActionStatus result = ActionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RagStatus createRagStatusFromString(EDataType eDataType, String initialValue) {
		RagStatus result = RagStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRagStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeliverableKind createDeliverableKindFromString(EDataType eDataType, String initialValue) {
		DeliverableKind result = DeliverableKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeliverableKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeliverableStatus createDeliverableStatusFromString(EDataType eDataType, String initialValue) {
		DeliverableStatus result = DeliverableStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeliverableStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RiskCause createRiskCauseFromString(EDataType eDataType, String initialValue) {
		RiskCause result = RiskCause.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRiskCauseToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RiskLevel createRiskLevelFromString(EDataType eDataType, String initialValue) {
		RiskLevel result = RiskLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRiskLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvaluationMethod createEvaluationMethodFromString(EDataType eDataType, String initialValue) {
		EvaluationMethod result = EvaluationMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEvaluationMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RealisationOutcome createRealisationOutcomeFromString(EDataType eDataType, String initialValue) {
		RealisationOutcome result = RealisationOutcome.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRealisationOutcomeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProgrammePackage getProgrammePackage() {
		return (ProgrammePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ProgrammePackage getPackage() {
		return ProgrammePackage.eINSTANCE;
	}

} //ProgrammeFactoryImpl
