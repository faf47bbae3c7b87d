/**
 * Helix
 */
package org.helix.scoring.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.helix.scoring.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.helix.scoring.model.ScoringsPackage
 * @generated
 */
public class ScoringsAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ScoringsPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScoringsAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = ScoringsPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScoringsSwitch<Adapter> modelSwitch =
		new ScoringsSwitch<Adapter>() {
			@Override
			public Adapter caseScoringFile(ScoringFile object) {
				return createScoringFileAdapter();
			}
			@Override
			public Adapter caseScoring(Scoring object) {
				return createScoringAdapter();
			}
			@Override
			public Adapter casePairwiseJudgements(PairwiseJudgements object) {
				return createPairwiseJudgementsAdapter();
			}
			@Override
			public Adapter caseCriterionDefinition(CriterionDefinition object) {
				return createCriterionDefinitionAdapter();
			}
			@Override
			public Adapter caseScale(Scale object) {
				return createScaleAdapter();
			}
			@Override
			public Adapter caseScalePoint(ScalePoint object) {
				return createScalePointAdapter();
			}
			@Override
			public Adapter caseParameter(Parameter object) {
				return createParameterAdapter();
			}
			@Override
			public Adapter caseScoringRun(ScoringRun object) {
				return createScoringRunAdapter();
			}
			@Override
			public Adapter caseRunWeight(RunWeight object) {
				return createRunWeightAdapter();
			}
			@Override
			public Adapter caseRunInput(RunInput object) {
				return createRunInputAdapter();
			}
			@Override
			public Adapter caseRunResult(RunResult object) {
				return createRunResultAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.helix.scoring.model.ScoringFile <em>Scoring File</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.scoring.model.ScoringFile
	 * @generated
	 */
	public Adapter createScoringFileAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.scoring.model.Scoring <em>Scoring</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.scoring.model.Scoring
	 * @generated
	 */
	public Adapter createScoringAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.scoring.model.PairwiseJudgements <em>Pairwise Judgements</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.scoring.model.PairwiseJudgements
	 * @generated
	 */
	public Adapter createPairwiseJudgementsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.scoring.model.CriterionDefinition <em>Criterion Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.scoring.model.CriterionDefinition
	 * @generated
	 */
	public Adapter createCriterionDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.scoring.model.Scale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.scoring.model.Scale
	 * @generated
	 */
	public Adapter createScaleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.scoring.model.ScalePoint <em>Scale Point</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.scoring.model.ScalePoint
	 * @generated
	 */
	public Adapter createScalePointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.scoring.model.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.scoring.model.Parameter
	 * @generated
	 */
	public Adapter createParameterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.scoring.model.ScoringRun <em>Scoring Run</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.scoring.model.ScoringRun
	 * @generated
	 */
	public Adapter createScoringRunAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.scoring.model.RunWeight <em>Run Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.scoring.model.RunWeight
	 * @generated
	 */
	public Adapter createRunWeightAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.scoring.model.RunInput <em>Run Input</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.scoring.model.RunInput
	 * @generated
	 */
	public Adapter createRunInputAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.scoring.model.RunResult <em>Run Result</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.scoring.model.RunResult
	 * @generated
	 */
	public Adapter createRunResultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //ScoringsAdapterFactory
