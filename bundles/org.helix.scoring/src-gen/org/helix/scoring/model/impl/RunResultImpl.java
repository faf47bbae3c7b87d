/**
 * Helix
 */
package org.helix.scoring.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.helix.scoring.model.RunResult;
import org.helix.scoring.model.ScoringsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Run Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.scoring.model.impl.RunResultImpl#getAlternative <em>Alternative</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.RunResultImpl#getAlternativeLabel <em>Alternative Label</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.RunResultImpl#getScore <em>Score</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.RunResultImpl#getRank <em>Rank</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.RunResultImpl#getMissing <em>Missing</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RunResultImpl extends EObjectImpl implements RunResult {
	/**
	 * The cached value of the '{@link #getAlternative() <em>Alternative</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlternative()
	 * @generated
	 * @ordered
	 */
	protected EObject alternative;

	/**
	 * The default value of the '{@link #getAlternativeLabel() <em>Alternative Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlternativeLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String ALTERNATIVE_LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAlternativeLabel() <em>Alternative Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlternativeLabel()
	 * @generated
	 * @ordered
	 */
	protected String alternativeLabel = ALTERNATIVE_LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected static final Double SCORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected Double score = SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRank() <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRank()
	 * @generated
	 * @ordered
	 */
	protected static final Integer RANK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRank() <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRank()
	 * @generated
	 * @ordered
	 */
	protected Integer rank = RANK_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMissing() <em>Missing</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissing()
	 * @generated
	 * @ordered
	 */
	protected EList<String> missing;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RunResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScoringsPackage.Literals.RUN_RESULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject getAlternative() {
		if (alternative != null && alternative.eIsProxy()) {
			InternalEObject oldAlternative = (InternalEObject)alternative;
			alternative = eResolveProxy(oldAlternative);
			if (alternative != oldAlternative) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ScoringsPackage.RUN_RESULT__ALTERNATIVE, oldAlternative, alternative));
			}
		}
		return alternative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EObject basicGetAlternative() {
		return alternative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlternative(EObject newAlternative) {
		EObject oldAlternative = alternative;
		alternative = newAlternative;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.RUN_RESULT__ALTERNATIVE, oldAlternative, alternative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAlternativeLabel() {
		return alternativeLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlternativeLabel(String newAlternativeLabel) {
		String oldAlternativeLabel = alternativeLabel;
		alternativeLabel = newAlternativeLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.RUN_RESULT__ALTERNATIVE_LABEL, oldAlternativeLabel, alternativeLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getScore() {
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScore(Double newScore) {
		Double oldScore = score;
		score = newScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.RUN_RESULT__SCORE, oldScore, score));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getRank() {
		return rank;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRank(Integer newRank) {
		Integer oldRank = rank;
		rank = newRank;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.RUN_RESULT__RANK, oldRank, rank));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMissing() {
		if (missing == null) {
			missing = new EDataTypeEList<String>(String.class, this, ScoringsPackage.RUN_RESULT__MISSING);
		}
		return missing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScoringsPackage.RUN_RESULT__ALTERNATIVE:
				if (resolve) return getAlternative();
				return basicGetAlternative();
			case ScoringsPackage.RUN_RESULT__ALTERNATIVE_LABEL:
				return getAlternativeLabel();
			case ScoringsPackage.RUN_RESULT__SCORE:
				return getScore();
			case ScoringsPackage.RUN_RESULT__RANK:
				return getRank();
			case ScoringsPackage.RUN_RESULT__MISSING:
				return getMissing();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ScoringsPackage.RUN_RESULT__ALTERNATIVE:
				setAlternative((EObject)newValue);
				return;
			case ScoringsPackage.RUN_RESULT__ALTERNATIVE_LABEL:
				setAlternativeLabel((String)newValue);
				return;
			case ScoringsPackage.RUN_RESULT__SCORE:
				setScore((Double)newValue);
				return;
			case ScoringsPackage.RUN_RESULT__RANK:
				setRank((Integer)newValue);
				return;
			case ScoringsPackage.RUN_RESULT__MISSING:
				getMissing().clear();
				getMissing().addAll((Collection<? extends String>)newValue);
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
			case ScoringsPackage.RUN_RESULT__ALTERNATIVE:
				setAlternative((EObject)null);
				return;
			case ScoringsPackage.RUN_RESULT__ALTERNATIVE_LABEL:
				setAlternativeLabel(ALTERNATIVE_LABEL_EDEFAULT);
				return;
			case ScoringsPackage.RUN_RESULT__SCORE:
				setScore(SCORE_EDEFAULT);
				return;
			case ScoringsPackage.RUN_RESULT__RANK:
				setRank(RANK_EDEFAULT);
				return;
			case ScoringsPackage.RUN_RESULT__MISSING:
				getMissing().clear();
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
			case ScoringsPackage.RUN_RESULT__ALTERNATIVE:
				return alternative != null;
			case ScoringsPackage.RUN_RESULT__ALTERNATIVE_LABEL:
				return ALTERNATIVE_LABEL_EDEFAULT == null ? alternativeLabel != null : !ALTERNATIVE_LABEL_EDEFAULT.equals(alternativeLabel);
			case ScoringsPackage.RUN_RESULT__SCORE:
				return SCORE_EDEFAULT == null ? score != null : !SCORE_EDEFAULT.equals(score);
			case ScoringsPackage.RUN_RESULT__RANK:
				return RANK_EDEFAULT == null ? rank != null : !RANK_EDEFAULT.equals(rank);
			case ScoringsPackage.RUN_RESULT__MISSING:
				return missing != null && !missing.isEmpty();
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
		result.append(" (alternativeLabel: ");
		result.append(alternativeLabel);
		result.append(", score: ");
		result.append(score);
		result.append(", rank: ");
		result.append(rank);
		result.append(", missing: ");
		result.append(missing);
		result.append(')');
		return result.toString();
	}

} //RunResultImpl
