/**
 * Helix
 */
package org.helix.model.governance.impl;

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

import org.helix.model.governance.BodyKind;
import org.helix.model.governance.BodyStatus;
import org.helix.model.governance.Decision;
import org.helix.model.governance.DecisionRule;
import org.helix.model.governance.FormalResponse;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.GovernanceFactory;
import org.helix.model.governance.GovernancePackage;
import org.helix.model.governance.InputKind;
import org.helix.model.governance.InputStatus;
import org.helix.model.governance.Meeting;
import org.helix.model.governance.MeetingCadence;
import org.helix.model.governance.MeetingKind;
import org.helix.model.governance.Membership;
import org.helix.model.governance.MembershipRole;
import org.helix.model.governance.PermanentCouncil;
import org.helix.model.governance.ReportingKind;
import org.helix.model.governance.ReportingLine;
import org.helix.model.governance.RulesOfProcedure;
import org.helix.model.governance.SoundingBoard;
import org.helix.model.governance.StakeholderInput;
import org.helix.model.governance.WorkingGroup;

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
public class GovernancePackageImpl extends EPackageImpl implements GovernancePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass governanceBodyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass permanentCouncilEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass soundingBoardEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workingGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass membershipEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reportingLineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass meetingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass decisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rulesOfProcedureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stakeholderInputEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass formalResponseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum bodyKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum bodyStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum meetingCadenceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum membershipRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum reportingKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum meetingKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum decisionRuleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum inputKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum inputStatusEEnum = null;

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
	 * @see org.helix.model.governance.GovernancePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private GovernancePackageImpl() {
		super(eNS_URI, GovernanceFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link GovernancePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static GovernancePackage init() {
		if (isInited) return (GovernancePackage)EPackage.Registry.INSTANCE.getEPackage(GovernancePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredGovernancePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		GovernancePackageImpl theGovernancePackage = registeredGovernancePackage instanceof GovernancePackageImpl ? (GovernancePackageImpl)registeredGovernancePackage : new GovernancePackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CorePackage.eNS_URI);
		CorePackageImpl theCorePackage = (CorePackageImpl)(registeredPackage instanceof CorePackageImpl ? registeredPackage : CorePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(EcosystemPackage.eNS_URI);
		EcosystemPackageImpl theEcosystemPackage = (EcosystemPackageImpl)(registeredPackage instanceof EcosystemPackageImpl ? registeredPackage : EcosystemPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ProgrammePackage.eNS_URI);
		ProgrammePackageImpl theProgrammePackage = (ProgrammePackageImpl)(registeredPackage instanceof ProgrammePackageImpl ? registeredPackage : ProgrammePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(MaterialsPackage.eNS_URI);
		MaterialsPackageImpl theMaterialsPackage = (MaterialsPackageImpl)(registeredPackage instanceof MaterialsPackageImpl ? registeredPackage : MaterialsPackage.eINSTANCE);

		// Create package meta-data objects
		theGovernancePackage.createPackageContents();
		theCorePackage.createPackageContents();
		theEcosystemPackage.createPackageContents();
		theProgrammePackage.createPackageContents();
		theMaterialsPackage.createPackageContents();

		// Initialize created meta-data
		theGovernancePackage.initializePackageContents();
		theCorePackage.initializePackageContents();
		theEcosystemPackage.initializePackageContents();
		theProgrammePackage.initializePackageContents();
		theMaterialsPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theGovernancePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(GovernancePackage.eNS_URI, theGovernancePackage);
		return theGovernancePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGovernanceBody() {
		return governanceBodyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernanceBody_Kind() {
		return (EAttribute)governanceBodyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernanceBody_Status() {
		return (EAttribute)governanceBodyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernanceBody_Level() {
		return (EAttribute)governanceBodyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernanceBody_Mandate() {
		return (EAttribute)governanceBodyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernanceBody_Tasks() {
		return (EAttribute)governanceBodyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernanceBody_MeetingCadence() {
		return (EAttribute)governanceBodyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernanceBody_MeetingsPerYear() {
		return (EAttribute)governanceBodyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernanceBody_CadenceText() {
		return (EAttribute)governanceBodyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernanceBody_OpenMeeting() {
		return (EAttribute)governanceBodyEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernanceBody_Established() {
		return (EAttribute)governanceBodyEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGovernanceBody_Dissolved() {
		return (EAttribute)governanceBodyEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernanceBody_Organisation() {
		return (EReference)governanceBodyEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernanceBody_Chair() {
		return (EReference)governanceBodyEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernanceBody_Trekker() {
		return (EReference)governanceBodyEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernanceBody_Secretariat() {
		return (EReference)governanceBodyEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernanceBody_SetUpBy() {
		return (EReference)governanceBodyEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernanceBody_Memberships() {
		return (EReference)governanceBodyEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernanceBody_ReportingLines() {
		return (EReference)governanceBodyEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernanceBody_Meetings() {
		return (EReference)governanceBodyEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGovernanceBody_RulesOfProcedure() {
		return (EReference)governanceBodyEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPermanentCouncil() {
		return permanentCouncilEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPermanentCouncil_OperatingPrinciples() {
		return (EAttribute)permanentCouncilEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSoundingBoard() {
		return soundingBoardEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSoundingBoard_Temporary() {
		return (EAttribute)soundingBoardEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSoundingBoard_Subject() {
		return (EAttribute)soundingBoardEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkingGroup() {
		return workingGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkingGroup_ProjectGroup() {
		return (EAttribute)workingGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkingGroup_Fixed() {
		return (EAttribute)workingGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkingGroup_Assignment() {
		return (EAttribute)workingGroupEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMembership() {
		return membershipEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembership_Role() {
		return (EAttribute)membershipEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembership_Helix() {
		return (EAttribute)membershipEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembership_Representing() {
		return (EAttribute)membershipEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembership_Since() {
		return (EAttribute)membershipEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembership_Until() {
		return (EAttribute)membershipEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMembership_Organisation() {
		return (EReference)membershipEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMembership_Person() {
		return (EReference)membershipEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReportingLine() {
		return reportingLineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportingLine_Kind() {
		return (EAttribute)reportingLineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportingLine_Frequency() {
		return (EAttribute)reportingLineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportingLine_Text() {
		return (EAttribute)reportingLineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReportingLine_Target() {
		return (EReference)reportingLineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeeting() {
		return meetingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeeting_Title() {
		return (EAttribute)meetingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeeting_Kind() {
		return (EAttribute)meetingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeeting_Date() {
		return (EAttribute)meetingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeeting_Location() {
		return (EAttribute)meetingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeeting_ParticipantCount() {
		return (EAttribute)meetingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeeting_Agenda() {
		return (EAttribute)meetingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeeting_Attendees() {
		return (EReference)meetingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeeting_Decisions() {
		return (EReference)meetingEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDecision() {
		return decisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecision_Text() {
		return (EAttribute)decisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecision_Consensus() {
		return (EAttribute)decisionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRulesOfProcedure() {
		return rulesOfProcedureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRulesOfProcedure_Adopted() {
		return (EAttribute)rulesOfProcedureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRulesOfProcedure_DecisionRule() {
		return (EAttribute)rulesOfProcedureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRulesOfProcedure_DivergingPositionsAllowed() {
		return (EAttribute)rulesOfProcedureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRulesOfProcedure_VetoRight() {
		return (EAttribute)rulesOfProcedureEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRulesOfProcedure_NoConsensusHandling() {
		return (EAttribute)rulesOfProcedureEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRulesOfProcedure_FormalFeedbackRequired() {
		return (EAttribute)rulesOfProcedureEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRulesOfProcedure_Text() {
		return (EAttribute)rulesOfProcedureEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStakeholderInput() {
		return stakeholderInputEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStakeholderInput_Kind() {
		return (EAttribute)stakeholderInputEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStakeholderInput_Status() {
		return (EAttribute)stakeholderInputEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStakeholderInput_RequestDate() {
		return (EAttribute)stakeholderInputEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStakeholderInput_Date() {
		return (EAttribute)stakeholderInputEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStakeholderInput_Subject() {
		return (EAttribute)stakeholderInputEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStakeholderInput_SubmittedBy() {
		return (EReference)stakeholderInputEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStakeholderInput_IssuingBody() {
		return (EReference)stakeholderInputEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStakeholderInput_PreparedBy() {
		return (EReference)stakeholderInputEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStakeholderInput_Addressees() {
		return (EReference)stakeholderInputEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStakeholderInput_AddressedBody() {
		return (EReference)stakeholderInputEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStakeholderInput_Document() {
		return (EReference)stakeholderInputEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStakeholderInput_Responses() {
		return (EReference)stakeholderInputEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFormalResponse() {
		return formalResponseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFormalResponse_Date() {
		return (EAttribute)formalResponseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFormalResponse_Appreciation() {
		return (EAttribute)formalResponseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFormalResponse_PolicyFollowUp() {
		return (EAttribute)formalResponseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFormalResponse_RespondingBody() {
		return (EReference)formalResponseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFormalResponse_Respondent() {
		return (EReference)formalResponseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBodyKind() {
		return bodyKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBodyStatus() {
		return bodyStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMeetingCadence() {
		return meetingCadenceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMembershipRole() {
		return membershipRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReportingKind() {
		return reportingKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMeetingKind() {
		return meetingKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDecisionRule() {
		return decisionRuleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInputKind() {
		return inputKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInputStatus() {
		return inputStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernanceFactory getGovernanceFactory() {
		return (GovernanceFactory)getEFactoryInstance();
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
		governanceBodyEClass = createEClass(GOVERNANCE_BODY);
		createEAttribute(governanceBodyEClass, GOVERNANCE_BODY__KIND);
		createEAttribute(governanceBodyEClass, GOVERNANCE_BODY__STATUS);
		createEAttribute(governanceBodyEClass, GOVERNANCE_BODY__LEVEL);
		createEAttribute(governanceBodyEClass, GOVERNANCE_BODY__MANDATE);
		createEAttribute(governanceBodyEClass, GOVERNANCE_BODY__TASKS);
		createEAttribute(governanceBodyEClass, GOVERNANCE_BODY__MEETING_CADENCE);
		createEAttribute(governanceBodyEClass, GOVERNANCE_BODY__MEETINGS_PER_YEAR);
		createEAttribute(governanceBodyEClass, GOVERNANCE_BODY__CADENCE_TEXT);
		createEAttribute(governanceBodyEClass, GOVERNANCE_BODY__OPEN_MEETING);
		createEAttribute(governanceBodyEClass, GOVERNANCE_BODY__ESTABLISHED);
		createEAttribute(governanceBodyEClass, GOVERNANCE_BODY__DISSOLVED);
		createEReference(governanceBodyEClass, GOVERNANCE_BODY__ORGANISATION);
		createEReference(governanceBodyEClass, GOVERNANCE_BODY__CHAIR);
		createEReference(governanceBodyEClass, GOVERNANCE_BODY__TREKKER);
		createEReference(governanceBodyEClass, GOVERNANCE_BODY__SECRETARIAT);
		createEReference(governanceBodyEClass, GOVERNANCE_BODY__SET_UP_BY);
		createEReference(governanceBodyEClass, GOVERNANCE_BODY__MEMBERSHIPS);
		createEReference(governanceBodyEClass, GOVERNANCE_BODY__REPORTING_LINES);
		createEReference(governanceBodyEClass, GOVERNANCE_BODY__MEETINGS);
		createEReference(governanceBodyEClass, GOVERNANCE_BODY__RULES_OF_PROCEDURE);

		permanentCouncilEClass = createEClass(PERMANENT_COUNCIL);
		createEAttribute(permanentCouncilEClass, PERMANENT_COUNCIL__OPERATING_PRINCIPLES);

		soundingBoardEClass = createEClass(SOUNDING_BOARD);
		createEAttribute(soundingBoardEClass, SOUNDING_BOARD__TEMPORARY);
		createEAttribute(soundingBoardEClass, SOUNDING_BOARD__SUBJECT);

		workingGroupEClass = createEClass(WORKING_GROUP);
		createEAttribute(workingGroupEClass, WORKING_GROUP__PROJECT_GROUP);
		createEAttribute(workingGroupEClass, WORKING_GROUP__FIXED);
		createEAttribute(workingGroupEClass, WORKING_GROUP__ASSIGNMENT);

		membershipEClass = createEClass(MEMBERSHIP);
		createEAttribute(membershipEClass, MEMBERSHIP__ROLE);
		createEAttribute(membershipEClass, MEMBERSHIP__HELIX);
		createEAttribute(membershipEClass, MEMBERSHIP__REPRESENTING);
		createEAttribute(membershipEClass, MEMBERSHIP__SINCE);
		createEAttribute(membershipEClass, MEMBERSHIP__UNTIL);
		createEReference(membershipEClass, MEMBERSHIP__ORGANISATION);
		createEReference(membershipEClass, MEMBERSHIP__PERSON);

		reportingLineEClass = createEClass(REPORTING_LINE);
		createEAttribute(reportingLineEClass, REPORTING_LINE__KIND);
		createEAttribute(reportingLineEClass, REPORTING_LINE__FREQUENCY);
		createEAttribute(reportingLineEClass, REPORTING_LINE__TEXT);
		createEReference(reportingLineEClass, REPORTING_LINE__TARGET);

		meetingEClass = createEClass(MEETING);
		createEAttribute(meetingEClass, MEETING__TITLE);
		createEAttribute(meetingEClass, MEETING__KIND);
		createEAttribute(meetingEClass, MEETING__DATE);
		createEAttribute(meetingEClass, MEETING__LOCATION);
		createEAttribute(meetingEClass, MEETING__PARTICIPANT_COUNT);
		createEAttribute(meetingEClass, MEETING__AGENDA);
		createEReference(meetingEClass, MEETING__ATTENDEES);
		createEReference(meetingEClass, MEETING__DECISIONS);

		decisionEClass = createEClass(DECISION);
		createEAttribute(decisionEClass, DECISION__TEXT);
		createEAttribute(decisionEClass, DECISION__CONSENSUS);

		rulesOfProcedureEClass = createEClass(RULES_OF_PROCEDURE);
		createEAttribute(rulesOfProcedureEClass, RULES_OF_PROCEDURE__ADOPTED);
		createEAttribute(rulesOfProcedureEClass, RULES_OF_PROCEDURE__DECISION_RULE);
		createEAttribute(rulesOfProcedureEClass, RULES_OF_PROCEDURE__DIVERGING_POSITIONS_ALLOWED);
		createEAttribute(rulesOfProcedureEClass, RULES_OF_PROCEDURE__VETO_RIGHT);
		createEAttribute(rulesOfProcedureEClass, RULES_OF_PROCEDURE__NO_CONSENSUS_HANDLING);
		createEAttribute(rulesOfProcedureEClass, RULES_OF_PROCEDURE__FORMAL_FEEDBACK_REQUIRED);
		createEAttribute(rulesOfProcedureEClass, RULES_OF_PROCEDURE__TEXT);

		stakeholderInputEClass = createEClass(STAKEHOLDER_INPUT);
		createEAttribute(stakeholderInputEClass, STAKEHOLDER_INPUT__KIND);
		createEAttribute(stakeholderInputEClass, STAKEHOLDER_INPUT__STATUS);
		createEAttribute(stakeholderInputEClass, STAKEHOLDER_INPUT__REQUEST_DATE);
		createEAttribute(stakeholderInputEClass, STAKEHOLDER_INPUT__DATE);
		createEAttribute(stakeholderInputEClass, STAKEHOLDER_INPUT__SUBJECT);
		createEReference(stakeholderInputEClass, STAKEHOLDER_INPUT__SUBMITTED_BY);
		createEReference(stakeholderInputEClass, STAKEHOLDER_INPUT__ISSUING_BODY);
		createEReference(stakeholderInputEClass, STAKEHOLDER_INPUT__PREPARED_BY);
		createEReference(stakeholderInputEClass, STAKEHOLDER_INPUT__ADDRESSEES);
		createEReference(stakeholderInputEClass, STAKEHOLDER_INPUT__ADDRESSED_BODY);
		createEReference(stakeholderInputEClass, STAKEHOLDER_INPUT__DOCUMENT);
		createEReference(stakeholderInputEClass, STAKEHOLDER_INPUT__RESPONSES);

		formalResponseEClass = createEClass(FORMAL_RESPONSE);
		createEAttribute(formalResponseEClass, FORMAL_RESPONSE__DATE);
		createEAttribute(formalResponseEClass, FORMAL_RESPONSE__APPRECIATION);
		createEAttribute(formalResponseEClass, FORMAL_RESPONSE__POLICY_FOLLOW_UP);
		createEReference(formalResponseEClass, FORMAL_RESPONSE__RESPONDING_BODY);
		createEReference(formalResponseEClass, FORMAL_RESPONSE__RESPONDENT);

		// Create enums
		bodyKindEEnum = createEEnum(BODY_KIND);
		bodyStatusEEnum = createEEnum(BODY_STATUS);
		meetingCadenceEEnum = createEEnum(MEETING_CADENCE);
		membershipRoleEEnum = createEEnum(MEMBERSHIP_ROLE);
		reportingKindEEnum = createEEnum(REPORTING_KIND);
		meetingKindEEnum = createEEnum(MEETING_KIND);
		decisionRuleEEnum = createEEnum(DECISION_RULE);
		inputKindEEnum = createEEnum(INPUT_KIND);
		inputStatusEEnum = createEEnum(INPUT_STATUS);
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

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		governanceBodyEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		permanentCouncilEClass.getESuperTypes().add(this.getGovernanceBody());
		soundingBoardEClass.getESuperTypes().add(this.getGovernanceBody());
		workingGroupEClass.getESuperTypes().add(this.getGovernanceBody());
		membershipEClass.getESuperTypes().add(theCorePackage.getHelixElement());
		reportingLineEClass.getESuperTypes().add(theCorePackage.getHelixElement());
		meetingEClass.getESuperTypes().add(theCorePackage.getHelixElement());
		decisionEClass.getESuperTypes().add(theCorePackage.getHelixElement());
		rulesOfProcedureEClass.getESuperTypes().add(theCorePackage.getHelixElement());
		stakeholderInputEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		formalResponseEClass.getESuperTypes().add(theCorePackage.getHelixElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(governanceBodyEClass, GovernanceBody.class, "GovernanceBody", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGovernanceBody_Kind(), this.getBodyKind(), "kind", null, 0, 1, GovernanceBody.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGovernanceBody_Status(), this.getBodyStatus(), "status", null, 0, 1, GovernanceBody.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGovernanceBody_Level(), theCorePackage.getGovernanceLevel(), "level", null, 0, 1, GovernanceBody.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGovernanceBody_Mandate(), ecorePackage.getEString(), "mandate", null, 0, 1, GovernanceBody.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGovernanceBody_Tasks(), ecorePackage.getEString(), "tasks", null, 0, -1, GovernanceBody.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGovernanceBody_MeetingCadence(), this.getMeetingCadence(), "meetingCadence", null, 0, 1, GovernanceBody.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGovernanceBody_MeetingsPerYear(), ecorePackage.getEIntegerObject(), "meetingsPerYear", null, 0, 1, GovernanceBody.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGovernanceBody_CadenceText(), ecorePackage.getEString(), "cadenceText", null, 0, 1, GovernanceBody.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGovernanceBody_OpenMeeting(), ecorePackage.getEBooleanObject(), "openMeeting", null, 0, 1, GovernanceBody.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGovernanceBody_Established(), theCorePackage.getLocalDate(), "established", null, 0, 1, GovernanceBody.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGovernanceBody_Dissolved(), theCorePackage.getLocalDate(), "dissolved", null, 0, 1, GovernanceBody.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGovernanceBody_Organisation(), theEcosystemPackage.getOrganisation(), null, "organisation", null, 0, 1, GovernanceBody.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGovernanceBody_Chair(), theEcosystemPackage.getActor(), null, "chair", null, 0, 1, GovernanceBody.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGovernanceBody_Trekker(), theEcosystemPackage.getActor(), null, "trekker", null, 0, 1, GovernanceBody.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGovernanceBody_Secretariat(), theEcosystemPackage.getOrganisation(), null, "secretariat", null, 0, 1, GovernanceBody.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGovernanceBody_SetUpBy(), this.getGovernanceBody(), null, "setUpBy", null, 0, 1, GovernanceBody.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGovernanceBody_Memberships(), this.getMembership(), null, "memberships", null, 0, -1, GovernanceBody.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGovernanceBody_ReportingLines(), this.getReportingLine(), null, "reportingLines", null, 0, -1, GovernanceBody.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGovernanceBody_Meetings(), this.getMeeting(), null, "meetings", null, 0, -1, GovernanceBody.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGovernanceBody_RulesOfProcedure(), this.getRulesOfProcedure(), null, "rulesOfProcedure", null, 0, 1, GovernanceBody.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(permanentCouncilEClass, PermanentCouncil.class, "PermanentCouncil", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPermanentCouncil_OperatingPrinciples(), ecorePackage.getEString(), "operatingPrinciples", null, 0, -1, PermanentCouncil.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(soundingBoardEClass, SoundingBoard.class, "SoundingBoard", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSoundingBoard_Temporary(), ecorePackage.getEBooleanObject(), "temporary", null, 0, 1, SoundingBoard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSoundingBoard_Subject(), ecorePackage.getEString(), "subject", null, 0, 1, SoundingBoard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workingGroupEClass, WorkingGroup.class, "WorkingGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWorkingGroup_ProjectGroup(), ecorePackage.getEBooleanObject(), "projectGroup", null, 0, 1, WorkingGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkingGroup_Fixed(), ecorePackage.getEBooleanObject(), "fixed", null, 0, 1, WorkingGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkingGroup_Assignment(), ecorePackage.getEString(), "assignment", null, 0, 1, WorkingGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(membershipEClass, Membership.class, "Membership", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMembership_Role(), this.getMembershipRole(), "role", null, 0, 1, Membership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMembership_Helix(), theCorePackage.getHelixKind(), "helix", null, 0, 1, Membership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMembership_Representing(), ecorePackage.getEString(), "representing", null, 0, 1, Membership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMembership_Since(), theCorePackage.getLocalDate(), "since", null, 0, 1, Membership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMembership_Until(), theCorePackage.getLocalDate(), "until", null, 0, 1, Membership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMembership_Organisation(), theEcosystemPackage.getOrganisation(), null, "organisation", null, 0, 1, Membership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMembership_Person(), theEcosystemPackage.getPerson(), null, "person", null, 0, 1, Membership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reportingLineEClass, ReportingLine.class, "ReportingLine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReportingLine_Kind(), this.getReportingKind(), "kind", null, 0, 1, ReportingLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReportingLine_Frequency(), this.getMeetingCadence(), "frequency", null, 0, 1, ReportingLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReportingLine_Text(), ecorePackage.getEString(), "text", null, 0, 1, ReportingLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReportingLine_Target(), this.getGovernanceBody(), null, "target", null, 1, 1, ReportingLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(meetingEClass, Meeting.class, "Meeting", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMeeting_Title(), ecorePackage.getEString(), "title", null, 0, 1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeeting_Kind(), this.getMeetingKind(), "kind", null, 0, 1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeeting_Date(), theCorePackage.getLocalDate(), "date", null, 0, 1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeeting_Location(), ecorePackage.getEString(), "location", null, 0, 1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeeting_ParticipantCount(), ecorePackage.getEIntegerObject(), "participantCount", null, 0, 1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeeting_Agenda(), ecorePackage.getEString(), "agenda", null, 0, -1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeeting_Attendees(), theEcosystemPackage.getActor(), null, "attendees", null, 0, -1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeeting_Decisions(), this.getDecision(), null, "decisions", null, 0, -1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(decisionEClass, Decision.class, "Decision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDecision_Text(), ecorePackage.getEString(), "text", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecision_Consensus(), ecorePackage.getEBooleanObject(), "consensus", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rulesOfProcedureEClass, RulesOfProcedure.class, "RulesOfProcedure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRulesOfProcedure_Adopted(), theCorePackage.getLocalDate(), "adopted", null, 0, 1, RulesOfProcedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRulesOfProcedure_DecisionRule(), this.getDecisionRule(), "decisionRule", null, 0, 1, RulesOfProcedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRulesOfProcedure_DivergingPositionsAllowed(), ecorePackage.getEBooleanObject(), "divergingPositionsAllowed", null, 0, 1, RulesOfProcedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRulesOfProcedure_VetoRight(), ecorePackage.getEBooleanObject(), "vetoRight", null, 0, 1, RulesOfProcedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRulesOfProcedure_NoConsensusHandling(), ecorePackage.getEString(), "noConsensusHandling", null, 0, 1, RulesOfProcedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRulesOfProcedure_FormalFeedbackRequired(), ecorePackage.getEBooleanObject(), "formalFeedbackRequired", null, 0, 1, RulesOfProcedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRulesOfProcedure_Text(), ecorePackage.getEString(), "text", null, 0, 1, RulesOfProcedure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stakeholderInputEClass, StakeholderInput.class, "StakeholderInput", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStakeholderInput_Kind(), this.getInputKind(), "kind", null, 0, 1, StakeholderInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStakeholderInput_Status(), this.getInputStatus(), "status", null, 0, 1, StakeholderInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStakeholderInput_RequestDate(), theCorePackage.getLocalDate(), "requestDate", null, 0, 1, StakeholderInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStakeholderInput_Date(), theCorePackage.getLocalDate(), "date", null, 0, 1, StakeholderInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStakeholderInput_Subject(), ecorePackage.getEString(), "subject", null, 0, 1, StakeholderInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStakeholderInput_SubmittedBy(), theEcosystemPackage.getActor(), null, "submittedBy", null, 0, -1, StakeholderInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStakeholderInput_IssuingBody(), this.getGovernanceBody(), null, "issuingBody", null, 0, 1, StakeholderInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStakeholderInput_PreparedBy(), this.getGovernanceBody(), null, "preparedBy", null, 0, 1, StakeholderInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStakeholderInput_Addressees(), theEcosystemPackage.getActor(), null, "addressees", null, 0, -1, StakeholderInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStakeholderInput_AddressedBody(), this.getGovernanceBody(), null, "addressedBody", null, 0, 1, StakeholderInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStakeholderInput_Document(), theCorePackage.getSourceDocument(), null, "document", null, 0, 1, StakeholderInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStakeholderInput_Responses(), this.getFormalResponse(), null, "responses", null, 0, -1, StakeholderInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(formalResponseEClass, FormalResponse.class, "FormalResponse", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFormalResponse_Date(), theCorePackage.getLocalDate(), "date", null, 0, 1, FormalResponse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFormalResponse_Appreciation(), ecorePackage.getEString(), "appreciation", null, 0, 1, FormalResponse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFormalResponse_PolicyFollowUp(), ecorePackage.getEString(), "policyFollowUp", null, 0, 1, FormalResponse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFormalResponse_RespondingBody(), this.getGovernanceBody(), null, "respondingBody", null, 0, 1, FormalResponse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFormalResponse_Respondent(), theEcosystemPackage.getActor(), null, "respondent", null, 0, 1, FormalResponse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(bodyKindEEnum, BodyKind.class, "BodyKind");
		addEEnumLiteral(bodyKindEEnum, BodyKind.UNSPECIFIED);
		addEEnumLiteral(bodyKindEEnum, BodyKind.PERMANENT_COUNCIL);
		addEEnumLiteral(bodyKindEEnum, BodyKind.SOUNDING_BOARD);
		addEEnumLiteral(bodyKindEEnum, BodyKind.WORKING_GROUP);
		addEEnumLiteral(bodyKindEEnum, BodyKind.PROJECT_GROUP);
		addEEnumLiteral(bodyKindEEnum, BodyKind.STEERING_GROUP);
		addEEnumLiteral(bodyKindEEnum, BodyKind.COORDINATION_TEAM);
		addEEnumLiteral(bodyKindEEnum, BodyKind.GOVERNMENT);
		addEEnumLiteral(bodyKindEEnum, BodyKind.PARLIAMENT);
		addEEnumLiteral(bodyKindEEnum, BodyKind.ADVISORY_COUNCIL);
		addEEnumLiteral(bodyKindEEnum, BodyKind.ADVISORY_COMMITTEE);
		addEEnumLiteral(bodyKindEEnum, BodyKind.BOARD);
		addEEnumLiteral(bodyKindEEnum, BodyKind.FORUM);
		addEEnumLiteral(bodyKindEEnum, BodyKind.EXTERNAL_PLATFORM);
		addEEnumLiteral(bodyKindEEnum, BodyKind.ANNUAL_ASSEMBLY);
		addEEnumLiteral(bodyKindEEnum, BodyKind.OTHER);

		initEEnum(bodyStatusEEnum, BodyStatus.class, "BodyStatus");
		addEEnumLiteral(bodyStatusEEnum, BodyStatus.UNSPECIFIED);
		addEEnumLiteral(bodyStatusEEnum, BodyStatus.PLANNED);
		addEEnumLiteral(bodyStatusEEnum, BodyStatus.ACTIVE);
		addEEnumLiteral(bodyStatusEEnum, BodyStatus.NOT_STARTED);
		addEEnumLiteral(bodyStatusEEnum, BodyStatus.DISSOLVED);

		initEEnum(meetingCadenceEEnum, MeetingCadence.class, "MeetingCadence");
		addEEnumLiteral(meetingCadenceEEnum, MeetingCadence.UNSPECIFIED);
		addEEnumLiteral(meetingCadenceEEnum, MeetingCadence.WEEKLY);
		addEEnumLiteral(meetingCadenceEEnum, MeetingCadence.MONTHLY);
		addEEnumLiteral(meetingCadenceEEnum, MeetingCadence.SIX_WEEKLY);
		addEEnumLiteral(meetingCadenceEEnum, MeetingCadence.QUARTERLY);
		addEEnumLiteral(meetingCadenceEEnum, MeetingCadence.THREE_TIMES_AYEAR);
		addEEnumLiteral(meetingCadenceEEnum, MeetingCadence.TWICE_AYEAR);
		addEEnumLiteral(meetingCadenceEEnum, MeetingCadence.ANNUAL);
		addEEnumLiteral(meetingCadenceEEnum, MeetingCadence.FIVE_YEARLY);
		addEEnumLiteral(meetingCadenceEEnum, MeetingCadence.REGULAR);
		addEEnumLiteral(meetingCadenceEEnum, MeetingCadence.AD_HOC);
		addEEnumLiteral(meetingCadenceEEnum, MeetingCadence.CONTINUOUS);

		initEEnum(membershipRoleEEnum, MembershipRole.class, "MembershipRole");
		addEEnumLiteral(membershipRoleEEnum, MembershipRole.UNSPECIFIED);
		addEEnumLiteral(membershipRoleEEnum, MembershipRole.MEMBER);
		addEEnumLiteral(membershipRoleEEnum, MembershipRole.DEPUTY_MEMBER);
		addEEnumLiteral(membershipRoleEEnum, MembershipRole.CHAIR);
		addEEnumLiteral(membershipRoleEEnum, MembershipRole.VICE_CHAIR);
		addEEnumLiteral(membershipRoleEEnum, MembershipRole.TREKKER);
		addEEnumLiteral(membershipRoleEEnum, MembershipRole.PROGRAMME_MANAGER);
		addEEnumLiteral(membershipRoleEEnum, MembershipRole.SECRETARIAT);
		addEEnumLiteral(membershipRoleEEnum, MembershipRole.EXPERT);
		addEEnumLiteral(membershipRoleEEnum, MembershipRole.OBSERVER);

		initEEnum(reportingKindEEnum, ReportingKind.class, "ReportingKind");
		addEEnumLiteral(reportingKindEEnum, ReportingKind.UNSPECIFIED);
		addEEnumLiteral(reportingKindEEnum, ReportingKind.REPORTS_TO);
		addEEnumLiteral(reportingKindEEnum, ReportingKind.ADVISES);
		addEEnumLiteral(reportingKindEEnum, ReportingKind.PROGRESS_REPORT);
		addEEnumLiteral(reportingKindEEnum, ReportingKind.STATUS_REPORT);
		addEEnumLiteral(reportingKindEEnum, ReportingKind.FEEDBACK);
		addEEnumLiteral(reportingKindEEnum, ReportingKind.FEEDBACK_LOOP);

		initEEnum(meetingKindEEnum, MeetingKind.class, "MeetingKind");
		addEEnumLiteral(meetingKindEEnum, MeetingKind.UNSPECIFIED);
		addEEnumLiteral(meetingKindEEnum, MeetingKind.REGULAR_MEETING);
		addEEnumLiteral(meetingKindEEnum, MeetingKind.WORKSHOP);
		addEEnumLiteral(meetingKindEEnum, MeetingKind.EVALUATION);
		addEEnumLiteral(meetingKindEEnum, MeetingKind.ANNUAL_EVENT);
		addEEnumLiteral(meetingKindEEnum, MeetingKind.REFLECTION_MOMENT);
		addEEnumLiteral(meetingKindEEnum, MeetingKind.INFO_SESSION);
		addEEnumLiteral(meetingKindEEnum, MeetingKind.OTHER);

		initEEnum(decisionRuleEEnum, DecisionRule.class, "DecisionRule");
		addEEnumLiteral(decisionRuleEEnum, DecisionRule.UNSPECIFIED);
		addEEnumLiteral(decisionRuleEEnum, DecisionRule.CONSENSUS);
		addEEnumLiteral(decisionRuleEEnum, DecisionRule.MAJORITY);

		initEEnum(inputKindEEnum, InputKind.class, "InputKind");
		addEEnumLiteral(inputKindEEnum, InputKind.UNSPECIFIED);
		addEEnumLiteral(inputKindEEnum, InputKind.ADVICE);
		addEEnumLiteral(inputKindEEnum, InputKind.LETTER_ADVICE);
		addEEnumLiteral(inputKindEEnum, InputKind.POLICY_ADVICE);
		addEEnumLiteral(inputKindEEnum, InputKind.POSITION_PAPER);
		addEEnumLiteral(inputKindEEnum, InputKind.CONSULTATION_RESPONSE);
		addEEnumLiteral(inputKindEEnum, InputKind.WORKSHOP_INPUT);
		addEEnumLiteral(inputKindEEnum, InputKind.FEEDBACK);
		addEEnumLiteral(inputKindEEnum, InputKind.REQUEST);

		initEEnum(inputStatusEEnum, InputStatus.class, "InputStatus");
		addEEnumLiteral(inputStatusEEnum, InputStatus.UNSPECIFIED);
		addEEnumLiteral(inputStatusEEnum, InputStatus.DRAFT);
		addEEnumLiteral(inputStatusEEnum, InputStatus.SUBMITTED);
		addEEnumLiteral(inputStatusEEnum, InputStatus.RATIFIED);
		addEEnumLiteral(inputStatusEEnum, InputStatus.ON_AGENDA);
		addEEnumLiteral(inputStatusEEnum, InputStatus.ANSWERED);
		addEEnumLiteral(inputStatusEEnum, InputStatus.NOT_ANSWERED);

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

} //GovernancePackageImpl
