/**
 * Helix
 */
package org.helix.model.governance;

import java.time.LocalDate;

import org.helix.model.core.HelixElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rules Of Procedure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Rules of procedure (huishoudelijk reglement): decision rule, handling of diverging positions, formal feedback duty (seed 001 annex 8.2; seed 000 A:627-659).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.governance.RulesOfProcedure#getAdopted <em>Adopted</em>}</li>
 *   <li>{@link org.helix.model.governance.RulesOfProcedure#getDecisionRule <em>Decision Rule</em>}</li>
 *   <li>{@link org.helix.model.governance.RulesOfProcedure#getDivergingPositionsAllowed <em>Diverging Positions Allowed</em>}</li>
 *   <li>{@link org.helix.model.governance.RulesOfProcedure#getVetoRight <em>Veto Right</em>}</li>
 *   <li>{@link org.helix.model.governance.RulesOfProcedure#getNoConsensusHandling <em>No Consensus Handling</em>}</li>
 *   <li>{@link org.helix.model.governance.RulesOfProcedure#getFormalFeedbackRequired <em>Formal Feedback Required</em>}</li>
 *   <li>{@link org.helix.model.governance.RulesOfProcedure#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.helix.model.governance.GovernancePackage#getRulesOfProcedure()
 * @model
 * @generated
 */
public interface RulesOfProcedure extends HelixElement {
	/**
	 * Returns the value of the '<em><b>Adopted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adopted</em>' attribute.
	 * @see #setAdopted(LocalDate)
	 * @see org.helix.model.governance.GovernancePackage#getRulesOfProcedure_Adopted()
	 * @model dataType="org.helix.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getAdopted();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.RulesOfProcedure#getAdopted <em>Adopted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adopted</em>' attribute.
	 * @see #getAdopted()
	 * @generated
	 */
	void setAdopted(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Decision Rule</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.governance.DecisionRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision Rule</em>' attribute.
	 * @see org.helix.model.governance.DecisionRule
	 * @see #setDecisionRule(DecisionRule)
	 * @see org.helix.model.governance.GovernancePackage#getRulesOfProcedure_DecisionRule()
	 * @model
	 * @generated
	 */
	DecisionRule getDecisionRule();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.RulesOfProcedure#getDecisionRule <em>Decision Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision Rule</em>' attribute.
	 * @see org.helix.model.governance.DecisionRule
	 * @see #getDecisionRule()
	 * @generated
	 */
	void setDecisionRule(DecisionRule value);

	/**
	 * Returns the value of the '<em><b>Diverging Positions Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diverging Positions Allowed</em>' attribute.
	 * @see #setDivergingPositionsAllowed(Boolean)
	 * @see org.helix.model.governance.GovernancePackage#getRulesOfProcedure_DivergingPositionsAllowed()
	 * @model
	 * @generated
	 */
	Boolean getDivergingPositionsAllowed();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.RulesOfProcedure#getDivergingPositionsAllowed <em>Diverging Positions Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diverging Positions Allowed</em>' attribute.
	 * @see #getDivergingPositionsAllowed()
	 * @generated
	 */
	void setDivergingPositionsAllowed(Boolean value);

	/**
	 * Returns the value of the '<em><b>Veto Right</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Veto Right</em>' attribute.
	 * @see #setVetoRight(Boolean)
	 * @see org.helix.model.governance.GovernancePackage#getRulesOfProcedure_VetoRight()
	 * @model
	 * @generated
	 */
	Boolean getVetoRight();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.RulesOfProcedure#getVetoRight <em>Veto Right</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Veto Right</em>' attribute.
	 * @see #getVetoRight()
	 * @generated
	 */
	void setVetoRight(Boolean value);

	/**
	 * Returns the value of the '<em><b>No Consensus Handling</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>No Consensus Handling</em>' attribute.
	 * @see #setNoConsensusHandling(String)
	 * @see org.helix.model.governance.GovernancePackage#getRulesOfProcedure_NoConsensusHandling()
	 * @model
	 * @generated
	 */
	String getNoConsensusHandling();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.RulesOfProcedure#getNoConsensusHandling <em>No Consensus Handling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>No Consensus Handling</em>' attribute.
	 * @see #getNoConsensusHandling()
	 * @generated
	 */
	void setNoConsensusHandling(String value);

	/**
	 * Returns the value of the '<em><b>Formal Feedback Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Formal Feedback Required</em>' attribute.
	 * @see #setFormalFeedbackRequired(Boolean)
	 * @see org.helix.model.governance.GovernancePackage#getRulesOfProcedure_FormalFeedbackRequired()
	 * @model
	 * @generated
	 */
	Boolean getFormalFeedbackRequired();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.RulesOfProcedure#getFormalFeedbackRequired <em>Formal Feedback Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Formal Feedback Required</em>' attribute.
	 * @see #getFormalFeedbackRequired()
	 * @generated
	 */
	void setFormalFeedbackRequired(Boolean value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.helix.model.governance.GovernancePackage#getRulesOfProcedure_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.RulesOfProcedure#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // RulesOfProcedure
