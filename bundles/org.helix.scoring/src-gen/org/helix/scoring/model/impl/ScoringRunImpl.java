/**
 * Helix
 */
package org.helix.scoring.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.scoring.model.Parameter;
import org.helix.scoring.model.RunInput;
import org.helix.scoring.model.RunResult;
import org.helix.scoring.model.RunWeight;
import org.helix.scoring.model.ScoringRun;
import org.helix.scoring.model.ScoringsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scoring Run</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.scoring.model.impl.ScoringRunImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.ScoringRunImpl#getMethodVersion <em>Method Version</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.ScoringRunImpl#getNormalisation <em>Normalisation</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.ScoringRunImpl#getAsOf <em>As Of</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.ScoringRunImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.ScoringRunImpl#getWeights <em>Weights</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.ScoringRunImpl#getInputs <em>Inputs</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.ScoringRunImpl#getResults <em>Results</em>}</li>
 *   <li>{@link org.helix.scoring.model.impl.ScoringRunImpl#getWarnings <em>Warnings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScoringRunImpl extends EObjectImpl implements ScoringRun {
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
	 * The default value of the '{@link #getMethodVersion() <em>Method Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethodVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String METHOD_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMethodVersion() <em>Method Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethodVersion()
	 * @generated
	 * @ordered
	 */
	protected String methodVersion = METHOD_VERSION_EDEFAULT;

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
	 * The default value of the '{@link #getAsOf() <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsOf()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate AS_OF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAsOf() <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsOf()
	 * @generated
	 * @ordered
	 */
	protected LocalDate asOf = AS_OF_EDEFAULT;

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
	 * The cached value of the '{@link #getWeights() <em>Weights</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeights()
	 * @generated
	 * @ordered
	 */
	protected EList<RunWeight> weights;

	/**
	 * The cached value of the '{@link #getInputs() <em>Inputs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputs()
	 * @generated
	 * @ordered
	 */
	protected EList<RunInput> inputs;

	/**
	 * The cached value of the '{@link #getResults() <em>Results</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResults()
	 * @generated
	 * @ordered
	 */
	protected EList<RunResult> results;

	/**
	 * The cached value of the '{@link #getWarnings() <em>Warnings</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarnings()
	 * @generated
	 * @ordered
	 */
	protected EList<String> warnings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScoringRunImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScoringsPackage.Literals.SCORING_RUN;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.SCORING_RUN__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMethodVersion() {
		return methodVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethodVersion(String newMethodVersion) {
		String oldMethodVersion = methodVersion;
		methodVersion = newMethodVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.SCORING_RUN__METHOD_VERSION, oldMethodVersion, methodVersion));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.SCORING_RUN__NORMALISATION, oldNormalisation, normalisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAsOf() {
		return asOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAsOf(LocalDate newAsOf) {
		LocalDate oldAsOf = asOf;
		asOf = newAsOf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScoringsPackage.SCORING_RUN__AS_OF, oldAsOf, asOf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<Parameter>(Parameter.class, this, ScoringsPackage.SCORING_RUN__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RunWeight> getWeights() {
		if (weights == null) {
			weights = new EObjectContainmentEList<RunWeight>(RunWeight.class, this, ScoringsPackage.SCORING_RUN__WEIGHTS);
		}
		return weights;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RunInput> getInputs() {
		if (inputs == null) {
			inputs = new EObjectContainmentEList<RunInput>(RunInput.class, this, ScoringsPackage.SCORING_RUN__INPUTS);
		}
		return inputs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RunResult> getResults() {
		if (results == null) {
			results = new EObjectContainmentEList<RunResult>(RunResult.class, this, ScoringsPackage.SCORING_RUN__RESULTS);
		}
		return results;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getWarnings() {
		if (warnings == null) {
			warnings = new EDataTypeEList<String>(String.class, this, ScoringsPackage.SCORING_RUN__WARNINGS);
		}
		return warnings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ScoringsPackage.SCORING_RUN__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
			case ScoringsPackage.SCORING_RUN__WEIGHTS:
				return ((InternalEList<?>)getWeights()).basicRemove(otherEnd, msgs);
			case ScoringsPackage.SCORING_RUN__INPUTS:
				return ((InternalEList<?>)getInputs()).basicRemove(otherEnd, msgs);
			case ScoringsPackage.SCORING_RUN__RESULTS:
				return ((InternalEList<?>)getResults()).basicRemove(otherEnd, msgs);
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
			case ScoringsPackage.SCORING_RUN__METHOD:
				return getMethod();
			case ScoringsPackage.SCORING_RUN__METHOD_VERSION:
				return getMethodVersion();
			case ScoringsPackage.SCORING_RUN__NORMALISATION:
				return getNormalisation();
			case ScoringsPackage.SCORING_RUN__AS_OF:
				return getAsOf();
			case ScoringsPackage.SCORING_RUN__PARAMETERS:
				return getParameters();
			case ScoringsPackage.SCORING_RUN__WEIGHTS:
				return getWeights();
			case ScoringsPackage.SCORING_RUN__INPUTS:
				return getInputs();
			case ScoringsPackage.SCORING_RUN__RESULTS:
				return getResults();
			case ScoringsPackage.SCORING_RUN__WARNINGS:
				return getWarnings();
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
			case ScoringsPackage.SCORING_RUN__METHOD:
				setMethod((String)newValue);
				return;
			case ScoringsPackage.SCORING_RUN__METHOD_VERSION:
				setMethodVersion((String)newValue);
				return;
			case ScoringsPackage.SCORING_RUN__NORMALISATION:
				setNormalisation((String)newValue);
				return;
			case ScoringsPackage.SCORING_RUN__AS_OF:
				setAsOf((LocalDate)newValue);
				return;
			case ScoringsPackage.SCORING_RUN__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends Parameter>)newValue);
				return;
			case ScoringsPackage.SCORING_RUN__WEIGHTS:
				getWeights().clear();
				getWeights().addAll((Collection<? extends RunWeight>)newValue);
				return;
			case ScoringsPackage.SCORING_RUN__INPUTS:
				getInputs().clear();
				getInputs().addAll((Collection<? extends RunInput>)newValue);
				return;
			case ScoringsPackage.SCORING_RUN__RESULTS:
				getResults().clear();
				getResults().addAll((Collection<? extends RunResult>)newValue);
				return;
			case ScoringsPackage.SCORING_RUN__WARNINGS:
				getWarnings().clear();
				getWarnings().addAll((Collection<? extends String>)newValue);
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
			case ScoringsPackage.SCORING_RUN__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case ScoringsPackage.SCORING_RUN__METHOD_VERSION:
				setMethodVersion(METHOD_VERSION_EDEFAULT);
				return;
			case ScoringsPackage.SCORING_RUN__NORMALISATION:
				setNormalisation(NORMALISATION_EDEFAULT);
				return;
			case ScoringsPackage.SCORING_RUN__AS_OF:
				setAsOf(AS_OF_EDEFAULT);
				return;
			case ScoringsPackage.SCORING_RUN__PARAMETERS:
				getParameters().clear();
				return;
			case ScoringsPackage.SCORING_RUN__WEIGHTS:
				getWeights().clear();
				return;
			case ScoringsPackage.SCORING_RUN__INPUTS:
				getInputs().clear();
				return;
			case ScoringsPackage.SCORING_RUN__RESULTS:
				getResults().clear();
				return;
			case ScoringsPackage.SCORING_RUN__WARNINGS:
				getWarnings().clear();
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
			case ScoringsPackage.SCORING_RUN__METHOD:
				return METHOD_EDEFAULT == null ? method != null : !METHOD_EDEFAULT.equals(method);
			case ScoringsPackage.SCORING_RUN__METHOD_VERSION:
				return METHOD_VERSION_EDEFAULT == null ? methodVersion != null : !METHOD_VERSION_EDEFAULT.equals(methodVersion);
			case ScoringsPackage.SCORING_RUN__NORMALISATION:
				return NORMALISATION_EDEFAULT == null ? normalisation != null : !NORMALISATION_EDEFAULT.equals(normalisation);
			case ScoringsPackage.SCORING_RUN__AS_OF:
				return AS_OF_EDEFAULT == null ? asOf != null : !AS_OF_EDEFAULT.equals(asOf);
			case ScoringsPackage.SCORING_RUN__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case ScoringsPackage.SCORING_RUN__WEIGHTS:
				return weights != null && !weights.isEmpty();
			case ScoringsPackage.SCORING_RUN__INPUTS:
				return inputs != null && !inputs.isEmpty();
			case ScoringsPackage.SCORING_RUN__RESULTS:
				return results != null && !results.isEmpty();
			case ScoringsPackage.SCORING_RUN__WARNINGS:
				return warnings != null && !warnings.isEmpty();
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
		result.append(" (method: ");
		result.append(method);
		result.append(", methodVersion: ");
		result.append(methodVersion);
		result.append(", normalisation: ");
		result.append(normalisation);
		result.append(", asOf: ");
		result.append(asOf);
		result.append(", warnings: ");
		result.append(warnings);
		result.append(')');
		return result.toString();
	}

} //ScoringRunImpl
