/**
 * Helix
 */
package org.helix.model.core;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Source Citation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Reference to lines of a source document (seed), e.g. document 001, lines 3174-3212, optionally with a verbatim quote.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.core.SourceCitation#getDocumentId <em>Document Id</em>}</li>
 *   <li>{@link org.helix.model.core.SourceCitation#getDocumentTitle <em>Document Title</em>}</li>
 *   <li>{@link org.helix.model.core.SourceCitation#getFromLine <em>From Line</em>}</li>
 *   <li>{@link org.helix.model.core.SourceCitation#getToLine <em>To Line</em>}</li>
 *   <li>{@link org.helix.model.core.SourceCitation#getQuote <em>Quote</em>}</li>
 *   <li>{@link org.helix.model.core.SourceCitation#getDocument <em>Document</em>}</li>
 * </ul>
 *
 * @see org.helix.model.core.CorePackage#getSourceCitation()
 * @model
 * @generated
 */
public interface SourceCitation extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Document Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document Id</em>' attribute.
	 * @see #setDocumentId(String)
	 * @see org.helix.model.core.CorePackage#getSourceCitation_DocumentId()
	 * @model
	 * @generated
	 */
	String getDocumentId();

	/**
	 * Sets the value of the '{@link org.helix.model.core.SourceCitation#getDocumentId <em>Document Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document Id</em>' attribute.
	 * @see #getDocumentId()
	 * @generated
	 */
	void setDocumentId(String value);

	/**
	 * Returns the value of the '<em><b>Document Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document Title</em>' attribute.
	 * @see #setDocumentTitle(String)
	 * @see org.helix.model.core.CorePackage#getSourceCitation_DocumentTitle()
	 * @model
	 * @generated
	 */
	String getDocumentTitle();

	/**
	 * Sets the value of the '{@link org.helix.model.core.SourceCitation#getDocumentTitle <em>Document Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document Title</em>' attribute.
	 * @see #getDocumentTitle()
	 * @generated
	 */
	void setDocumentTitle(String value);

	/**
	 * Returns the value of the '<em><b>From Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From Line</em>' attribute.
	 * @see #setFromLine(Integer)
	 * @see org.helix.model.core.CorePackage#getSourceCitation_FromLine()
	 * @model
	 * @generated
	 */
	Integer getFromLine();

	/**
	 * Sets the value of the '{@link org.helix.model.core.SourceCitation#getFromLine <em>From Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Line</em>' attribute.
	 * @see #getFromLine()
	 * @generated
	 */
	void setFromLine(Integer value);

	/**
	 * Returns the value of the '<em><b>To Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Line</em>' attribute.
	 * @see #setToLine(Integer)
	 * @see org.helix.model.core.CorePackage#getSourceCitation_ToLine()
	 * @model
	 * @generated
	 */
	Integer getToLine();

	/**
	 * Sets the value of the '{@link org.helix.model.core.SourceCitation#getToLine <em>To Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Line</em>' attribute.
	 * @see #getToLine()
	 * @generated
	 */
	void setToLine(Integer value);

	/**
	 * Returns the value of the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quote</em>' attribute.
	 * @see #setQuote(String)
	 * @see org.helix.model.core.CorePackage#getSourceCitation_Quote()
	 * @model
	 * @generated
	 */
	String getQuote();

	/**
	 * Sets the value of the '{@link org.helix.model.core.SourceCitation#getQuote <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quote</em>' attribute.
	 * @see #getQuote()
	 * @generated
	 */
	void setQuote(String value);

	/**
	 * Returns the value of the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document</em>' reference.
	 * @see #setDocument(SourceDocument)
	 * @see org.helix.model.core.CorePackage#getSourceCitation_Document()
	 * @model
	 * @generated
	 */
	SourceDocument getDocument();

	/**
	 * Sets the value of the '{@link org.helix.model.core.SourceCitation#getDocument <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' reference.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(SourceDocument value);

} // SourceCitation
