/**
 * Helix
 */
package org.helix.model.governance;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.HelixElement;

import org.helix.model.ecosystem.Actor;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Meeting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A meeting or event of a body with date, attendance and decisions (e.g. evaluation 28 May 2024, workshop 8 May 2025).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.governance.Meeting#getTitle <em>Title</em>}</li>
 *   <li>{@link org.helix.model.governance.Meeting#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.governance.Meeting#getDate <em>Date</em>}</li>
 *   <li>{@link org.helix.model.governance.Meeting#getLocation <em>Location</em>}</li>
 *   <li>{@link org.helix.model.governance.Meeting#getParticipantCount <em>Participant Count</em>}</li>
 *   <li>{@link org.helix.model.governance.Meeting#getAgenda <em>Agenda</em>}</li>
 *   <li>{@link org.helix.model.governance.Meeting#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link org.helix.model.governance.Meeting#getDecisions <em>Decisions</em>}</li>
 * </ul>
 *
 * @see org.helix.model.governance.GovernancePackage#getMeeting()
 * @model
 * @generated
 */
public interface Meeting extends HelixElement {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.helix.model.governance.GovernancePackage#getMeeting_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.Meeting#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.governance.MeetingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.governance.MeetingKind
	 * @see #setKind(MeetingKind)
	 * @see org.helix.model.governance.GovernancePackage#getMeeting_Kind()
	 * @model
	 * @generated
	 */
	MeetingKind getKind();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.Meeting#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.governance.MeetingKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MeetingKind value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.helix.model.governance.GovernancePackage#getMeeting_Date()
	 * @model dataType="org.helix.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.Meeting#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.helix.model.governance.GovernancePackage#getMeeting_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.Meeting#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Participant Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participant Count</em>' attribute.
	 * @see #setParticipantCount(Integer)
	 * @see org.helix.model.governance.GovernancePackage#getMeeting_ParticipantCount()
	 * @model
	 * @generated
	 */
	Integer getParticipantCount();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.Meeting#getParticipantCount <em>Participant Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Participant Count</em>' attribute.
	 * @see #getParticipantCount()
	 * @generated
	 */
	void setParticipantCount(Integer value);

	/**
	 * Returns the value of the '<em><b>Agenda</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agenda</em>' attribute list.
	 * @see org.helix.model.governance.GovernancePackage#getMeeting_Agenda()
	 * @model
	 * @generated
	 */
	EList<String> getAgenda();

	/**
	 * Returns the value of the '<em><b>Attendees</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attendees</em>' reference list.
	 * @see org.helix.model.governance.GovernancePackage#getMeeting_Attendees()
	 * @model
	 * @generated
	 */
	EList<Actor> getAttendees();

	/**
	 * Returns the value of the '<em><b>Decisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.governance.Decision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decisions</em>' containment reference list.
	 * @see org.helix.model.governance.GovernancePackage#getMeeting_Decisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Decision> getDecisions();

} // Meeting
