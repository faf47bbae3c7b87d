/**
 * Helix
 */
package org.helix.scoring.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.helix.scoring.model.ScoringsPackage
 * @generated
 */
public interface ScoringsFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ScoringsFactory eINSTANCE = org.helix.scoring.model.impl.ScoringsFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Scoring File</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scoring File</em>'.
	 * @generated
	 */
	ScoringFile createScoringFile();

	/**
	 * Returns a new object of class '<em>Scoring</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scoring</em>'.
	 * @generated
	 */
	Scoring createScoring();

	/**
	 * Returns a new object of class '<em>Pairwise Judgements</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pairwise Judgements</em>'.
	 * @generated
	 */
	PairwiseJudgements createPairwiseJudgements();

	/**
	 * Returns a new object of class '<em>Criterion Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Criterion Definition</em>'.
	 * @generated
	 */
	CriterionDefinition createCriterionDefinition();

	/**
	 * Returns a new object of class '<em>Scale</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scale</em>'.
	 * @generated
	 */
	Scale createScale();

	/**
	 * Returns a new object of class '<em>Scale Point</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scale Point</em>'.
	 * @generated
	 */
	ScalePoint createScalePoint();

	/**
	 * Returns a new object of class '<em>Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Parameter</em>'.
	 * @generated
	 */
	Parameter createParameter();

	/**
	 * Returns a new object of class '<em>Scoring Run</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scoring Run</em>'.
	 * @generated
	 */
	ScoringRun createScoringRun();

	/**
	 * Returns a new object of class '<em>Run Weight</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Run Weight</em>'.
	 * @generated
	 */
	RunWeight createRunWeight();

	/**
	 * Returns a new object of class '<em>Run Input</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Run Input</em>'.
	 * @generated
	 */
	RunInput createRunInput();

	/**
	 * Returns a new object of class '<em>Run Result</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Run Result</em>'.
	 * @generated
	 */
	RunResult createRunResult();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ScoringsPackage getScoringsPackage();

} //ScoringsFactory
