/**
 * Helix
 */
package org.helix.model.governance;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.GovernanceLevel;
import org.helix.model.core.NamedElement;

import org.helix.model.ecosystem.Actor;
import org.helix.model.ecosystem.Organisation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Body</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A governance body with mandate, chair, trekker (lead), secretariat, prescribed meeting cadence, memberships, reporting lines and meetings (seed 001 ch. 4 and annex 8.2, L3172-3475).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.governance.GovernanceBody#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.governance.GovernanceBody#getStatus <em>Status</em>}</li>
 *   <li>{@link org.helix.model.governance.GovernanceBody#getLevel <em>Level</em>}</li>
 *   <li>{@link org.helix.model.governance.GovernanceBody#getMandate <em>Mandate</em>}</li>
 *   <li>{@link org.helix.model.governance.GovernanceBody#getTasks <em>Tasks</em>}</li>
 *   <li>{@link org.helix.model.governance.GovernanceBody#getMeetingCadence <em>Meeting Cadence</em>}</li>
 *   <li>{@link org.helix.model.governance.GovernanceBody#getMeetingsPerYear <em>Meetings Per Year</em>}</li>
 *   <li>{@link org.helix.model.governance.GovernanceBody#getCadenceText <em>Cadence Text</em>}</li>
 *   <li>{@link org.helix.model.governance.GovernanceBody#getOpenMeeting <em>Open Meeting</em>}</li>
 *   <li>{@link org.helix.model.governance.GovernanceBody#getEstablished <em>Established</em>}</li>
 *   <li>{@link org.helix.model.governance.GovernanceBody#getDissolved <em>Dissolved</em>}</li>
 *   <li>{@link org.helix.model.governance.GovernanceBody#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link org.helix.model.governance.GovernanceBody#getChair <em>Chair</em>}</li>
 *   <li>{@link org.helix.model.governance.GovernanceBody#getTrekker <em>Trekker</em>}</li>
 *   <li>{@link org.helix.model.governance.GovernanceBody#getSecretariat <em>Secretariat</em>}</li>
 *   <li>{@link org.helix.model.governance.GovernanceBody#getSetUpBy <em>Set Up By</em>}</li>
 *   <li>{@link org.helix.model.governance.GovernanceBody#getMemberships <em>Memberships</em>}</li>
 *   <li>{@link org.helix.model.governance.GovernanceBody#getReportingLines <em>Reporting Lines</em>}</li>
 *   <li>{@link org.helix.model.governance.GovernanceBody#getMeetings <em>Meetings</em>}</li>
 *   <li>{@link org.helix.model.governance.GovernanceBody#getRulesOfProcedure <em>Rules Of Procedure</em>}</li>
 * </ul>
 *
 * @see org.helix.model.governance.GovernancePackage#getGovernanceBody()
 * @model
 * @generated
 */
public interface GovernanceBody extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.governance.BodyKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.governance.BodyKind
	 * @see #setKind(BodyKind)
	 * @see org.helix.model.governance.GovernancePackage#getGovernanceBody_Kind()
	 * @model
	 * @generated
	 */
	BodyKind getKind();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.GovernanceBody#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.governance.BodyKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(BodyKind value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.governance.BodyStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.helix.model.governance.BodyStatus
	 * @see #setStatus(BodyStatus)
	 * @see org.helix.model.governance.GovernancePackage#getGovernanceBody_Status()
	 * @model
	 * @generated
	 */
	BodyStatus getStatus();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.GovernanceBody#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.helix.model.governance.BodyStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(BodyStatus value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.core.GovernanceLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.helix.model.core.GovernanceLevel
	 * @see #setLevel(GovernanceLevel)
	 * @see org.helix.model.governance.GovernancePackage#getGovernanceBody_Level()
	 * @model
	 * @generated
	 */
	GovernanceLevel getLevel();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.GovernanceBody#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.helix.model.core.GovernanceLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(GovernanceLevel value);

	/**
	 * Returns the value of the '<em><b>Mandate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mandate</em>' attribute.
	 * @see #setMandate(String)
	 * @see org.helix.model.governance.GovernancePackage#getGovernanceBody_Mandate()
	 * @model
	 * @generated
	 */
	String getMandate();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.GovernanceBody#getMandate <em>Mandate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mandate</em>' attribute.
	 * @see #getMandate()
	 * @generated
	 */
	void setMandate(String value);

	/**
	 * Returns the value of the '<em><b>Tasks</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tasks</em>' attribute list.
	 * @see org.helix.model.governance.GovernancePackage#getGovernanceBody_Tasks()
	 * @model
	 * @generated
	 */
	EList<String> getTasks();

	/**
	 * Returns the value of the '<em><b>Meeting Cadence</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.governance.MeetingCadence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meeting Cadence</em>' attribute.
	 * @see org.helix.model.governance.MeetingCadence
	 * @see #setMeetingCadence(MeetingCadence)
	 * @see org.helix.model.governance.GovernancePackage#getGovernanceBody_MeetingCadence()
	 * @model
	 * @generated
	 */
	MeetingCadence getMeetingCadence();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.GovernanceBody#getMeetingCadence <em>Meeting Cadence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meeting Cadence</em>' attribute.
	 * @see org.helix.model.governance.MeetingCadence
	 * @see #getMeetingCadence()
	 * @generated
	 */
	void setMeetingCadence(MeetingCadence value);

	/**
	 * Returns the value of the '<em><b>Meetings Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meetings Per Year</em>' attribute.
	 * @see #setMeetingsPerYear(Integer)
	 * @see org.helix.model.governance.GovernancePackage#getGovernanceBody_MeetingsPerYear()
	 * @model
	 * @generated
	 */
	Integer getMeetingsPerYear();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.GovernanceBody#getMeetingsPerYear <em>Meetings Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meetings Per Year</em>' attribute.
	 * @see #getMeetingsPerYear()
	 * @generated
	 */
	void setMeetingsPerYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Cadence Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cadence Text</em>' attribute.
	 * @see #setCadenceText(String)
	 * @see org.helix.model.governance.GovernancePackage#getGovernanceBody_CadenceText()
	 * @model
	 * @generated
	 */
	String getCadenceText();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.GovernanceBody#getCadenceText <em>Cadence Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cadence Text</em>' attribute.
	 * @see #getCadenceText()
	 * @generated
	 */
	void setCadenceText(String value);

	/**
	 * Returns the value of the '<em><b>Open Meeting</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Open Meeting</em>' attribute.
	 * @see #setOpenMeeting(Boolean)
	 * @see org.helix.model.governance.GovernancePackage#getGovernanceBody_OpenMeeting()
	 * @model
	 * @generated
	 */
	Boolean getOpenMeeting();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.GovernanceBody#getOpenMeeting <em>Open Meeting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Open Meeting</em>' attribute.
	 * @see #getOpenMeeting()
	 * @generated
	 */
	void setOpenMeeting(Boolean value);

	/**
	 * Returns the value of the '<em><b>Established</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Established</em>' attribute.
	 * @see #setEstablished(LocalDate)
	 * @see org.helix.model.governance.GovernancePackage#getGovernanceBody_Established()
	 * @model dataType="org.helix.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getEstablished();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.GovernanceBody#getEstablished <em>Established</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Established</em>' attribute.
	 * @see #getEstablished()
	 * @generated
	 */
	void setEstablished(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Dissolved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dissolved</em>' attribute.
	 * @see #setDissolved(LocalDate)
	 * @see org.helix.model.governance.GovernancePackage#getGovernanceBody_Dissolved()
	 * @model dataType="org.helix.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getDissolved();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.GovernanceBody#getDissolved <em>Dissolved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dissolved</em>' attribute.
	 * @see #getDissolved()
	 * @generated
	 */
	void setDissolved(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisation</em>' reference.
	 * @see #setOrganisation(Organisation)
	 * @see org.helix.model.governance.GovernancePackage#getGovernanceBody_Organisation()
	 * @model
	 * @generated
	 */
	Organisation getOrganisation();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.GovernanceBody#getOrganisation <em>Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' reference.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(Organisation value);

	/**
	 * Returns the value of the '<em><b>Chair</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chair</em>' reference.
	 * @see #setChair(Actor)
	 * @see org.helix.model.governance.GovernancePackage#getGovernanceBody_Chair()
	 * @model
	 * @generated
	 */
	Actor getChair();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.GovernanceBody#getChair <em>Chair</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chair</em>' reference.
	 * @see #getChair()
	 * @generated
	 */
	void setChair(Actor value);

	/**
	 * Returns the value of the '<em><b>Trekker</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trekker</em>' reference.
	 * @see #setTrekker(Actor)
	 * @see org.helix.model.governance.GovernancePackage#getGovernanceBody_Trekker()
	 * @model
	 * @generated
	 */
	Actor getTrekker();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.GovernanceBody#getTrekker <em>Trekker</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trekker</em>' reference.
	 * @see #getTrekker()
	 * @generated
	 */
	void setTrekker(Actor value);

	/**
	 * Returns the value of the '<em><b>Secretariat</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Secretariat</em>' reference.
	 * @see #setSecretariat(Organisation)
	 * @see org.helix.model.governance.GovernancePackage#getGovernanceBody_Secretariat()
	 * @model
	 * @generated
	 */
	Organisation getSecretariat();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.GovernanceBody#getSecretariat <em>Secretariat</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secretariat</em>' reference.
	 * @see #getSecretariat()
	 * @generated
	 */
	void setSecretariat(Organisation value);

	/**
	 * Returns the value of the '<em><b>Set Up By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Set Up By</em>' reference.
	 * @see #setSetUpBy(GovernanceBody)
	 * @see org.helix.model.governance.GovernancePackage#getGovernanceBody_SetUpBy()
	 * @model
	 * @generated
	 */
	GovernanceBody getSetUpBy();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.GovernanceBody#getSetUpBy <em>Set Up By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Set Up By</em>' reference.
	 * @see #getSetUpBy()
	 * @generated
	 */
	void setSetUpBy(GovernanceBody value);

	/**
	 * Returns the value of the '<em><b>Memberships</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.governance.Membership}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memberships</em>' containment reference list.
	 * @see org.helix.model.governance.GovernancePackage#getGovernanceBody_Memberships()
	 * @model containment="true"
	 * @generated
	 */
	EList<Membership> getMemberships();

	/**
	 * Returns the value of the '<em><b>Reporting Lines</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.governance.ReportingLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reporting Lines</em>' containment reference list.
	 * @see org.helix.model.governance.GovernancePackage#getGovernanceBody_ReportingLines()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReportingLine> getReportingLines();

	/**
	 * Returns the value of the '<em><b>Meetings</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.governance.Meeting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meetings</em>' containment reference list.
	 * @see org.helix.model.governance.GovernancePackage#getGovernanceBody_Meetings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Meeting> getMeetings();

	/**
	 * Returns the value of the '<em><b>Rules Of Procedure</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rules Of Procedure</em>' containment reference.
	 * @see #setRulesOfProcedure(RulesOfProcedure)
	 * @see org.helix.model.governance.GovernancePackage#getGovernanceBody_RulesOfProcedure()
	 * @model containment="true"
	 * @generated
	 */
	RulesOfProcedure getRulesOfProcedure();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.GovernanceBody#getRulesOfProcedure <em>Rules Of Procedure</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rules Of Procedure</em>' containment reference.
	 * @see #getRulesOfProcedure()
	 * @generated
	 */
	void setRulesOfProcedure(RulesOfProcedure value);

} // GovernanceBody
