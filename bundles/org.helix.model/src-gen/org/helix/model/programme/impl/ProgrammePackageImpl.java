/**
 * Helix
 */
package org.helix.model.programme.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.helix.model.core.CorePackage;

import org.helix.model.core.impl.CorePackageImpl;

import org.helix.model.ecosystem.EcosystemPackage;

import org.helix.model.ecosystem.impl.EcosystemPackageImpl;

import org.helix.model.governance.GovernancePackage;

import org.helix.model.governance.impl.GovernancePackageImpl;

import org.helix.model.materials.MaterialsPackage;

import org.helix.model.materials.impl.MaterialsPackageImpl;

import org.helix.model.programme.ActionKind;
import org.helix.model.programme.ActionSnapshot;
import org.helix.model.programme.ActionStatus;
import org.helix.model.programme.AnnualProgramme;
import org.helix.model.programme.Deliverable;
import org.helix.model.programme.DeliverableKind;
import org.helix.model.programme.DeliverableStatus;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.EvaluationMethod;
import org.helix.model.programme.GovernmentMandate;
import org.helix.model.programme.Objective;
import org.helix.model.programme.ObjectiveHorizon;
import org.helix.model.programme.PlanBaseline;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammeEvaluation;
import org.helix.model.programme.ProgrammeFactory;
import org.helix.model.programme.ProgrammePackage;
import org.helix.model.programme.ProgrammeStatus;
import org.helix.model.programme.ProgressReport;
import org.helix.model.programme.RagStatus;
import org.helix.model.programme.Realisation;
import org.helix.model.programme.RealisationOutcome;
import org.helix.model.programme.Recommendation;
import org.helix.model.programme.Risk;
import org.helix.model.programme.RiskCause;
import org.helix.model.programme.RiskLevel;
import org.helix.model.programme.Theme;
import org.helix.model.programme.Uptake;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ProgrammePackageImpl extends EPackageImpl implements ProgrammePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass programmeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dimensionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass themeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass objectiveEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recommendationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass priorityActionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deliverableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass riskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass annualProgrammeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass governmentMandateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass progressReportEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planBaselineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actionSnapshotEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass programmeEvaluationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass realisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum programmeStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum objectiveHorizonEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum uptakeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum actionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum actionStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ragStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum deliverableKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum deliverableStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum riskCauseEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum riskLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum evaluationMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum realisationOutcomeEEnum = null;

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
	 * @see org.helix.model.programme.ProgrammePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ProgrammePackageImpl() {
		super(eNS_URI, ProgrammeFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link ProgrammePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ProgrammePackage init() {
		if (isInited) return (ProgrammePackage)EPackage.Registry.INSTANCE.getEPackage(ProgrammePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredProgrammePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ProgrammePackageImpl theProgrammePackage = registeredProgrammePackage instanceof ProgrammePackageImpl ? (ProgrammePackageImpl)registeredProgrammePackage : new ProgrammePackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CorePackage.eNS_URI);
		CorePackageImpl theCorePackage = (CorePackageImpl)(registeredPackage instanceof CorePackageImpl ? registeredPackage : CorePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(EcosystemPackage.eNS_URI);
		EcosystemPackageImpl theEcosystemPackage = (EcosystemPackageImpl)(registeredPackage instanceof EcosystemPackageImpl ? registeredPackage : EcosystemPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GovernancePackage.eNS_URI);
		GovernancePackageImpl theGovernancePackage = (GovernancePackageImpl)(registeredPackage instanceof GovernancePackageImpl ? registeredPackage : GovernancePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(MaterialsPackage.eNS_URI);
		MaterialsPackageImpl theMaterialsPackage = (MaterialsPackageImpl)(registeredPackage instanceof MaterialsPackageImpl ? registeredPackage : MaterialsPackage.eINSTANCE);

		// Create package meta-data objects
		theProgrammePackage.createPackageContents();
		theCorePackage.createPackageContents();
		theEcosystemPackage.createPackageContents();
		theGovernancePackage.createPackageContents();
		theMaterialsPackage.createPackageContents();

		// Initialize created meta-data
		theProgrammePackage.initializePackageContents();
		theCorePackage.initializePackageContents();
		theEcosystemPackage.initializePackageContents();
		theGovernancePackage.initializePackageContents();
		theMaterialsPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theProgrammePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ProgrammePackage.eNS_URI, theProgrammePackage);
		return theProgrammePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProgramme() {
		return programmeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramme_StartYear() {
		return (EAttribute)programmeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramme_EndYear() {
		return (EAttribute)programmeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramme_SequenceNumber() {
		return (EAttribute)programmeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramme_LegalBasis() {
		return (EAttribute)programmeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramme_OverallGoal() {
		return (EAttribute)programmeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramme_TargetYear() {
		return (EAttribute)programmeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramme_Status() {
		return (EAttribute)programmeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramme_ApprovalDate() {
		return (EAttribute)programmeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgramme_Coordinator() {
		return (EReference)programmeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgramme_GoverningBody() {
		return (EReference)programmeEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgramme_Bodies() {
		return (EReference)programmeEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgramme_Predecessor() {
		return (EReference)programmeEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgramme_Sectors() {
		return (EReference)programmeEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgramme_Budget() {
		return (EReference)programmeEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgramme_Dimensions() {
		return (EReference)programmeEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgramme_Objectives() {
		return (EReference)programmeEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgramme_Recommendations() {
		return (EReference)programmeEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgramme_Actions() {
		return (EReference)programmeEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgramme_Indicators() {
		return (EReference)programmeEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgramme_AnnualProgrammes() {
		return (EReference)programmeEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgramme_Mandates() {
		return (EReference)programmeEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgramme_ProgressReports() {
		return (EReference)programmeEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgramme_Baselines() {
		return (EReference)programmeEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgramme_Evaluations() {
		return (EReference)programmeEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDimension() {
		return dimensionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDimension_Code() {
		return (EAttribute)dimensionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDimension_InScope() {
		return (EAttribute)dimensionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDimension_Themes() {
		return (EReference)dimensionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTheme() {
		return themeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTheme_SectionRef() {
		return (EAttribute)themeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getObjective() {
		return objectiveEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_Code() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_Horizon() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_TargetYear() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_ChangedFromPrevious() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_Realised() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getObjective_ContributesTo() {
		return (EReference)objectiveEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getObjective_SupportedBy() {
		return (EReference)objectiveEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getObjective_Indicators() {
		return (EReference)objectiveEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecommendation() {
		return recommendationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecommendation_Code() {
		return (EAttribute)recommendationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecommendation_Text() {
		return (EAttribute)recommendationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecommendation_Uptake() {
		return (EAttribute)recommendationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecommendation_UptakeText() {
		return (EAttribute)recommendationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecommendation_InGovernmentAgreement() {
		return (EAttribute)recommendationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecommendation_Dimension() {
		return (EReference)recommendationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecommendation_Theme() {
		return (EReference)recommendationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecommendation_Addressees() {
		return (EReference)recommendationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecommendation_Origin() {
		return (EReference)recommendationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecommendation_Actions() {
		return (EReference)recommendationEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecommendation_SubRecommendations() {
		return (EReference)recommendationEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPriorityAction() {
		return priorityActionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityAction_Code() {
		return (EAttribute)priorityActionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityAction_Kind() {
		return (EAttribute)priorityActionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityAction_Status() {
		return (EAttribute)priorityActionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityAction_NewAction() {
		return (EAttribute)priorityActionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityAction_Scope() {
		return (EAttribute)priorityActionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityAction_PlanOfApproach() {
		return (EAttribute)priorityActionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityAction_Timing() {
		return (EAttribute)priorityActionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityAction_PriorityYears() {
		return (EAttribute)priorityActionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityAction_BudgetPlanned() {
		return (EAttribute)priorityActionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityAction_BudgetCommitted() {
		return (EAttribute)priorityActionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityAction_BudgetSpent() {
		return (EAttribute)priorityActionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityAction_SelectionRationale() {
		return (EAttribute)priorityActionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityAction_PlannedStart() {
		return (EAttribute)priorityActionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityAction_PlannedEnd() {
		return (EAttribute)priorityActionEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityAction_PercentComplete() {
		return (EAttribute)priorityActionEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityAction_RagOverride() {
		return (EAttribute)priorityActionEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityAction_RagOverrideJustification() {
		return (EAttribute)priorityActionEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityAction_RagOverrideDate() {
		return (EAttribute)priorityActionEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPriorityAction_Dimensions() {
		return (EReference)priorityActionEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPriorityAction_Objectives() {
		return (EReference)priorityActionEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPriorityAction_Recommendations() {
		return (EReference)priorityActionEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPriorityAction_Mandate() {
		return (EReference)priorityActionEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPriorityAction_Lead() {
		return (EReference)priorityActionEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPriorityAction_ProjectLeader() {
		return (EReference)priorityActionEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPriorityAction_Group() {
		return (EReference)priorityActionEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPriorityAction_InvolvedActors() {
		return (EReference)priorityActionEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPriorityAction_Instruments() {
		return (EReference)priorityActionEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPriorityAction_Kpis() {
		return (EReference)priorityActionEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPriorityAction_DependsOn() {
		return (EReference)priorityActionEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPriorityAction_RagOverrideBy() {
		return (EReference)priorityActionEClass.getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPriorityAction_Deliverables() {
		return (EReference)priorityActionEClass.getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPriorityAction_Milestones() {
		return (EReference)priorityActionEClass.getEStructuralFeatures().get(31);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPriorityAction_Risks() {
		return (EReference)priorityActionEClass.getEStructuralFeatures().get(32);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeliverable() {
		return deliverableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliverable_Kind() {
		return (EAttribute)deliverableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliverable_Status() {
		return (EAttribute)deliverableEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliverable_DueDate() {
		return (EAttribute)deliverableEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliverable_DueDatePrecision() {
		return (EAttribute)deliverableEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliverable_DeliveredOn() {
		return (EAttribute)deliverableEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeliverable_Addressee() {
		return (EReference)deliverableEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRisk() {
		return riskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Text() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Cause() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Likelihood() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Impact() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Mitigation() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnnualProgramme() {
		return annualProgrammeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnualProgramme_Year() {
		return (EAttribute)annualProgrammeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnnualProgramme_Actions() {
		return (EReference)annualProgrammeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnnualProgramme_ApprovedBy() {
		return (EReference)annualProgrammeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGovernmentMandate() {
		return governmentMandateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernmentMandate_Quote() {
		return (EAttribute)governmentMandateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernmentMandate_PrioritisationCriterion() {
		return (EAttribute)governmentMandateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProgressReport() {
		return progressReportEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgressReport_Year() {
		return (EAttribute)progressReportEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgressReport_Date() {
		return (EAttribute)progressReportEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgressReport_ReportedOn() {
		return (EAttribute)progressReportEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgressReport_Summary() {
		return (EAttribute)progressReportEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgressReport_Adjustments() {
		return (EAttribute)progressReportEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgressReport_ReportedTo() {
		return (EReference)progressReportEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgressReport_Measurements() {
		return (EReference)progressReportEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgressReport_ActionStatuses() {
		return (EReference)progressReportEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanBaseline() {
		return planBaselineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanBaseline_Date() {
		return (EAttribute)planBaselineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanBaseline_Entries() {
		return (EReference)planBaselineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActionSnapshot() {
		return actionSnapshotEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionSnapshot_Status() {
		return (EAttribute)actionSnapshotEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionSnapshot_PlannedEnd() {
		return (EAttribute)actionSnapshotEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionSnapshot_BudgetPlanned() {
		return (EAttribute)actionSnapshotEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionSnapshot_BudgetCommitted() {
		return (EAttribute)actionSnapshotEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionSnapshot_BudgetSpent() {
		return (EAttribute)actionSnapshotEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionSnapshot_Comment() {
		return (EAttribute)actionSnapshotEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActionSnapshot_Action() {
		return (EReference)actionSnapshotEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProgrammeEvaluation() {
		return programmeEvaluationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgrammeEvaluation_Date() {
		return (EAttribute)programmeEvaluationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgrammeEvaluation_Methods() {
		return (EAttribute)programmeEvaluationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgrammeEvaluation_Findings() {
		return (EAttribute)programmeEvaluationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgrammeEvaluation_ImprovementPoints() {
		return (EAttribute)programmeEvaluationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgrammeEvaluation_EvaluatedProgramme() {
		return (EReference)programmeEvaluationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgrammeEvaluation_Realisations() {
		return (EReference)programmeEvaluationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRealisation() {
		return realisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRealisation_Text() {
		return (EAttribute)realisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRealisation_Outcome() {
		return (EAttribute)realisationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRealisation_Body() {
		return (EReference)realisationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProgrammeStatus() {
		return programmeStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getObjectiveHorizon() {
		return objectiveHorizonEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUptake() {
		return uptakeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActionKind() {
		return actionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActionStatus() {
		return actionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRagStatus() {
		return ragStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDeliverableKind() {
		return deliverableKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDeliverableStatus() {
		return deliverableStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRiskCause() {
		return riskCauseEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRiskLevel() {
		return riskLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEvaluationMethod() {
		return evaluationMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRealisationOutcome() {
		return realisationOutcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProgrammeFactory getProgrammeFactory() {
		return (ProgrammeFactory)getEFactoryInstance();
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
		programmeEClass = createEClass(PROGRAMME);
		createEAttribute(programmeEClass, PROGRAMME__START_YEAR);
		createEAttribute(programmeEClass, PROGRAMME__END_YEAR);
		createEAttribute(programmeEClass, PROGRAMME__SEQUENCE_NUMBER);
		createEAttribute(programmeEClass, PROGRAMME__LEGAL_BASIS);
		createEAttribute(programmeEClass, PROGRAMME__OVERALL_GOAL);
		createEAttribute(programmeEClass, PROGRAMME__TARGET_YEAR);
		createEAttribute(programmeEClass, PROGRAMME__STATUS);
		createEAttribute(programmeEClass, PROGRAMME__APPROVAL_DATE);
		createEReference(programmeEClass, PROGRAMME__COORDINATOR);
		createEReference(programmeEClass, PROGRAMME__GOVERNING_BODY);
		createEReference(programmeEClass, PROGRAMME__BODIES);
		createEReference(programmeEClass, PROGRAMME__PREDECESSOR);
		createEReference(programmeEClass, PROGRAMME__SECTORS);
		createEReference(programmeEClass, PROGRAMME__BUDGET);
		createEReference(programmeEClass, PROGRAMME__DIMENSIONS);
		createEReference(programmeEClass, PROGRAMME__OBJECTIVES);
		createEReference(programmeEClass, PROGRAMME__RECOMMENDATIONS);
		createEReference(programmeEClass, PROGRAMME__ACTIONS);
		createEReference(programmeEClass, PROGRAMME__INDICATORS);
		createEReference(programmeEClass, PROGRAMME__ANNUAL_PROGRAMMES);
		createEReference(programmeEClass, PROGRAMME__MANDATES);
		createEReference(programmeEClass, PROGRAMME__PROGRESS_REPORTS);
		createEReference(programmeEClass, PROGRAMME__BASELINES);
		createEReference(programmeEClass, PROGRAMME__EVALUATIONS);

		dimensionEClass = createEClass(DIMENSION);
		createEAttribute(dimensionEClass, DIMENSION__CODE);
		createEAttribute(dimensionEClass, DIMENSION__IN_SCOPE);
		createEReference(dimensionEClass, DIMENSION__THEMES);

		themeEClass = createEClass(THEME);
		createEAttribute(themeEClass, THEME__SECTION_REF);

		objectiveEClass = createEClass(OBJECTIVE);
		createEAttribute(objectiveEClass, OBJECTIVE__CODE);
		createEAttribute(objectiveEClass, OBJECTIVE__HORIZON);
		createEAttribute(objectiveEClass, OBJECTIVE__TARGET_YEAR);
		createEAttribute(objectiveEClass, OBJECTIVE__CHANGED_FROM_PREVIOUS);
		createEAttribute(objectiveEClass, OBJECTIVE__REALISED);
		createEReference(objectiveEClass, OBJECTIVE__CONTRIBUTES_TO);
		createEReference(objectiveEClass, OBJECTIVE__SUPPORTED_BY);
		createEReference(objectiveEClass, OBJECTIVE__INDICATORS);

		recommendationEClass = createEClass(RECOMMENDATION);
		createEAttribute(recommendationEClass, RECOMMENDATION__CODE);
		createEAttribute(recommendationEClass, RECOMMENDATION__TEXT);
		createEAttribute(recommendationEClass, RECOMMENDATION__UPTAKE);
		createEAttribute(recommendationEClass, RECOMMENDATION__UPTAKE_TEXT);
		createEAttribute(recommendationEClass, RECOMMENDATION__IN_GOVERNMENT_AGREEMENT);
		createEReference(recommendationEClass, RECOMMENDATION__DIMENSION);
		createEReference(recommendationEClass, RECOMMENDATION__THEME);
		createEReference(recommendationEClass, RECOMMENDATION__ADDRESSEES);
		createEReference(recommendationEClass, RECOMMENDATION__ORIGIN);
		createEReference(recommendationEClass, RECOMMENDATION__ACTIONS);
		createEReference(recommendationEClass, RECOMMENDATION__SUB_RECOMMENDATIONS);

		priorityActionEClass = createEClass(PRIORITY_ACTION);
		createEAttribute(priorityActionEClass, PRIORITY_ACTION__CODE);
		createEAttribute(priorityActionEClass, PRIORITY_ACTION__KIND);
		createEAttribute(priorityActionEClass, PRIORITY_ACTION__STATUS);
		createEAttribute(priorityActionEClass, PRIORITY_ACTION__NEW_ACTION);
		createEAttribute(priorityActionEClass, PRIORITY_ACTION__SCOPE);
		createEAttribute(priorityActionEClass, PRIORITY_ACTION__PLAN_OF_APPROACH);
		createEAttribute(priorityActionEClass, PRIORITY_ACTION__TIMING);
		createEAttribute(priorityActionEClass, PRIORITY_ACTION__PRIORITY_YEARS);
		createEAttribute(priorityActionEClass, PRIORITY_ACTION__BUDGET_PLANNED);
		createEAttribute(priorityActionEClass, PRIORITY_ACTION__BUDGET_COMMITTED);
		createEAttribute(priorityActionEClass, PRIORITY_ACTION__BUDGET_SPENT);
		createEAttribute(priorityActionEClass, PRIORITY_ACTION__SELECTION_RATIONALE);
		createEAttribute(priorityActionEClass, PRIORITY_ACTION__PLANNED_START);
		createEAttribute(priorityActionEClass, PRIORITY_ACTION__PLANNED_END);
		createEAttribute(priorityActionEClass, PRIORITY_ACTION__PERCENT_COMPLETE);
		createEAttribute(priorityActionEClass, PRIORITY_ACTION__RAG_OVERRIDE);
		createEAttribute(priorityActionEClass, PRIORITY_ACTION__RAG_OVERRIDE_JUSTIFICATION);
		createEAttribute(priorityActionEClass, PRIORITY_ACTION__RAG_OVERRIDE_DATE);
		createEReference(priorityActionEClass, PRIORITY_ACTION__DIMENSIONS);
		createEReference(priorityActionEClass, PRIORITY_ACTION__OBJECTIVES);
		createEReference(priorityActionEClass, PRIORITY_ACTION__RECOMMENDATIONS);
		createEReference(priorityActionEClass, PRIORITY_ACTION__MANDATE);
		createEReference(priorityActionEClass, PRIORITY_ACTION__LEAD);
		createEReference(priorityActionEClass, PRIORITY_ACTION__PROJECT_LEADER);
		createEReference(priorityActionEClass, PRIORITY_ACTION__GROUP);
		createEReference(priorityActionEClass, PRIORITY_ACTION__INVOLVED_ACTORS);
		createEReference(priorityActionEClass, PRIORITY_ACTION__INSTRUMENTS);
		createEReference(priorityActionEClass, PRIORITY_ACTION__KPIS);
		createEReference(priorityActionEClass, PRIORITY_ACTION__DEPENDS_ON);
		createEReference(priorityActionEClass, PRIORITY_ACTION__RAG_OVERRIDE_BY);
		createEReference(priorityActionEClass, PRIORITY_ACTION__DELIVERABLES);
		createEReference(priorityActionEClass, PRIORITY_ACTION__MILESTONES);
		createEReference(priorityActionEClass, PRIORITY_ACTION__RISKS);

		deliverableEClass = createEClass(DELIVERABLE);
		createEAttribute(deliverableEClass, DELIVERABLE__KIND);
		createEAttribute(deliverableEClass, DELIVERABLE__STATUS);
		createEAttribute(deliverableEClass, DELIVERABLE__DUE_DATE);
		createEAttribute(deliverableEClass, DELIVERABLE__DUE_DATE_PRECISION);
		createEAttribute(deliverableEClass, DELIVERABLE__DELIVERED_ON);
		createEReference(deliverableEClass, DELIVERABLE__ADDRESSEE);

		riskEClass = createEClass(RISK);
		createEAttribute(riskEClass, RISK__TEXT);
		createEAttribute(riskEClass, RISK__CAUSE);
		createEAttribute(riskEClass, RISK__LIKELIHOOD);
		createEAttribute(riskEClass, RISK__IMPACT);
		createEAttribute(riskEClass, RISK__MITIGATION);

		annualProgrammeEClass = createEClass(ANNUAL_PROGRAMME);
		createEAttribute(annualProgrammeEClass, ANNUAL_PROGRAMME__YEAR);
		createEReference(annualProgrammeEClass, ANNUAL_PROGRAMME__ACTIONS);
		createEReference(annualProgrammeEClass, ANNUAL_PROGRAMME__APPROVED_BY);

		governmentMandateEClass = createEClass(GOVERNMENT_MANDATE);
		createEAttribute(governmentMandateEClass, GOVERNMENT_MANDATE__QUOTE);
		createEAttribute(governmentMandateEClass, GOVERNMENT_MANDATE__PRIORITISATION_CRITERION);

		progressReportEClass = createEClass(PROGRESS_REPORT);
		createEAttribute(progressReportEClass, PROGRESS_REPORT__YEAR);
		createEAttribute(progressReportEClass, PROGRESS_REPORT__DATE);
		createEAttribute(progressReportEClass, PROGRESS_REPORT__REPORTED_ON);
		createEAttribute(progressReportEClass, PROGRESS_REPORT__SUMMARY);
		createEAttribute(progressReportEClass, PROGRESS_REPORT__ADJUSTMENTS);
		createEReference(progressReportEClass, PROGRESS_REPORT__REPORTED_TO);
		createEReference(progressReportEClass, PROGRESS_REPORT__MEASUREMENTS);
		createEReference(progressReportEClass, PROGRESS_REPORT__ACTION_STATUSES);

		planBaselineEClass = createEClass(PLAN_BASELINE);
		createEAttribute(planBaselineEClass, PLAN_BASELINE__DATE);
		createEReference(planBaselineEClass, PLAN_BASELINE__ENTRIES);

		actionSnapshotEClass = createEClass(ACTION_SNAPSHOT);
		createEAttribute(actionSnapshotEClass, ACTION_SNAPSHOT__STATUS);
		createEAttribute(actionSnapshotEClass, ACTION_SNAPSHOT__PLANNED_END);
		createEAttribute(actionSnapshotEClass, ACTION_SNAPSHOT__BUDGET_PLANNED);
		createEAttribute(actionSnapshotEClass, ACTION_SNAPSHOT__BUDGET_COMMITTED);
		createEAttribute(actionSnapshotEClass, ACTION_SNAPSHOT__BUDGET_SPENT);
		createEAttribute(actionSnapshotEClass, ACTION_SNAPSHOT__COMMENT);
		createEReference(actionSnapshotEClass, ACTION_SNAPSHOT__ACTION);

		programmeEvaluationEClass = createEClass(PROGRAMME_EVALUATION);
		createEAttribute(programmeEvaluationEClass, PROGRAMME_EVALUATION__DATE);
		createEAttribute(programmeEvaluationEClass, PROGRAMME_EVALUATION__METHODS);
		createEAttribute(programmeEvaluationEClass, PROGRAMME_EVALUATION__FINDINGS);
		createEAttribute(programmeEvaluationEClass, PROGRAMME_EVALUATION__IMPROVEMENT_POINTS);
		createEReference(programmeEvaluationEClass, PROGRAMME_EVALUATION__EVALUATED_PROGRAMME);
		createEReference(programmeEvaluationEClass, PROGRAMME_EVALUATION__REALISATIONS);

		realisationEClass = createEClass(REALISATION);
		createEAttribute(realisationEClass, REALISATION__TEXT);
		createEAttribute(realisationEClass, REALISATION__OUTCOME);
		createEReference(realisationEClass, REALISATION__BODY);

		// Create enums
		programmeStatusEEnum = createEEnum(PROGRAMME_STATUS);
		objectiveHorizonEEnum = createEEnum(OBJECTIVE_HORIZON);
		uptakeEEnum = createEEnum(UPTAKE);
		actionKindEEnum = createEEnum(ACTION_KIND);
		actionStatusEEnum = createEEnum(ACTION_STATUS);
		ragStatusEEnum = createEEnum(RAG_STATUS);
		deliverableKindEEnum = createEEnum(DELIVERABLE_KIND);
		deliverableStatusEEnum = createEEnum(DELIVERABLE_STATUS);
		riskCauseEEnum = createEEnum(RISK_CAUSE);
		riskLevelEEnum = createEEnum(RISK_LEVEL);
		evaluationMethodEEnum = createEEnum(EVALUATION_METHOD);
		realisationOutcomeEEnum = createEEnum(REALISATION_OUTCOME);
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
		EcosystemPackage theEcosystemPackage = (EcosystemPackage)EPackage.Registry.INSTANCE.getEPackage(EcosystemPackage.eNS_URI);
		GovernancePackage theGovernancePackage = (GovernancePackage)EPackage.Registry.INSTANCE.getEPackage(GovernancePackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		programmeEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		dimensionEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		themeEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		objectiveEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		recommendationEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		priorityActionEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		deliverableEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		riskEClass.getESuperTypes().add(theCorePackage.getHelixElement());
		annualProgrammeEClass.getESuperTypes().add(theCorePackage.getHelixElement());
		governmentMandateEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		progressReportEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		planBaselineEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		actionSnapshotEClass.getESuperTypes().add(theCorePackage.getHelixElement());
		programmeEvaluationEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		realisationEClass.getESuperTypes().add(theCorePackage.getHelixElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(programmeEClass, Programme.class, "Programme", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProgramme_StartYear(), ecorePackage.getEIntegerObject(), "startYear", null, 0, 1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgramme_EndYear(), ecorePackage.getEIntegerObject(), "endYear", null, 0, 1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgramme_SequenceNumber(), ecorePackage.getEIntegerObject(), "sequenceNumber", null, 0, 1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgramme_LegalBasis(), ecorePackage.getEString(), "legalBasis", null, 0, 1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgramme_OverallGoal(), ecorePackage.getEString(), "overallGoal", null, 0, 1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgramme_TargetYear(), ecorePackage.getEIntegerObject(), "targetYear", null, 0, 1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgramme_Status(), this.getProgrammeStatus(), "status", null, 0, 1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgramme_ApprovalDate(), theCorePackage.getLocalDate(), "approvalDate", null, 0, 1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgramme_Coordinator(), theEcosystemPackage.getOrganisation(), null, "coordinator", null, 0, 1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgramme_GoverningBody(), theGovernancePackage.getGovernanceBody(), null, "governingBody", null, 0, 1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgramme_Bodies(), theGovernancePackage.getGovernanceBody(), null, "bodies", null, 0, -1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgramme_Predecessor(), this.getProgramme(), null, "predecessor", null, 0, 1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgramme_Sectors(), theEcosystemPackage.getSector(), null, "sectors", null, 0, -1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgramme_Budget(), theCorePackage.getMonetaryAmount(), null, "budget", null, 0, -1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgramme_Dimensions(), this.getDimension(), null, "dimensions", null, 0, -1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgramme_Objectives(), this.getObjective(), null, "objectives", null, 0, -1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgramme_Recommendations(), this.getRecommendation(), null, "recommendations", null, 0, -1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgramme_Actions(), this.getPriorityAction(), null, "actions", null, 0, -1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgramme_Indicators(), theCorePackage.getIndicator(), null, "indicators", null, 0, -1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgramme_AnnualProgrammes(), this.getAnnualProgramme(), null, "annualProgrammes", null, 0, -1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgramme_Mandates(), this.getGovernmentMandate(), null, "mandates", null, 0, -1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgramme_ProgressReports(), this.getProgressReport(), null, "progressReports", null, 0, -1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgramme_Baselines(), this.getPlanBaseline(), null, "baselines", null, 0, -1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgramme_Evaluations(), this.getProgrammeEvaluation(), null, "evaluations", null, 0, -1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dimensionEClass, Dimension.class, "Dimension", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDimension_Code(), ecorePackage.getEString(), "code", null, 0, 1, Dimension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDimension_InScope(), ecorePackage.getEBooleanObject(), "inScope", null, 0, 1, Dimension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDimension_Themes(), this.getTheme(), null, "themes", null, 0, -1, Dimension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(themeEClass, Theme.class, "Theme", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTheme_SectionRef(), ecorePackage.getEString(), "sectionRef", null, 0, 1, Theme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(objectiveEClass, Objective.class, "Objective", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getObjective_Code(), ecorePackage.getEString(), "code", null, 0, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObjective_Horizon(), this.getObjectiveHorizon(), "horizon", null, 0, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObjective_TargetYear(), ecorePackage.getEIntegerObject(), "targetYear", null, 0, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObjective_ChangedFromPrevious(), ecorePackage.getEBooleanObject(), "changedFromPrevious", null, 0, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObjective_Realised(), ecorePackage.getEBooleanObject(), "realised", null, 0, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getObjective_ContributesTo(), this.getObjective(), this.getObjective_SupportedBy(), "contributesTo", null, 0, -1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getObjective_SupportedBy(), this.getObjective(), this.getObjective_ContributesTo(), "supportedBy", null, 0, -1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getObjective_Indicators(), theCorePackage.getIndicator(), null, "indicators", null, 0, -1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(recommendationEClass, Recommendation.class, "Recommendation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRecommendation_Code(), ecorePackage.getEString(), "code", null, 0, 1, Recommendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecommendation_Text(), ecorePackage.getEString(), "text", null, 0, 1, Recommendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecommendation_Uptake(), this.getUptake(), "uptake", null, 0, 1, Recommendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecommendation_UptakeText(), ecorePackage.getEString(), "uptakeText", null, 0, 1, Recommendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecommendation_InGovernmentAgreement(), ecorePackage.getEBooleanObject(), "inGovernmentAgreement", null, 0, 1, Recommendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecommendation_Dimension(), this.getDimension(), null, "dimension", null, 0, 1, Recommendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecommendation_Theme(), this.getTheme(), null, "theme", null, 0, 1, Recommendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecommendation_Addressees(), theEcosystemPackage.getActor(), null, "addressees", null, 0, -1, Recommendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecommendation_Origin(), theGovernancePackage.getStakeholderInput(), null, "origin", null, 0, 1, Recommendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecommendation_Actions(), this.getPriorityAction(), this.getPriorityAction_Recommendations(), "actions", null, 0, -1, Recommendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecommendation_SubRecommendations(), this.getRecommendation(), null, "subRecommendations", null, 0, -1, Recommendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(priorityActionEClass, PriorityAction.class, "PriorityAction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPriorityAction_Code(), ecorePackage.getEString(), "code", null, 0, 1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriorityAction_Kind(), this.getActionKind(), "kind", null, 0, 1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriorityAction_Status(), this.getActionStatus(), "status", null, 0, 1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriorityAction_NewAction(), ecorePackage.getEBooleanObject(), "newAction", null, 0, 1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriorityAction_Scope(), ecorePackage.getEString(), "scope", null, 0, 1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriorityAction_PlanOfApproach(), ecorePackage.getEString(), "planOfApproach", null, 0, 1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriorityAction_Timing(), ecorePackage.getEString(), "timing", null, 0, 1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriorityAction_PriorityYears(), ecorePackage.getEIntegerObject(), "priorityYears", null, 0, -1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriorityAction_BudgetPlanned(), ecorePackage.getEBigDecimal(), "budgetPlanned", null, 0, 1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriorityAction_BudgetCommitted(), ecorePackage.getEBigDecimal(), "budgetCommitted", null, 0, 1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriorityAction_BudgetSpent(), ecorePackage.getEBigDecimal(), "budgetSpent", null, 0, 1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriorityAction_SelectionRationale(), ecorePackage.getEString(), "selectionRationale", null, 0, 1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriorityAction_PlannedStart(), theCorePackage.getLocalDate(), "plannedStart", null, 0, 1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriorityAction_PlannedEnd(), theCorePackage.getLocalDate(), "plannedEnd", null, 0, 1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriorityAction_PercentComplete(), ecorePackage.getEDoubleObject(), "percentComplete", null, 0, 1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriorityAction_RagOverride(), this.getRagStatus(), "ragOverride", null, 0, 1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriorityAction_RagOverrideJustification(), ecorePackage.getEString(), "ragOverrideJustification", null, 0, 1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriorityAction_RagOverrideDate(), theCorePackage.getLocalDate(), "ragOverrideDate", null, 0, 1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPriorityAction_Dimensions(), this.getDimension(), null, "dimensions", null, 0, -1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPriorityAction_Objectives(), this.getObjective(), null, "objectives", null, 0, -1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPriorityAction_Recommendations(), this.getRecommendation(), this.getRecommendation_Actions(), "recommendations", null, 0, -1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPriorityAction_Mandate(), this.getGovernmentMandate(), null, "mandate", null, 0, 1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPriorityAction_Lead(), theEcosystemPackage.getActor(), null, "lead", null, 0, 1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPriorityAction_ProjectLeader(), theEcosystemPackage.getPerson(), null, "projectLeader", null, 0, 1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPriorityAction_Group(), theGovernancePackage.getGovernanceBody(), null, "group", null, 0, 1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPriorityAction_InvolvedActors(), theEcosystemPackage.getActor(), null, "involvedActors", null, 0, -1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPriorityAction_Instruments(), theEcosystemPackage.getPolicyInstrument(), null, "instruments", null, 0, -1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPriorityAction_Kpis(), theCorePackage.getIndicator(), null, "kpis", null, 0, -1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPriorityAction_DependsOn(), this.getPriorityAction(), null, "dependsOn", null, 0, -1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPriorityAction_RagOverrideBy(), theEcosystemPackage.getActor(), null, "ragOverrideBy", null, 0, 1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPriorityAction_Deliverables(), this.getDeliverable(), null, "deliverables", null, 0, -1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPriorityAction_Milestones(), theCorePackage.getMilestone(), null, "milestones", null, 0, -1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPriorityAction_Risks(), this.getRisk(), null, "risks", null, 0, -1, PriorityAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deliverableEClass, Deliverable.class, "Deliverable", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDeliverable_Kind(), this.getDeliverableKind(), "kind", null, 0, 1, Deliverable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeliverable_Status(), this.getDeliverableStatus(), "status", null, 0, 1, Deliverable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeliverable_DueDate(), theCorePackage.getLocalDate(), "dueDate", null, 0, 1, Deliverable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeliverable_DueDatePrecision(), theCorePackage.getDatePrecision(), "dueDatePrecision", null, 0, 1, Deliverable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeliverable_DeliveredOn(), theCorePackage.getLocalDate(), "deliveredOn", null, 0, 1, Deliverable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeliverable_Addressee(), theEcosystemPackage.getActor(), null, "addressee", null, 0, 1, Deliverable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(riskEClass, Risk.class, "Risk", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRisk_Text(), ecorePackage.getEString(), "text", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Cause(), this.getRiskCause(), "cause", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Likelihood(), this.getRiskLevel(), "likelihood", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Impact(), this.getRiskLevel(), "impact", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Mitigation(), ecorePackage.getEString(), "mitigation", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(annualProgrammeEClass, AnnualProgramme.class, "AnnualProgramme", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnnualProgramme_Year(), ecorePackage.getEIntegerObject(), "year", null, 0, 1, AnnualProgramme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnnualProgramme_Actions(), this.getPriorityAction(), null, "actions", null, 0, -1, AnnualProgramme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnnualProgramme_ApprovedBy(), theGovernancePackage.getGovernanceBody(), null, "approvedBy", null, 0, 1, AnnualProgramme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(governmentMandateEClass, GovernmentMandate.class, "GovernmentMandate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGovernmentMandate_Quote(), ecorePackage.getEString(), "quote", null, 0, 1, GovernmentMandate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGovernmentMandate_PrioritisationCriterion(), ecorePackage.getEString(), "prioritisationCriterion", null, 0, 1, GovernmentMandate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(progressReportEClass, ProgressReport.class, "ProgressReport", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProgressReport_Year(), ecorePackage.getEIntegerObject(), "year", null, 0, 1, ProgressReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgressReport_Date(), theCorePackage.getLocalDate(), "date", null, 0, 1, ProgressReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgressReport_ReportedOn(), theCorePackage.getLocalDate(), "reportedOn", null, 0, 1, ProgressReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgressReport_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, ProgressReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgressReport_Adjustments(), ecorePackage.getEString(), "adjustments", null, 0, -1, ProgressReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgressReport_ReportedTo(), theGovernancePackage.getGovernanceBody(), null, "reportedTo", null, 0, 1, ProgressReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgressReport_Measurements(), theCorePackage.getMeasurement(), null, "measurements", null, 0, -1, ProgressReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgressReport_ActionStatuses(), this.getActionSnapshot(), null, "actionStatuses", null, 0, -1, ProgressReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planBaselineEClass, PlanBaseline.class, "PlanBaseline", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlanBaseline_Date(), theCorePackage.getLocalDate(), "date", null, 0, 1, PlanBaseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanBaseline_Entries(), this.getActionSnapshot(), null, "entries", null, 0, -1, PlanBaseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(actionSnapshotEClass, ActionSnapshot.class, "ActionSnapshot", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActionSnapshot_Status(), this.getActionStatus(), "status", null, 0, 1, ActionSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActionSnapshot_PlannedEnd(), theCorePackage.getLocalDate(), "plannedEnd", null, 0, 1, ActionSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActionSnapshot_BudgetPlanned(), ecorePackage.getEBigDecimal(), "budgetPlanned", null, 0, 1, ActionSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActionSnapshot_BudgetCommitted(), ecorePackage.getEBigDecimal(), "budgetCommitted", null, 0, 1, ActionSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActionSnapshot_BudgetSpent(), ecorePackage.getEBigDecimal(), "budgetSpent", null, 0, 1, ActionSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActionSnapshot_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, ActionSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActionSnapshot_Action(), this.getPriorityAction(), null, "action", null, 1, 1, ActionSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(programmeEvaluationEClass, ProgrammeEvaluation.class, "ProgrammeEvaluation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProgrammeEvaluation_Date(), theCorePackage.getLocalDate(), "date", null, 0, 1, ProgrammeEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgrammeEvaluation_Methods(), this.getEvaluationMethod(), "methods", null, 0, -1, ProgrammeEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgrammeEvaluation_Findings(), ecorePackage.getEString(), "findings", null, 0, -1, ProgrammeEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgrammeEvaluation_ImprovementPoints(), ecorePackage.getEString(), "improvementPoints", null, 0, -1, ProgrammeEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgrammeEvaluation_EvaluatedProgramme(), this.getProgramme(), null, "evaluatedProgramme", null, 0, 1, ProgrammeEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgrammeEvaluation_Realisations(), this.getRealisation(), null, "realisations", null, 0, -1, ProgrammeEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(realisationEClass, Realisation.class, "Realisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRealisation_Text(), ecorePackage.getEString(), "text", null, 0, 1, Realisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRealisation_Outcome(), this.getRealisationOutcome(), "outcome", null, 0, 1, Realisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRealisation_Body(), theGovernancePackage.getGovernanceBody(), null, "body", null, 0, 1, Realisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(programmeStatusEEnum, ProgrammeStatus.class, "ProgrammeStatus");
		addEEnumLiteral(programmeStatusEEnum, ProgrammeStatus.UNSPECIFIED);
		addEEnumLiteral(programmeStatusEEnum, ProgrammeStatus.DRAFT);
		addEEnumLiteral(programmeStatusEEnum, ProgrammeStatus.APPROVED_IN_PRINCIPLE);
		addEEnumLiteral(programmeStatusEEnum, ProgrammeStatus.UNDER_ADVICE);
		addEEnumLiteral(programmeStatusEEnum, ProgrammeStatus.ADOPTED);
		addEEnumLiteral(programmeStatusEEnum, ProgrammeStatus.RUNNING);
		addEEnumLiteral(programmeStatusEEnum, ProgrammeStatus.CLOSED);

		initEEnum(objectiveHorizonEEnum, ObjectiveHorizon.class, "ObjectiveHorizon");
		addEEnumLiteral(objectiveHorizonEEnum, ObjectiveHorizon.UNSPECIFIED);
		addEEnumLiteral(objectiveHorizonEEnum, ObjectiveHorizon.MISSION);
		addEEnumLiteral(objectiveHorizonEEnum, ObjectiveHorizon.LONG_TERM);
		addEEnumLiteral(objectiveHorizonEEnum, ObjectiveHorizon.MEDIUM_TERM);
		addEEnumLiteral(objectiveHorizonEEnum, ObjectiveHorizon.SHORT_TERM_OPERATIONAL);

		initEEnum(uptakeEEnum, Uptake.class, "Uptake");
		addEEnumLiteral(uptakeEEnum, Uptake.UNSPECIFIED);
		addEEnumLiteral(uptakeEEnum, Uptake.ADVISORY_NOTE);
		addEEnumLiteral(uptakeEEnum, Uptake.ADVISORY_NOTE_OR_PROJECT);
		addEEnumLiteral(uptakeEEnum, Uptake.PROJECT);
		addEEnumLiteral(uptakeEEnum, Uptake.FOLLOW_UP);
		addEEnumLiteral(uptakeEEnum, Uptake.FOLLOW_UP_AND_CONSULTED);
		addEEnumLiteral(uptakeEEnum, Uptake.CONSULTED);
		addEEnumLiteral(uptakeEEnum, Uptake.ADVISORY_ROLE);
		addEEnumLiteral(uptakeEEnum, Uptake.SOUNDING_BOARD);
		addEEnumLiteral(uptakeEEnum, Uptake.BUILD_ON);
		addEEnumLiteral(uptakeEEnum, Uptake.LATER_PHASE);
		addEEnumLiteral(uptakeEEnum, Uptake.NEXT_PROGRAMME);
		addEEnumLiteral(uptakeEEnum, Uptake.OUT_OF_SCOPE);
		addEEnumLiteral(uptakeEEnum, Uptake.NOT_RETAINED);

		initEEnum(actionKindEEnum, ActionKind.class, "ActionKind");
		addEEnumLiteral(actionKindEEnum, ActionKind.UNSPECIFIED);
		addEEnumLiteral(actionKindEEnum, ActionKind.POLICY_ADVICE);
		addEEnumLiteral(actionKindEEnum, ActionKind.STUDY);
		addEEnumLiteral(actionKindEEnum, ActionKind.PROJECT);
		addEEnumLiteral(actionKindEEnum, ActionKind.INSTRUMENT);
		addEEnumLiteral(actionKindEEnum, ActionKind.MONITORING);
		addEEnumLiteral(actionKindEEnum, ActionKind.STRATEGIC_EXCHANGE);
		addEEnumLiteral(actionKindEEnum, ActionKind.WORK_PLAN);

		initEEnum(actionStatusEEnum, ActionStatus.class, "ActionStatus");
		addEEnumLiteral(actionStatusEEnum, ActionStatus.UNSPECIFIED);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.PROPOSED);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.PLANNED);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.STARTED);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.ONGOING);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.DELAYED);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.DELIVERED);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.COMPLETED);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.NOT_STARTED);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.STOPPED);

		initEEnum(ragStatusEEnum, RagStatus.class, "RagStatus");
		addEEnumLiteral(ragStatusEEnum, RagStatus.UNSPECIFIED);
		addEEnumLiteral(ragStatusEEnum, RagStatus.GREEN);
		addEEnumLiteral(ragStatusEEnum, RagStatus.AMBER);
		addEEnumLiteral(ragStatusEEnum, RagStatus.RED);

		initEEnum(deliverableKindEEnum, DeliverableKind.class, "DeliverableKind");
		addEEnumLiteral(deliverableKindEEnum, DeliverableKind.UNSPECIFIED);
		addEEnumLiteral(deliverableKindEEnum, DeliverableKind.POLICY_ADVICE);
		addEEnumLiteral(deliverableKindEEnum, DeliverableKind.ADVISORY_NOTE);
		addEEnumLiteral(deliverableKindEEnum, DeliverableKind.STUDY);
		addEEnumLiteral(deliverableKindEEnum, DeliverableKind.WORK_PLAN);
		addEEnumLiteral(deliverableKindEEnum, DeliverableKind.PROGRESS_REPORT);
		addEEnumLiteral(deliverableKindEEnum, DeliverableKind.INVENTORY);
		addEEnumLiteral(deliverableKindEEnum, DeliverableKind.INSTRUMENT);
		addEEnumLiteral(deliverableKindEEnum, DeliverableKind.ROADMAP);
		addEEnumLiteral(deliverableKindEEnum, DeliverableKind.EVENT);
		addEEnumLiteral(deliverableKindEEnum, DeliverableKind.OTHER);

		initEEnum(deliverableStatusEEnum, DeliverableStatus.class, "DeliverableStatus");
		addEEnumLiteral(deliverableStatusEEnum, DeliverableStatus.UNSPECIFIED);
		addEEnumLiteral(deliverableStatusEEnum, DeliverableStatus.PLANNED);
		addEEnumLiteral(deliverableStatusEEnum, DeliverableStatus.IN_PROGRESS);
		addEEnumLiteral(deliverableStatusEEnum, DeliverableStatus.DRAFT);
		addEEnumLiteral(deliverableStatusEEnum, DeliverableStatus.DELIVERED);
		addEEnumLiteral(deliverableStatusEEnum, DeliverableStatus.RATIFIED);
		addEEnumLiteral(deliverableStatusEEnum, DeliverableStatus.SUBMITTED);
		addEEnumLiteral(deliverableStatusEEnum, DeliverableStatus.ACCEPTED);
		addEEnumLiteral(deliverableStatusEEnum, DeliverableStatus.LATE);
		addEEnumLiteral(deliverableStatusEEnum, DeliverableStatus.CANCELLED);

		initEEnum(riskCauseEEnum, RiskCause.class, "RiskCause");
		addEEnumLiteral(riskCauseEEnum, RiskCause.UNSPECIFIED);
		addEEnumLiteral(riskCauseEEnum, RiskCause.INVESTMENT_COST);
		addEEnumLiteral(riskCauseEEnum, RiskCause.MATERIAL_PRICES);
		addEEnumLiteral(riskCauseEEnum, RiskCause.GEOPOLITICAL);
		addEEnumLiteral(riskCauseEEnum, RiskCause.ENERGY_PRICES);
		addEEnumLiteral(riskCauseEEnum, RiskCause.REVENUE_UNCERTAINTY);
		addEEnumLiteral(riskCauseEEnum, RiskCause.INFRASTRUCTURE_NOT_READY);
		addEEnumLiteral(riskCauseEEnum, RiskCause.PERMITTING);
		addEEnumLiteral(riskCauseEEnum, RiskCause.SKILLS_SHORTAGE);
		addEEnumLiteral(riskCauseEEnum, RiskCause.OTHER);

		initEEnum(riskLevelEEnum, RiskLevel.class, "RiskLevel");
		addEEnumLiteral(riskLevelEEnum, RiskLevel.UNSPECIFIED);
		addEEnumLiteral(riskLevelEEnum, RiskLevel.LOW);
		addEEnumLiteral(riskLevelEEnum, RiskLevel.MEDIUM);
		addEEnumLiteral(riskLevelEEnum, RiskLevel.HIGH);

		initEEnum(evaluationMethodEEnum, EvaluationMethod.class, "EvaluationMethod");
		addEEnumLiteral(evaluationMethodEEnum, EvaluationMethod.UNSPECIFIED);
		addEEnumLiteral(evaluationMethodEEnum, EvaluationMethod.QUESTIONNAIRE);
		addEEnumLiteral(evaluationMethodEEnum, EvaluationMethod.WORKSHOP);
		addEEnumLiteral(evaluationMethodEEnum, EvaluationMethod.SELF_EVALUATION);
		addEEnumLiteral(evaluationMethodEEnum, EvaluationMethod.EXTERNAL);
		addEEnumLiteral(evaluationMethodEEnum, EvaluationMethod.HIGH_LEVEL);

		initEEnum(realisationOutcomeEEnum, RealisationOutcome.class, "RealisationOutcome");
		addEEnumLiteral(realisationOutcomeEEnum, RealisationOutcome.UNSPECIFIED);
		addEEnumLiteral(realisationOutcomeEEnum, RealisationOutcome.REALISED);
		addEEnumLiteral(realisationOutcomeEEnum, RealisationOutcome.PARTLY_REALISED);
		addEEnumLiteral(realisationOutcomeEEnum, RealisationOutcome.NOT_REALISED);
		addEEnumLiteral(realisationOutcomeEEnum, RealisationOutcome.NOT_STARTED);
		addEEnumLiteral(realisationOutcomeEEnum, RealisationOutcome.INSUFFICIENT_SUPPORT);
		addEEnumLiteral(realisationOutcomeEEnum, RealisationOutcome.NOT_PICKED_UP);

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

} //ProgrammePackageImpl
