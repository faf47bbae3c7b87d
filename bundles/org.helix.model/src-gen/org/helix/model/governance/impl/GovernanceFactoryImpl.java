/**
 * Helix
 */
package org.helix.model.governance.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.helix.model.governance.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class GovernanceFactoryImpl extends EFactoryImpl implements GovernanceFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static GovernanceFactory init() {
		try {
			GovernanceFactory theGovernanceFactory = (GovernanceFactory)EPackage.Registry.INSTANCE.getEFactory(GovernancePackage.eNS_URI);
			if (theGovernanceFactory != null) {
				return theGovernanceFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new GovernanceFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GovernanceFactoryImpl() {
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
			case GovernancePackage.GOVERNANCE_BODY: return createGovernanceBody();
			case GovernancePackage.PERMANENT_COUNCIL: return createPermanentCouncil();
			case GovernancePackage.SOUNDING_BOARD: return createSoundingBoard();
			case GovernancePackage.WORKING_GROUP: return createWorkingGroup();
			case GovernancePackage.MEMBERSHIP: return createMembership();
			case GovernancePackage.REPORTING_LINE: return createReportingLine();
			case GovernancePackage.MEETING: return createMeeting();
			case GovernancePackage.DECISION: return createDecision();
			case GovernancePackage.RULES_OF_PROCEDURE: return createRulesOfProcedure();
			case GovernancePackage.STAKEHOLDER_INPUT: return createStakeholderInput();
			case GovernancePackage.FORMAL_RESPONSE: return createFormalResponse();
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
			case GovernancePackage.BODY_KIND:
				return createBodyKindFromString(eDataType, initialValue);
			case GovernancePackage.BODY_STATUS:
				return createBodyStatusFromString(eDataType, initialValue);
			case GovernancePackage.MEETING_CADENCE:
				return createMeetingCadenceFromString(eDataType, initialValue);
			case GovernancePackage.MEMBERSHIP_ROLE:
				return createMembershipRoleFromString(eDataType, initialValue);
			case GovernancePackage.REPORTING_KIND:
				return createReportingKindFromString(eDataType, initialValue);
			case GovernancePackage.MEETING_KIND:
				return createMeetingKindFromString(eDataType, initialValue);
			case GovernancePackage.DECISION_RULE:
				return createDecisionRuleFromString(eDataType, initialValue);
			case GovernancePackage.INPUT_KIND:
				return createInputKindFromString(eDataType, initialValue);
			case GovernancePackage.INPUT_STATUS:
				return createInputStatusFromString(eDataType, initialValue);
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
			case GovernancePackage.BODY_KIND:
				return convertBodyKindToString(eDataType, instanceValue);
			case GovernancePackage.BODY_STATUS:
				return convertBodyStatusToString(eDataType, instanceValue);
			case GovernancePackage.MEETING_CADENCE:
				return convertMeetingCadenceToString(eDataType, instanceValue);
			case GovernancePackage.MEMBERSHIP_ROLE:
				return convertMembershipRoleToString(eDataType, instanceValue);
			case GovernancePackage.REPORTING_KIND:
				return convertReportingKindToString(eDataType, instanceValue);
			case GovernancePackage.MEETING_KIND:
				return convertMeetingKindToString(eDataType, instanceValue);
			case GovernancePackage.DECISION_RULE:
				return convertDecisionRuleToString(eDataType, instanceValue);
			case GovernancePackage.INPUT_KIND:
				return convertInputKindToString(eDataType, instanceValue);
			case GovernancePackage.INPUT_STATUS:
				return convertInputStatusToString(eDataType, instanceValue);
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
	public GovernanceBody createGovernanceBody() {
		GovernanceBodyImpl governanceBody = new GovernanceBodyImpl();
		return governanceBody;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PermanentCouncil createPermanentCouncil() {
		PermanentCouncilImpl permanentCouncil = new PermanentCouncilImpl();
		return permanentCouncil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SoundingBoard createSoundingBoard() {
		SoundingBoardImpl soundingBoard = new SoundingBoardImpl();
		return soundingBoard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkingGroup createWorkingGroup() {
		WorkingGroupImpl workingGroup = new WorkingGroupImpl();
		return workingGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Membership createMembership() {
		MembershipImpl membership = new MembershipImpl();
		return membership;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportingLine createReportingLine() {
		ReportingLineImpl reportingLine = new ReportingLineImpl();
		return reportingLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Meeting createMeeting() {
		MeetingImpl meeting = new MeetingImpl();
		return meeting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Decision createDecision() {
		DecisionImpl decision = new DecisionImpl();
		return decision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RulesOfProcedure createRulesOfProcedure() {
		RulesOfProcedureImpl rulesOfProcedure = new RulesOfProcedureImpl();
		return rulesOfProcedure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StakeholderInput createStakeholderInput() {
		StakeholderInputImpl stakeholderInput = new StakeholderInputImpl();
		return stakeholderInput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FormalResponse createFormalResponse() {
		FormalResponseImpl formalResponse = new FormalResponseImpl();
		return formalResponse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BodyKind createBodyKindFromString(EDataType eDataType, String initialValue) {
		BodyKind result = BodyKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBodyKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BodyStatus createBodyStatusFromString(EDataType eDataType, String initialValue) {
		BodyStatus result = BodyStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBodyStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeetingCadence createMeetingCadenceFromString(EDataType eDataType, String initialValue) {
		MeetingCadence result = MeetingCadence.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMeetingCadenceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MembershipRole createMembershipRoleFromString(EDataType eDataType, String initialValue) {
		MembershipRole result = MembershipRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMembershipRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReportingKind createReportingKindFromString(EDataType eDataType, String initialValue) {
		ReportingKind result = ReportingKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReportingKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeetingKind createMeetingKindFromString(EDataType eDataType, String initialValue) {
		MeetingKind result = MeetingKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMeetingKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DecisionRule createDecisionRuleFromString(EDataType eDataType, String initialValue) {
		DecisionRule result = DecisionRule.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDecisionRuleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InputKind createInputKindFromString(EDataType eDataType, String initialValue) {
		InputKind result = InputKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInputKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InputStatus createInputStatusFromString(EDataType eDataType, String initialValue) {
		InputStatus result = InputStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInputStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernancePackage getGovernancePackage() {
		return (GovernancePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static GovernancePackage getPackage() {
		return GovernancePackage.eINSTANCE;
	}

} //GovernanceFactoryImpl
