/**
 * Helix
 */
package org.helix.model.governance.impl;

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
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.model.core.impl.HelixElementImpl;

import org.helix.model.ecosystem.Actor;

import org.helix.model.governance.Decision;
import org.helix.model.governance.GovernancePackage;
import org.helix.model.governance.Meeting;
import org.helix.model.governance.MeetingKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Meeting</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.governance.impl.MeetingImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.MeetingImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.MeetingImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.MeetingImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.MeetingImpl#getParticipantCount <em>Participant Count</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.MeetingImpl#getAgenda <em>Agenda</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.MeetingImpl#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.MeetingImpl#getDecisions <em>Decisions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeetingImpl extends HelixElementImpl implements Meeting {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final MeetingKind KIND_EDEFAULT = MeetingKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected MeetingKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getParticipantCount() <em>Participant Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipantCount()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PARTICIPANT_COUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParticipantCount() <em>Participant Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipantCount()
	 * @generated
	 * @ordered
	 */
	protected Integer participantCount = PARTICIPANT_COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAgenda() <em>Agenda</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgenda()
	 * @generated
	 * @ordered
	 */
	protected EList<String> agenda;

	/**
	 * The cached value of the '{@link #getAttendees() <em>Attendees</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendees()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> attendees;

	/**
	 * The cached value of the '{@link #getDecisions() <em>Decisions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisions()
	 * @generated
	 * @ordered
	 */
	protected EList<Decision> decisions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeetingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.MEETING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.MEETING__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeetingKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(MeetingKind newKind) {
		MeetingKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.MEETING__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.MEETING__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.MEETING__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getParticipantCount() {
		return participantCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParticipantCount(Integer newParticipantCount) {
		Integer oldParticipantCount = participantCount;
		participantCount = newParticipantCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.MEETING__PARTICIPANT_COUNT, oldParticipantCount, participantCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAgenda() {
		if (agenda == null) {
			agenda = new EDataTypeUniqueEList<String>(String.class, this, GovernancePackage.MEETING__AGENDA);
		}
		return agenda;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getAttendees() {
		if (attendees == null) {
			attendees = new EObjectResolvingEList<Actor>(Actor.class, this, GovernancePackage.MEETING__ATTENDEES);
		}
		return attendees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Decision> getDecisions() {
		if (decisions == null) {
			decisions = new EObjectContainmentEList<Decision>(Decision.class, this, GovernancePackage.MEETING__DECISIONS);
		}
		return decisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GovernancePackage.MEETING__DECISIONS:
				return ((InternalEList<?>)getDecisions()).basicRemove(otherEnd, msgs);
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
			case GovernancePackage.MEETING__TITLE:
				return getTitle();
			case GovernancePackage.MEETING__KIND:
				return getKind();
			case GovernancePackage.MEETING__DATE:
				return getDate();
			case GovernancePackage.MEETING__LOCATION:
				return getLocation();
			case GovernancePackage.MEETING__PARTICIPANT_COUNT:
				return getParticipantCount();
			case GovernancePackage.MEETING__AGENDA:
				return getAgenda();
			case GovernancePackage.MEETING__ATTENDEES:
				return getAttendees();
			case GovernancePackage.MEETING__DECISIONS:
				return getDecisions();
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
			case GovernancePackage.MEETING__TITLE:
				setTitle((String)newValue);
				return;
			case GovernancePackage.MEETING__KIND:
				setKind((MeetingKind)newValue);
				return;
			case GovernancePackage.MEETING__DATE:
				setDate((LocalDate)newValue);
				return;
			case GovernancePackage.MEETING__LOCATION:
				setLocation((String)newValue);
				return;
			case GovernancePackage.MEETING__PARTICIPANT_COUNT:
				setParticipantCount((Integer)newValue);
				return;
			case GovernancePackage.MEETING__AGENDA:
				getAgenda().clear();
				getAgenda().addAll((Collection<? extends String>)newValue);
				return;
			case GovernancePackage.MEETING__ATTENDEES:
				getAttendees().clear();
				getAttendees().addAll((Collection<? extends Actor>)newValue);
				return;
			case GovernancePackage.MEETING__DECISIONS:
				getDecisions().clear();
				getDecisions().addAll((Collection<? extends Decision>)newValue);
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
			case GovernancePackage.MEETING__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case GovernancePackage.MEETING__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case GovernancePackage.MEETING__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case GovernancePackage.MEETING__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case GovernancePackage.MEETING__PARTICIPANT_COUNT:
				setParticipantCount(PARTICIPANT_COUNT_EDEFAULT);
				return;
			case GovernancePackage.MEETING__AGENDA:
				getAgenda().clear();
				return;
			case GovernancePackage.MEETING__ATTENDEES:
				getAttendees().clear();
				return;
			case GovernancePackage.MEETING__DECISIONS:
				getDecisions().clear();
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
			case GovernancePackage.MEETING__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case GovernancePackage.MEETING__KIND:
				return kind != KIND_EDEFAULT;
			case GovernancePackage.MEETING__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case GovernancePackage.MEETING__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case GovernancePackage.MEETING__PARTICIPANT_COUNT:
				return PARTICIPANT_COUNT_EDEFAULT == null ? participantCount != null : !PARTICIPANT_COUNT_EDEFAULT.equals(participantCount);
			case GovernancePackage.MEETING__AGENDA:
				return agenda != null && !agenda.isEmpty();
			case GovernancePackage.MEETING__ATTENDEES:
				return attendees != null && !attendees.isEmpty();
			case GovernancePackage.MEETING__DECISIONS:
				return decisions != null && !decisions.isEmpty();
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
		result.append(" (title: ");
		result.append(title);
		result.append(", kind: ");
		result.append(kind);
		result.append(", date: ");
		result.append(date);
		result.append(", location: ");
		result.append(location);
		result.append(", participantCount: ");
		result.append(participantCount);
		result.append(", agenda: ");
		result.append(agenda);
		result.append(')');
		return result.toString();
	}

} //MeetingImpl
