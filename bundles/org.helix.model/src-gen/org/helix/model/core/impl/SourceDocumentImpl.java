/**
 * Helix
 */
package org.helix.model.core.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.helix.model.core.CorePackage;
import org.helix.model.core.DocumentKind;
import org.helix.model.core.SourceDocument;

import org.helix.model.ecosystem.Actor;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Source Document</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.core.impl.SourceDocumentImpl#getDocumentId <em>Document Id</em>}</li>
 *   <li>{@link org.helix.model.core.impl.SourceDocumentImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.core.impl.SourceDocumentImpl#getPublicationDate <em>Publication Date</em>}</li>
 *   <li>{@link org.helix.model.core.impl.SourceDocumentImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.helix.model.core.impl.SourceDocumentImpl#getIssuers <em>Issuers</em>}</li>
 *   <li>{@link org.helix.model.core.impl.SourceDocumentImpl#getAddressees <em>Addressees</em>}</li>
 *   <li>{@link org.helix.model.core.impl.SourceDocumentImpl#getRespondsTo <em>Responds To</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SourceDocumentImpl extends NamedElementImpl implements SourceDocument {
	/**
	 * The default value of the '{@link #getDocumentId() <em>Document Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentId()
	 * @generated
	 * @ordered
	 */
	protected static final String DOCUMENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDocumentId() <em>Document Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentId()
	 * @generated
	 * @ordered
	 */
	protected String documentId = DOCUMENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DocumentKind KIND_EDEFAULT = DocumentKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DocumentKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublicationDate() <em>Publication Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicationDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PUBLICATION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublicationDate() <em>Publication Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicationDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate publicationDate = PUBLICATION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIssuers() <em>Issuers</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuers()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> issuers;

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
	 * The cached value of the '{@link #getRespondsTo() <em>Responds To</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondsTo()
	 * @generated
	 * @ordered
	 */
	protected EList<SourceDocument> respondsTo;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SourceDocumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorePackage.Literals.SOURCE_DOCUMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDocumentId() {
		return documentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentId(String newDocumentId) {
		String oldDocumentId = documentId;
		documentId = newDocumentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.SOURCE_DOCUMENT__DOCUMENT_ID, oldDocumentId, documentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DocumentKind newKind) {
		DocumentKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.SOURCE_DOCUMENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPublicationDate() {
		return publicationDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublicationDate(LocalDate newPublicationDate) {
		LocalDate oldPublicationDate = publicationDate;
		publicationDate = newPublicationDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.SOURCE_DOCUMENT__PUBLICATION_DATE, oldPublicationDate, publicationDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.SOURCE_DOCUMENT__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getIssuers() {
		if (issuers == null) {
			issuers = new EObjectResolvingEList<Actor>(Actor.class, this, CorePackage.SOURCE_DOCUMENT__ISSUERS);
		}
		return issuers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getAddressees() {
		if (addressees == null) {
			addressees = new EObjectResolvingEList<Actor>(Actor.class, this, CorePackage.SOURCE_DOCUMENT__ADDRESSEES);
		}
		return addressees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SourceDocument> getRespondsTo() {
		if (respondsTo == null) {
			respondsTo = new EObjectResolvingEList<SourceDocument>(SourceDocument.class, this, CorePackage.SOURCE_DOCUMENT__RESPONDS_TO);
		}
		return respondsTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorePackage.SOURCE_DOCUMENT__DOCUMENT_ID:
				return getDocumentId();
			case CorePackage.SOURCE_DOCUMENT__KIND:
				return getKind();
			case CorePackage.SOURCE_DOCUMENT__PUBLICATION_DATE:
				return getPublicationDate();
			case CorePackage.SOURCE_DOCUMENT__LANGUAGE:
				return getLanguage();
			case CorePackage.SOURCE_DOCUMENT__ISSUERS:
				return getIssuers();
			case CorePackage.SOURCE_DOCUMENT__ADDRESSEES:
				return getAddressees();
			case CorePackage.SOURCE_DOCUMENT__RESPONDS_TO:
				return getRespondsTo();
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
			case CorePackage.SOURCE_DOCUMENT__DOCUMENT_ID:
				setDocumentId((String)newValue);
				return;
			case CorePackage.SOURCE_DOCUMENT__KIND:
				setKind((DocumentKind)newValue);
				return;
			case CorePackage.SOURCE_DOCUMENT__PUBLICATION_DATE:
				setPublicationDate((LocalDate)newValue);
				return;
			case CorePackage.SOURCE_DOCUMENT__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case CorePackage.SOURCE_DOCUMENT__ISSUERS:
				getIssuers().clear();
				getIssuers().addAll((Collection<? extends Actor>)newValue);
				return;
			case CorePackage.SOURCE_DOCUMENT__ADDRESSEES:
				getAddressees().clear();
				getAddressees().addAll((Collection<? extends Actor>)newValue);
				return;
			case CorePackage.SOURCE_DOCUMENT__RESPONDS_TO:
				getRespondsTo().clear();
				getRespondsTo().addAll((Collection<? extends SourceDocument>)newValue);
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
			case CorePackage.SOURCE_DOCUMENT__DOCUMENT_ID:
				setDocumentId(DOCUMENT_ID_EDEFAULT);
				return;
			case CorePackage.SOURCE_DOCUMENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CorePackage.SOURCE_DOCUMENT__PUBLICATION_DATE:
				setPublicationDate(PUBLICATION_DATE_EDEFAULT);
				return;
			case CorePackage.SOURCE_DOCUMENT__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case CorePackage.SOURCE_DOCUMENT__ISSUERS:
				getIssuers().clear();
				return;
			case CorePackage.SOURCE_DOCUMENT__ADDRESSEES:
				getAddressees().clear();
				return;
			case CorePackage.SOURCE_DOCUMENT__RESPONDS_TO:
				getRespondsTo().clear();
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
			case CorePackage.SOURCE_DOCUMENT__DOCUMENT_ID:
				return DOCUMENT_ID_EDEFAULT == null ? documentId != null : !DOCUMENT_ID_EDEFAULT.equals(documentId);
			case CorePackage.SOURCE_DOCUMENT__KIND:
				return kind != KIND_EDEFAULT;
			case CorePackage.SOURCE_DOCUMENT__PUBLICATION_DATE:
				return PUBLICATION_DATE_EDEFAULT == null ? publicationDate != null : !PUBLICATION_DATE_EDEFAULT.equals(publicationDate);
			case CorePackage.SOURCE_DOCUMENT__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case CorePackage.SOURCE_DOCUMENT__ISSUERS:
				return issuers != null && !issuers.isEmpty();
			case CorePackage.SOURCE_DOCUMENT__ADDRESSEES:
				return addressees != null && !addressees.isEmpty();
			case CorePackage.SOURCE_DOCUMENT__RESPONDS_TO:
				return respondsTo != null && !respondsTo.isEmpty();
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
		result.append(" (documentId: ");
		result.append(documentId);
		result.append(", kind: ");
		result.append(kind);
		result.append(", publicationDate: ");
		result.append(publicationDate);
		result.append(", language: ");
		result.append(language);
		result.append(')');
		return result.toString();
	}

} //SourceDocumentImpl
