/**
 * Helix
 */
package org.helix.scoring.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scoring</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A saved decision problem on model elements, with its runs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.scoring.model.Scoring#getName <em>Name</em>}</li>
 *   <li>{@link org.helix.scoring.model.Scoring#getDescription <em>Description</em>}</li>
 *   <li>{@link org.helix.scoring.model.Scoring#getMethod <em>Method</em>}</li>
 *   <li>{@link org.helix.scoring.model.Scoring#getNormalisation <em>Normalisation</em>}</li>
 *   <li>{@link org.helix.scoring.model.Scoring#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.helix.scoring.model.Scoring#getAlternatives <em>Alternatives</em>}</li>
 *   <li>{@link org.helix.scoring.model.Scoring#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.helix.scoring.model.Scoring#getScales <em>Scales</em>}</li>
 *   <li>{@link org.helix.scoring.model.Scoring#getRuns <em>Runs</em>}</li>
 *   <li>{@link org.helix.scoring.model.Scoring#getJudgements <em>Judgements</em>}</li>
 * </ul>
 *
 * @see org.helix.scoring.model.ScoringsPackage#getScoring()
 * @model
 * @generated
 */
public interface Scoring extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique in its file; what the command line calls it (score --scoring NAME).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.helix.scoring.model.ScoringsPackage#getScoring_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.Scoring#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.helix.scoring.model.ScoringsPackage#getScoring_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.Scoring#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of a method contributed to org.helix.scoring.methods, e.g. wsm or topsis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see #setMethod(String)
	 * @see org.helix.scoring.model.ScoringsPackage#getScoring_Method()
	 * @model
	 * @generated
	 */
	String getMethod();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.Scoring#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(String value);

	/**
	 * Returns the value of the '<em><b>Normalisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * none, vector, minmax, max or sum; unset for the method default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Normalisation</em>' attribute.
	 * @see #setNormalisation(String)
	 * @see org.helix.scoring.model.ScoringsPackage#getScoring_Normalisation()
	 * @model
	 * @generated
	 */
	String getNormalisation();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.Scoring#getNormalisation <em>Normalisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Normalisation</em>' attribute.
	 * @see #getNormalisation()
	 * @generated
	 */
	void setNormalisation(String value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.scoring.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Further method parameters by name (e.g. monteCarlo.samples, monteCarlo.seed, oat).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.helix.scoring.model.ScoringsPackage#getScoring_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Alternatives</b></em>' reference list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.EObject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The model elements scored, in order (ties in a ranking keep this order).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Alternatives</em>' reference list.
	 * @see org.helix.scoring.model.ScoringsPackage#getScoring_Alternatives()
	 * @model
	 * @generated
	 */
	EList<EObject> getAlternatives();

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.scoring.model.CriterionDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criteria</em>' containment reference list.
	 * @see org.helix.scoring.model.ScoringsPackage#getScoring_Criteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<CriterionDefinition> getCriteria();

	/**
	 * Returns the value of the '<em><b>Scales</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.scoring.model.Scale}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scales</em>' containment reference list.
	 * @see org.helix.scoring.model.ScoringsPackage#getScoring_Scales()
	 * @model containment="true"
	 * @generated
	 */
	EList<Scale> getScales();

	/**
	 * Returns the value of the '<em><b>Runs</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.scoring.model.ScoringRun}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Runs</em>' containment reference list.
	 * @see org.helix.scoring.model.ScoringsPackage#getScoring_Runs()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScoringRun> getRuns();

	/**
	 * Returns the value of the '<em><b>Judgements</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.scoring.model.PairwiseJudgements}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * AHP pairwise matrices: of the criteria (one, or one per judge), and optionally of the alternatives per criterion. Added in 1.0 without a format change: files without judgements read as before.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Judgements</em>' containment reference list.
	 * @see org.helix.scoring.model.ScoringsPackage#getScoring_Judgements()
	 * @model containment="true"
	 * @generated
	 */
	EList<PairwiseJudgements> getJudgements();

} // Scoring
