/**
 * Helix
 */
package org.helix.scoring.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.helix.scoring.model.PairwiseJudgements;
import org.helix.scoring.model.ScoringsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pairwise Judgements</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.scoring.model.impl.PairwiseJudgementsImpl#getCriterion <em>Criterion</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.PairwiseJudgementsImpl#getJudge <em>Judge</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.PairwiseJudgementsImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.PairwiseJudgementsImpl#getItems <em>Items</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.PairwiseJudgementsImpl#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PairwiseJudgementsImpl extends EObjectImpl implements PairwiseJudgements {
	/**
	 * The default value of the '{@link #getCriterion() <em>Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriterion()
	 * @generated
	 * @ordered
	 */
	protected static final String CRITERION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCriterion() <em>Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriterion()
	 * @generated
	 * @ordered
	 */
	protected String criterion = CRITERION_EDEFAULT;

	/**
	 * The default value of the '{@link #getJudge() <em>Judge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJudge()
	 * @generated
	 * @ordered
	 */
	protected static final String JUDGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJudge() <em>Judge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJudge()
	 * @generated
	 * @ordered
	 */
	protected String judge = JUDGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<String> items;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> values;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PairwiseJudgementsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScoringsPackage.Literals.PAIRWISE_JUDGEMENTS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCriterion() {
		return criterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriterion(String newCriterion) {
		String oldCriterion = criterion;
		criterion = newCriterion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.PAIRWISE_JUDGEMENTS__CRITERION, oldCriterion, criterion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJudge() {
		return judge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJudge(String newJudge) {
		String oldJudge = judge;
		judge = newJudge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.PAIRWISE_JUDGEMENTS__JUDGE, oldJudge, judge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.PAIRWISE_JUDGEMENTS__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getItems() {
		if (items == null) {
			items = new EDataTypeEList<String>(String.class, this, ScoringsPackage.PAIRWISE_JUDGEMENTS__ITEMS);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getValues() {
		if (values == null) {
			values = new EDataTypeEList<Double>(Double.class, this, ScoringsPackage.PAIRWISE_JUDGEMENTS__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScoringsPackage.PAIRWISE_JUDGEMENTS__CRITERION:
				return getCriterion();
			case ScoringsPackage.PAIRWISE_JUDGEMENTS__JUDGE:
				return getJudge();
			case ScoringsPackage.PAIRWISE_JUDGEMENTS__SOURCE:
				return getSource();
			case ScoringsPackage.PAIRWISE_JUDGEMENTS__ITEMS:
				return getItems();
			case ScoringsPackage.PAIRWISE_JUDGEMENTS__VALUES:
				return getValues();
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
			case ScoringsPackage.PAIRWISE_JUDGEMENTS__CRITERION:
				setCriterion((String)newValue);
				return;
			case ScoringsPackage.PAIRWISE_JUDGEMENTS__JUDGE:
				setJudge((String)newValue);
				return;
			case ScoringsPackage.PAIRWISE_JUDGEMENTS__SOURCE:
				setSource((String)newValue);
				return;
			case ScoringsPackage.PAIRWISE_JUDGEMENTS__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends String>)newValue);
				return;
			case ScoringsPackage.PAIRWISE_JUDGEMENTS__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends Double>)newValue);
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
			case ScoringsPackage.PAIRWISE_JUDGEMENTS__CRITERION:
				setCriterion(CRITERION_EDEFAULT);
				return;
			case ScoringsPackage.PAIRWISE_JUDGEMENTS__JUDGE:
				setJudge(JUDGE_EDEFAULT);
				return;
			case ScoringsPackage.PAIRWISE_JUDGEMENTS__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case ScoringsPackage.PAIRWISE_JUDGEMENTS__ITEMS:
				getItems().clear();
				return;
			case ScoringsPackage.PAIRWISE_JUDGEMENTS__VALUES:
				getValues().clear();
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
			case ScoringsPackage.PAIRWISE_JUDGEMENTS__CRITERION:
				return CRITERION_EDEFAULT == null ? criterion != null : !CRITERION_EDEFAULT.equals(criterion);
			case ScoringsPackage.PAIRWISE_JUDGEMENTS__JUDGE:
				return JUDGE_EDEFAULT == null ? judge != null : !JUDGE_EDEFAULT.equals(judge);
			case ScoringsPackage.PAIRWISE_JUDGEMENTS__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case ScoringsPackage.PAIRWISE_JUDGEMENTS__ITEMS:
				return items != null && !items.isEmpty();
			case ScoringsPackage.PAIRWISE_JUDGEMENTS__VALUES:
				return values != null && !values.isEmpty();
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
		result.append(" (criterion: ");
		result.append(criterion);
		result.append(", judge: ");
		result.append(judge);
		result.append(", source: ");
		result.append(source);
		result.append(", items: ");
		result.append(items);
		result.append(", values: ");
		result.append(values);
		result.append(')');
		return result.toString();
	}

} //PairwiseJudgementsImpl
