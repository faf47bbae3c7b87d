/**
 * Helix
 */
package org.helix.scoring.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Run Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The score and rank of one alternative in a run.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.scoring.model.RunResult#getAlternative <em>Alternative</em>}</li>
 *   <li>{@link org.helix.scoring.model.RunResult#getAlternativeLabel <em>Alternative Label</em>}</li>
 *   <li>{@link org.helix.scoring.model.RunResult#getScore <em>Score</em>}</li>
 *   <li>{@link org.helix.scoring.model.RunResult#getRank <em>Rank</em>}</li>
 *   <li>{@link org.helix.scoring.model.RunResult#getMissing <em>Missing</em>}</li>
 * </ul>
 *
 * @see org.helix.scoring.model.ScoringsPackage#getRunResult()
 * @model
 * @generated
 */
public interface RunResult extends EObject {
	/**
	 * Returns the value of the '<em><b>Alternative</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Alternative</em>' reference.
	 * @see #setAlternative(EObject)
	 * @see org.helix.scoring.model.ScoringsPackage#getRunResult_Alternative()
	 * @model
	 * @generated
	 */
	EObject getAlternative();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.RunResult#getAlternative <em>Alternative</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alternative</em>' reference.
	 * @see #getAlternative()
	 * @generated
	 */
	void setAlternative(EObject value);

	/**
	 * Returns the value of the '<em><b>Alternative Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Alternative Label</em>' attribute.
	 * @see #setAlternativeLabel(String)
	 * @see org.helix.scoring.model.ScoringsPackage#getRunResult_AlternativeLabel()
	 * @model
	 * @generated
	 */
	String getAlternativeLabel();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.RunResult#getAlternativeLabel <em>Alternative Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alternative Label</em>' attribute.
	 * @see #getAlternativeLabel()
	 * @generated
	 */
	void setAlternativeLabel(String value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unset when the alternative was left out for missing values.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(Double)
	 * @see org.helix.scoring.model.ScoringsPackage#getRunResult_Score()
	 * @model
	 * @generated
	 */
	Double getScore();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.RunResult#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(Double value);

	/**
	 * Returns the value of the '<em><b>Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1 is best; unset when left out.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rank</em>' attribute.
	 * @see #setRank(Integer)
	 * @see org.helix.scoring.model.ScoringsPackage#getRunResult_Rank()
	 * @model
	 * @generated
	 */
	Integer getRank();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.RunResult#getRank <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rank</em>' attribute.
	 * @see #getRank()
	 * @generated
	 */
	void setRank(Integer value);

	/**
	 * Returns the value of the '<em><b>Missing</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The criteria without a value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Missing</em>' attribute list.
	 * @see org.helix.scoring.model.ScoringsPackage#getRunResult_Missing()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getMissing();

} // RunResult
