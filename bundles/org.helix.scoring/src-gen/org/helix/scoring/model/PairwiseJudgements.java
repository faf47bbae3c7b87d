/**
 * Helix
 */
package org.helix.scoring.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pairwise Judgements</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One AHP pairwise comparison matrix on Saaty's 1-9 scale: values[i * n + j] says how much more important (or preferred) item i is than item j.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.scoring.model.PairwiseJudgements#getCriterion <em>Criterion</em>}</li>
 *   <li>{@link org.helix.scoring.model.PairwiseJudgements#getJudge <em>Judge</em>}</li>
 *   <li>{@link org.helix.scoring.model.PairwiseJudgements#getSource <em>Source</em>}</li>
 *   <li>{@link org.helix.scoring.model.PairwiseJudgements#getItems <em>Items</em>}</li>
 *   <li>{@link org.helix.scoring.model.PairwiseJudgements#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.helix.scoring.model.ScoringsPackage#getPairwiseJudgements()
 * @model
 * @generated
 */
public interface PairwiseJudgements extends EObject {
	/**
	 * Returns the value of the '<em><b>Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unset: a matrix of the criteria (gives the criteria weights). Set: a matrix of the alternatives on the criterion of that name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criterion</em>' attribute.
	 * @see #setCriterion(String)
	 * @see org.helix.scoring.model.ScoringsPackage#getPairwiseJudgements_Criterion()
	 * @model
	 * @generated
	 */
	String getCriterion();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.PairwiseJudgements#getCriterion <em>Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criterion</em>' attribute.
	 * @see #getCriterion()
	 * @generated
	 */
	void setCriterion(String value);

	/**
	 * Returns the value of the '<em><b>Judge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who judged; several criteria matrices with judges are aggregated by their element-wise geometric mean.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Judge</em>' attribute.
	 * @see #setJudge(String)
	 * @see org.helix.scoring.model.ScoringsPackage#getPairwiseJudgements_Judge()
	 * @model
	 * @generated
	 */
	String getJudge();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.PairwiseJudgements#getJudge <em>Judge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Judge</em>' attribute.
	 * @see #getJudge()
	 * @generated
	 */
	void setJudge(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the judgements come from (provenance), e.g. a workshop, a document, or an illustrative entry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.helix.scoring.model.ScoringsPackage#getPairwiseJudgements_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.PairwiseJudgements#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The names of the compared criteria (or alternative labels), in the order of the rows.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Items</em>' attribute list.
	 * @see org.helix.scoring.model.ScoringsPackage#getPairwiseJudgements_Items()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getItems();

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The n x n matrix, row by row.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' attribute list.
	 * @see org.helix.scoring.model.ScoringsPackage#getPairwiseJudgements_Values()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getValues();

} // PairwiseJudgements
