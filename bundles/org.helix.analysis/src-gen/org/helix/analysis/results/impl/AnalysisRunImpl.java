/**
 * Helix
 */
package org.helix.analysis.results.impl;

import java.time.LocalDate;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.analysis.results.AnalysisRun;
import org.helix.analysis.results.AnalyzerResult;
import org.helix.analysis.results.ResultsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Analysis Run</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.analysis.results.impl.AnalysisRunImpl#getInputFile <em>Input File</em>}</li>
 *   <li>{@link org.helix.analysis.results.impl.AnalysisRunImpl#getModelTitle <em>Model Title</em>}</li>
 *   <li>{@link org.helix.analysis.results.impl.AnalysisRunImpl#getAsOf <em>As Of</em>}</li>
 *   <li>{@link org.helix.analysis.results.impl.AnalysisRunImpl#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.helix.analysis.results.impl.AnalysisRunImpl#getDurationMillis <em>Duration Millis</em>}</li>
 *   <li>{@link org.helix.analysis.results.impl.AnalysisRunImpl#getResults <em>Results</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnalysisRunImpl extends EObjectImpl implements AnalysisRun {
	/**
	 * The default value of the '{@link #getInputFile() <em>Input File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputFile()
	 * @generated
	 * @ordered
	 */
	protected static final String INPUT_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInputFile() <em>Input File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputFile()
	 * @generated
	 * @ordered
	 */
	protected String inputFile = INPUT_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getModelTitle() <em>Model Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModelTitle() <em>Model Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelTitle()
	 * @generated
	 * @ordered
	 */
	protected String modelTitle = MODEL_TITLE_EDEFAULT;

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
	 * The default value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date STARTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected Date startedAt = STARTED_AT_EDEFAULT;

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
	 * The cached value of the '{@link #getResults() <em>Results</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResults()
	 * @generated
	 * @ordered
	 */
	protected EList<AnalyzerResult> results;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnalysisRunImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResultsPackage.Literals.ANALYSIS_RUN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInputFile() {
		return inputFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputFile(String newInputFile) {
		String oldInputFile = inputFile;
		inputFile = newInputFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultsPackage.ANALYSIS_RUN__INPUT_FILE, oldInputFile, inputFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModelTitle() {
		return modelTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelTitle(String newModelTitle) {
		String oldModelTitle = modelTitle;
		modelTitle = newModelTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultsPackage.ANALYSIS_RUN__MODEL_TITLE, oldModelTitle, modelTitle));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ResultsPackage.ANALYSIS_RUN__AS_OF, oldAsOf, asOf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStartedAt() {
		return startedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartedAt(Date newStartedAt) {
		Date oldStartedAt = startedAt;
		startedAt = newStartedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResultsPackage.ANALYSIS_RUN__STARTED_AT, oldStartedAt, startedAt));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ResultsPackage.ANALYSIS_RUN__DURATION_MILLIS, oldDurationMillis, durationMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AnalyzerResult> getResults() {
		if (results == null) {
			results = new EObjectContainmentEList<AnalyzerResult>(AnalyzerResult.class, this, ResultsPackage.ANALYSIS_RUN__RESULTS);
		}
		return results;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResultsPackage.ANALYSIS_RUN__RESULTS:
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
			case ResultsPackage.ANALYSIS_RUN__INPUT_FILE:
				return getInputFile();
			case ResultsPackage.ANALYSIS_RUN__MODEL_TITLE:
				return getModelTitle();
			case ResultsPackage.ANALYSIS_RUN__AS_OF:
				return getAsOf();
			case ResultsPackage.ANALYSIS_RUN__STARTED_AT:
				return getStartedAt();
			case ResultsPackage.ANALYSIS_RUN__DURATION_MILLIS:
				return getDurationMillis();
			case ResultsPackage.ANALYSIS_RUN__RESULTS:
				return getResults();
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
			case ResultsPackage.ANALYSIS_RUN__INPUT_FILE:
				setInputFile((String)newValue);
				return;
			case ResultsPackage.ANALYSIS_RUN__MODEL_TITLE:
				setModelTitle((String)newValue);
				return;
			case ResultsPackage.ANALYSIS_RUN__AS_OF:
				setAsOf((LocalDate)newValue);
				return;
			case ResultsPackage.ANALYSIS_RUN__STARTED_AT:
				setStartedAt((Date)newValue);
				return;
			case ResultsPackage.ANALYSIS_RUN__DURATION_MILLIS:
				setDurationMillis((Long)newValue);
				return;
			case ResultsPackage.ANALYSIS_RUN__RESULTS:
				getResults().clear();
				getResults().addAll((Collection<? extends AnalyzerResult>)newValue);
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
			case ResultsPackage.ANALYSIS_RUN__INPUT_FILE:
				setInputFile(INPUT_FILE_EDEFAULT);
				return;
			case ResultsPackage.ANALYSIS_RUN__MODEL_TITLE:
				setModelTitle(MODEL_TITLE_EDEFAULT);
				return;
			case ResultsPackage.ANALYSIS_RUN__AS_OF:
				setAsOf(AS_OF_EDEFAULT);
				return;
			case ResultsPackage.ANALYSIS_RUN__STARTED_AT:
				setStartedAt(STARTED_AT_EDEFAULT);
				return;
			case ResultsPackage.ANALYSIS_RUN__DURATION_MILLIS:
				setDurationMillis(DURATION_MILLIS_EDEFAULT);
				return;
			case ResultsPackage.ANALYSIS_RUN__RESULTS:
				getResults().clear();
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
			case ResultsPackage.ANALYSIS_RUN__INPUT_FILE:
				return INPUT_FILE_EDEFAULT == null ? inputFile != null : !INPUT_FILE_EDEFAULT.equals(inputFile);
			case ResultsPackage.ANALYSIS_RUN__MODEL_TITLE:
				return MODEL_TITLE_EDEFAULT == null ? modelTitle != null : !MODEL_TITLE_EDEFAULT.equals(modelTitle);
			case ResultsPackage.ANALYSIS_RUN__AS_OF:
				return AS_OF_EDEFAULT == null ? asOf != null : !AS_OF_EDEFAULT.equals(asOf);
			case ResultsPackage.ANALYSIS_RUN__STARTED_AT:
				return STARTED_AT_EDEFAULT == null ? startedAt != null : !STARTED_AT_EDEFAULT.equals(startedAt);
			case ResultsPackage.ANALYSIS_RUN__DURATION_MILLIS:
				return durationMillis != DURATION_MILLIS_EDEFAULT;
			case ResultsPackage.ANALYSIS_RUN__RESULTS:
				return results != null && !results.isEmpty();
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
		result.append(" (inputFile: ");
		result.append(inputFile);
		result.append(", modelTitle: ");
		result.append(modelTitle);
		result.append(", asOf: ");
		result.append(asOf);
		result.append(", startedAt: ");
		result.append(startedAt);
		result.append(", durationMillis: ");
		result.append(durationMillis);
		result.append(')');
		return result.toString();
	}

} //AnalysisRunImpl
