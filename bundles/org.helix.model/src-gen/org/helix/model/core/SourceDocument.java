/**
 * Helix
 */
package org.helix.model.core;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.helix.model.ecosystem.Actor;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Source Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A source document such as a programme note, an advice or a strategy report (the seeds 000-004).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.core.SourceDocument#getDocumentId <em>Document Id</em>}</li>
 *   <li>{@link org.helix.model.core.SourceDocument#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.core.SourceDocument#getPublicationDate <em>Publication Date</em>}</li>
 *   <li>{@link org.helix.model.core.SourceDocument#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.helix.model.core.SourceDocument#getIssuers <em>Issuers</em>}</li>
 *   <li>{@link org.helix.model.core.SourceDocument#getAddressees <em>Addressees</em>}</li>
 *   <li>{@link org.helix.model.core.SourceDocument#getRespondsTo <em>Responds To</em>}</li>
 * </ul>
 *
 * @see org.helix.model.core.CorePackage#getSourceDocument()
 * @model
 * @generated
 */
public interface SourceDocument extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Document Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document Id</em>' attribute.
	 * @see #setDocumentId(String)
	 * @see org.helix.model.core.CorePackage#getSourceDocument_DocumentId()
	 * @model
	 * @generated
	 */
	String getDocumentId();

	/**
	 * Sets the value of the '{@link org.helix.model.core.SourceDocument#getDocumentId <em>Document Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document Id</em>' attribute.
	 * @see #getDocumentId()
	 * @generated
	 */
	void setDocumentId(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.core.DocumentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.core.DocumentKind
	 * @see #setKind(DocumentKind)
	 * @see org.helix.model.core.CorePackage#getSourceDocument_Kind()
	 * @model
	 * @generated
	 */
	DocumentKind getKind();

	/**
	 * Sets the value of the '{@link org.helix.model.core.SourceDocument#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.core.DocumentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DocumentKind value);

	/**
	 * Returns the value of the '<em><b>Publication Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Publication Date</em>' attribute.
	 * @see #setPublicationDate(LocalDate)
	 * @see org.helix.model.core.CorePackage#getSourceDocument_PublicationDate()
	 * @model dataType="org.helix.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getPublicationDate();

	/**
	 * Sets the value of the '{@link org.helix.model.core.SourceDocument#getPublicationDate <em>Publication Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publication Date</em>' attribute.
	 * @see #getPublicationDate()
	 * @generated
	 */
	void setPublicationDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.helix.model.core.CorePackage#getSourceDocument_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.helix.model.core.SourceDocument#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Issuers</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issuers</em>' reference list.
	 * @see org.helix.model.core.CorePackage#getSourceDocument_Issuers()
	 * @model
	 * @generated
	 */
	EList<Actor> getIssuers();

	/**
	 * Returns the value of the '<em><b>Addressees</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addressees</em>' reference list.
	 * @see org.helix.model.core.CorePackage#getSourceDocument_Addressees()
	 * @model
	 * @generated
	 */
	EList<Actor> getAddressees();

	/**
	 * Returns the value of the '<em><b>Responds To</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.core.SourceDocument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responds To</em>' reference list.
	 * @see org.helix.model.core.CorePackage#getSourceDocument_RespondsTo()
	 * @model
	 * @generated
	 */
	EList<SourceDocument> getRespondsTo();

} // SourceDocument
