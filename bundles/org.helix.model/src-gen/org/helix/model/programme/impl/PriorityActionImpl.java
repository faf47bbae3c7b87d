/**
 * Helix
 */
package org.helix.model.programme.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.model.core.Indicator;
import org.helix.model.core.Milestone;

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.ecosystem.Actor;
import org.helix.model.ecosystem.Person;
import org.helix.model.ecosystem.PolicyInstrument;

import org.helix.model.governance.GovernanceBody;

import org.helix.model.programme.ActionKind;
import org.helix.model.programme.ActionStatus;
import org.helix.model.programme.Deliverable;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.GovernmentMandate;
import org.helix.model.programme.Objective;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.ProgrammePackage;
import org.helix.model.programme.RagStatus;
import org.helix.model.programme.Recommendation;
import org.helix.model.programme.Risk;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Priority Action</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getNewAction <em>New Action</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getPlanOfApproach <em>Plan Of Approach</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getTiming <em>Timing</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getPriorityYears <em>Priority Years</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getBudgetPlanned <em>Budget Planned</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getBudgetCommitted <em>Budget Committed</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getBudgetSpent <em>Budget Spent</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getSelectionRationale <em>Selection Rationale</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getPlannedStart <em>Planned Start</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getPlannedEnd <em>Planned End</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getPercentComplete <em>Percent Complete</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getRagOverride <em>Rag Override</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getRagOverrideJustification <em>Rag Override Justification</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getRagOverrideDate <em>Rag Override Date</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getRecommendations <em>Recommendations</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getMandate <em>Mandate</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getLead <em>Lead</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getProjectLeader <em>Project Leader</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getInvolvedActors <em>Involved Actors</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getInstruments <em>Instruments</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getKpis <em>Kpis</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getDependsOn <em>Depends On</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getRagOverrideBy <em>Rag Override By</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getDeliverables <em>Deliverables</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getMilestones <em>Milestones</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.PriorityActionImpl#getRisks <em>Risks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PriorityActionImpl extends NamedElementImpl implements PriorityAction {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ActionKind KIND_EDEFAULT = ActionKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ActionKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ActionStatus STATUS_EDEFAULT = ActionStatus.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ActionStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewAction() <em>New Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewAction()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean NEW_ACTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNewAction() <em>New Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewAction()
	 * @generated
	 * @ordered
	 */
	protected Boolean newAction = NEW_ACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final String SCOPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected String scope = SCOPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlanOfApproach() <em>Plan Of Approach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanOfApproach()
	 * @generated
	 * @ordered
	 */
	protected static final String PLAN_OF_APPROACH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlanOfApproach() <em>Plan Of Approach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanOfApproach()
	 * @generated
	 * @ordered
	 */
	protected String planOfApproach = PLAN_OF_APPROACH_EDEFAULT;

	/**
	 * The default value of the '{@link #getTiming() <em>Timing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTiming()
	 * @generated
	 * @ordered
	 */
	protected static final String TIMING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTiming() <em>Timing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTiming()
	 * @generated
	 * @ordered
	 */
	protected String timing = TIMING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPriorityYears() <em>Priority Years</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriorityYears()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> priorityYears;

	/**
	 * The default value of the '{@link #getBudgetPlanned() <em>Budget Planned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetPlanned()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BUDGET_PLANNED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBudgetPlanned() <em>Budget Planned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetPlanned()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal budgetPlanned = BUDGET_PLANNED_EDEFAULT;

	/**
	 * The default value of the '{@link #getBudgetCommitted() <em>Budget Committed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetCommitted()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BUDGET_COMMITTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBudgetCommitted() <em>Budget Committed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetCommitted()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal budgetCommitted = BUDGET_COMMITTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getBudgetSpent() <em>Budget Spent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetSpent()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BUDGET_SPENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBudgetSpent() <em>Budget Spent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetSpent()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal budgetSpent = BUDGET_SPENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSelectionRationale() <em>Selection Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelectionRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String SELECTION_RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSelectionRationale() <em>Selection Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelectionRationale()
	 * @generated
	 * @ordered
	 */
	protected String selectionRationale = SELECTION_RATIONALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedStart() <em>Planned Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PLANNED_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedStart() <em>Planned Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate plannedStart = PLANNED_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedEnd() <em>Planned End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PLANNED_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedEnd() <em>Planned End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalDate plannedEnd = PLANNED_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getPercentComplete() <em>Percent Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercentComplete()
	 * @generated
	 * @ordered
	 */
	protected static final Double PERCENT_COMPLETE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPercentComplete() <em>Percent Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercentComplete()
	 * @generated
	 * @ordered
	 */
	protected Double percentComplete = PERCENT_COMPLETE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRagOverride() <em>Rag Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRagOverride()
	 * @generated
	 * @ordered
	 */
	protected static final RagStatus RAG_OVERRIDE_EDEFAULT = RagStatus.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getRagOverride() <em>Rag Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRagOverride()
	 * @generated
	 * @ordered
	 */
	protected RagStatus ragOverride = RAG_OVERRIDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRagOverrideJustification() <em>Rag Override Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRagOverrideJustification()
	 * @generated
	 * @ordered
	 */
	protected static final String RAG_OVERRIDE_JUSTIFICATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRagOverrideJustification() <em>Rag Override Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRagOverrideJustification()
	 * @generated
	 * @ordered
	 */
	protected String ragOverrideJustification = RAG_OVERRIDE_JUSTIFICATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRagOverrideDate() <em>Rag Override Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRagOverrideDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RAG_OVERRIDE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRagOverrideDate() <em>Rag Override Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRagOverrideDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate ragOverrideDate = RAG_OVERRIDE_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDimensions() <em>Dimensions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimensions()
	 * @generated
	 * @ordered
	 */
	protected EList<Dimension> dimensions;

	/**
	 * The cached value of the '{@link #getObjectives() <em>Objectives</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectives()
	 * @generated
	 * @ordered
	 */
	protected EList<Objective> objectives;

	/**
	 * The cached value of the '{@link #getRecommendations() <em>Recommendations</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendations()
	 * @generated
	 * @ordered
	 */
	protected EList<Recommendation> recommendations;

	/**
	 * The cached value of the '{@link #getMandate() <em>Mandate</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMandate()
	 * @generated
	 * @ordered
	 */
	protected GovernmentMandate mandate;

	/**
	 * The cached value of the '{@link #getLead() <em>Lead</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLead()
	 * @generated
	 * @ordered
	 */
	protected Actor lead;

	/**
	 * The cached value of the '{@link #getProjectLeader() <em>Project Leader</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjectLeader()
	 * @generated
	 * @ordered
	 */
	protected Person projectLeader;

	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected GovernanceBody group;

	/**
	 * The cached value of the '{@link #getInvolvedActors() <em>Involved Actors</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInvolvedActors()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> involvedActors;

	/**
	 * The cached value of the '{@link #getInstruments() <em>Instruments</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstruments()
	 * @generated
	 * @ordered
	 */
	protected EList<PolicyInstrument> instruments;

	/**
	 * The cached value of the '{@link #getKpis() <em>Kpis</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpis()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> kpis;

	/**
	 * The cached value of the '{@link #getDependsOn() <em>Depends On</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDependsOn()
	 * @generated
	 * @ordered
	 */
	protected EList<PriorityAction> dependsOn;

	/**
	 * The cached value of the '{@link #getRagOverrideBy() <em>Rag Override By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRagOverrideBy()
	 * @generated
	 * @ordered
	 */
	protected Actor ragOverrideBy;

	/**
	 * The cached value of the '{@link #getDeliverables() <em>Deliverables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliverables()
	 * @generated
	 * @ordered
	 */
	protected EList<Deliverable> deliverables;

	/**
	 * The cached value of the '{@link #getMilestones() <em>Milestones</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMilestones()
	 * @generated
	 * @ordered
	 */
	protected EList<Milestone> milestones;

	/**
	 * The cached value of the '{@link #getRisks() <em>Risks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRisks()
	 * @generated
	 * @ordered
	 */
	protected EList<Risk> risks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PriorityActionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProgrammePackage.Literals.PRIORITY_ACTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PRIORITY_ACTION__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ActionKind newKind) {
		ActionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PRIORITY_ACTION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ActionStatus newStatus) {
		ActionStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PRIORITY_ACTION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getNewAction() {
		return newAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewAction(Boolean newNewAction) {
		Boolean oldNewAction = newAction;
		newAction = newNewAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PRIORITY_ACTION__NEW_ACTION, oldNewAction, newAction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(String newScope) {
		String oldScope = scope;
		scope = newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PRIORITY_ACTION__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlanOfApproach() {
		return planOfApproach;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlanOfApproach(String newPlanOfApproach) {
		String oldPlanOfApproach = planOfApproach;
		planOfApproach = newPlanOfApproach;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PRIORITY_ACTION__PLAN_OF_APPROACH, oldPlanOfApproach, planOfApproach));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTiming() {
		return timing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTiming(String newTiming) {
		String oldTiming = timing;
		timing = newTiming;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PRIORITY_ACTION__TIMING, oldTiming, timing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getPriorityYears() {
		if (priorityYears == null) {
			priorityYears = new EDataTypeUniqueEList<Integer>(Integer.class, this, ProgrammePackage.PRIORITY_ACTION__PRIORITY_YEARS);
		}
		return priorityYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBudgetPlanned() {
		return budgetPlanned;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudgetPlanned(BigDecimal newBudgetPlanned) {
		BigDecimal oldBudgetPlanned = budgetPlanned;
		budgetPlanned = newBudgetPlanned;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PRIORITY_ACTION__BUDGET_PLANNED, oldBudgetPlanned, budgetPlanned));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBudgetCommitted() {
		return budgetCommitted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudgetCommitted(BigDecimal newBudgetCommitted) {
		BigDecimal oldBudgetCommitted = budgetCommitted;
		budgetCommitted = newBudgetCommitted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PRIORITY_ACTION__BUDGET_COMMITTED, oldBudgetCommitted, budgetCommitted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBudgetSpent() {
		return budgetSpent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudgetSpent(BigDecimal newBudgetSpent) {
		BigDecimal oldBudgetSpent = budgetSpent;
		budgetSpent = newBudgetSpent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PRIORITY_ACTION__BUDGET_SPENT, oldBudgetSpent, budgetSpent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSelectionRationale() {
		return selectionRationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSelectionRationale(String newSelectionRationale) {
		String oldSelectionRationale = selectionRationale;
		selectionRationale = newSelectionRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PRIORITY_ACTION__SELECTION_RATIONALE, oldSelectionRationale, selectionRationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPlannedStart() {
		return plannedStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedStart(LocalDate newPlannedStart) {
		LocalDate oldPlannedStart = plannedStart;
		plannedStart = newPlannedStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PRIORITY_ACTION__PLANNED_START, oldPlannedStart, plannedStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPlannedEnd() {
		return plannedEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedEnd(LocalDate newPlannedEnd) {
		LocalDate oldPlannedEnd = plannedEnd;
		plannedEnd = newPlannedEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PRIORITY_ACTION__PLANNED_END, oldPlannedEnd, plannedEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getPercentComplete() {
		return percentComplete;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPercentComplete(Double newPercentComplete) {
		Double oldPercentComplete = percentComplete;
		percentComplete = newPercentComplete;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PRIORITY_ACTION__PERCENT_COMPLETE, oldPercentComplete, percentComplete));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RagStatus getRagOverride() {
		return ragOverride;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRagOverride(RagStatus newRagOverride) {
		RagStatus oldRagOverride = ragOverride;
		ragOverride = newRagOverride == null ? RAG_OVERRIDE_EDEFAULT : newRagOverride;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PRIORITY_ACTION__RAG_OVERRIDE, oldRagOverride, ragOverride));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRagOverrideJustification() {
		return ragOverrideJustification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRagOverrideJustification(String newRagOverrideJustification) {
		String oldRagOverrideJustification = ragOverrideJustification;
		ragOverrideJustification = newRagOverrideJustification;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PRIORITY_ACTION__RAG_OVERRIDE_JUSTIFICATION, oldRagOverrideJustification, ragOverrideJustification));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getRagOverrideDate() {
		return ragOverrideDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRagOverrideDate(LocalDate newRagOverrideDate) {
		LocalDate oldRagOverrideDate = ragOverrideDate;
		ragOverrideDate = newRagOverrideDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PRIORITY_ACTION__RAG_OVERRIDE_DATE, oldRagOverrideDate, ragOverrideDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Dimension> getDimensions() {
		if (dimensions == null) {
			dimensions = new EObjectResolvingEList<Dimension>(Dimension.class, this, ProgrammePackage.PRIORITY_ACTION__DIMENSIONS);
		}
		return dimensions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Objective> getObjectives() {
		if (objectives == null) {
			objectives = new EObjectResolvingEList<Objective>(Objective.class, this, ProgrammePackage.PRIORITY_ACTION__OBJECTIVES);
		}
		return objectives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Recommendation> getRecommendations() {
		if (recommendations == null) {
			recommendations = new EObjectWithInverseResolvingEList.ManyInverse<Recommendation>(Recommendation.class, this, ProgrammePackage.PRIORITY_ACTION__RECOMMENDATIONS, ProgrammePackage.RECOMMENDATION__ACTIONS);
		}
		return recommendations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernmentMandate getMandate() {
		if (mandate != null && mandate.eIsProxy()) {
			InternalEObject oldMandate = (InternalEObject)mandate;
			mandate = (GovernmentMandate)eResolveProxy(oldMandate);
			if (mandate != oldMandate) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProgrammePackage.PRIORITY_ACTION__MANDATE, oldMandate, mandate));
			}
		}
		return mandate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GovernmentMandate basicGetMandate() {
		return mandate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMandate(GovernmentMandate newMandate) {
		GovernmentMandate oldMandate = mandate;
		mandate = newMandate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PRIORITY_ACTION__MANDATE, oldMandate, mandate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getLead() {
		if (lead != null && lead.eIsProxy()) {
			InternalEObject oldLead = (InternalEObject)lead;
			lead = (Actor)eResolveProxy(oldLead);
			if (lead != oldLead) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProgrammePackage.PRIORITY_ACTION__LEAD, oldLead, lead));
			}
		}
		return lead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetLead() {
		return lead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLead(Actor newLead) {
		Actor oldLead = lead;
		lead = newLead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PRIORITY_ACTION__LEAD, oldLead, lead));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getProjectLeader() {
		if (projectLeader != null && projectLeader.eIsProxy()) {
			InternalEObject oldProjectLeader = (InternalEObject)projectLeader;
			projectLeader = (Person)eResolveProxy(oldProjectLeader);
			if (projectLeader != oldProjectLeader) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProgrammePackage.PRIORITY_ACTION__PROJECT_LEADER, oldProjectLeader, projectLeader));
			}
		}
		return projectLeader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetProjectLeader() {
		return projectLeader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProjectLeader(Person newProjectLeader) {
		Person oldProjectLeader = projectLeader;
		projectLeader = newProjectLeader;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PRIORITY_ACTION__PROJECT_LEADER, oldProjectLeader, projectLeader));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernanceBody getGroup() {
		if (group != null && group.eIsProxy()) {
			InternalEObject oldGroup = (InternalEObject)group;
			group = (GovernanceBody)eResolveProxy(oldGroup);
			if (group != oldGroup) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProgrammePackage.PRIORITY_ACTION__GROUP, oldGroup, group));
			}
		}
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GovernanceBody basicGetGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(GovernanceBody newGroup) {
		GovernanceBody oldGroup = group;
		group = newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PRIORITY_ACTION__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getInvolvedActors() {
		if (involvedActors == null) {
			involvedActors = new EObjectResolvingEList<Actor>(Actor.class, this, ProgrammePackage.PRIORITY_ACTION__INVOLVED_ACTORS);
		}
		return involvedActors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PolicyInstrument> getInstruments() {
		if (instruments == null) {
			instruments = new EObjectResolvingEList<PolicyInstrument>(PolicyInstrument.class, this, ProgrammePackage.PRIORITY_ACTION__INSTRUMENTS);
		}
		return instruments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getKpis() {
		if (kpis == null) {
			kpis = new EObjectResolvingEList<Indicator>(Indicator.class, this, ProgrammePackage.PRIORITY_ACTION__KPIS);
		}
		return kpis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PriorityAction> getDependsOn() {
		if (dependsOn == null) {
			dependsOn = new EObjectResolvingEList<PriorityAction>(PriorityAction.class, this, ProgrammePackage.PRIORITY_ACTION__DEPENDS_ON);
		}
		return dependsOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getRagOverrideBy() {
		if (ragOverrideBy != null && ragOverrideBy.eIsProxy()) {
			InternalEObject oldRagOverrideBy = (InternalEObject)ragOverrideBy;
			ragOverrideBy = (Actor)eResolveProxy(oldRagOverrideBy);
			if (ragOverrideBy != oldRagOverrideBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProgrammePackage.PRIORITY_ACTION__RAG_OVERRIDE_BY, oldRagOverrideBy, ragOverrideBy));
			}
		}
		return ragOverrideBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetRagOverrideBy() {
		return ragOverrideBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRagOverrideBy(Actor newRagOverrideBy) {
		Actor oldRagOverrideBy = ragOverrideBy;
		ragOverrideBy = newRagOverrideBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PRIORITY_ACTION__RAG_OVERRIDE_BY, oldRagOverrideBy, ragOverrideBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Deliverable> getDeliverables() {
		if (deliverables == null) {
			deliverables = new EObjectContainmentEList<Deliverable>(Deliverable.class, this, ProgrammePackage.PRIORITY_ACTION__DELIVERABLES);
		}
		return deliverables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Milestone> getMilestones() {
		if (milestones == null) {
			milestones = new EObjectContainmentEList<Milestone>(Milestone.class, this, ProgrammePackage.PRIORITY_ACTION__MILESTONES);
		}
		return milestones;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Risk> getRisks() {
		if (risks == null) {
			risks = new EObjectContainmentEList<Risk>(Risk.class, this, ProgrammePackage.PRIORITY_ACTION__RISKS);
		}
		return risks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProgrammePackage.PRIORITY_ACTION__RECOMMENDATIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getRecommendations()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProgrammePackage.PRIORITY_ACTION__RECOMMENDATIONS:
				return ((InternalEList<?>)getRecommendations()).basicRemove(otherEnd, msgs);
			case ProgrammePackage.PRIORITY_ACTION__DELIVERABLES:
				return ((InternalEList<?>)getDeliverables()).basicRemove(otherEnd, msgs);
			case ProgrammePackage.PRIORITY_ACTION__MILESTONES:
				return ((InternalEList<?>)getMilestones()).basicRemove(otherEnd, msgs);
			case ProgrammePackage.PRIORITY_ACTION__RISKS:
				return ((InternalEList<?>)getRisks()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProgrammePackage.PRIORITY_ACTION__CODE:
				return getCode();
			case ProgrammePackage.PRIORITY_ACTION__KIND:
				return getKind();
			case ProgrammePackage.PRIORITY_ACTION__STATUS:
				return getStatus();
			case ProgrammePackage.PRIORITY_ACTION__NEW_ACTION:
				return getNewAction();
			case ProgrammePackage.PRIORITY_ACTION__SCOPE:
				return getScope();
			case ProgrammePackage.PRIORITY_ACTION__PLAN_OF_APPROACH:
				return getPlanOfApproach();
			case ProgrammePackage.PRIORITY_ACTION__TIMING:
				return getTiming();
			case ProgrammePackage.PRIORITY_ACTION__PRIORITY_YEARS:
				return getPriorityYears();
			case ProgrammePackage.PRIORITY_ACTION__BUDGET_PLANNED:
				return getBudgetPlanned();
			case ProgrammePackage.PRIORITY_ACTION__BUDGET_COMMITTED:
				return getBudgetCommitted();
			case ProgrammePackage.PRIORITY_ACTION__BUDGET_SPENT:
				return getBudgetSpent();
			case ProgrammePackage.PRIORITY_ACTION__SELECTION_RATIONALE:
				return getSelectionRationale();
			case ProgrammePackage.PRIORITY_ACTION__PLANNED_START:
				return getPlannedStart();
			case ProgrammePackage.PRIORITY_ACTION__PLANNED_END:
				return getPlannedEnd();
			case ProgrammePackage.PRIORITY_ACTION__PERCENT_COMPLETE:
				return getPercentComplete();
			case ProgrammePackage.PRIORITY_ACTION__RAG_OVERRIDE:
				return getRagOverride();
			case ProgrammePackage.PRIORITY_ACTION__RAG_OVERRIDE_JUSTIFICATION:
				return getRagOverrideJustification();
			case ProgrammePackage.PRIORITY_ACTION__RAG_OVERRIDE_DATE:
				return getRagOverrideDate();
			case ProgrammePackage.PRIORITY_ACTION__DIMENSIONS:
				return getDimensions();
			case ProgrammePackage.PRIORITY_ACTION__OBJECTIVES:
				return getObjectives();
			case ProgrammePackage.PRIORITY_ACTION__RECOMMENDATIONS:
				return getRecommendations();
			case ProgrammePackage.PRIORITY_ACTION__MANDATE:
				if (resolve) return getMandate();
				return basicGetMandate();
			case ProgrammePackage.PRIORITY_ACTION__LEAD:
				if (resolve) return getLead();
				return basicGetLead();
			case ProgrammePackage.PRIORITY_ACTION__PROJECT_LEADER:
				if (resolve) return getProjectLeader();
				return basicGetProjectLeader();
			case ProgrammePackage.PRIORITY_ACTION__GROUP:
				if (resolve) return getGroup();
				return basicGetGroup();
			case ProgrammePackage.PRIORITY_ACTION__INVOLVED_ACTORS:
				return getInvolvedActors();
			case ProgrammePackage.PRIORITY_ACTION__INSTRUMENTS:
				return getInstruments();
			case ProgrammePackage.PRIORITY_ACTION__KPIS:
				return getKpis();
			case ProgrammePackage.PRIORITY_ACTION__DEPENDS_ON:
				return getDependsOn();
			case ProgrammePackage.PRIORITY_ACTION__RAG_OVERRIDE_BY:
				if (resolve) return getRagOverrideBy();
				return basicGetRagOverrideBy();
			case ProgrammePackage.PRIORITY_ACTION__DELIVERABLES:
				return getDeliverables();
			case ProgrammePackage.PRIORITY_ACTION__MILESTONES:
				return getMilestones();
			case ProgrammePackage.PRIORITY_ACTION__RISKS:
				return getRisks();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ProgrammePackage.PRIORITY_ACTION__CODE:
				setCode((String)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__KIND:
				setKind((ActionKind)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__STATUS:
				setStatus((ActionStatus)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__NEW_ACTION:
				setNewAction((Boolean)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__SCOPE:
				setScope((String)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__PLAN_OF_APPROACH:
				setPlanOfApproach((String)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__TIMING:
				setTiming((String)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__PRIORITY_YEARS:
				getPriorityYears().clear();
				getPriorityYears().addAll((Collection<? extends Integer>)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__BUDGET_PLANNED:
				setBudgetPlanned((BigDecimal)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__BUDGET_COMMITTED:
				setBudgetCommitted((BigDecimal)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__BUDGET_SPENT:
				setBudgetSpent((BigDecimal)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__SELECTION_RATIONALE:
				setSelectionRationale((String)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__PLANNED_START:
				setPlannedStart((LocalDate)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__PLANNED_END:
				setPlannedEnd((LocalDate)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__PERCENT_COMPLETE:
				setPercentComplete((Double)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__RAG_OVERRIDE:
				setRagOverride((RagStatus)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__RAG_OVERRIDE_JUSTIFICATION:
				setRagOverrideJustification((String)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__RAG_OVERRIDE_DATE:
				setRagOverrideDate((LocalDate)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__DIMENSIONS:
				getDimensions().clear();
				getDimensions().addAll((Collection<? extends Dimension>)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__OBJECTIVES:
				getObjectives().clear();
				getObjectives().addAll((Collection<? extends Objective>)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__RECOMMENDATIONS:
				getRecommendations().clear();
				getRecommendations().addAll((Collection<? extends Recommendation>)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__MANDATE:
				setMandate((GovernmentMandate)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__LEAD:
				setLead((Actor)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__PROJECT_LEADER:
				setProjectLeader((Person)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__GROUP:
				setGroup((GovernanceBody)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__INVOLVED_ACTORS:
				getInvolvedActors().clear();
				getInvolvedActors().addAll((Collection<? extends Actor>)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__INSTRUMENTS:
				getInstruments().clear();
				getInstruments().addAll((Collection<? extends PolicyInstrument>)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__KPIS:
				getKpis().clear();
				getKpis().addAll((Collection<? extends Indicator>)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__DEPENDS_ON:
				getDependsOn().clear();
				getDependsOn().addAll((Collection<? extends PriorityAction>)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__RAG_OVERRIDE_BY:
				setRagOverrideBy((Actor)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__DELIVERABLES:
				getDeliverables().clear();
				getDeliverables().addAll((Collection<? extends Deliverable>)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__MILESTONES:
				getMilestones().clear();
				getMilestones().addAll((Collection<? extends Milestone>)newValue);
				return;
			case ProgrammePackage.PRIORITY_ACTION__RISKS:
				getRisks().clear();
				getRisks().addAll((Collection<? extends Risk>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ProgrammePackage.PRIORITY_ACTION__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case ProgrammePackage.PRIORITY_ACTION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ProgrammePackage.PRIORITY_ACTION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ProgrammePackage.PRIORITY_ACTION__NEW_ACTION:
				setNewAction(NEW_ACTION_EDEFAULT);
				return;
			case ProgrammePackage.PRIORITY_ACTION__SCOPE:
				setScope(SCOPE_EDEFAULT);
				return;
			case ProgrammePackage.PRIORITY_ACTION__PLAN_OF_APPROACH:
				setPlanOfApproach(PLAN_OF_APPROACH_EDEFAULT);
				return;
			case ProgrammePackage.PRIORITY_ACTION__TIMING:
				setTiming(TIMING_EDEFAULT);
				return;
			case ProgrammePackage.PRIORITY_ACTION__PRIORITY_YEARS:
				getPriorityYears().clear();
				return;
			case ProgrammePackage.PRIORITY_ACTION__BUDGET_PLANNED:
				setBudgetPlanned(BUDGET_PLANNED_EDEFAULT);
				return;
			case ProgrammePackage.PRIORITY_ACTION__BUDGET_COMMITTED:
				setBudgetCommitted(BUDGET_COMMITTED_EDEFAULT);
				return;
			case ProgrammePackage.PRIORITY_ACTION__BUDGET_SPENT:
				setBudgetSpent(BUDGET_SPENT_EDEFAULT);
				return;
			case ProgrammePackage.PRIORITY_ACTION__SELECTION_RATIONALE:
				setSelectionRationale(SELECTION_RATIONALE_EDEFAULT);
				return;
			case ProgrammePackage.PRIORITY_ACTION__PLANNED_START:
				setPlannedStart(PLANNED_START_EDEFAULT);
				return;
			case ProgrammePackage.PRIORITY_ACTION__PLANNED_END:
				setPlannedEnd(PLANNED_END_EDEFAULT);
				return;
			case ProgrammePackage.PRIORITY_ACTION__PERCENT_COMPLETE:
				setPercentComplete(PERCENT_COMPLETE_EDEFAULT);
				return;
			case ProgrammePackage.PRIORITY_ACTION__RAG_OVERRIDE:
				setRagOverride(RAG_OVERRIDE_EDEFAULT);
				return;
			case ProgrammePackage.PRIORITY_ACTION__RAG_OVERRIDE_JUSTIFICATION:
				setRagOverrideJustification(RAG_OVERRIDE_JUSTIFICATION_EDEFAULT);
				return;
			case ProgrammePackage.PRIORITY_ACTION__RAG_OVERRIDE_DATE:
				setRagOverrideDate(RAG_OVERRIDE_DATE_EDEFAULT);
				return;
			case ProgrammePackage.PRIORITY_ACTION__DIMENSIONS:
				getDimensions().clear();
				return;
			case ProgrammePackage.PRIORITY_ACTION__OBJECTIVES:
				getObjectives().clear();
				return;
			case ProgrammePackage.PRIORITY_ACTION__RECOMMENDATIONS:
				getRecommendations().clear();
				return;
			case ProgrammePackage.PRIORITY_ACTION__MANDATE:
				setMandate((GovernmentMandate)null);
				return;
			case ProgrammePackage.PRIORITY_ACTION__LEAD:
				setLead((Actor)null);
				return;
			case ProgrammePackage.PRIORITY_ACTION__PROJECT_LEADER:
				setProjectLeader((Person)null);
				return;
			case ProgrammePackage.PRIORITY_ACTION__GROUP:
				setGroup((GovernanceBody)null);
				return;
			case ProgrammePackage.PRIORITY_ACTION__INVOLVED_ACTORS:
				getInvolvedActors().clear();
				return;
			case ProgrammePackage.PRIORITY_ACTION__INSTRUMENTS:
				getInstruments().clear();
				return;
			case ProgrammePackage.PRIORITY_ACTION__KPIS:
				getKpis().clear();
				return;
			case ProgrammePackage.PRIORITY_ACTION__DEPENDS_ON:
				getDependsOn().clear();
				return;
			case ProgrammePackage.PRIORITY_ACTION__RAG_OVERRIDE_BY:
				setRagOverrideBy((Actor)null);
				return;
			case ProgrammePackage.PRIORITY_ACTION__DELIVERABLES:
				getDeliverables().clear();
				return;
			case ProgrammePackage.PRIORITY_ACTION__MILESTONES:
				getMilestones().clear();
				return;
			case ProgrammePackage.PRIORITY_ACTION__RISKS:
				getRisks().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ProgrammePackage.PRIORITY_ACTION__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case ProgrammePackage.PRIORITY_ACTION__KIND:
				return kind != KIND_EDEFAULT;
			case ProgrammePackage.PRIORITY_ACTION__STATUS:
				return status != STATUS_EDEFAULT;
			case ProgrammePackage.PRIORITY_ACTION__NEW_ACTION:
				return NEW_ACTION_EDEFAULT == null ? newAction != null : !NEW_ACTION_EDEFAULT.equals(newAction);
			case ProgrammePackage.PRIORITY_ACTION__SCOPE:
				return SCOPE_EDEFAULT == null ? scope != null : !SCOPE_EDEFAULT.equals(scope);
			case ProgrammePackage.PRIORITY_ACTION__PLAN_OF_APPROACH:
				return PLAN_OF_APPROACH_EDEFAULT == null ? planOfApproach != null : !PLAN_OF_APPROACH_EDEFAULT.equals(planOfApproach);
			case ProgrammePackage.PRIORITY_ACTION__TIMING:
				return TIMING_EDEFAULT == null ? timing != null : !TIMING_EDEFAULT.equals(timing);
			case ProgrammePackage.PRIORITY_ACTION__PRIORITY_YEARS:
				return priorityYears != null && !priorityYears.isEmpty();
			case ProgrammePackage.PRIORITY_ACTION__BUDGET_PLANNED:
				return BUDGET_PLANNED_EDEFAULT == null ? budgetPlanned != null : !BUDGET_PLANNED_EDEFAULT.equals(budgetPlanned);
			case ProgrammePackage.PRIORITY_ACTION__BUDGET_COMMITTED:
				return BUDGET_COMMITTED_EDEFAULT == null ? budgetCommitted != null : !BUDGET_COMMITTED_EDEFAULT.equals(budgetCommitted);
			case ProgrammePackage.PRIORITY_ACTION__BUDGET_SPENT:
				return BUDGET_SPENT_EDEFAULT == null ? budgetSpent != null : !BUDGET_SPENT_EDEFAULT.equals(budgetSpent);
			case ProgrammePackage.PRIORITY_ACTION__SELECTION_RATIONALE:
				return SELECTION_RATIONALE_EDEFAULT == null ? selectionRationale != null : !SELECTION_RATIONALE_EDEFAULT.equals(selectionRationale);
			case ProgrammePackage.PRIORITY_ACTION__PLANNED_START:
				return PLANNED_START_EDEFAULT == null ? plannedStart != null : !PLANNED_START_EDEFAULT.equals(plannedStart);
			case ProgrammePackage.PRIORITY_ACTION__PLANNED_END:
				return PLANNED_END_EDEFAULT == null ? plannedEnd != null : !PLANNED_END_EDEFAULT.equals(plannedEnd);
			case ProgrammePackage.PRIORITY_ACTION__PERCENT_COMPLETE:
				return PERCENT_COMPLETE_EDEFAULT == null ? percentComplete != null : !PERCENT_COMPLETE_EDEFAULT.equals(percentComplete);
			case ProgrammePackage.PRIORITY_ACTION__RAG_OVERRIDE:
				return ragOverride != RAG_OVERRIDE_EDEFAULT;
			case ProgrammePackage.PRIORITY_ACTION__RAG_OVERRIDE_JUSTIFICATION:
				return RAG_OVERRIDE_JUSTIFICATION_EDEFAULT == null ? ragOverrideJustification != null : !RAG_OVERRIDE_JUSTIFICATION_EDEFAULT.equals(ragOverrideJustification);
			case ProgrammePackage.PRIORITY_ACTION__RAG_OVERRIDE_DATE:
				return RAG_OVERRIDE_DATE_EDEFAULT == null ? ragOverrideDate != null : !RAG_OVERRIDE_DATE_EDEFAULT.equals(ragOverrideDate);
			case ProgrammePackage.PRIORITY_ACTION__DIMENSIONS:
				return dimensions != null && !dimensions.isEmpty();
			case ProgrammePackage.PRIORITY_ACTION__OBJECTIVES:
				return objectives != null && !objectives.isEmpty();
			case ProgrammePackage.PRIORITY_ACTION__RECOMMENDATIONS:
				return recommendations != null && !recommendations.isEmpty();
			case ProgrammePackage.PRIORITY_ACTION__MANDATE:
				return mandate != null;
			case ProgrammePackage.PRIORITY_ACTION__LEAD:
				return lead != null;
			case ProgrammePackage.PRIORITY_ACTION__PROJECT_LEADER:
				return projectLeader != null;
			case ProgrammePackage.PRIORITY_ACTION__GROUP:
				return group != null;
			case ProgrammePackage.PRIORITY_ACTION__INVOLVED_ACTORS:
				return involvedActors != null && !involvedActors.isEmpty();
			case ProgrammePackage.PRIORITY_ACTION__INSTRUMENTS:
				return instruments != null && !instruments.isEmpty();
			case ProgrammePackage.PRIORITY_ACTION__KPIS:
				return kpis != null && !kpis.isEmpty();
			case ProgrammePackage.PRIORITY_ACTION__DEPENDS_ON:
				return dependsOn != null && !dependsOn.isEmpty();
			case ProgrammePackage.PRIORITY_ACTION__RAG_OVERRIDE_BY:
				return ragOverrideBy != null;
			case ProgrammePackage.PRIORITY_ACTION__DELIVERABLES:
				return deliverables != null && !deliverables.isEmpty();
			case ProgrammePackage.PRIORITY_ACTION__MILESTONES:
				return milestones != null && !milestones.isEmpty();
			case ProgrammePackage.PRIORITY_ACTION__RISKS:
				return risks != null && !risks.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (code: ");
		result.append(code);
		result.append(", kind: ");
		result.append(kind);
		result.append(", status: ");
		result.append(status);
		result.append(", newAction: ");
		result.append(newAction);
		result.append(", scope: ");
		result.append(scope);
		result.append(", planOfApproach: ");
		result.append(planOfApproach);
		result.append(", timing: ");
		result.append(timing);
		result.append(", priorityYears: ");
		result.append(priorityYears);
		result.append(", budgetPlanned: ");
		result.append(budgetPlanned);
		result.append(", budgetCommitted: ");
		result.append(budgetCommitted);
		result.append(", budgetSpent: ");
		result.append(budgetSpent);
		result.append(", selectionRationale: ");
		result.append(selectionRationale);
		result.append(", plannedStart: ");
		result.append(plannedStart);
		result.append(", plannedEnd: ");
		result.append(plannedEnd);
		result.append(", percentComplete: ");
		result.append(percentComplete);
		result.append(", ragOverride: ");
		result.append(ragOverride);
		result.append(", ragOverrideJustification: ");
		result.append(ragOverrideJustification);
		result.append(", ragOverrideDate: ");
		result.append(ragOverrideDate);
		result.append(')');
		return result.toString();
	}

} //PriorityActionImpl
