/**
 * Helix
 */
package org.helix.model.governance;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.helix.model.governance.GovernancePackage
 * @generated
 */
public interface GovernanceFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	GovernanceFactory eINSTANCE = org.helix.model.governance.impl.GovernanceFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Body</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Body</em>'.
	 * @generated
	 */
	GovernanceBody createGovernanceBody();

	/**
	 * Returns a new object of class '<em>Permanent Council</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Permanent Council</em>'.
	 * @generated
	 */
	PermanentCouncil createPermanentCouncil();

	/**
	 * Returns a new object of class '<em>Sounding Board</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sounding Board</em>'.
	 * @generated
	 */
	SoundingBoard createSoundingBoard();

	/**
	 * Returns a new object of class '<em>Working Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Working Group</em>'.
	 * @generated
	 */
	WorkingGroup createWorkingGroup();

	/**
	 * Returns a new object of class '<em>Membership</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Membership</em>'.
	 * @generated
	 */
	Membership createMembership();

	/**
	 * Returns a new object of class '<em>Reporting Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reporting Line</em>'.
	 * @generated
	 */
	ReportingLine createReportingLine();

	/**
	 * Returns a new object of class '<em>Meeting</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Meeting</em>'.
	 * @generated
	 */
	Meeting createMeeting();

	/**
	 * Returns a new object of class '<em>Decision</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Decision</em>'.
	 * @generated
	 */
	Decision createDecision();

	/**
	 * Returns a new object of class '<em>Rules Of Procedure</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rules Of Procedure</em>'.
	 * @generated
	 */
	RulesOfProcedure createRulesOfProcedure();

	/**
	 * Returns a new object of class '<em>Stakeholder Input</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stakeholder Input</em>'.
	 * @generated
	 */
	StakeholderInput createStakeholderInput();

	/**
	 * Returns a new object of class '<em>Formal Response</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Formal Response</em>'.
	 * @generated
	 */
	FormalResponse createFormalResponse();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	GovernancePackage getGovernancePackage();

} //GovernanceFactory
