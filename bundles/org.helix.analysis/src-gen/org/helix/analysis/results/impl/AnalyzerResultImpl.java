/**
 * Helix
 */
package org.helix.analysis.results.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.analysis.results.AnalyzerResult;
import org.helix.analysis.results.Finding;
import org.helix.analysis.results.ParameterValue;
import org.helix.analysis.results.ResultsPackage;
import org.helix.analysis.results.RunOutcome;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Analyzer Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.analysis.results.impl.AnalyzerResultImpl#getAnalyzerId <em>Analyzer Id</em>}</li>
 *   <li>{@link org.helix.analysis.results.impl.AnalyzerResultImpl#getAnalyzerVersion <em>Analyzer Version</em>}</li>
 *   <li>{@link org.helix.analysis.results.impl.AnalyzerResultImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.helix.analysis.results.impl.AnalyzerResultImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.helix.analysis.results.impl.AnalyzerResultImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.helix.analysis.results.impl.AnalyzerResultImpl#getDurationMillis <em>Duration Millis</em>}</li>
 *   <li>{@link org.helix.analysis.results.impl.AnalyzerResultImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.helix.analysis.results.impl.AnalyzerResultImpl#getFindings <em>Findings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnalyzerResultImpl extends EObjectImpl implements AnalyzerResult {
	/**
	 * The default value of the '{@link #getAnalyzerId() <em>Analyzer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalyzerId()
	 * @generated
	 * @ordered
	 */
	protected static final String ANALYZER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnalyzerId() <em>Analyzer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalyzerId()
	 * @generated
	 * @ordered
	 */
	protected String analyzerId = ANALYZER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnalyzerVersion() <em>Analyzer Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalyzerVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String ANALYZER_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnalyzerVersion() <em>Analyzer Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalyzerVersion()
	 * @generated
	 * @ordered
	 */
	protected String analyzerVersion = ANALYZER_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final String CATEGORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected String category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final RunOutcome OUTCOME_EDEFAULT = RunOutcome.COMPLETED;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected RunOutcome outcome = OUTCOME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationMillis() <em>Duration Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMillis()
	 * @generated
	 * @ordered
	 */
	protected static final long DURATION_MILLIS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDurationMillis() <em>Duration Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMillis()
	 * @generated
	 * @ordered
	 */
	protected long durationMillis = DURATION_MILLIS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<ParameterValue> parameters;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<Finding> findings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnalyzerResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResultsPackage.Literals.ANALYZER_RESULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnalyzerId() {
		return analyzerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnalyzerId(String newAnalyzerId) {
		String oldAnalyzerId = analyzerId;
		analyzerId = newAnalyzerId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultsPackage.ANALYZER_RESULT__ANALYZER_ID, oldAnalyzerId, analyzerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnalyzerVersion() {
		return analyzerVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnalyzerVersion(String newAnalyzerVersion) {
		String oldAnalyzerVersion = analyzerVersion;
		analyzerVersion = newAnalyzerVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultsPackage.ANALYZER_RESULT__ANALYZER_VERSION, oldAnalyzerVersion, analyzerVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultsPackage.ANALYZER_RESULT__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(String newCategory) {
		String oldCategory = category;
		category = newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultsPackage.ANALYZER_RESULT__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunOutcome getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(RunOutcome newOutcome) {
		RunOutcome oldOutcome = outcome;
		outcome = newOutcome == null ? OUTCOME_EDEFAULT : newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultsPackage.ANALYZER_RESULT__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDurationMillis() {
		return durationMillis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationMillis(long newDurationMillis) {
		long oldDurationMillis = durationMillis;
		durationMillis = newDurationMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultsPackage.ANALYZER_RESULT__DURATION_MILLIS, oldDurationMillis, durationMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ParameterValue> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<ParameterValue>(ParameterValue.class, this, ResultsPackage.ANALYZER_RESULT__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Finding> getFindings() {
		if (findings == null) {
			findings = new EObjectContainmentEList<Finding>(Finding.class, this, ResultsPackage.ANALYZER_RESULT__FINDINGS);
		}
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResultsPackage.ANALYZER_RESULT__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
			case ResultsPackage.ANALYZER_RESULT__FINDINGS:
				return ((InternalEList<?>)getFindings()).basicRemove(otherEnd, msgs);
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
			case ResultsPackage.ANALYZER_RESULT__ANALYZER_ID:
				return getAnalyzerId();
			case ResultsPackage.ANALYZER_RESULT__ANALYZER_VERSION:
				return getAnalyzerVersion();
			case ResultsPackage.ANALYZER_RESULT__LABEL:
				return getLabel();
			case ResultsPackage.ANALYZER_RESULT__CATEGORY:
				return getCategory();
			case ResultsPackage.ANALYZER_RESULT__OUTCOME:
				return getOutcome();
			case ResultsPackage.ANALYZER_RESULT__DURATION_MILLIS:
				return getDurationMillis();
			case ResultsPackage.ANALYZER_RESULT__PARAMETERS:
				return getParameters();
			case ResultsPackage.ANALYZER_RESULT__FINDINGS:
				return getFindings();
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
			case ResultsPackage.ANALYZER_RESULT__ANALYZER_ID:
				setAnalyzerId((String)newValue);
				return;
			case ResultsPackage.ANALYZER_RESULT__ANALYZER_VERSION:
				setAnalyzerVersion((String)newValue);
				return;
			case ResultsPackage.ANALYZER_RESULT__LABEL:
				setLabel((String)newValue);
				return;
			case ResultsPackage.ANALYZER_RESULT__CATEGORY:
				setCategory((String)newValue);
				return;
			case ResultsPackage.ANALYZER_RESULT__OUTCOME:
				setOutcome((RunOutcome)newValue);
				return;
			case ResultsPackage.ANALYZER_RESULT__DURATION_MILLIS:
				setDurationMillis((Long)newValue);
				return;
			case ResultsPackage.ANALYZER_RESULT__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends ParameterValue>)newValue);
				return;
			case ResultsPackage.ANALYZER_RESULT__FINDINGS:
				getFindings().clear();
				getFindings().addAll((Collection<? extends Finding>)newValue);
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
			case ResultsPackage.ANALYZER_RESULT__ANALYZER_ID:
				setAnalyzerId(ANALYZER_ID_EDEFAULT);
				return;
			case ResultsPackage.ANALYZER_RESULT__ANALYZER_VERSION:
				setAnalyzerVersion(ANALYZER_VERSION_EDEFAULT);
				return;
			case ResultsPackage.ANALYZER_RESULT__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case ResultsPackage.ANALYZER_RESULT__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case ResultsPackage.ANALYZER_RESULT__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case ResultsPackage.ANALYZER_RESULT__DURATION_MILLIS:
				setDurationMillis(DURATION_MILLIS_EDEFAULT);
				return;
			case ResultsPackage.ANALYZER_RESULT__PARAMETERS:
				getParameters().clear();
				return;
			case ResultsPackage.ANALYZER_RESULT__FINDINGS:
				getFindings().clear();
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
			case ResultsPackage.ANALYZER_RESULT__ANALYZER_ID:
				return ANALYZER_ID_EDEFAULT == null ? analyzerId != null : !ANALYZER_ID_EDEFAULT.equals(analyzerId);
			case ResultsPackage.ANALYZER_RESULT__ANALYZER_VERSION:
				return ANALYZER_VERSION_EDEFAULT == null ? analyzerVersion != null : !ANALYZER_VERSION_EDEFAULT.equals(analyzerVersion);
			case ResultsPackage.ANALYZER_RESULT__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case ResultsPackage.ANALYZER_RESULT__CATEGORY:
				return CATEGORY_EDEFAULT == null ? category != null : !CATEGORY_EDEFAULT.equals(category);
			case ResultsPackage.ANALYZER_RESULT__OUTCOME:
				return outcome != OUTCOME_EDEFAULT;
			case ResultsPackage.ANALYZER_RESULT__DURATION_MILLIS:
				return durationMillis != DURATION_MILLIS_EDEFAULT;
			case ResultsPackage.ANALYZER_RESULT__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case ResultsPackage.ANALYZER_RESULT__FINDINGS:
				return findings != null && !findings.isEmpty();
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
		result.append(" (analyzerId: ");
		result.append(analyzerId);
		result.append(", analyzerVersion: ");
		result.append(analyzerVersion);
		result.append(", label: ");
		result.append(label);
		result.append(", category: ");
		result.append(category);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(", durationMillis: ");
		result.append(durationMillis);
		result.append(')');
		return result.toString();
	}

} //AnalyzerResultImpl
