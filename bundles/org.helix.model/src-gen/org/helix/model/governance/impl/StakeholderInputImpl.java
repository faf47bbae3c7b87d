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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.model.core.SourceDocument;

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.ecosystem.Actor;

import org.helix.model.governance.FormalResponse;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.GovernancePackage;
import org.helix.model.governance.InputKind;
import org.helix.model.governance.InputStatus;
import org.helix.model.governance.StakeholderInput;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stakeholder Input</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.governance.impl.StakeholderInputImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.StakeholderInputImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.StakeholderInputImpl#getRequestDate <em>Request Date</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.StakeholderInputImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.StakeholderInputImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.StakeholderInputImpl#getSubmittedBy <em>Submitted By</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.StakeholderInputImpl#getIssuingBody <em>Issuing Body</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.StakeholderInputImpl#getPreparedBy <em>Prepared By</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.StakeholderInputImpl#getAddressees <em>Addressees</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.StakeholderInputImpl#getAddressedBody <em>Addressed Body</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.StakeholderInputImpl#getDocument <em>Document</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.StakeholderInputImpl#getResponses <em>Responses</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StakeholderInputImpl extends NamedElementImpl implements StakeholderInput {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final InputKind KIND_EDEFAULT = InputKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected InputKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final InputStatus STATUS_EDEFAULT = InputStatus.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected InputStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRequestDate() <em>Request Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REQUEST_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRequestDate() <em>Request Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate requestDate = REQUEST_DATE_EDEFAULT;

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
	 * The default value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected String subject = SUBJECT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubmittedBy() <em>Submitted By</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmittedBy()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> submittedBy;

	/**
	 * The cached value of the '{@link #getIssuingBody() <em>Issuing Body</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuingBody()
	 * @generated
	 * @ordered
	 */
	protected GovernanceBody issuingBody;

	/**
	 * The cached value of the '{@link #getPreparedBy() <em>Prepared By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreparedBy()
	 * @generated
	 * @ordered
	 */
	protected GovernanceBody preparedBy;

	/**
	 * The cached value of the '{@link #getAddressees() <em>Addressees</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressees()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> addressees;

	/**
	 * The cached value of the '{@link #getAddressedBody() <em>Addressed Body</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressedBody()
	 * @generated
	 * @ordered
	 */
	protected GovernanceBody addressedBody;

	/**
	 * The cached value of the '{@link #getDocument() <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocument()
	 * @generated
	 * @ordered
	 */
	protected SourceDocument document;

	/**
	 * The cached value of the '{@link #getResponses() <em>Responses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponses()
	 * @generated
	 * @ordered
	 */
	protected EList<FormalResponse> responses;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StakeholderInputImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.STAKEHOLDER_INPUT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InputKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(InputKind newKind) {
		InputKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.STAKEHOLDER_INPUT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InputStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(InputStatus newStatus) {
		InputStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.STAKEHOLDER_INPUT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getRequestDate() {
		return requestDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequestDate(LocalDate newRequestDate) {
		LocalDate oldRequestDate = requestDate;
		requestDate = newRequestDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.STAKEHOLDER_INPUT__REQUEST_DATE, oldRequestDate, requestDate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.STAKEHOLDER_INPUT__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubject() {
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(String newSubject) {
		String oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.STAKEHOLDER_INPUT__SUBJECT, oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getSubmittedBy() {
		if (submittedBy == null) {
			submittedBy = new EObjectResolvingEList<Actor>(Actor.class, this, GovernancePackage.STAKEHOLDER_INPUT__SUBMITTED_BY);
		}
		return submittedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernanceBody getIssuingBody() {
		if (issuingBody != null && issuingBody.eIsProxy()) {
			InternalEObject oldIssuingBody = (InternalEObject)issuingBody;
			issuingBody = (GovernanceBody)eResolveProxy(oldIssuingBody);
			if (issuingBody != oldIssuingBody) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.STAKEHOLDER_INPUT__ISSUING_BODY, oldIssuingBody, issuingBody));
			}
		}
		return issuingBody;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GovernanceBody basicGetIssuingBody() {
		return issuingBody;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuingBody(GovernanceBody newIssuingBody) {
		GovernanceBody oldIssuingBody = issuingBody;
		issuingBody = newIssuingBody;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.STAKEHOLDER_INPUT__ISSUING_BODY, oldIssuingBody, issuingBody));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernanceBody getPreparedBy() {
		if (preparedBy != null && preparedBy.eIsProxy()) {
			InternalEObject oldPreparedBy = (InternalEObject)preparedBy;
			preparedBy = (GovernanceBody)eResolveProxy(oldPreparedBy);
			if (preparedBy != oldPreparedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.STAKEHOLDER_INPUT__PREPARED_BY, oldPreparedBy, preparedBy));
			}
		}
		return preparedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GovernanceBody basicGetPreparedBy() {
		return preparedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreparedBy(GovernanceBody newPreparedBy) {
		GovernanceBody oldPreparedBy = preparedBy;
		preparedBy = newPreparedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.STAKEHOLDER_INPUT__PREPARED_BY, oldPreparedBy, preparedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getAddressees() {
		if (addressees == null) {
			addressees = new EObjectResolvingEList<Actor>(Actor.class, this, GovernancePackage.STAKEHOLDER_INPUT__ADDRESSEES);
		}
		return addressees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernanceBody getAddressedBody() {
		if (addressedBody != null && addressedBody.eIsProxy()) {
			InternalEObject oldAddressedBody = (InternalEObject)addressedBody;
			addressedBody = (GovernanceBody)eResolveProxy(oldAddressedBody);
			if (addressedBody != oldAddressedBody) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.STAKEHOLDER_INPUT__ADDRESSED_BODY, oldAddressedBody, addressedBody));
			}
		}
		return addressedBody;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GovernanceBody basicGetAddressedBody() {
		return addressedBody;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddressedBody(GovernanceBody newAddressedBody) {
		GovernanceBody oldAddressedBody = addressedBody;
		addressedBody = newAddressedBody;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.STAKEHOLDER_INPUT__ADDRESSED_BODY, oldAddressedBody, addressedBody));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceDocument getDocument() {
		if (document != null && document.eIsProxy()) {
			InternalEObject oldDocument = (InternalEObject)document;
			document = (SourceDocument)eResolveProxy(oldDocument);
			if (document != oldDocument) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.STAKEHOLDER_INPUT__DOCUMENT, oldDocument, document));
			}
		}
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SourceDocument basicGetDocument() {
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocument(SourceDocument newDocument) {
		SourceDocument oldDocument = document;
		document = newDocument;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.STAKEHOLDER_INPUT__DOCUMENT, oldDocument, document));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FormalResponse> getResponses() {
		if (responses == null) {
			responses = new EObjectContainmentEList<FormalResponse>(FormalResponse.class, this, GovernancePackage.STAKEHOLDER_INPUT__RESPONSES);
		}
		return responses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GovernancePackage.STAKEHOLDER_INPUT__RESPONSES:
				return ((InternalEList<?>)getResponses()).basicRemove(otherEnd, msgs);
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
			case GovernancePackage.STAKEHOLDER_INPUT__KIND:
				return getKind();
			case GovernancePackage.STAKEHOLDER_INPUT__STATUS:
				return getStatus();
			case GovernancePackage.STAKEHOLDER_INPUT__REQUEST_DATE:
				return getRequestDate();
			case GovernancePackage.STAKEHOLDER_INPUT__DATE:
				return getDate();
			case GovernancePackage.STAKEHOLDER_INPUT__SUBJECT:
				return getSubject();
			case GovernancePackage.STAKEHOLDER_INPUT__SUBMITTED_BY:
				return getSubmittedBy();
			case GovernancePackage.STAKEHOLDER_INPUT__ISSUING_BODY:
				if (resolve) return getIssuingBody();
				return basicGetIssuingBody();
			case GovernancePackage.STAKEHOLDER_INPUT__PREPARED_BY:
				if (resolve) return getPreparedBy();
				return basicGetPreparedBy();
			case GovernancePackage.STAKEHOLDER_INPUT__ADDRESSEES:
				return getAddressees();
			case GovernancePackage.STAKEHOLDER_INPUT__ADDRESSED_BODY:
				if (resolve) return getAddressedBody();
				return basicGetAddressedBody();
			case GovernancePackage.STAKEHOLDER_INPUT__DOCUMENT:
				if (resolve) return getDocument();
				return basicGetDocument();
			case GovernancePackage.STAKEHOLDER_INPUT__RESPONSES:
				return getResponses();
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
			case GovernancePackage.STAKEHOLDER_INPUT__KIND:
				setKind((InputKind)newValue);
				return;
			case GovernancePackage.STAKEHOLDER_INPUT__STATUS:
				setStatus((InputStatus)newValue);
				return;
			case GovernancePackage.STAKEHOLDER_INPUT__REQUEST_DATE:
				setRequestDate((LocalDate)newValue);
				return;
			case GovernancePackage.STAKEHOLDER_INPUT__DATE:
				setDate((LocalDate)newValue);
				return;
			case GovernancePackage.STAKEHOLDER_INPUT__SUBJECT:
				setSubject((String)newValue);
				return;
			case GovernancePackage.STAKEHOLDER_INPUT__SUBMITTED_BY:
				getSubmittedBy().clear();
				getSubmittedBy().addAll((Collection<? extends Actor>)newValue);
				return;
			case GovernancePackage.STAKEHOLDER_INPUT__ISSUING_BODY:
				setIssuingBody((GovernanceBody)newValue);
				return;
			case GovernancePackage.STAKEHOLDER_INPUT__PREPARED_BY:
				setPreparedBy((GovernanceBody)newValue);
				return;
			case GovernancePackage.STAKEHOLDER_INPUT__ADDRESSEES:
				getAddressees().clear();
				getAddressees().addAll((Collection<? extends Actor>)newValue);
				return;
			case GovernancePackage.STAKEHOLDER_INPUT__ADDRESSED_BODY:
				setAddressedBody((GovernanceBody)newValue);
				return;
			case GovernancePackage.STAKEHOLDER_INPUT__DOCUMENT:
				setDocument((SourceDocument)newValue);
				return;
			case GovernancePackage.STAKEHOLDER_INPUT__RESPONSES:
				getResponses().clear();
				getResponses().addAll((Collection<? extends FormalResponse>)newValue);
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
			case GovernancePackage.STAKEHOLDER_INPUT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case GovernancePackage.STAKEHOLDER_INPUT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case GovernancePackage.STAKEHOLDER_INPUT__REQUEST_DATE:
				setRequestDate(REQUEST_DATE_EDEFAULT);
				return;
			case GovernancePackage.STAKEHOLDER_INPUT__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case GovernancePackage.STAKEHOLDER_INPUT__SUBJECT:
				setSubject(SUBJECT_EDEFAULT);
				return;
			case GovernancePackage.STAKEHOLDER_INPUT__SUBMITTED_BY:
				getSubmittedBy().clear();
				return;
			case GovernancePackage.STAKEHOLDER_INPUT__ISSUING_BODY:
				setIssuingBody((GovernanceBody)null);
				return;
			case GovernancePackage.STAKEHOLDER_INPUT__PREPARED_BY:
				setPreparedBy((GovernanceBody)null);
				return;
			case GovernancePackage.STAKEHOLDER_INPUT__ADDRESSEES:
				getAddressees().clear();
				return;
			case GovernancePackage.STAKEHOLDER_INPUT__ADDRESSED_BODY:
				setAddressedBody((GovernanceBody)null);
				return;
			case GovernancePackage.STAKEHOLDER_INPUT__DOCUMENT:
				setDocument((SourceDocument)null);
				return;
			case GovernancePackage.STAKEHOLDER_INPUT__RESPONSES:
				getResponses().clear();
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
			case GovernancePackage.STAKEHOLDER_INPUT__KIND:
				return kind != KIND_EDEFAULT;
			case GovernancePackage.STAKEHOLDER_INPUT__STATUS:
				return status != STATUS_EDEFAULT;
			case GovernancePackage.STAKEHOLDER_INPUT__REQUEST_DATE:
				return REQUEST_DATE_EDEFAULT == null ? requestDate != null : !REQUEST_DATE_EDEFAULT.equals(requestDate);
			case GovernancePackage.STAKEHOLDER_INPUT__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case GovernancePackage.STAKEHOLDER_INPUT__SUBJECT:
				return SUBJECT_EDEFAULT == null ? subject != null : !SUBJECT_EDEFAULT.equals(subject);
			case GovernancePackage.STAKEHOLDER_INPUT__SUBMITTED_BY:
				return submittedBy != null && !submittedBy.isEmpty();
			case GovernancePackage.STAKEHOLDER_INPUT__ISSUING_BODY:
				return issuingBody != null;
			case GovernancePackage.STAKEHOLDER_INPUT__PREPARED_BY:
				return preparedBy != null;
			case GovernancePackage.STAKEHOLDER_INPUT__ADDRESSEES:
				return addressees != null && !addressees.isEmpty();
			case GovernancePackage.STAKEHOLDER_INPUT__ADDRESSED_BODY:
				return addressedBody != null;
			case GovernancePackage.STAKEHOLDER_INPUT__DOCUMENT:
				return document != null;
			case GovernancePackage.STAKEHOLDER_INPUT__RESPONSES:
				return responses != null && !responses.isEmpty();
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
		result.append(", requestDate: ");
		result.append(requestDate);
		result.append(", date: ");
		result.append(date);
		result.append(", subject: ");
		result.append(subject);
		result.append(')');
		return result.toString();
	}

} //StakeholderInputImpl
