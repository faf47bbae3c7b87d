/**
 * Helix
 */
package org.helix.model.programme;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.Indicator;
import org.helix.model.core.Milestone;
import org.helix.model.core.NamedElement;

import org.helix.model.ecosystem.Actor;
import org.helix.model.ecosystem.Person;
import org.helix.model.ecosystem.PolicyInstrument;

import org.helix.model.governance.GovernanceBody;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Priority Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A priority action as action fiche: code, title, dimension, objectives, lead, project leader, group, scope, plan of approach, timing, deliverables, budget (null = unknown), KPIs, status, priority years, dependencies, risks (seed 001 L383-384, L2919-2981, L3309-3312).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.programme.PriorityAction#getCode <em>Code</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getStatus <em>Status</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getNewAction <em>New Action</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getScope <em>Scope</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getPlanOfApproach <em>Plan Of Approach</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getTiming <em>Timing</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getPriorityYears <em>Priority Years</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getBudgetPlanned <em>Budget Planned</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getBudgetCommitted <em>Budget Committed</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getBudgetSpent <em>Budget Spent</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getSelectionRationale <em>Selection Rationale</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getPlannedStart <em>Planned Start</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getPlannedEnd <em>Planned End</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getPercentComplete <em>Percent Complete</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getRagOverride <em>Rag Override</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getRagOverrideJustification <em>Rag Override Justification</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getRagOverrideDate <em>Rag Override Date</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getRecommendations <em>Recommendations</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getMandate <em>Mandate</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getLead <em>Lead</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getProjectLeader <em>Project Leader</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getGroup <em>Group</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getInvolvedActors <em>Involved Actors</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getInstruments <em>Instruments</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getKpis <em>Kpis</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getDependsOn <em>Depends On</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getRagOverrideBy <em>Rag Override By</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getDeliverables <em>Deliverables</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getMilestones <em>Milestones</em>}</li>
 *   <li>{@link org.helix.model.programme.PriorityAction#getRisks <em>Risks</em>}</li>
 * </ul>
 *
 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction()
 * @model
 * @generated
 */
public interface PriorityAction extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.PriorityAction#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.programme.ActionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.programme.ActionKind
	 * @see #setKind(ActionKind)
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_Kind()
	 * @model
	 * @generated
	 */
	ActionKind getKind();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.PriorityAction#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.programme.ActionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ActionKind value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.programme.ActionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.helix.model.programme.ActionStatus
	 * @see #setStatus(ActionStatus)
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_Status()
	 * @model
	 * @generated
	 */
	ActionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.PriorityAction#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.helix.model.programme.ActionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ActionStatus value);

	/**
	 * Returns the value of the '<em><b>New Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Action</em>' attribute.
	 * @see #setNewAction(Boolean)
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_NewAction()
	 * @model
	 * @generated
	 */
	Boolean getNewAction();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.PriorityAction#getNewAction <em>New Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Action</em>' attribute.
	 * @see #getNewAction()
	 * @generated
	 */
	void setNewAction(Boolean value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see #setScope(String)
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_Scope()
	 * @model
	 * @generated
	 */
	String getScope();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.PriorityAction#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(String value);

	/**
	 * Returns the value of the '<em><b>Plan Of Approach</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plan Of Approach</em>' attribute.
	 * @see #setPlanOfApproach(String)
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_PlanOfApproach()
	 * @model
	 * @generated
	 */
	String getPlanOfApproach();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.PriorityAction#getPlanOfApproach <em>Plan Of Approach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan Of Approach</em>' attribute.
	 * @see #getPlanOfApproach()
	 * @generated
	 */
	void setPlanOfApproach(String value);

	/**
	 * Returns the value of the '<em><b>Timing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timing</em>' attribute.
	 * @see #setTiming(String)
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_Timing()
	 * @model
	 * @generated
	 */
	String getTiming();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.PriorityAction#getTiming <em>Timing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timing</em>' attribute.
	 * @see #getTiming()
	 * @generated
	 */
	void setTiming(String value);

	/**
	 * Returns the value of the '<em><b>Priority Years</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority Years</em>' attribute list.
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_PriorityYears()
	 * @model
	 * @generated
	 */
	EList<Integer> getPriorityYears();

	/**
	 * Returns the value of the '<em><b>Budget Planned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget Planned</em>' attribute.
	 * @see #setBudgetPlanned(BigDecimal)
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_BudgetPlanned()
	 * @model
	 * @generated
	 */
	BigDecimal getBudgetPlanned();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.PriorityAction#getBudgetPlanned <em>Budget Planned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget Planned</em>' attribute.
	 * @see #getBudgetPlanned()
	 * @generated
	 */
	void setBudgetPlanned(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Budget Committed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget Committed</em>' attribute.
	 * @see #setBudgetCommitted(BigDecimal)
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_BudgetCommitted()
	 * @model
	 * @generated
	 */
	BigDecimal getBudgetCommitted();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.PriorityAction#getBudgetCommitted <em>Budget Committed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget Committed</em>' attribute.
	 * @see #getBudgetCommitted()
	 * @generated
	 */
	void setBudgetCommitted(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Budget Spent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget Spent</em>' attribute.
	 * @see #setBudgetSpent(BigDecimal)
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_BudgetSpent()
	 * @model
	 * @generated
	 */
	BigDecimal getBudgetSpent();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.PriorityAction#getBudgetSpent <em>Budget Spent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget Spent</em>' attribute.
	 * @see #getBudgetSpent()
	 * @generated
	 */
	void setBudgetSpent(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Selection Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Selection Rationale</em>' attribute.
	 * @see #setSelectionRationale(String)
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_SelectionRationale()
	 * @model
	 * @generated
	 */
	String getSelectionRationale();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.PriorityAction#getSelectionRationale <em>Selection Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Selection Rationale</em>' attribute.
	 * @see #getSelectionRationale()
	 * @generated
	 */
	void setSelectionRationale(String value);

	/**
	 * Returns the value of the '<em><b>Planned Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Coordinator tracking: the planned start date of the action; null = not planned (monitoring then derives it from the priority years).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Planned Start</em>' attribute.
	 * @see #setPlannedStart(LocalDate)
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_PlannedStart()
	 * @model dataType="org.helix.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getPlannedStart();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.PriorityAction#getPlannedStart <em>Planned Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Start</em>' attribute.
	 * @see #getPlannedStart()
	 * @generated
	 */
	void setPlannedStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Planned End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Coordinator tracking: the planned end date of the action; null = not planned (monitoring then derives it from deliverables, milestones and priority years).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Planned End</em>' attribute.
	 * @see #setPlannedEnd(LocalDate)
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_PlannedEnd()
	 * @model dataType="org.helix.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getPlannedEnd();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.PriorityAction#getPlannedEnd <em>Planned End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned End</em>' attribute.
	 * @see #getPlannedEnd()
	 * @generated
	 */
	void setPlannedEnd(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Percent Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Coordinator tracking: how far the action is, in percent from 0 to 100 (not a fraction); null = not reported (monitoring then derives progress from deliverables and milestones).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Percent Complete</em>' attribute.
	 * @see #setPercentComplete(Double)
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_PercentComplete()
	 * @model
	 * @generated
	 */
	Double getPercentComplete();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.PriorityAction#getPercentComplete <em>Percent Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Percent Complete</em>' attribute.
	 * @see #getPercentComplete()
	 * @generated
	 */
	void setPercentComplete(Double value);

	/**
	 * Returns the value of the '<em><b>Rag Override</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.programme.RagStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Coordinator tracking: a manual RAG status that overrules the computed one; UNSPECIFIED = no override. Needs a justification.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rag Override</em>' attribute.
	 * @see org.helix.model.programme.RagStatus
	 * @see #setRagOverride(RagStatus)
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_RagOverride()
	 * @model
	 * @generated
	 */
	RagStatus getRagOverride();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.PriorityAction#getRagOverride <em>Rag Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rag Override</em>' attribute.
	 * @see org.helix.model.programme.RagStatus
	 * @see #getRagOverride()
	 * @generated
	 */
	void setRagOverride(RagStatus value);

	/**
	 * Returns the value of the '<em><b>Rag Override Justification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the manual RAG status overrules the computed one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rag Override Justification</em>' attribute.
	 * @see #setRagOverrideJustification(String)
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_RagOverrideJustification()
	 * @model
	 * @generated
	 */
	String getRagOverrideJustification();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.PriorityAction#getRagOverrideJustification <em>Rag Override Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rag Override Justification</em>' attribute.
	 * @see #getRagOverrideJustification()
	 * @generated
	 */
	void setRagOverrideJustification(String value);

	/**
	 * Returns the value of the '<em><b>Rag Override Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the manual RAG status was set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rag Override Date</em>' attribute.
	 * @see #setRagOverrideDate(LocalDate)
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_RagOverrideDate()
	 * @model dataType="org.helix.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getRagOverrideDate();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.PriorityAction#getRagOverrideDate <em>Rag Override Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rag Override Date</em>' attribute.
	 * @see #getRagOverrideDate()
	 * @generated
	 */
	void setRagOverrideDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Dimensions</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.programme.Dimension}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimensions</em>' reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_Dimensions()
	 * @model
	 * @generated
	 */
	EList<Dimension> getDimensions();

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.programme.Objective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objectives</em>' reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_Objectives()
	 * @model
	 * @generated
	 */
	EList<Objective> getObjectives();

	/**
	 * Returns the value of the '<em><b>Recommendations</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.programme.Recommendation}.
	 * It is bidirectional and its opposite is '{@link org.helix.model.programme.Recommendation#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recommendations</em>' reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_Recommendations()
	 * @see org.helix.model.programme.Recommendation#getActions
	 * @model opposite="actions"
	 * @generated
	 */
	EList<Recommendation> getRecommendations();

	/**
	 * Returns the value of the '<em><b>Mandate</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mandate</em>' reference.
	 * @see #setMandate(GovernmentMandate)
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_Mandate()
	 * @model
	 * @generated
	 */
	GovernmentMandate getMandate();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.PriorityAction#getMandate <em>Mandate</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mandate</em>' reference.
	 * @see #getMandate()
	 * @generated
	 */
	void setMandate(GovernmentMandate value);

	/**
	 * Returns the value of the '<em><b>Lead</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lead</em>' reference.
	 * @see #setLead(Actor)
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_Lead()
	 * @model
	 * @generated
	 */
	Actor getLead();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.PriorityAction#getLead <em>Lead</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lead</em>' reference.
	 * @see #getLead()
	 * @generated
	 */
	void setLead(Actor value);

	/**
	 * Returns the value of the '<em><b>Project Leader</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Project Leader</em>' reference.
	 * @see #setProjectLeader(Person)
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_ProjectLeader()
	 * @model
	 * @generated
	 */
	Person getProjectLeader();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.PriorityAction#getProjectLeader <em>Project Leader</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Project Leader</em>' reference.
	 * @see #getProjectLeader()
	 * @generated
	 */
	void setProjectLeader(Person value);

	/**
	 * Returns the value of the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' reference.
	 * @see #setGroup(GovernanceBody)
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_Group()
	 * @model
	 * @generated
	 */
	GovernanceBody getGroup();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.PriorityAction#getGroup <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' reference.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(GovernanceBody value);

	/**
	 * Returns the value of the '<em><b>Involved Actors</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Involved Actors</em>' reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_InvolvedActors()
	 * @model
	 * @generated
	 */
	EList<Actor> getInvolvedActors();

	/**
	 * Returns the value of the '<em><b>Instruments</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.PolicyInstrument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instruments</em>' reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_Instruments()
	 * @model
	 * @generated
	 */
	EList<PolicyInstrument> getInstruments();

	/**
	 * Returns the value of the '<em><b>Kpis</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.core.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kpis</em>' reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_Kpis()
	 * @model
	 * @generated
	 */
	EList<Indicator> getKpis();

	/**
	 * Returns the value of the '<em><b>Depends On</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.programme.PriorityAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Depends On</em>' reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_DependsOn()
	 * @model
	 * @generated
	 */
	EList<PriorityAction> getDependsOn();

	/**
	 * Returns the value of the '<em><b>Rag Override By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who set the manual RAG status (usually the programme coordinator).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rag Override By</em>' reference.
	 * @see #setRagOverrideBy(Actor)
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_RagOverrideBy()
	 * @model
	 * @generated
	 */
	Actor getRagOverrideBy();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.PriorityAction#getRagOverrideBy <em>Rag Override By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rag Override By</em>' reference.
	 * @see #getRagOverrideBy()
	 * @generated
	 */
	void setRagOverrideBy(Actor value);

	/**
	 * Returns the value of the '<em><b>Deliverables</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.programme.Deliverable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deliverables</em>' containment reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_Deliverables()
	 * @model containment="true"
	 * @generated
	 */
	EList<Deliverable> getDeliverables();

	/**
	 * Returns the value of the '<em><b>Milestones</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.core.Milestone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Milestones</em>' containment reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_Milestones()
	 * @model containment="true"
	 * @generated
	 */
	EList<Milestone> getMilestones();

	/**
	 * Returns the value of the '<em><b>Risks</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.programme.Risk}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Risks</em>' containment reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getPriorityAction_Risks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Risk> getRisks();

} // PriorityAction
