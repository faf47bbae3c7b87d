/**
 * Helix
 */
package org.helix.model.programme.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.helix.model.core.HelixElement;
import org.helix.model.core.Identifiable;
import org.helix.model.core.NamedElement;

import org.helix.model.programme.*;

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
 * @see org.helix.model.programme.ProgrammePackage
 * @generated
 */
public class ProgrammeSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ProgrammePackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProgrammeSwitch() {
		if (modelPackage == null) {
			modelPackage = ProgrammePackage.eINSTANCE;
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
			case ProgrammePackage.PROGRAMME: {
				Programme programme = (Programme)theEObject;
				T result = caseProgramme(programme);
				if (result == null) result = caseNamedElement(programme);
				if (result == null) result = caseHelixElement(programme);
				if (result == null) result = caseIdentifiable(programme);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProgrammePackage.DIMENSION: {
				Dimension dimension = (Dimension)theEObject;
				T result = caseDimension(dimension);
				if (result == null) result = caseNamedElement(dimension);
				if (result == null) result = caseHelixElement(dimension);
				if (result == null) result = caseIdentifiable(dimension);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProgrammePackage.THEME: {
				Theme theme = (Theme)theEObject;
				T result = caseTheme(theme);
				if (result == null) result = caseNamedElement(theme);
				if (result == null) result = caseHelixElement(theme);
				if (result == null) result = caseIdentifiable(theme);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProgrammePackage.OBJECTIVE: {
				Objective objective = (Objective)theEObject;
				T result = caseObjective(objective);
				if (result == null) result = caseNamedElement(objective);
				if (result == null) result = caseHelixElement(objective);
				if (result == null) result = caseIdentifiable(objective);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProgrammePackage.RECOMMENDATION: {
				Recommendation recommendation = (Recommendation)theEObject;
				T result = caseRecommendation(recommendation);
				if (result == null) result = caseNamedElement(recommendation);
				if (result == null) result = caseHelixElement(recommendation);
				if (result == null) result = caseIdentifiable(recommendation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProgrammePackage.PRIORITY_ACTION: {
				PriorityAction priorityAction = (PriorityAction)theEObject;
				T result = casePriorityAction(priorityAction);
				if (result == null) result = caseNamedElement(priorityAction);
				if (result == null) result = caseHelixElement(priorityAction);
				if (result == null) result = caseIdentifiable(priorityAction);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProgrammePackage.DELIVERABLE: {
				Deliverable deliverable = (Deliverable)theEObject;
				T result = caseDeliverable(deliverable);
				if (result == null) result = caseNamedElement(deliverable);
				if (result == null) result = caseHelixElement(deliverable);
				if (result == null) result = caseIdentifiable(deliverable);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProgrammePackage.RISK: {
				Risk risk = (Risk)theEObject;
				T result = caseRisk(risk);
				if (result == null) result = caseHelixElement(risk);
				if (result == null) result = caseIdentifiable(risk);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProgrammePackage.ANNUAL_PROGRAMME: {
				AnnualProgramme annualProgramme = (AnnualProgramme)theEObject;
				T result = caseAnnualProgramme(annualProgramme);
				if (result == null) result = caseHelixElement(annualProgramme);
				if (result == null) result = caseIdentifiable(annualProgramme);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProgrammePackage.GOVERNMENT_MANDATE: {
				GovernmentMandate governmentMandate = (GovernmentMandate)theEObject;
				T result = caseGovernmentMandate(governmentMandate);
				if (result == null) result = caseNamedElement(governmentMandate);
				if (result == null) result = caseHelixElement(governmentMandate);
				if (result == null) result = caseIdentifiable(governmentMandate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProgrammePackage.PROGRESS_REPORT: {
				ProgressReport progressReport = (ProgressReport)theEObject;
				T result = caseProgressReport(progressReport);
				if (result == null) result = caseNamedElement(progressReport);
				if (result == null) result = caseHelixElement(progressReport);
				if (result == null) result = caseIdentifiable(progressReport);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProgrammePackage.PLAN_BASELINE: {
				PlanBaseline planBaseline = (PlanBaseline)theEObject;
				T result = casePlanBaseline(planBaseline);
				if (result == null) result = caseNamedElement(planBaseline);
				if (result == null) result = caseHelixElement(planBaseline);
				if (result == null) result = caseIdentifiable(planBaseline);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProgrammePackage.ACTION_SNAPSHOT: {
				ActionSnapshot actionSnapshot = (ActionSnapshot)theEObject;
				T result = caseActionSnapshot(actionSnapshot);
				if (result == null) result = caseHelixElement(actionSnapshot);
				if (result == null) result = caseIdentifiable(actionSnapshot);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProgrammePackage.PROGRAMME_EVALUATION: {
				ProgrammeEvaluation programmeEvaluation = (ProgrammeEvaluation)theEObject;
				T result = caseProgrammeEvaluation(programmeEvaluation);
				if (result == null) result = caseNamedElement(programmeEvaluation);
				if (result == null) result = caseHelixElement(programmeEvaluation);
				if (result == null) result = caseIdentifiable(programmeEvaluation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ProgrammePackage.REALISATION: {
				Realisation realisation = (Realisation)theEObject;
				T result = caseRealisation(realisation);
				if (result == null) result = caseHelixElement(realisation);
				if (result == null) result = caseIdentifiable(realisation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Programme</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Programme</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProgramme(Programme object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dimension</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dimension</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDimension(Dimension object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Theme</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Theme</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTheme(Theme object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Objective</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Objective</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseObjective(Objective object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Recommendation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Recommendation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRecommendation(Recommendation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Priority Action</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Priority Action</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePriorityAction(PriorityAction object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Deliverable</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Deliverable</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDeliverable(Deliverable object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Risk</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Risk</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRisk(Risk object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Annual Programme</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Annual Programme</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAnnualProgramme(AnnualProgramme object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Government Mandate</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Government Mandate</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGovernmentMandate(GovernmentMandate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Progress Report</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Progress Report</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProgressReport(ProgressReport object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Plan Baseline</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Plan Baseline</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanBaseline(PlanBaseline object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Action Snapshot</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Action Snapshot</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseActionSnapshot(ActionSnapshot object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Evaluation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Evaluation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProgrammeEvaluation(ProgrammeEvaluation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Realisation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Realisation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRealisation(Realisation object) {
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

} //ProgrammeSwitch
