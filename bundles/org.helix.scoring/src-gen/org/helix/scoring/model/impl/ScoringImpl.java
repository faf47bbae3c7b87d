/**
 * Helix
 */
package org.helix.scoring.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.scoring.model.CriterionDefinition;
import org.helix.scoring.model.PairwiseJudgements;
import org.helix.scoring.model.Parameter;
import org.helix.scoring.model.Scale;
import org.helix.scoring.model.Scoring;
import org.helix.scoring.model.ScoringRun;
import org.helix.scoring.model.ScoringsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scoring</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.scoring.model.impl.ScoringImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.ScoringImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.ScoringImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.ScoringImpl#getNormalisation <em>Normalisation</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.ScoringImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.ScoringImpl#getAlternatives <em>Alternatives</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.ScoringImpl#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.ScoringImpl#getScales <em>Scales</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.ScoringImpl#getRuns <em>Runs</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.ScoringImpl#getJudgements <em>Judgements</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScoringImpl extends EObjectImpl implements Scoring {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final String METHOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected String method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getNormalisation() <em>Normalisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormalisation()
	 * @generated
	 * @ordered
	 */
	protected static final String NORMALISATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNormalisation() <em>Normalisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormalisation()
	 * @generated
	 * @ordered
	 */
	protected String normalisation = NORMALISATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameter> parameters;

	/**
	 * The cached value of the '{@link #getAlternatives() <em>Alternatives</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlternatives()
	 * @generated
	 * @ordered
	 */
	protected EList<EObject> alternatives;

	/**
	 * The cached value of the '{@link #getCriteria() <em>Criteria</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected EList<CriterionDefinition> criteria;

	/**
	 * The cached value of the '{@link #getScales() <em>Scales</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScales()
	 * @generated
	 * @ordered
	 */
	protected EList<Scale> scales;

	/**
	 * The cached value of the '{@link #getRuns() <em>Runs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuns()
	 * @generated
	 * @ordered
	 */
	protected EList<ScoringRun> runs;

	/**
	 * The cached value of the '{@link #getJudgements() <em>Judgements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJudgements()
	 * @generated
	 * @ordered
	 */
	protected EList<PairwiseJudgements> judgements;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScoringImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScoringsPackage.Literals.SCORING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.SCORING__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.SCORING__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(String newMethod) {
		String oldMethod = method;
		method = newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.SCORING__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNormalisation() {
		return normalisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNormalisation(String newNormalisation) {
		String oldNormalisation = normalisation;
		normalisation = newNormalisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.SCORING__NORMALISATION, oldNormalisation, normalisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<Parameter>(Parameter.class, this, ScoringsPackage.SCORING__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EObject> getAlternatives() {
		if (alternatives == null) {
			alternatives = new EObjectResolvingEList<EObject>(EObject.class, this, ScoringsPackage.SCORING__ALTERNATIVES);
		}
		return alternatives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CriterionDefinition> getCriteria() {
		if (criteria == null) {
			criteria = new EObjectContainmentEList<CriterionDefinition>(CriterionDefinition.class, this, ScoringsPackage.SCORING__CRITERIA);
		}
		return criteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scale> getScales() {
		if (scales == null) {
			scales = new EObjectContainmentEList<Scale>(Scale.class, this, ScoringsPackage.SCORING__SCALES);
		}
		return scales;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScoringRun> getRuns() {
		if (runs == null) {
			runs = new EObjectContainmentEList<ScoringRun>(ScoringRun.class, this, ScoringsPackage.SCORING__RUNS);
		}
		return runs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PairwiseJudgements> getJudgements() {
		if (judgements == null) {
			judgements = new EObjectContainmentEList<PairwiseJudgements>(PairwiseJudgements.class, this, ScoringsPackage.SCORING__JUDGEMENTS);
		}
		return judgements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ScoringsPackage.SCORING__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
			case ScoringsPackage.SCORING__CRITERIA:
				return ((InternalEList<?>)getCriteria()).basicRemove(otherEnd, msgs);
			case ScoringsPackage.SCORING__SCALES:
				return ((InternalEList<?>)getScales()).basicRemove(otherEnd, msgs);
			case ScoringsPackage.SCORING__RUNS:
				return ((InternalEList<?>)getRuns()).basicRemove(otherEnd, msgs);
			case ScoringsPackage.SCORING__JUDGEMENTS:
				return ((InternalEList<?>)getJudgements()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScoringsPackage.SCORING__NAME:
				return getName();
			case ScoringsPackage.SCORING__DESCRIPTION:
				return getDescription();
			case ScoringsPackage.SCORING__METHOD:
				return getMethod();
			case ScoringsPackage.SCORING__NORMALISATION:
				return getNormalisation();
			case ScoringsPackage.SCORING__PARAMETERS:
				return getParameters();
			case ScoringsPackage.SCORING__ALTERNATIVES:
				return getAlternatives();
			case ScoringsPackage.SCORING__CRITERIA:
				return getCriteria();
			case ScoringsPackage.SCORING__SCALES:
				return getScales();
			case ScoringsPackage.SCORING__RUNS:
				return getRuns();
			case ScoringsPackage.SCORING__JUDGEMENTS:
				return getJudgements();
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
			case ScoringsPackage.SCORING__NAME:
				setName((String)newValue);
				return;
			case ScoringsPackage.SCORING__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ScoringsPackage.SCORING__METHOD:
				setMethod((String)newValue);
				return;
			case ScoringsPackage.SCORING__NORMALISATION:
				setNormalisation((String)newValue);
				return;
			case ScoringsPackage.SCORING__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends Parameter>)newValue);
				return;
			case ScoringsPackage.SCORING__ALTERNATIVES:
				getAlternatives().clear();
				getAlternatives().addAll((Collection<? extends EObject>)newValue);
				return;
			case ScoringsPackage.SCORING__CRITERIA:
				getCriteria().clear();
				getCriteria().addAll((Collection<? extends CriterionDefinition>)newValue);
				return;
			case ScoringsPackage.SCORING__SCALES:
				getScales().clear();
				getScales().addAll((Collection<? extends Scale>)newValue);
				return;
			case ScoringsPackage.SCORING__RUNS:
				getRuns().clear();
				getRuns().addAll((Collection<? extends ScoringRun>)newValue);
				return;
			case ScoringsPackage.SCORING__JUDGEMENTS:
				getJudgements().clear();
				getJudgements().addAll((Collection<? extends PairwiseJudgements>)newValue);
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
			case ScoringsPackage.SCORING__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ScoringsPackage.SCORING__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ScoringsPackage.SCORING__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case ScoringsPackage.SCORING__NORMALISATION:
				setNormalisation(NORMALISATION_EDEFAULT);
				return;
			case ScoringsPackage.SCORING__PARAMETERS:
				getParameters().clear();
				return;
			case ScoringsPackage.SCORING__ALTERNATIVES:
				getAlternatives().clear();
				return;
			case ScoringsPackage.SCORING__CRITERIA:
				getCriteria().clear();
				return;
			case ScoringsPackage.SCORING__SCALES:
				getScales().clear();
				return;
			case ScoringsPackage.SCORING__RUNS:
				getRuns().clear();
				return;
			case ScoringsPackage.SCORING__JUDGEMENTS:
				getJudgements().clear();
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
			case ScoringsPackage.SCORING__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ScoringsPackage.SCORING__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ScoringsPackage.SCORING__METHOD:
				return METHOD_EDEFAULT == null ? method != null : !METHOD_EDEFAULT.equals(method);
			case ScoringsPackage.SCORING__NORMALISATION:
				return NORMALISATION_EDEFAULT == null ? normalisation != null : !NORMALISATION_EDEFAULT.equals(normalisation);
			case ScoringsPackage.SCORING__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case ScoringsPackage.SCORING__ALTERNATIVES:
				return alternatives != null && !alternatives.isEmpty();
			case ScoringsPackage.SCORING__CRITERIA:
				return criteria != null && !criteria.isEmpty();
			case ScoringsPackage.SCORING__SCALES:
				return scales != null && !scales.isEmpty();
			case ScoringsPackage.SCORING__RUNS:
				return runs != null && !runs.isEmpty();
			case ScoringsPackage.SCORING__JUDGEMENTS:
				return judgements != null && !judgements.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", method: ");
		result.append(method);
		result.append(", normalisation: ");
		result.append(normalisation);
		result.append(')');
		return result.toString();
	}

} //ScoringImpl
