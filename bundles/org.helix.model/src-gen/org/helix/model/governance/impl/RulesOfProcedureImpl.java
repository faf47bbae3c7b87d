/**
 * Helix
 */
package org.helix.model.governance.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.helix.model.core.impl.HelixElementImpl;

import org.helix.model.governance.DecisionRule;
import org.helix.model.governance.GovernancePackage;
import org.helix.model.governance.RulesOfProcedure;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rules Of Procedure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.governance.impl.RulesOfProcedureImpl#getAdopted <em>Adopted</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.RulesOfProcedureImpl#getDecisionRule <em>Decision Rule</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.RulesOfProcedureImpl#getDivergingPositionsAllowed <em>Diverging Positions Allowed</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.RulesOfProcedureImpl#getVetoRight <em>Veto Right</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.RulesOfProcedureImpl#getNoConsensusHandling <em>No Consensus Handling</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.RulesOfProcedureImpl#getFormalFeedbackRequired <em>Formal Feedback Required</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.RulesOfProcedureImpl#getText <em>Text</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RulesOfProcedureImpl extends HelixElementImpl implements RulesOfProcedure {
	/**
	 * The default value of the '{@link #getAdopted() <em>Adopted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdopted()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ADOPTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdopted() <em>Adopted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdopted()
	 * @generated
	 * @ordered
	 */
	protected LocalDate adopted = ADOPTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecisionRule() <em>Decision Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionRule()
	 * @generated
	 * @ordered
	 */
	protected static final DecisionRule DECISION_RULE_EDEFAULT = DecisionRule.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getDecisionRule() <em>Decision Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionRule()
	 * @generated
	 * @ordered
	 */
	protected DecisionRule decisionRule = DECISION_RULE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDivergingPositionsAllowed() <em>Diverging Positions Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDivergingPositionsAllowed()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean DIVERGING_POSITIONS_ALLOWED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDivergingPositionsAllowed() <em>Diverging Positions Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDivergingPositionsAllowed()
	 * @generated
	 * @ordered
	 */
	protected Boolean divergingPositionsAllowed = DIVERGING_POSITIONS_ALLOWED_EDEFAULT;

	/**
	 * The default value of the '{@link #getVetoRight() <em>Veto Right</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVetoRight()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean VETO_RIGHT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVetoRight() <em>Veto Right</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVetoRight()
	 * @generated
	 * @ordered
	 */
	protected Boolean vetoRight = VETO_RIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getNoConsensusHandling() <em>No Consensus Handling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoConsensusHandling()
	 * @generated
	 * @ordered
	 */
	protected static final String NO_CONSENSUS_HANDLING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNoConsensusHandling() <em>No Consensus Handling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoConsensusHandling()
	 * @generated
	 * @ordered
	 */
	protected String noConsensusHandling = NO_CONSENSUS_HANDLING_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormalFeedbackRequired() <em>Formal Feedback Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormalFeedbackRequired()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean FORMAL_FEEDBACK_REQUIRED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormalFeedbackRequired() <em>Formal Feedback Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormalFeedbackRequired()
	 * @generated
	 * @ordered
	 */
	protected Boolean formalFeedbackRequired = FORMAL_FEEDBACK_REQUIRED_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RulesOfProcedureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.RULES_OF_PROCEDURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAdopted() {
		return adopted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdopted(LocalDate newAdopted) {
		LocalDate oldAdopted = adopted;
		adopted = newAdopted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.RULES_OF_PROCEDURE__ADOPTED, oldAdopted, adopted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DecisionRule getDecisionRule() {
		return decisionRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecisionRule(DecisionRule newDecisionRule) {
		DecisionRule oldDecisionRule = decisionRule;
		decisionRule = newDecisionRule == null ? DECISION_RULE_EDEFAULT : newDecisionRule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.RULES_OF_PROCEDURE__DECISION_RULE, oldDecisionRule, decisionRule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getDivergingPositionsAllowed() {
		return divergingPositionsAllowed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDivergingPositionsAllowed(Boolean newDivergingPositionsAllowed) {
		Boolean oldDivergingPositionsAllowed = divergingPositionsAllowed;
		divergingPositionsAllowed = newDivergingPositionsAllowed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.RULES_OF_PROCEDURE__DIVERGING_POSITIONS_ALLOWED, oldDivergingPositionsAllowed, divergingPositionsAllowed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getVetoRight() {
		return vetoRight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVetoRight(Boolean newVetoRight) {
		Boolean oldVetoRight = vetoRight;
		vetoRight = newVetoRight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.RULES_OF_PROCEDURE__VETO_RIGHT, oldVetoRight, vetoRight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNoConsensusHandling() {
		return noConsensusHandling;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoConsensusHandling(String newNoConsensusHandling) {
		String oldNoConsensusHandling = noConsensusHandling;
		noConsensusHandling = newNoConsensusHandling;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.RULES_OF_PROCEDURE__NO_CONSENSUS_HANDLING, oldNoConsensusHandling, noConsensusHandling));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getFormalFeedbackRequired() {
		return formalFeedbackRequired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormalFeedbackRequired(Boolean newFormalFeedbackRequired) {
		Boolean oldFormalFeedbackRequired = formalFeedbackRequired;
		formalFeedbackRequired = newFormalFeedbackRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.RULES_OF_PROCEDURE__FORMAL_FEEDBACK_REQUIRED, oldFormalFeedbackRequired, formalFeedbackRequired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.RULES_OF_PROCEDURE__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GovernancePackage.RULES_OF_PROCEDURE__ADOPTED:
				return getAdopted();
			case GovernancePackage.RULES_OF_PROCEDURE__DECISION_RULE:
				return getDecisionRule();
			case GovernancePackage.RULES_OF_PROCEDURE__DIVERGING_POSITIONS_ALLOWED:
				return getDivergingPositionsAllowed();
			case GovernancePackage.RULES_OF_PROCEDURE__VETO_RIGHT:
				return getVetoRight();
			case GovernancePackage.RULES_OF_PROCEDURE__NO_CONSENSUS_HANDLING:
				return getNoConsensusHandling();
			case GovernancePackage.RULES_OF_PROCEDURE__FORMAL_FEEDBACK_REQUIRED:
				return getFormalFeedbackRequired();
			case GovernancePackage.RULES_OF_PROCEDURE__TEXT:
				return getText();
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
			case GovernancePackage.RULES_OF_PROCEDURE__ADOPTED:
				setAdopted((LocalDate)newValue);
				return;
			case GovernancePackage.RULES_OF_PROCEDURE__DECISION_RULE:
				setDecisionRule((DecisionRule)newValue);
				return;
			case GovernancePackage.RULES_OF_PROCEDURE__DIVERGING_POSITIONS_ALLOWED:
				setDivergingPositionsAllowed((Boolean)newValue);
				return;
			case GovernancePackage.RULES_OF_PROCEDURE__VETO_RIGHT:
				setVetoRight((Boolean)newValue);
				return;
			case GovernancePackage.RULES_OF_PROCEDURE__NO_CONSENSUS_HANDLING:
				setNoConsensusHandling((String)newValue);
				return;
			case GovernancePackage.RULES_OF_PROCEDURE__FORMAL_FEEDBACK_REQUIRED:
				setFormalFeedbackRequired((Boolean)newValue);
				return;
			case GovernancePackage.RULES_OF_PROCEDURE__TEXT:
				setText((String)newValue);
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
			case GovernancePackage.RULES_OF_PROCEDURE__ADOPTED:
				setAdopted(ADOPTED_EDEFAULT);
				return;
			case GovernancePackage.RULES_OF_PROCEDURE__DECISION_RULE:
				setDecisionRule(DECISION_RULE_EDEFAULT);
				return;
			case GovernancePackage.RULES_OF_PROCEDURE__DIVERGING_POSITIONS_ALLOWED:
				setDivergingPositionsAllowed(DIVERGING_POSITIONS_ALLOWED_EDEFAULT);
				return;
			case GovernancePackage.RULES_OF_PROCEDURE__VETO_RIGHT:
				setVetoRight(VETO_RIGHT_EDEFAULT);
				return;
			case GovernancePackage.RULES_OF_PROCEDURE__NO_CONSENSUS_HANDLING:
				setNoConsensusHandling(NO_CONSENSUS_HANDLING_EDEFAULT);
				return;
			case GovernancePackage.RULES_OF_PROCEDURE__FORMAL_FEEDBACK_REQUIRED:
				setFormalFeedbackRequired(FORMAL_FEEDBACK_REQUIRED_EDEFAULT);
				return;
			case GovernancePackage.RULES_OF_PROCEDURE__TEXT:
				setText(TEXT_EDEFAULT);
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
			case GovernancePackage.RULES_OF_PROCEDURE__ADOPTED:
				return ADOPTED_EDEFAULT == null ? adopted != null : !ADOPTED_EDEFAULT.equals(adopted);
			case GovernancePackage.RULES_OF_PROCEDURE__DECISION_RULE:
				return decisionRule != DECISION_RULE_EDEFAULT;
			case GovernancePackage.RULES_OF_PROCEDURE__DIVERGING_POSITIONS_ALLOWED:
				return DIVERGING_POSITIONS_ALLOWED_EDEFAULT == null ? divergingPositionsAllowed != null : !DIVERGING_POSITIONS_ALLOWED_EDEFAULT.equals(divergingPositionsAllowed);
			case GovernancePackage.RULES_OF_PROCEDURE__VETO_RIGHT:
				return VETO_RIGHT_EDEFAULT == null ? vetoRight != null : !VETO_RIGHT_EDEFAULT.equals(vetoRight);
			case GovernancePackage.RULES_OF_PROCEDURE__NO_CONSENSUS_HANDLING:
				return NO_CONSENSUS_HANDLING_EDEFAULT == null ? noConsensusHandling != null : !NO_CONSENSUS_HANDLING_EDEFAULT.equals(noConsensusHandling);
			case GovernancePackage.RULES_OF_PROCEDURE__FORMAL_FEEDBACK_REQUIRED:
				return FORMAL_FEEDBACK_REQUIRED_EDEFAULT == null ? formalFeedbackRequired != null : !FORMAL_FEEDBACK_REQUIRED_EDEFAULT.equals(formalFeedbackRequired);
			case GovernancePackage.RULES_OF_PROCEDURE__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
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
		result.append(" (adopted: ");
		result.append(adopted);
		result.append(", decisionRule: ");
		result.append(decisionRule);
		result.append(", divergingPositionsAllowed: ");
		result.append(divergingPositionsAllowed);
		result.append(", vetoRight: ");
		result.append(vetoRight);
		result.append(", noConsensusHandling: ");
		result.append(noConsensusHandling);
		result.append(", formalFeedbackRequired: ");
		result.append(formalFeedbackRequired);
		result.append(", text: ");
		result.append(text);
		result.append(')');
		return result.toString();
	}

} //RulesOfProcedureImpl
