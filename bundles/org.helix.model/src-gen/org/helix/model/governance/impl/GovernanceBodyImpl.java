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
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.model.core.GovernanceLevel;

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.ecosystem.Actor;
import org.helix.model.ecosystem.Organisation;

import org.helix.model.governance.BodyKind;
import org.helix.model.governance.BodyStatus;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.GovernancePackage;
import org.helix.model.governance.Meeting;
import org.helix.model.governance.MeetingCadence;
import org.helix.model.governance.Membership;
import org.helix.model.governance.ReportingLine;
import org.helix.model.governance.RulesOfProcedure;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Body</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.governance.impl.GovernanceBodyImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.GovernanceBodyImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.GovernanceBodyImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.GovernanceBodyImpl#getMandate <em>Mandate</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.GovernanceBodyImpl#getTasks <em>Tasks</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.GovernanceBodyImpl#getMeetingCadence <em>Meeting Cadence</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.GovernanceBodyImpl#getMeetingsPerYear <em>Meetings Per Year</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.GovernanceBodyImpl#getCadenceText <em>Cadence Text</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.GovernanceBodyImpl#getOpenMeeting <em>Open Meeting</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.GovernanceBodyImpl#getEstablished <em>Established</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.GovernanceBodyImpl#getDissolved <em>Dissolved</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.GovernanceBodyImpl#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.GovernanceBodyImpl#getChair <em>Chair</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.GovernanceBodyImpl#getTrekker <em>Trekker</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.GovernanceBodyImpl#getSecretariat <em>Secretariat</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.GovernanceBodyImpl#getSetUpBy <em>Set Up By</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.GovernanceBodyImpl#getMemberships <em>Memberships</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.GovernanceBodyImpl#getReportingLines <em>Reporting Lines</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.GovernanceBodyImpl#getMeetings <em>Meetings</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.GovernanceBodyImpl#getRulesOfProcedure <em>Rules Of Procedure</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GovernanceBodyImpl extends NamedElementImpl implements GovernanceBody {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final BodyKind KIND_EDEFAULT = BodyKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected BodyKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final BodyStatus STATUS_EDEFAULT = BodyStatus.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected BodyStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final GovernanceLevel LEVEL_EDEFAULT = GovernanceLevel.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected GovernanceLevel level = LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getMandate() <em>Mandate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMandate()
	 * @generated
	 * @ordered
	 */
	protected static final String MANDATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMandate() <em>Mandate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMandate()
	 * @generated
	 * @ordered
	 */
	protected String mandate = MANDATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTasks() <em>Tasks</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTasks()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tasks;

	/**
	 * The default value of the '{@link #getMeetingCadence() <em>Meeting Cadence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingCadence()
	 * @generated
	 * @ordered
	 */
	protected static final MeetingCadence MEETING_CADENCE_EDEFAULT = MeetingCadence.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getMeetingCadence() <em>Meeting Cadence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingCadence()
	 * @generated
	 * @ordered
	 */
	protected MeetingCadence meetingCadence = MEETING_CADENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeetingsPerYear() <em>Meetings Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingsPerYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MEETINGS_PER_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeetingsPerYear() <em>Meetings Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingsPerYear()
	 * @generated
	 * @ordered
	 */
	protected Integer meetingsPerYear = MEETINGS_PER_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getCadenceText() <em>Cadence Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCadenceText()
	 * @generated
	 * @ordered
	 */
	protected static final String CADENCE_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCadenceText() <em>Cadence Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCadenceText()
	 * @generated
	 * @ordered
	 */
	protected String cadenceText = CADENCE_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpenMeeting() <em>Open Meeting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenMeeting()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean OPEN_MEETING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOpenMeeting() <em>Open Meeting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenMeeting()
	 * @generated
	 * @ordered
	 */
	protected Boolean openMeeting = OPEN_MEETING_EDEFAULT;

	/**
	 * The default value of the '{@link #getEstablished() <em>Established</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstablished()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ESTABLISHED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEstablished() <em>Established</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstablished()
	 * @generated
	 * @ordered
	 */
	protected LocalDate established = ESTABLISHED_EDEFAULT;

	/**
	 * The default value of the '{@link #getDissolved() <em>Dissolved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDissolved()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DISSOLVED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDissolved() <em>Dissolved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDissolved()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dissolved = DISSOLVED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOrganisation() <em>Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisation()
	 * @generated
	 * @ordered
	 */
	protected Organisation organisation;

	/**
	 * The cached value of the '{@link #getChair() <em>Chair</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChair()
	 * @generated
	 * @ordered
	 */
	protected Actor chair;

	/**
	 * The cached value of the '{@link #getTrekker() <em>Trekker</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrekker()
	 * @generated
	 * @ordered
	 */
	protected Actor trekker;

	/**
	 * The cached value of the '{@link #getSecretariat() <em>Secretariat</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecretariat()
	 * @generated
	 * @ordered
	 */
	protected Organisation secretariat;

	/**
	 * The cached value of the '{@link #getSetUpBy() <em>Set Up By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSetUpBy()
	 * @generated
	 * @ordered
	 */
	protected GovernanceBody setUpBy;

	/**
	 * The cached value of the '{@link #getMemberships() <em>Memberships</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemberships()
	 * @generated
	 * @ordered
	 */
	protected EList<Membership> memberships;

	/**
	 * The cached value of the '{@link #getReportingLines() <em>Reporting Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportingLines()
	 * @generated
	 * @ordered
	 */
	protected EList<ReportingLine> reportingLines;

	/**
	 * The cached value of the '{@link #getMeetings() <em>Meetings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetings()
	 * @generated
	 * @ordered
	 */
	protected EList<Meeting> meetings;

	/**
	 * The cached value of the '{@link #getRulesOfProcedure() <em>Rules Of Procedure</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRulesOfProcedure()
	 * @generated
	 * @ordered
	 */
	protected RulesOfProcedure rulesOfProcedure;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GovernanceBodyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.GOVERNANCE_BODY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BodyKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(BodyKind newKind) {
		BodyKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.GOVERNANCE_BODY__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BodyStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(BodyStatus newStatus) {
		BodyStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.GOVERNANCE_BODY__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernanceLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(GovernanceLevel newLevel) {
		GovernanceLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.GOVERNANCE_BODY__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMandate() {
		return mandate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMandate(String newMandate) {
		String oldMandate = mandate;
		mandate = newMandate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.GOVERNANCE_BODY__MANDATE, oldMandate, mandate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTasks() {
		if (tasks == null) {
			tasks = new EDataTypeUniqueEList<String>(String.class, this, GovernancePackage.GOVERNANCE_BODY__TASKS);
		}
		return tasks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeetingCadence getMeetingCadence() {
		return meetingCadence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeetingCadence(MeetingCadence newMeetingCadence) {
		MeetingCadence oldMeetingCadence = meetingCadence;
		meetingCadence = newMeetingCadence == null ? MEETING_CADENCE_EDEFAULT : newMeetingCadence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.GOVERNANCE_BODY__MEETING_CADENCE, oldMeetingCadence, meetingCadence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMeetingsPerYear() {
		return meetingsPerYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeetingsPerYear(Integer newMeetingsPerYear) {
		Integer oldMeetingsPerYear = meetingsPerYear;
		meetingsPerYear = newMeetingsPerYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.GOVERNANCE_BODY__MEETINGS_PER_YEAR, oldMeetingsPerYear, meetingsPerYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCadenceText() {
		return cadenceText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCadenceText(String newCadenceText) {
		String oldCadenceText = cadenceText;
		cadenceText = newCadenceText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.GOVERNANCE_BODY__CADENCE_TEXT, oldCadenceText, cadenceText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getOpenMeeting() {
		return openMeeting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpenMeeting(Boolean newOpenMeeting) {
		Boolean oldOpenMeeting = openMeeting;
		openMeeting = newOpenMeeting;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.GOVERNANCE_BODY__OPEN_MEETING, oldOpenMeeting, openMeeting));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEstablished() {
		return established;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEstablished(LocalDate newEstablished) {
		LocalDate oldEstablished = established;
		established = newEstablished;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.GOVERNANCE_BODY__ESTABLISHED, oldEstablished, established));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDissolved() {
		return dissolved;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDissolved(LocalDate newDissolved) {
		LocalDate oldDissolved = dissolved;
		dissolved = newDissolved;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.GOVERNANCE_BODY__DISSOLVED, oldDissolved, dissolved));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getOrganisation() {
		if (organisation != null && organisation.eIsProxy()) {
			InternalEObject oldOrganisation = (InternalEObject)organisation;
			organisation = (Organisation)eResolveProxy(oldOrganisation);
			if (organisation != oldOrganisation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.GOVERNANCE_BODY__ORGANISATION, oldOrganisation, organisation));
			}
		}
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetOrganisation() {
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganisation(Organisation newOrganisation) {
		Organisation oldOrganisation = organisation;
		organisation = newOrganisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.GOVERNANCE_BODY__ORGANISATION, oldOrganisation, organisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getChair() {
		if (chair != null && chair.eIsProxy()) {
			InternalEObject oldChair = (InternalEObject)chair;
			chair = (Actor)eResolveProxy(oldChair);
			if (chair != oldChair) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.GOVERNANCE_BODY__CHAIR, oldChair, chair));
			}
		}
		return chair;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetChair() {
		return chair;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChair(Actor newChair) {
		Actor oldChair = chair;
		chair = newChair;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.GOVERNANCE_BODY__CHAIR, oldChair, chair));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getTrekker() {
		if (trekker != null && trekker.eIsProxy()) {
			InternalEObject oldTrekker = (InternalEObject)trekker;
			trekker = (Actor)eResolveProxy(oldTrekker);
			if (trekker != oldTrekker) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.GOVERNANCE_BODY__TREKKER, oldTrekker, trekker));
			}
		}
		return trekker;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetTrekker() {
		return trekker;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrekker(Actor newTrekker) {
		Actor oldTrekker = trekker;
		trekker = newTrekker;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.GOVERNANCE_BODY__TREKKER, oldTrekker, trekker));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getSecretariat() {
		if (secretariat != null && secretariat.eIsProxy()) {
			InternalEObject oldSecretariat = (InternalEObject)secretariat;
			secretariat = (Organisation)eResolveProxy(oldSecretariat);
			if (secretariat != oldSecretariat) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.GOVERNANCE_BODY__SECRETARIAT, oldSecretariat, secretariat));
			}
		}
		return secretariat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetSecretariat() {
		return secretariat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecretariat(Organisation newSecretariat) {
		Organisation oldSecretariat = secretariat;
		secretariat = newSecretariat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.GOVERNANCE_BODY__SECRETARIAT, oldSecretariat, secretariat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernanceBody getSetUpBy() {
		if (setUpBy != null && setUpBy.eIsProxy()) {
			InternalEObject oldSetUpBy = (InternalEObject)setUpBy;
			setUpBy = (GovernanceBody)eResolveProxy(oldSetUpBy);
			if (setUpBy != oldSetUpBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.GOVERNANCE_BODY__SET_UP_BY, oldSetUpBy, setUpBy));
			}
		}
		return setUpBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GovernanceBody basicGetSetUpBy() {
		return setUpBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSetUpBy(GovernanceBody newSetUpBy) {
		GovernanceBody oldSetUpBy = setUpBy;
		setUpBy = newSetUpBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.GOVERNANCE_BODY__SET_UP_BY, oldSetUpBy, setUpBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Membership> getMemberships() {
		if (memberships == null) {
			memberships = new EObjectContainmentEList<Membership>(Membership.class, this, GovernancePackage.GOVERNANCE_BODY__MEMBERSHIPS);
		}
		return memberships;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReportingLine> getReportingLines() {
		if (reportingLines == null) {
			reportingLines = new EObjectContainmentEList<ReportingLine>(ReportingLine.class, this, GovernancePackage.GOVERNANCE_BODY__REPORTING_LINES);
		}
		return reportingLines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Meeting> getMeetings() {
		if (meetings == null) {
			meetings = new EObjectContainmentEList<Meeting>(Meeting.class, this, GovernancePackage.GOVERNANCE_BODY__MEETINGS);
		}
		return meetings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RulesOfProcedure getRulesOfProcedure() {
		return rulesOfProcedure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRulesOfProcedure(RulesOfProcedure newRulesOfProcedure, NotificationChain msgs) {
		RulesOfProcedure oldRulesOfProcedure = rulesOfProcedure;
		rulesOfProcedure = newRulesOfProcedure;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GovernancePackage.GOVERNANCE_BODY__RULES_OF_PROCEDURE, oldRulesOfProcedure, newRulesOfProcedure);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRulesOfProcedure(RulesOfProcedure newRulesOfProcedure) {
		if (newRulesOfProcedure != rulesOfProcedure) {
			NotificationChain msgs = null;
			if (rulesOfProcedure != null)
				msgs = ((InternalEObject)rulesOfProcedure).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GovernancePackage.GOVERNANCE_BODY__RULES_OF_PROCEDURE, null, msgs);
			if (newRulesOfProcedure != null)
				msgs = ((InternalEObject)newRulesOfProcedure).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GovernancePackage.GOVERNANCE_BODY__RULES_OF_PROCEDURE, null, msgs);
			msgs = basicSetRulesOfProcedure(newRulesOfProcedure, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.GOVERNANCE_BODY__RULES_OF_PROCEDURE, newRulesOfProcedure, newRulesOfProcedure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GovernancePackage.GOVERNANCE_BODY__MEMBERSHIPS:
				return ((InternalEList<?>)getMemberships()).basicRemove(otherEnd, msgs);
			case GovernancePackage.GOVERNANCE_BODY__REPORTING_LINES:
				return ((InternalEList<?>)getReportingLines()).basicRemove(otherEnd, msgs);
			case GovernancePackage.GOVERNANCE_BODY__MEETINGS:
				return ((InternalEList<?>)getMeetings()).basicRemove(otherEnd, msgs);
			case GovernancePackage.GOVERNANCE_BODY__RULES_OF_PROCEDURE:
				return basicSetRulesOfProcedure(null, msgs);
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
			case GovernancePackage.GOVERNANCE_BODY__KIND:
				return getKind();
			case GovernancePackage.GOVERNANCE_BODY__STATUS:
				return getStatus();
			case GovernancePackage.GOVERNANCE_BODY__LEVEL:
				return getLevel();
			case GovernancePackage.GOVERNANCE_BODY__MANDATE:
				return getMandate();
			case GovernancePackage.GOVERNANCE_BODY__TASKS:
				return getTasks();
			case GovernancePackage.GOVERNANCE_BODY__MEETING_CADENCE:
				return getMeetingCadence();
			case GovernancePackage.GOVERNANCE_BODY__MEETINGS_PER_YEAR:
				return getMeetingsPerYear();
			case GovernancePackage.GOVERNANCE_BODY__CADENCE_TEXT:
				return getCadenceText();
			case GovernancePackage.GOVERNANCE_BODY__OPEN_MEETING:
				return getOpenMeeting();
			case GovernancePackage.GOVERNANCE_BODY__ESTABLISHED:
				return getEstablished();
			case GovernancePackage.GOVERNANCE_BODY__DISSOLVED:
				return getDissolved();
			case GovernancePackage.GOVERNANCE_BODY__ORGANISATION:
				if (resolve) return getOrganisation();
				return basicGetOrganisation();
			case GovernancePackage.GOVERNANCE_BODY__CHAIR:
				if (resolve) return getChair();
				return basicGetChair();
			case GovernancePackage.GOVERNANCE_BODY__TREKKER:
				if (resolve) return getTrekker();
				return basicGetTrekker();
			case GovernancePackage.GOVERNANCE_BODY__SECRETARIAT:
				if (resolve) return getSecretariat();
				return basicGetSecretariat();
			case GovernancePackage.GOVERNANCE_BODY__SET_UP_BY:
				if (resolve) return getSetUpBy();
				return basicGetSetUpBy();
			case GovernancePackage.GOVERNANCE_BODY__MEMBERSHIPS:
				return getMemberships();
			case GovernancePackage.GOVERNANCE_BODY__REPORTING_LINES:
				return getReportingLines();
			case GovernancePackage.GOVERNANCE_BODY__MEETINGS:
				return getMeetings();
			case GovernancePackage.GOVERNANCE_BODY__RULES_OF_PROCEDURE:
				return getRulesOfProcedure();
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
			case GovernancePackage.GOVERNANCE_BODY__KIND:
				setKind((BodyKind)newValue);
				return;
			case GovernancePackage.GOVERNANCE_BODY__STATUS:
				setStatus((BodyStatus)newValue);
				return;
			case GovernancePackage.GOVERNANCE_BODY__LEVEL:
				setLevel((GovernanceLevel)newValue);
				return;
			case GovernancePackage.GOVERNANCE_BODY__MANDATE:
				setMandate((String)newValue);
				return;
			case GovernancePackage.GOVERNANCE_BODY__TASKS:
				getTasks().clear();
				getTasks().addAll((Collection<? extends String>)newValue);
				return;
			case GovernancePackage.GOVERNANCE_BODY__MEETING_CADENCE:
				setMeetingCadence((MeetingCadence)newValue);
				return;
			case GovernancePackage.GOVERNANCE_BODY__MEETINGS_PER_YEAR:
				setMeetingsPerYear((Integer)newValue);
				return;
			case GovernancePackage.GOVERNANCE_BODY__CADENCE_TEXT:
				setCadenceText((String)newValue);
				return;
			case GovernancePackage.GOVERNANCE_BODY__OPEN_MEETING:
				setOpenMeeting((Boolean)newValue);
				return;
			case GovernancePackage.GOVERNANCE_BODY__ESTABLISHED:
				setEstablished((LocalDate)newValue);
				return;
			case GovernancePackage.GOVERNANCE_BODY__DISSOLVED:
				setDissolved((LocalDate)newValue);
				return;
			case GovernancePackage.GOVERNANCE_BODY__ORGANISATION:
				setOrganisation((Organisation)newValue);
				return;
			case GovernancePackage.GOVERNANCE_BODY__CHAIR:
				setChair((Actor)newValue);
				return;
			case GovernancePackage.GOVERNANCE_BODY__TREKKER:
				setTrekker((Actor)newValue);
				return;
			case GovernancePackage.GOVERNANCE_BODY__SECRETARIAT:
				setSecretariat((Organisation)newValue);
				return;
			case GovernancePackage.GOVERNANCE_BODY__SET_UP_BY:
				setSetUpBy((GovernanceBody)newValue);
				return;
			case GovernancePackage.GOVERNANCE_BODY__MEMBERSHIPS:
				getMemberships().clear();
				getMemberships().addAll((Collection<? extends Membership>)newValue);
				return;
			case GovernancePackage.GOVERNANCE_BODY__REPORTING_LINES:
				getReportingLines().clear();
				getReportingLines().addAll((Collection<? extends ReportingLine>)newValue);
				return;
			case GovernancePackage.GOVERNANCE_BODY__MEETINGS:
				getMeetings().clear();
				getMeetings().addAll((Collection<? extends Meeting>)newValue);
				return;
			case GovernancePackage.GOVERNANCE_BODY__RULES_OF_PROCEDURE:
				setRulesOfProcedure((RulesOfProcedure)newValue);
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
			case GovernancePackage.GOVERNANCE_BODY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case GovernancePackage.GOVERNANCE_BODY__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case GovernancePackage.GOVERNANCE_BODY__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case GovernancePackage.GOVERNANCE_BODY__MANDATE:
				setMandate(MANDATE_EDEFAULT);
				return;
			case GovernancePackage.GOVERNANCE_BODY__TASKS:
				getTasks().clear();
				return;
			case GovernancePackage.GOVERNANCE_BODY__MEETING_CADENCE:
				setMeetingCadence(MEETING_CADENCE_EDEFAULT);
				return;
			case GovernancePackage.GOVERNANCE_BODY__MEETINGS_PER_YEAR:
				setMeetingsPerYear(MEETINGS_PER_YEAR_EDEFAULT);
				return;
			case GovernancePackage.GOVERNANCE_BODY__CADENCE_TEXT:
				setCadenceText(CADENCE_TEXT_EDEFAULT);
				return;
			case GovernancePackage.GOVERNANCE_BODY__OPEN_MEETING:
				setOpenMeeting(OPEN_MEETING_EDEFAULT);
				return;
			case GovernancePackage.GOVERNANCE_BODY__ESTABLISHED:
				setEstablished(ESTABLISHED_EDEFAULT);
				return;
			case GovernancePackage.GOVERNANCE_BODY__DISSOLVED:
				setDissolved(DISSOLVED_EDEFAULT);
				return;
			case GovernancePackage.GOVERNANCE_BODY__ORGANISATION:
				setOrganisation((Organisation)null);
				return;
			case GovernancePackage.GOVERNANCE_BODY__CHAIR:
				setChair((Actor)null);
				return;
			case GovernancePackage.GOVERNANCE_BODY__TREKKER:
				setTrekker((Actor)null);
				return;
			case GovernancePackage.GOVERNANCE_BODY__SECRETARIAT:
				setSecretariat((Organisation)null);
				return;
			case GovernancePackage.GOVERNANCE_BODY__SET_UP_BY:
				setSetUpBy((GovernanceBody)null);
				return;
			case GovernancePackage.GOVERNANCE_BODY__MEMBERSHIPS:
				getMemberships().clear();
				return;
			case GovernancePackage.GOVERNANCE_BODY__REPORTING_LINES:
				getReportingLines().clear();
				return;
			case GovernancePackage.GOVERNANCE_BODY__MEETINGS:
				getMeetings().clear();
				return;
			case GovernancePackage.GOVERNANCE_BODY__RULES_OF_PROCEDURE:
				setRulesOfProcedure((RulesOfProcedure)null);
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
			case GovernancePackage.GOVERNANCE_BODY__KIND:
				return kind != KIND_EDEFAULT;
			case GovernancePackage.GOVERNANCE_BODY__STATUS:
				return status != STATUS_EDEFAULT;
			case GovernancePackage.GOVERNANCE_BODY__LEVEL:
				return level != LEVEL_EDEFAULT;
			case GovernancePackage.GOVERNANCE_BODY__MANDATE:
				return MANDATE_EDEFAULT == null ? mandate != null : !MANDATE_EDEFAULT.equals(mandate);
			case GovernancePackage.GOVERNANCE_BODY__TASKS:
				return tasks != null && !tasks.isEmpty();
			case GovernancePackage.GOVERNANCE_BODY__MEETING_CADENCE:
				return meetingCadence != MEETING_CADENCE_EDEFAULT;
			case GovernancePackage.GOVERNANCE_BODY__MEETINGS_PER_YEAR:
				return MEETINGS_PER_YEAR_EDEFAULT == null ? meetingsPerYear != null : !MEETINGS_PER_YEAR_EDEFAULT.equals(meetingsPerYear);
			case GovernancePackage.GOVERNANCE_BODY__CADENCE_TEXT:
				return CADENCE_TEXT_EDEFAULT == null ? cadenceText != null : !CADENCE_TEXT_EDEFAULT.equals(cadenceText);
			case GovernancePackage.GOVERNANCE_BODY__OPEN_MEETING:
				return OPEN_MEETING_EDEFAULT == null ? openMeeting != null : !OPEN_MEETING_EDEFAULT.equals(openMeeting);
			case GovernancePackage.GOVERNANCE_BODY__ESTABLISHED:
				return ESTABLISHED_EDEFAULT == null ? established != null : !ESTABLISHED_EDEFAULT.equals(established);
			case GovernancePackage.GOVERNANCE_BODY__DISSOLVED:
				return DISSOLVED_EDEFAULT == null ? dissolved != null : !DISSOLVED_EDEFAULT.equals(dissolved);
			case GovernancePackage.GOVERNANCE_BODY__ORGANISATION:
				return organisation != null;
			case GovernancePackage.GOVERNANCE_BODY__CHAIR:
				return chair != null;
			case GovernancePackage.GOVERNANCE_BODY__TREKKER:
				return trekker != null;
			case GovernancePackage.GOVERNANCE_BODY__SECRETARIAT:
				return secretariat != null;
			case GovernancePackage.GOVERNANCE_BODY__SET_UP_BY:
				return setUpBy != null;
			case GovernancePackage.GOVERNANCE_BODY__MEMBERSHIPS:
				return memberships != null && !memberships.isEmpty();
			case GovernancePackage.GOVERNANCE_BODY__REPORTING_LINES:
				return reportingLines != null && !reportingLines.isEmpty();
			case GovernancePackage.GOVERNANCE_BODY__MEETINGS:
				return meetings != null && !meetings.isEmpty();
			case GovernancePackage.GOVERNANCE_BODY__RULES_OF_PROCEDURE:
				return rulesOfProcedure != null;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", status: ");
		result.append(status);
		result.append(", level: ");
		result.append(level);
		result.append(", mandate: ");
		result.append(mandate);
		result.append(", tasks: ");
		result.append(tasks);
		result.append(", meetingCadence: ");
		result.append(meetingCadence);
		result.append(", meetingsPerYear: ");
		result.append(meetingsPerYear);
		result.append(", cadenceText: ");
		result.append(cadenceText);
		result.append(", openMeeting: ");
		result.append(openMeeting);
		result.append(", established: ");
		result.append(established);
		result.append(", dissolved: ");
		result.append(dissolved);
		result.append(')');
		return result.toString();
	}

} //GovernanceBodyImpl
