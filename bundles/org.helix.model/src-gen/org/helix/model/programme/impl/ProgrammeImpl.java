/**
 * Helix
 */
package org.helix.model.programme.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.model.core.Indicator;
import org.helix.model.core.MonetaryAmount;

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.Sector;

import org.helix.model.governance.GovernanceBody;

import org.helix.model.programme.AnnualProgramme;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.GovernmentMandate;
import org.helix.model.programme.Objective;
import org.helix.model.programme.PlanBaseline;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammeEvaluation;
import org.helix.model.programme.ProgrammePackage;
import org.helix.model.programme.ProgrammeStatus;
import org.helix.model.programme.ProgressReport;
import org.helix.model.programme.Recommendation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Programme</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeImpl#getStartYear <em>Start Year</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeImpl#getEndYear <em>End Year</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeImpl#getSequenceNumber <em>Sequence Number</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeImpl#getLegalBasis <em>Legal Basis</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeImpl#getOverallGoal <em>Overall Goal</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeImpl#getTargetYear <em>Target Year</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeImpl#getApprovalDate <em>Approval Date</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeImpl#getCoordinator <em>Coordinator</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeImpl#getGoverningBody <em>Governing Body</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeImpl#getBodies <em>Bodies</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeImpl#getPredecessor <em>Predecessor</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeImpl#getSectors <em>Sectors</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeImpl#getBudget <em>Budget</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeImpl#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeImpl#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeImpl#getRecommendations <em>Recommendations</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeImpl#getActions <em>Actions</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeImpl#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeImpl#getAnnualProgrammes <em>Annual Programmes</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeImpl#getMandates <em>Mandates</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeImpl#getProgressReports <em>Progress Reports</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeImpl#getBaselines <em>Baselines</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeImpl#getEvaluations <em>Evaluations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProgrammeImpl extends NamedElementImpl implements Programme {
	/**
	 * The default value of the '{@link #getStartYear() <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer START_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartYear() <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartYear()
	 * @generated
	 * @ordered
	 */
	protected Integer startYear = START_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndYear() <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer END_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndYear() <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndYear()
	 * @generated
	 * @ordered
	 */
	protected Integer endYear = END_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getSequenceNumber() <em>Sequence Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSequenceNumber()
	 * @generated
	 * @ordered
	 */
	protected static final Integer SEQUENCE_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSequenceNumber() <em>Sequence Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSequenceNumber()
	 * @generated
	 * @ordered
	 */
	protected Integer sequenceNumber = SEQUENCE_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getLegalBasis() <em>Legal Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalBasis()
	 * @generated
	 * @ordered
	 */
	protected static final String LEGAL_BASIS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLegalBasis() <em>Legal Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalBasis()
	 * @generated
	 * @ordered
	 */
	protected String legalBasis = LEGAL_BASIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOverallGoal() <em>Overall Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverallGoal()
	 * @generated
	 * @ordered
	 */
	protected static final String OVERALL_GOAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOverallGoal() <em>Overall Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverallGoal()
	 * @generated
	 * @ordered
	 */
	protected String overallGoal = OVERALL_GOAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetYear() <em>Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TARGET_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetYear() <em>Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetYear()
	 * @generated
	 * @ordered
	 */
	protected Integer targetYear = TARGET_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ProgrammeStatus STATUS_EDEFAULT = ProgrammeStatus.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ProgrammeStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getApprovalDate() <em>Approval Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovalDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate APPROVAL_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApprovalDate() <em>Approval Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovalDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate approvalDate = APPROVAL_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCoordinator() <em>Coordinator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoordinator()
	 * @generated
	 * @ordered
	 */
	protected Organisation coordinator;

	/**
	 * The cached value of the '{@link #getGoverningBody() <em>Governing Body</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoverningBody()
	 * @generated
	 * @ordered
	 */
	protected GovernanceBody governingBody;

	/**
	 * The cached value of the '{@link #getBodies() <em>Bodies</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBodies()
	 * @generated
	 * @ordered
	 */
	protected EList<GovernanceBody> bodies;

	/**
	 * The cached value of the '{@link #getPredecessor() <em>Predecessor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredecessor()
	 * @generated
	 * @ordered
	 */
	protected Programme predecessor;

	/**
	 * The cached value of the '{@link #getSectors() <em>Sectors</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSectors()
	 * @generated
	 * @ordered
	 */
	protected EList<Sector> sectors;

	/**
	 * The cached value of the '{@link #getBudget() <em>Budget</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected EList<MonetaryAmount> budget;

	/**
	 * The cached value of the '{@link #getDimensions() <em>Dimensions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimensions()
	 * @generated
	 * @ordered
	 */
	protected EList<Dimension> dimensions;

	/**
	 * The cached value of the '{@link #getObjectives() <em>Objectives</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectives()
	 * @generated
	 * @ordered
	 */
	protected EList<Objective> objectives;

	/**
	 * The cached value of the '{@link #getRecommendations() <em>Recommendations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendations()
	 * @generated
	 * @ordered
	 */
	protected EList<Recommendation> recommendations;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<PriorityAction> actions;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> indicators;

	/**
	 * The cached value of the '{@link #getAnnualProgrammes() <em>Annual Programmes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualProgrammes()
	 * @generated
	 * @ordered
	 */
	protected EList<AnnualProgramme> annualProgrammes;

	/**
	 * The cached value of the '{@link #getMandates() <em>Mandates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMandates()
	 * @generated
	 * @ordered
	 */
	protected EList<GovernmentMandate> mandates;

	/**
	 * The cached value of the '{@link #getProgressReports() <em>Progress Reports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgressReports()
	 * @generated
	 * @ordered
	 */
	protected EList<ProgressReport> progressReports;

	/**
	 * The cached value of the '{@link #getBaselines() <em>Baselines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselines()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanBaseline> baselines;

	/**
	 * The cached value of the '{@link #getEvaluations() <em>Evaluations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluations()
	 * @generated
	 * @ordered
	 */
	protected EList<ProgrammeEvaluation> evaluations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProgrammeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProgrammePackage.Literals.PROGRAMME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getStartYear() {
		return startYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartYear(Integer newStartYear) {
		Integer oldStartYear = startYear;
		startYear = newStartYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PROGRAMME__START_YEAR, oldStartYear, startYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getEndYear() {
		return endYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndYear(Integer newEndYear) {
		Integer oldEndYear = endYear;
		endYear = newEndYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PROGRAMME__END_YEAR, oldEndYear, endYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getSequenceNumber() {
		return sequenceNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSequenceNumber(Integer newSequenceNumber) {
		Integer oldSequenceNumber = sequenceNumber;
		sequenceNumber = newSequenceNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PROGRAMME__SEQUENCE_NUMBER, oldSequenceNumber, sequenceNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLegalBasis() {
		return legalBasis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLegalBasis(String newLegalBasis) {
		String oldLegalBasis = legalBasis;
		legalBasis = newLegalBasis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PROGRAMME__LEGAL_BASIS, oldLegalBasis, legalBasis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOverallGoal() {
		return overallGoal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverallGoal(String newOverallGoal) {
		String oldOverallGoal = overallGoal;
		overallGoal = newOverallGoal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PROGRAMME__OVERALL_GOAL, oldOverallGoal, overallGoal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTargetYear() {
		return targetYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetYear(Integer newTargetYear) {
		Integer oldTargetYear = targetYear;
		targetYear = newTargetYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PROGRAMME__TARGET_YEAR, oldTargetYear, targetYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProgrammeStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ProgrammeStatus newStatus) {
		ProgrammeStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PROGRAMME__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getApprovalDate() {
		return approvalDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovalDate(LocalDate newApprovalDate) {
		LocalDate oldApprovalDate = approvalDate;
		approvalDate = newApprovalDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PROGRAMME__APPROVAL_DATE, oldApprovalDate, approvalDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getCoordinator() {
		if (coordinator != null && coordinator.eIsProxy()) {
			InternalEObject oldCoordinator = (InternalEObject)coordinator;
			coordinator = (Organisation)eResolveProxy(oldCoordinator);
			if (coordinator != oldCoordinator) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProgrammePackage.PROGRAMME__COORDINATOR, oldCoordinator, coordinator));
			}
		}
		return coordinator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetCoordinator() {
		return coordinator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoordinator(Organisation newCoordinator) {
		Organisation oldCoordinator = coordinator;
		coordinator = newCoordinator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PROGRAMME__COORDINATOR, oldCoordinator, coordinator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernanceBody getGoverningBody() {
		if (governingBody != null && governingBody.eIsProxy()) {
			InternalEObject oldGoverningBody = (InternalEObject)governingBody;
			governingBody = (GovernanceBody)eResolveProxy(oldGoverningBody);
			if (governingBody != oldGoverningBody) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProgrammePackage.PROGRAMME__GOVERNING_BODY, oldGoverningBody, governingBody));
			}
		}
		return governingBody;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GovernanceBody basicGetGoverningBody() {
		return governingBody;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGoverningBody(GovernanceBody newGoverningBody) {
		GovernanceBody oldGoverningBody = governingBody;
		governingBody = newGoverningBody;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PROGRAMME__GOVERNING_BODY, oldGoverningBody, governingBody));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GovernanceBody> getBodies() {
		if (bodies == null) {
			bodies = new EObjectResolvingEList<GovernanceBody>(GovernanceBody.class, this, ProgrammePackage.PROGRAMME__BODIES);
		}
		return bodies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Programme getPredecessor() {
		if (predecessor != null && predecessor.eIsProxy()) {
			InternalEObject oldPredecessor = (InternalEObject)predecessor;
			predecessor = (Programme)eResolveProxy(oldPredecessor);
			if (predecessor != oldPredecessor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProgrammePackage.PROGRAMME__PREDECESSOR, oldPredecessor, predecessor));
			}
		}
		return predecessor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Programme basicGetPredecessor() {
		return predecessor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPredecessor(Programme newPredecessor) {
		Programme oldPredecessor = predecessor;
		predecessor = newPredecessor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PROGRAMME__PREDECESSOR, oldPredecessor, predecessor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Sector> getSectors() {
		if (sectors == null) {
			sectors = new EObjectResolvingEList<Sector>(Sector.class, this, ProgrammePackage.PROGRAMME__SECTORS);
		}
		return sectors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MonetaryAmount> getBudget() {
		if (budget == null) {
			budget = new EObjectContainmentEList<MonetaryAmount>(MonetaryAmount.class, this, ProgrammePackage.PROGRAMME__BUDGET);
		}
		return budget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Dimension> getDimensions() {
		if (dimensions == null) {
			dimensions = new EObjectContainmentEList<Dimension>(Dimension.class, this, ProgrammePackage.PROGRAMME__DIMENSIONS);
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
			objectives = new EObjectContainmentEList<Objective>(Objective.class, this, ProgrammePackage.PROGRAMME__OBJECTIVES);
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
			recommendations = new EObjectContainmentEList<Recommendation>(Recommendation.class, this, ProgrammePackage.PROGRAMME__RECOMMENDATIONS);
		}
		return recommendations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PriorityAction> getActions() {
		if (actions == null) {
			actions = new EObjectContainmentEList<PriorityAction>(PriorityAction.class, this, ProgrammePackage.PROGRAMME__ACTIONS);
		}
		return actions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators() {
		if (indicators == null) {
			indicators = new EObjectContainmentEList<Indicator>(Indicator.class, this, ProgrammePackage.PROGRAMME__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AnnualProgramme> getAnnualProgrammes() {
		if (annualProgrammes == null) {
			annualProgrammes = new EObjectContainmentEList<AnnualProgramme>(AnnualProgramme.class, this, ProgrammePackage.PROGRAMME__ANNUAL_PROGRAMMES);
		}
		return annualProgrammes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GovernmentMandate> getMandates() {
		if (mandates == null) {
			mandates = new EObjectContainmentEList<GovernmentMandate>(GovernmentMandate.class, this, ProgrammePackage.PROGRAMME__MANDATES);
		}
		return mandates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProgressReport> getProgressReports() {
		if (progressReports == null) {
			progressReports = new EObjectContainmentEList<ProgressReport>(ProgressReport.class, this, ProgrammePackage.PROGRAMME__PROGRESS_REPORTS);
		}
		return progressReports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanBaseline> getBaselines() {
		if (baselines == null) {
			baselines = new EObjectContainmentEList<PlanBaseline>(PlanBaseline.class, this, ProgrammePackage.PROGRAMME__BASELINES);
		}
		return baselines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProgrammeEvaluation> getEvaluations() {
		if (evaluations == null) {
			evaluations = new EObjectContainmentEList<ProgrammeEvaluation>(ProgrammeEvaluation.class, this, ProgrammePackage.PROGRAMME__EVALUATIONS);
		}
		return evaluations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProgrammePackage.PROGRAMME__BUDGET:
				return ((InternalEList<?>)getBudget()).basicRemove(otherEnd, msgs);
			case ProgrammePackage.PROGRAMME__DIMENSIONS:
				return ((InternalEList<?>)getDimensions()).basicRemove(otherEnd, msgs);
			case ProgrammePackage.PROGRAMME__OBJECTIVES:
				return ((InternalEList<?>)getObjectives()).basicRemove(otherEnd, msgs);
			case ProgrammePackage.PROGRAMME__RECOMMENDATIONS:
				return ((InternalEList<?>)getRecommendations()).basicRemove(otherEnd, msgs);
			case ProgrammePackage.PROGRAMME__ACTIONS:
				return ((InternalEList<?>)getActions()).basicRemove(otherEnd, msgs);
			case ProgrammePackage.PROGRAMME__INDICATORS:
				return ((InternalEList<?>)getIndicators()).basicRemove(otherEnd, msgs);
			case ProgrammePackage.PROGRAMME__ANNUAL_PROGRAMMES:
				return ((InternalEList<?>)getAnnualProgrammes()).basicRemove(otherEnd, msgs);
			case ProgrammePackage.PROGRAMME__MANDATES:
				return ((InternalEList<?>)getMandates()).basicRemove(otherEnd, msgs);
			case ProgrammePackage.PROGRAMME__PROGRESS_REPORTS:
				return ((InternalEList<?>)getProgressReports()).basicRemove(otherEnd, msgs);
			case ProgrammePackage.PROGRAMME__BASELINES:
				return ((InternalEList<?>)getBaselines()).basicRemove(otherEnd, msgs);
			case ProgrammePackage.PROGRAMME__EVALUATIONS:
				return ((InternalEList<?>)getEvaluations()).basicRemove(otherEnd, msgs);
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
			case ProgrammePackage.PROGRAMME__START_YEAR:
				return getStartYear();
			case ProgrammePackage.PROGRAMME__END_YEAR:
				return getEndYear();
			case ProgrammePackage.PROGRAMME__SEQUENCE_NUMBER:
				return getSequenceNumber();
			case ProgrammePackage.PROGRAMME__LEGAL_BASIS:
				return getLegalBasis();
			case ProgrammePackage.PROGRAMME__OVERALL_GOAL:
				return getOverallGoal();
			case ProgrammePackage.PROGRAMME__TARGET_YEAR:
				return getTargetYear();
			case ProgrammePackage.PROGRAMME__STATUS:
				return getStatus();
			case ProgrammePackage.PROGRAMME__APPROVAL_DATE:
				return getApprovalDate();
			case ProgrammePackage.PROGRAMME__COORDINATOR:
				if (resolve) return getCoordinator();
				return basicGetCoordinator();
			case ProgrammePackage.PROGRAMME__GOVERNING_BODY:
				if (resolve) return getGoverningBody();
				return basicGetGoverningBody();
			case ProgrammePackage.PROGRAMME__BODIES:
				return getBodies();
			case ProgrammePackage.PROGRAMME__PREDECESSOR:
				if (resolve) return getPredecessor();
				return basicGetPredecessor();
			case ProgrammePackage.PROGRAMME__SECTORS:
				return getSectors();
			case ProgrammePackage.PROGRAMME__BUDGET:
				return getBudget();
			case ProgrammePackage.PROGRAMME__DIMENSIONS:
				return getDimensions();
			case ProgrammePackage.PROGRAMME__OBJECTIVES:
				return getObjectives();
			case ProgrammePackage.PROGRAMME__RECOMMENDATIONS:
				return getRecommendations();
			case ProgrammePackage.PROGRAMME__ACTIONS:
				return getActions();
			case ProgrammePackage.PROGRAMME__INDICATORS:
				return getIndicators();
			case ProgrammePackage.PROGRAMME__ANNUAL_PROGRAMMES:
				return getAnnualProgrammes();
			case ProgrammePackage.PROGRAMME__MANDATES:
				return getMandates();
			case ProgrammePackage.PROGRAMME__PROGRESS_REPORTS:
				return getProgressReports();
			case ProgrammePackage.PROGRAMME__BASELINES:
				return getBaselines();
			case ProgrammePackage.PROGRAMME__EVALUATIONS:
				return getEvaluations();
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
			case ProgrammePackage.PROGRAMME__START_YEAR:
				setStartYear((Integer)newValue);
				return;
			case ProgrammePackage.PROGRAMME__END_YEAR:
				setEndYear((Integer)newValue);
				return;
			case ProgrammePackage.PROGRAMME__SEQUENCE_NUMBER:
				setSequenceNumber((Integer)newValue);
				return;
			case ProgrammePackage.PROGRAMME__LEGAL_BASIS:
				setLegalBasis((String)newValue);
				return;
			case ProgrammePackage.PROGRAMME__OVERALL_GOAL:
				setOverallGoal((String)newValue);
				return;
			case ProgrammePackage.PROGRAMME__TARGET_YEAR:
				setTargetYear((Integer)newValue);
				return;
			case ProgrammePackage.PROGRAMME__STATUS:
				setStatus((ProgrammeStatus)newValue);
				return;
			case ProgrammePackage.PROGRAMME__APPROVAL_DATE:
				setApprovalDate((LocalDate)newValue);
				return;
			case ProgrammePackage.PROGRAMME__COORDINATOR:
				setCoordinator((Organisation)newValue);
				return;
			case ProgrammePackage.PROGRAMME__GOVERNING_BODY:
				setGoverningBody((GovernanceBody)newValue);
				return;
			case ProgrammePackage.PROGRAMME__BODIES:
				getBodies().clear();
				getBodies().addAll((Collection<? extends GovernanceBody>)newValue);
				return;
			case ProgrammePackage.PROGRAMME__PREDECESSOR:
				setPredecessor((Programme)newValue);
				return;
			case ProgrammePackage.PROGRAMME__SECTORS:
				getSectors().clear();
				getSectors().addAll((Collection<? extends Sector>)newValue);
				return;
			case ProgrammePackage.PROGRAMME__BUDGET:
				getBudget().clear();
				getBudget().addAll((Collection<? extends MonetaryAmount>)newValue);
				return;
			case ProgrammePackage.PROGRAMME__DIMENSIONS:
				getDimensions().clear();
				getDimensions().addAll((Collection<? extends Dimension>)newValue);
				return;
			case ProgrammePackage.PROGRAMME__OBJECTIVES:
				getObjectives().clear();
				getObjectives().addAll((Collection<? extends Objective>)newValue);
				return;
			case ProgrammePackage.PROGRAMME__RECOMMENDATIONS:
				getRecommendations().clear();
				getRecommendations().addAll((Collection<? extends Recommendation>)newValue);
				return;
			case ProgrammePackage.PROGRAMME__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends PriorityAction>)newValue);
				return;
			case ProgrammePackage.PROGRAMME__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
				return;
			case ProgrammePackage.PROGRAMME__ANNUAL_PROGRAMMES:
				getAnnualProgrammes().clear();
				getAnnualProgrammes().addAll((Collection<? extends AnnualProgramme>)newValue);
				return;
			case ProgrammePackage.PROGRAMME__MANDATES:
				getMandates().clear();
				getMandates().addAll((Collection<? extends GovernmentMandate>)newValue);
				return;
			case ProgrammePackage.PROGRAMME__PROGRESS_REPORTS:
				getProgressReports().clear();
				getProgressReports().addAll((Collection<? extends ProgressReport>)newValue);
				return;
			case ProgrammePackage.PROGRAMME__BASELINES:
				getBaselines().clear();
				getBaselines().addAll((Collection<? extends PlanBaseline>)newValue);
				return;
			case ProgrammePackage.PROGRAMME__EVALUATIONS:
				getEvaluations().clear();
				getEvaluations().addAll((Collection<? extends ProgrammeEvaluation>)newValue);
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
			case ProgrammePackage.PROGRAMME__START_YEAR:
				setStartYear(START_YEAR_EDEFAULT);
				return;
			case ProgrammePackage.PROGRAMME__END_YEAR:
				setEndYear(END_YEAR_EDEFAULT);
				return;
			case ProgrammePackage.PROGRAMME__SEQUENCE_NUMBER:
				setSequenceNumber(SEQUENCE_NUMBER_EDEFAULT);
				return;
			case ProgrammePackage.PROGRAMME__LEGAL_BASIS:
				setLegalBasis(LEGAL_BASIS_EDEFAULT);
				return;
			case ProgrammePackage.PROGRAMME__OVERALL_GOAL:
				setOverallGoal(OVERALL_GOAL_EDEFAULT);
				return;
			case ProgrammePackage.PROGRAMME__TARGET_YEAR:
				setTargetYear(TARGET_YEAR_EDEFAULT);
				return;
			case ProgrammePackage.PROGRAMME__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ProgrammePackage.PROGRAMME__APPROVAL_DATE:
				setApprovalDate(APPROVAL_DATE_EDEFAULT);
				return;
			case ProgrammePackage.PROGRAMME__COORDINATOR:
				setCoordinator((Organisation)null);
				return;
			case ProgrammePackage.PROGRAMME__GOVERNING_BODY:
				setGoverningBody((GovernanceBody)null);
				return;
			case ProgrammePackage.PROGRAMME__BODIES:
				getBodies().clear();
				return;
			case ProgrammePackage.PROGRAMME__PREDECESSOR:
				setPredecessor((Programme)null);
				return;
			case ProgrammePackage.PROGRAMME__SECTORS:
				getSectors().clear();
				return;
			case ProgrammePackage.PROGRAMME__BUDGET:
				getBudget().clear();
				return;
			case ProgrammePackage.PROGRAMME__DIMENSIONS:
				getDimensions().clear();
				return;
			case ProgrammePackage.PROGRAMME__OBJECTIVES:
				getObjectives().clear();
				return;
			case ProgrammePackage.PROGRAMME__RECOMMENDATIONS:
				getRecommendations().clear();
				return;
			case ProgrammePackage.PROGRAMME__ACTIONS:
				getActions().clear();
				return;
			case ProgrammePackage.PROGRAMME__INDICATORS:
				getIndicators().clear();
				return;
			case ProgrammePackage.PROGRAMME__ANNUAL_PROGRAMMES:
				getAnnualProgrammes().clear();
				return;
			case ProgrammePackage.PROGRAMME__MANDATES:
				getMandates().clear();
				return;
			case ProgrammePackage.PROGRAMME__PROGRESS_REPORTS:
				getProgressReports().clear();
				return;
			case ProgrammePackage.PROGRAMME__BASELINES:
				getBaselines().clear();
				return;
			case ProgrammePackage.PROGRAMME__EVALUATIONS:
				getEvaluations().clear();
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
			case ProgrammePackage.PROGRAMME__START_YEAR:
				return START_YEAR_EDEFAULT == null ? startYear != null : !START_YEAR_EDEFAULT.equals(startYear);
			case ProgrammePackage.PROGRAMME__END_YEAR:
				return END_YEAR_EDEFAULT == null ? endYear != null : !END_YEAR_EDEFAULT.equals(endYear);
			case ProgrammePackage.PROGRAMME__SEQUENCE_NUMBER:
				return SEQUENCE_NUMBER_EDEFAULT == null ? sequenceNumber != null : !SEQUENCE_NUMBER_EDEFAULT.equals(sequenceNumber);
			case ProgrammePackage.PROGRAMME__LEGAL_BASIS:
				return LEGAL_BASIS_EDEFAULT == null ? legalBasis != null : !LEGAL_BASIS_EDEFAULT.equals(legalBasis);
			case ProgrammePackage.PROGRAMME__OVERALL_GOAL:
				return OVERALL_GOAL_EDEFAULT == null ? overallGoal != null : !OVERALL_GOAL_EDEFAULT.equals(overallGoal);
			case ProgrammePackage.PROGRAMME__TARGET_YEAR:
				return TARGET_YEAR_EDEFAULT == null ? targetYear != null : !TARGET_YEAR_EDEFAULT.equals(targetYear);
			case ProgrammePackage.PROGRAMME__STATUS:
				return status != STATUS_EDEFAULT;
			case ProgrammePackage.PROGRAMME__APPROVAL_DATE:
				return APPROVAL_DATE_EDEFAULT == null ? approvalDate != null : !APPROVAL_DATE_EDEFAULT.equals(approvalDate);
			case ProgrammePackage.PROGRAMME__COORDINATOR:
				return coordinator != null;
			case ProgrammePackage.PROGRAMME__GOVERNING_BODY:
				return governingBody != null;
			case ProgrammePackage.PROGRAMME__BODIES:
				return bodies != null && !bodies.isEmpty();
			case ProgrammePackage.PROGRAMME__PREDECESSOR:
				return predecessor != null;
			case ProgrammePackage.PROGRAMME__SECTORS:
				return sectors != null && !sectors.isEmpty();
			case ProgrammePackage.PROGRAMME__BUDGET:
				return budget != null && !budget.isEmpty();
			case ProgrammePackage.PROGRAMME__DIMENSIONS:
				return dimensions != null && !dimensions.isEmpty();
			case ProgrammePackage.PROGRAMME__OBJECTIVES:
				return objectives != null && !objectives.isEmpty();
			case ProgrammePackage.PROGRAMME__RECOMMENDATIONS:
				return recommendations != null && !recommendations.isEmpty();
			case ProgrammePackage.PROGRAMME__ACTIONS:
				return actions != null && !actions.isEmpty();
			case ProgrammePackage.PROGRAMME__INDICATORS:
				return indicators != null && !indicators.isEmpty();
			case ProgrammePackage.PROGRAMME__ANNUAL_PROGRAMMES:
				return annualProgrammes != null && !annualProgrammes.isEmpty();
			case ProgrammePackage.PROGRAMME__MANDATES:
				return mandates != null && !mandates.isEmpty();
			case ProgrammePackage.PROGRAMME__PROGRESS_REPORTS:
				return progressReports != null && !progressReports.isEmpty();
			case ProgrammePackage.PROGRAMME__BASELINES:
				return baselines != null && !baselines.isEmpty();
			case ProgrammePackage.PROGRAMME__EVALUATIONS:
				return evaluations != null && !evaluations.isEmpty();
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
		result.append(" (startYear: ");
		result.append(startYear);
		result.append(", endYear: ");
		result.append(endYear);
		result.append(", sequenceNumber: ");
		result.append(sequenceNumber);
		result.append(", legalBasis: ");
		result.append(legalBasis);
		result.append(", overallGoal: ");
		result.append(overallGoal);
		result.append(", targetYear: ");
		result.append(targetYear);
		result.append(", status: ");
		result.append(status);
		result.append(", approvalDate: ");
		result.append(approvalDate);
		result.append(')');
		return result.toString();
	}

} //ProgrammeImpl
