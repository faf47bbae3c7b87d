/**
 * Helix
 */
package org.helix.model.core.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.helix.model.core.CorePackage;
import org.helix.model.core.SourceCitation;
import org.helix.model.core.SourceDocument;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Source Citation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.core.impl.SourceCitationImpl#getDocumentId <em>Document Id</em>}</li>
 *   <li>{@link org.helix.model.core.impl.SourceCitationImpl#getDocumentTitle <em>Document Title</em>}</li>
 *   <li>{@link org.helix.model.core.impl.SourceCitationImpl#getFromLine <em>From Line</em>}</li>
 *   <li>{@link org.helix.model.core.impl.SourceCitationImpl#getToLine <em>To Line</em>}</li>
 *   <li>{@link org.helix.model.core.impl.SourceCitationImpl#getQuote <em>Quote</em>}</li>
 *   <li>{@link org.helix.model.core.impl.SourceCitationImpl#getDocument <em>Document</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SourceCitationImpl extends IdentifiableImpl implements SourceCitation {
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
	 * The default value of the '{@link #getDocumentTitle() <em>Document Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String DOCUMENT_TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDocumentTitle() <em>Document Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentTitle()
	 * @generated
	 * @ordered
	 */
	protected String documentTitle = DOCUMENT_TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFromLine() <em>From Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromLine()
	 * @generated
	 * @ordered
	 */
	protected static final Integer FROM_LINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFromLine() <em>From Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromLine()
	 * @generated
	 * @ordered
	 */
	protected Integer fromLine = FROM_LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getToLine() <em>To Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToLine()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TO_LINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToLine() <em>To Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToLine()
	 * @generated
	 * @ordered
	 */
	protected Integer toLine = TO_LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected static final String QUOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected String quote = QUOTE_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SourceCitationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorePackage.Literals.SOURCE_CITATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.SOURCE_CITATION__DOCUMENT_ID, oldDocumentId, documentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDocumentTitle() {
		return documentTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentTitle(String newDocumentTitle) {
		String oldDocumentTitle = documentTitle;
		documentTitle = newDocumentTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.SOURCE_CITATION__DOCUMENT_TITLE, oldDocumentTitle, documentTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getFromLine() {
		return fromLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromLine(Integer newFromLine) {
		Integer oldFromLine = fromLine;
		fromLine = newFromLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.SOURCE_CITATION__FROM_LINE, oldFromLine, fromLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getToLine() {
		return toLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToLine(Integer newToLine) {
		Integer oldToLine = toLine;
		toLine = newToLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.SOURCE_CITATION__TO_LINE, oldToLine, toLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuote() {
		return quote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuote(String newQuote) {
		String oldQuote = quote;
		quote = newQuote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.SOURCE_CITATION__QUOTE, oldQuote, quote));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CorePackage.SOURCE_CITATION__DOCUMENT, oldDocument, document));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.SOURCE_CITATION__DOCUMENT, oldDocument, document));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorePackage.SOURCE_CITATION__DOCUMENT_ID:
				return getDocumentId();
			case CorePackage.SOURCE_CITATION__DOCUMENT_TITLE:
				return getDocumentTitle();
			case CorePackage.SOURCE_CITATION__FROM_LINE:
				return getFromLine();
			case CorePackage.SOURCE_CITATION__TO_LINE:
				return getToLine();
			case CorePackage.SOURCE_CITATION__QUOTE:
				return getQuote();
			case CorePackage.SOURCE_CITATION__DOCUMENT:
				if (resolve) return getDocument();
				return basicGetDocument();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CorePackage.SOURCE_CITATION__DOCUMENT_ID:
				setDocumentId((String)newValue);
				return;
			case CorePackage.SOURCE_CITATION__DOCUMENT_TITLE:
				setDocumentTitle((String)newValue);
				return;
			case CorePackage.SOURCE_CITATION__FROM_LINE:
				setFromLine((Integer)newValue);
				return;
			case CorePackage.SOURCE_CITATION__TO_LINE:
				setToLine((Integer)newValue);
				return;
			case CorePackage.SOURCE_CITATION__QUOTE:
				setQuote((String)newValue);
				return;
			case CorePackage.SOURCE_CITATION__DOCUMENT:
				setDocument((SourceDocument)newValue);
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
			case CorePackage.SOURCE_CITATION__DOCUMENT_ID:
				setDocumentId(DOCUMENT_ID_EDEFAULT);
				return;
			case CorePackage.SOURCE_CITATION__DOCUMENT_TITLE:
				setDocumentTitle(DOCUMENT_TITLE_EDEFAULT);
				return;
			case CorePackage.SOURCE_CITATION__FROM_LINE:
				setFromLine(FROM_LINE_EDEFAULT);
				return;
			case CorePackage.SOURCE_CITATION__TO_LINE:
				setToLine(TO_LINE_EDEFAULT);
				return;
			case CorePackage.SOURCE_CITATION__QUOTE:
				setQuote(QUOTE_EDEFAULT);
				return;
			case CorePackage.SOURCE_CITATION__DOCUMENT:
				setDocument((SourceDocument)null);
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
			case CorePackage.SOURCE_CITATION__DOCUMENT_ID:
				return DOCUMENT_ID_EDEFAULT == null ? documentId != null : !DOCUMENT_ID_EDEFAULT.equals(documentId);
			case CorePackage.SOURCE_CITATION__DOCUMENT_TITLE:
				return DOCUMENT_TITLE_EDEFAULT == null ? documentTitle != null : !DOCUMENT_TITLE_EDEFAULT.equals(documentTitle);
			case CorePackage.SOURCE_CITATION__FROM_LINE:
				return FROM_LINE_EDEFAULT == null ? fromLine != null : !FROM_LINE_EDEFAULT.equals(fromLine);
			case CorePackage.SOURCE_CITATION__TO_LINE:
				return TO_LINE_EDEFAULT == null ? toLine != null : !TO_LINE_EDEFAULT.equals(toLine);
			case CorePackage.SOURCE_CITATION__QUOTE:
				return QUOTE_EDEFAULT == null ? quote != null : !QUOTE_EDEFAULT.equals(quote);
			case CorePackage.SOURCE_CITATION__DOCUMENT:
				return document != null;
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
		result.append(", documentTitle: ");
		result.append(documentTitle);
		result.append(", fromLine: ");
		result.append(fromLine);
		result.append(", toLine: ");
		result.append(toLine);
		result.append(", quote: ");
		result.append(quote);
		result.append(')');
		return result.toString();
	}

} //SourceCitationImpl
