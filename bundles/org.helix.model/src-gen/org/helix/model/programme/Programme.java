/**
 * Helix
 */
package org.helix.model.programme;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.Indicator;
import org.helix.model.core.MonetaryAmount;
import org.helix.model.core.NamedElement;

import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.Sector;

import org.helix.model.governance.GovernanceBody;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Programme</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A transition programme (programme note) with period, legal basis and coordinator, e.g. Klimaatsprong voor de Industrie 2026-2030 (seed 001 L18-41).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.programme.Programme#getStartYear <em>Start Year</em>}</li>
 *   <li>{@link org.helix.model.programme.Programme#getEndYear <em>End Year</em>}</li>
 *   <li>{@link org.helix.model.programme.Programme#getSequenceNumber <em>Sequence Number</em>}</li>
 *   <li>{@link org.helix.model.programme.Programme#getLegalBasis <em>Legal Basis</em>}</li>
 *   <li>{@link org.helix.model.programme.Programme#getOverallGoal <em>Overall Goal</em>}</li>
 *   <li>{@link org.helix.model.programme.Programme#getTargetYear <em>Target Year</em>}</li>
 *   <li>{@link org.helix.model.programme.Programme#getStatus <em>Status</em>}</li>
 *   <li>{@link org.helix.model.programme.Programme#getApprovalDate <em>Approval Date</em>}</li>
 *   <li>{@link org.helix.model.programme.Programme#getCoordinator <em>Coordinator</em>}</li>
 *   <li>{@link org.helix.model.programme.Programme#getGoverningBody <em>Governing Body</em>}</li>
 *   <li>{@link org.helix.model.programme.Programme#getBodies <em>Bodies</em>}</li>
 *   <li>{@link org.helix.model.programme.Programme#getPredecessor <em>Predecessor</em>}</li>
 *   <li>{@link org.helix.model.programme.Programme#getSectors <em>Sectors</em>}</li>
 *   <li>{@link org.helix.model.programme.Programme#getBudget <em>Budget</em>}</li>
 *   <li>{@link org.helix.model.programme.Programme#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link org.helix.model.programme.Programme#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.helix.model.programme.Programme#getRecommendations <em>Recommendations</em>}</li>
 *   <li>{@link org.helix.model.programme.Programme#getActions <em>Actions</em>}</li>
 *   <li>{@link org.helix.model.programme.Programme#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.helix.model.programme.Programme#getAnnualProgrammes <em>Annual Programmes</em>}</li>
 *   <li>{@link org.helix.model.programme.Programme#getMandates <em>Mandates</em>}</li>
 *   <li>{@link org.helix.model.programme.Programme#getProgressReports <em>Progress Reports</em>}</li>
 *   <li>{@link org.helix.model.programme.Programme#getBaselines <em>Baselines</em>}</li>
 *   <li>{@link org.helix.model.programme.Programme#getEvaluations <em>Evaluations</em>}</li>
 * </ul>
 *
 * @see org.helix.model.programme.ProgrammePackage#getProgramme()
 * @model
 * @generated
 */
public interface Programme extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Year</em>' attribute.
	 * @see #setStartYear(Integer)
	 * @see org.helix.model.programme.ProgrammePackage#getProgramme_StartYear()
	 * @model
	 * @generated
	 */
	Integer getStartYear();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Programme#getStartYear <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Year</em>' attribute.
	 * @see #getStartYear()
	 * @generated
	 */
	void setStartYear(Integer value);

	/**
	 * Returns the value of the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Year</em>' attribute.
	 * @see #setEndYear(Integer)
	 * @see org.helix.model.programme.ProgrammePackage#getProgramme_EndYear()
	 * @model
	 * @generated
	 */
	Integer getEndYear();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Programme#getEndYear <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Year</em>' attribute.
	 * @see #getEndYear()
	 * @generated
	 */
	void setEndYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Sequence Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sequence Number</em>' attribute.
	 * @see #setSequenceNumber(Integer)
	 * @see org.helix.model.programme.ProgrammePackage#getProgramme_SequenceNumber()
	 * @model
	 * @generated
	 */
	Integer getSequenceNumber();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Programme#getSequenceNumber <em>Sequence Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sequence Number</em>' attribute.
	 * @see #getSequenceNumber()
	 * @generated
	 */
	void setSequenceNumber(Integer value);

	/**
	 * Returns the value of the '<em><b>Legal Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Legal Basis</em>' attribute.
	 * @see #setLegalBasis(String)
	 * @see org.helix.model.programme.ProgrammePackage#getProgramme_LegalBasis()
	 * @model
	 * @generated
	 */
	String getLegalBasis();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Programme#getLegalBasis <em>Legal Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legal Basis</em>' attribute.
	 * @see #getLegalBasis()
	 * @generated
	 */
	void setLegalBasis(String value);

	/**
	 * Returns the value of the '<em><b>Overall Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overall Goal</em>' attribute.
	 * @see #setOverallGoal(String)
	 * @see org.helix.model.programme.ProgrammePackage#getProgramme_OverallGoal()
	 * @model
	 * @generated
	 */
	String getOverallGoal();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Programme#getOverallGoal <em>Overall Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Overall Goal</em>' attribute.
	 * @see #getOverallGoal()
	 * @generated
	 */
	void setOverallGoal(String value);

	/**
	 * Returns the value of the '<em><b>Target Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Year</em>' attribute.
	 * @see #setTargetYear(Integer)
	 * @see org.helix.model.programme.ProgrammePackage#getProgramme_TargetYear()
	 * @model
	 * @generated
	 */
	Integer getTargetYear();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Programme#getTargetYear <em>Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Year</em>' attribute.
	 * @see #getTargetYear()
	 * @generated
	 */
	void setTargetYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.programme.ProgrammeStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.helix.model.programme.ProgrammeStatus
	 * @see #setStatus(ProgrammeStatus)
	 * @see org.helix.model.programme.ProgrammePackage#getProgramme_Status()
	 * @model
	 * @generated
	 */
	ProgrammeStatus getStatus();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Programme#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.helix.model.programme.ProgrammeStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ProgrammeStatus value);

	/**
	 * Returns the value of the '<em><b>Approval Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approval Date</em>' attribute.
	 * @see #setApprovalDate(LocalDate)
	 * @see org.helix.model.programme.ProgrammePackage#getProgramme_ApprovalDate()
	 * @model dataType="org.helix.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getApprovalDate();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Programme#getApprovalDate <em>Approval Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approval Date</em>' attribute.
	 * @see #getApprovalDate()
	 * @generated
	 */
	void setApprovalDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Coordinator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Coordinator</em>' reference.
	 * @see #setCoordinator(Organisation)
	 * @see org.helix.model.programme.ProgrammePackage#getProgramme_Coordinator()
	 * @model
	 * @generated
	 */
	Organisation getCoordinator();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Programme#getCoordinator <em>Coordinator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coordinator</em>' reference.
	 * @see #getCoordinator()
	 * @generated
	 */
	void setCoordinator(Organisation value);

	/**
	 * Returns the value of the '<em><b>Governing Body</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Governing Body</em>' reference.
	 * @see #setGoverningBody(GovernanceBody)
	 * @see org.helix.model.programme.ProgrammePackage#getProgramme_GoverningBody()
	 * @model
	 * @generated
	 */
	GovernanceBody getGoverningBody();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Programme#getGoverningBody <em>Governing Body</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Governing Body</em>' reference.
	 * @see #getGoverningBody()
	 * @generated
	 */
	void setGoverningBody(GovernanceBody value);

	/**
	 * Returns the value of the '<em><b>Bodies</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.governance.GovernanceBody}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bodies</em>' reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getProgramme_Bodies()
	 * @model
	 * @generated
	 */
	EList<GovernanceBody> getBodies();

	/**
	 * Returns the value of the '<em><b>Predecessor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Predecessor</em>' reference.
	 * @see #setPredecessor(Programme)
	 * @see org.helix.model.programme.ProgrammePackage#getProgramme_Predecessor()
	 * @model
	 * @generated
	 */
	Programme getPredecessor();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Programme#getPredecessor <em>Predecessor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Predecessor</em>' reference.
	 * @see #getPredecessor()
	 * @generated
	 */
	void setPredecessor(Programme value);

	/**
	 * Returns the value of the '<em><b>Sectors</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Sector}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sectors</em>' reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getProgramme_Sectors()
	 * @model
	 * @generated
	 */
	EList<Sector> getSectors();

	/**
	 * Returns the value of the '<em><b>Budget</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.core.MonetaryAmount}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget</em>' containment reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getProgramme_Budget()
	 * @model containment="true"
	 * @generated
	 */
	EList<MonetaryAmount> getBudget();

	/**
	 * Returns the value of the '<em><b>Dimensions</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.programme.Dimension}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimensions</em>' containment reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getProgramme_Dimensions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Dimension> getDimensions();

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.programme.Objective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objectives</em>' containment reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getProgramme_Objectives()
	 * @model containment="true"
	 * @generated
	 */
	EList<Objective> getObjectives();

	/**
	 * Returns the value of the '<em><b>Recommendations</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.programme.Recommendation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recommendations</em>' containment reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getProgramme_Recommendations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Recommendation> getRecommendations();

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.programme.PriorityAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getProgramme_Actions()
	 * @model containment="true"
	 * @generated
	 */
	EList<PriorityAction> getActions();

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.core.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getProgramme_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Indicator> getIndicators();

	/**
	 * Returns the value of the '<em><b>Annual Programmes</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.programme.AnnualProgramme}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annual Programmes</em>' containment reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getProgramme_AnnualProgrammes()
	 * @model containment="true"
	 * @generated
	 */
	EList<AnnualProgramme> getAnnualProgrammes();

	/**
	 * Returns the value of the '<em><b>Mandates</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.programme.GovernmentMandate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mandates</em>' containment reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getProgramme_Mandates()
	 * @model containment="true"
	 * @generated
	 */
	EList<GovernmentMandate> getMandates();

	/**
	 * Returns the value of the '<em><b>Progress Reports</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.programme.ProgressReport}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Progress Reports</em>' containment reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getProgramme_ProgressReports()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProgressReport> getProgressReports();

	/**
	 * Returns the value of the '<em><b>Baselines</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.programme.PlanBaseline}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baselines</em>' containment reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getProgramme_Baselines()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlanBaseline> getBaselines();

	/**
	 * Returns the value of the '<em><b>Evaluations</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.programme.ProgrammeEvaluation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluations</em>' containment reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getProgramme_Evaluations()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProgrammeEvaluation> getEvaluations();

} // Programme
