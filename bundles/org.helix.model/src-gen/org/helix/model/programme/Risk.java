/**
 * Helix
 */
package org.helix.model.programme;

import org.helix.model.core.HelixElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Risk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A risk, threshold or obstacle for an action (seed 000 A:550-582).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.programme.Risk#getText <em>Text</em>}</li>
 *   <li>{@link org.helix.model.programme.Risk#getCause <em>Cause</em>}</li>
 *   <li>{@link org.helix.model.programme.Risk#getLikelihood <em>Likelihood</em>}</li>
 *   <li>{@link org.helix.model.programme.Risk#getImpact <em>Impact</em>}</li>
 *   <li>{@link org.helix.model.programme.Risk#getMitigation <em>Mitigation</em>}</li>
 * </ul>
 *
 * @see org.helix.model.programme.ProgrammePackage#getRisk()
 * @model
 * @generated
 */
public interface Risk extends HelixElement {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.helix.model.programme.ProgrammePackage#getRisk_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Risk#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Cause</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.programme.RiskCause}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cause</em>' attribute.
	 * @see org.helix.model.programme.RiskCause
	 * @see #setCause(RiskCause)
	 * @see org.helix.model.programme.ProgrammePackage#getRisk_Cause()
	 * @model
	 * @generated
	 */
	RiskCause getCause();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Risk#getCause <em>Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cause</em>' attribute.
	 * @see org.helix.model.programme.RiskCause
	 * @see #getCause()
	 * @generated
	 */
	void setCause(RiskCause value);

	/**
	 * Returns the value of the '<em><b>Likelihood</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.programme.RiskLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Likelihood</em>' attribute.
	 * @see org.helix.model.programme.RiskLevel
	 * @see #setLikelihood(RiskLevel)
	 * @see org.helix.model.programme.ProgrammePackage#getRisk_Likelihood()
	 * @model
	 * @generated
	 */
	RiskLevel getLikelihood();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Risk#getLikelihood <em>Likelihood</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Likelihood</em>' attribute.
	 * @see org.helix.model.programme.RiskLevel
	 * @see #getLikelihood()
	 * @generated
	 */
	void setLikelihood(RiskLevel value);

	/**
	 * Returns the value of the '<em><b>Impact</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.programme.RiskLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Impact</em>' attribute.
	 * @see org.helix.model.programme.RiskLevel
	 * @see #setImpact(RiskLevel)
	 * @see org.helix.model.programme.ProgrammePackage#getRisk_Impact()
	 * @model
	 * @generated
	 */
	RiskLevel getImpact();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Risk#getImpact <em>Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Impact</em>' attribute.
	 * @see org.helix.model.programme.RiskLevel
	 * @see #getImpact()
	 * @generated
	 */
	void setImpact(RiskLevel value);

	/**
	 * Returns the value of the '<em><b>Mitigation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mitigation</em>' attribute.
	 * @see #setMitigation(String)
	 * @see org.helix.model.programme.ProgrammePackage#getRisk_Mitigation()
	 * @model
	 * @generated
	 */
	String getMitigation();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Risk#getMitigation <em>Mitigation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mitigation</em>' attribute.
	 * @see #getMitigation()
	 * @generated
	 */
	void setMitigation(String value);

} // Risk
