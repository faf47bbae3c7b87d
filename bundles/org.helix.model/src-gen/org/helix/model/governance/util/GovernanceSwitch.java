/**
 * Helix
 */
package org.helix.model.governance.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.helix.model.core.HelixElement;
import org.helix.model.core.Identifiable;
import org.helix.model.core.NamedElement;

import org.helix.model.governance.*;

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
 * @see org.helix.model.governance.GovernancePackage
 * @generated
 */
public class GovernanceSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static GovernancePackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GovernanceSwitch() {
		if (modelPackage == null) {
			modelPackage = GovernancePackage.eINSTANCE;
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
			case GovernancePackage.GOVERNANCE_BODY: {
				GovernanceBody governanceBody = (GovernanceBody)theEObject;
				T result = caseGovernanceBody(governanceBody);
				if (result == null) result = caseNamedElement(governanceBody);
				if (result == null) result = caseHelixElement(governanceBody);
				if (result == null) result = caseIdentifiable(governanceBody);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GovernancePackage.PERMANENT_COUNCIL: {
				PermanentCouncil permanentCouncil = (PermanentCouncil)theEObject;
				T result = casePermanentCouncil(permanentCouncil);
				if (result == null) result = caseGovernanceBody(permanentCouncil);
				if (result == null) result = caseNamedElement(permanentCouncil);
				if (result == null) result = caseHelixElement(permanentCouncil);
				if (result == null) result = caseIdentifiable(permanentCouncil);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GovernancePackage.SOUNDING_BOARD: {
				SoundingBoard soundingBoard = (SoundingBoard)theEObject;
				T result = caseSoundingBoard(soundingBoard);
				if (result == null) result = caseGovernanceBody(soundingBoard);
				if (result == null) result = caseNamedElement(soundingBoard);
				if (result == null) result = caseHelixElement(soundingBoard);
				if (result == null) result = caseIdentifiable(soundingBoard);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GovernancePackage.WORKING_GROUP: {
				WorkingGroup workingGroup = (WorkingGroup)theEObject;
				T result = caseWorkingGroup(workingGroup);
				if (result == null) result = caseGovernanceBody(workingGroup);
				if (result == null) result = caseNamedElement(workingGroup);
				if (result == null) result = caseHelixElement(workingGroup);
				if (result == null) result = caseIdentifiable(workingGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GovernancePackage.MEMBERSHIP: {
				Membership membership = (Membership)theEObject;
				T result = caseMembership(membership);
				if (result == null) result = caseHelixElement(membership);
				if (result == null) result = caseIdentifiable(membership);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GovernancePackage.REPORTING_LINE: {
				ReportingLine reportingLine = (ReportingLine)theEObject;
				T result = caseReportingLine(reportingLine);
				if (result == null) result = caseHelixElement(reportingLine);
				if (result == null) result = caseIdentifiable(reportingLine);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GovernancePackage.MEETING: {
				Meeting meeting = (Meeting)theEObject;
				T result = caseMeeting(meeting);
				if (result == null) result = caseHelixElement(meeting);
				if (result == null) result = caseIdentifiable(meeting);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GovernancePackage.DECISION: {
				Decision decision = (Decision)theEObject;
				T result = caseDecision(decision);
				if (result == null) result = caseHelixElement(decision);
				if (result == null) result = caseIdentifiable(decision);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GovernancePackage.RULES_OF_PROCEDURE: {
				RulesOfProcedure rulesOfProcedure = (RulesOfProcedure)theEObject;
				T result = caseRulesOfProcedure(rulesOfProcedure);
				if (result == null) result = caseHelixElement(rulesOfProcedure);
				if (result == null) result = caseIdentifiable(rulesOfProcedure);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GovernancePackage.STAKEHOLDER_INPUT: {
				StakeholderInput stakeholderInput = (StakeholderInput)theEObject;
				T result = caseStakeholderInput(stakeholderInput);
				if (result == null) result = caseNamedElement(stakeholderInput);
				if (result == null) result = caseHelixElement(stakeholderInput);
				if (result == null) result = caseIdentifiable(stakeholderInput);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case GovernancePackage.FORMAL_RESPONSE: {
				FormalResponse formalResponse = (FormalResponse)theEObject;
				T result = caseFormalResponse(formalResponse);
				if (result == null) result = caseHelixElement(formalResponse);
				if (result == null) result = caseIdentifiable(formalResponse);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Body</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Body</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGovernanceBody(GovernanceBody object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Permanent Council</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Permanent Council</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePermanentCouncil(PermanentCouncil object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sounding Board</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sounding Board</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSoundingBoard(SoundingBoard object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Working Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Working Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWorkingGroup(WorkingGroup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Membership</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Membership</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMembership(Membership object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reporting Line</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reporting Line</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReportingLine(ReportingLine object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Meeting</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Meeting</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMeeting(Meeting object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Decision</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Decision</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDecision(Decision object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rules Of Procedure</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rules Of Procedure</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRulesOfProcedure(RulesOfProcedure object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Stakeholder Input</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Stakeholder Input</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStakeholderInput(StakeholderInput object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Formal Response</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Formal Response</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFormalResponse(FormalResponse object) {
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

} //GovernanceSwitch
