/**
 * Helix
 */
package org.helix.model.programme;

import org.helix.model.core.HelixElement;

import org.helix.model.governance.GovernanceBody;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Realisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A realisation (or non-realisation) of the evaluated period, e.g. the CfD pilot call or the pipeline-corridor advice (seed 001 L183-279).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.programme.Realisation#getText <em>Text</em>}</li>
 *   <li>{@link org.helix.model.programme.Realisation#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.helix.model.programme.Realisation#getBody <em>Body</em>}</li>
 * </ul>
 *
 * @see org.helix.model.programme.ProgrammePackage#getRealisation()
 * @model
 * @generated
 */
public interface Realisation extends HelixElement {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.helix.model.programme.ProgrammePackage#getRealisation_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Realisation#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.programme.RealisationOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see org.helix.model.programme.RealisationOutcome
	 * @see #setOutcome(RealisationOutcome)
	 * @see org.helix.model.programme.ProgrammePackage#getRealisation_Outcome()
	 * @model
	 * @generated
	 */
	RealisationOutcome getOutcome();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Realisation#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see org.helix.model.programme.RealisationOutcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(RealisationOutcome value);

	/**
	 * Returns the value of the '<em><b>Body</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Body</em>' reference.
	 * @see #setBody(GovernanceBody)
	 * @see org.helix.model.programme.ProgrammePackage#getRealisation_Body()
	 * @model
	 * @generated
	 */
	GovernanceBody getBody();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Realisation#getBody <em>Body</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Body</em>' reference.
	 * @see #getBody()
	 * @generated
	 */
	void setBody(GovernanceBody value);

} // Realisation
