/**
 * Helix
 */
package org.helix.model.programme.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.model.core.Measurement;

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.governance.GovernanceBody;

import org.helix.model.programme.ActionSnapshot;
import org.helix.model.programme.ProgrammePackage;
import org.helix.model.programme.ProgressReport;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Progress Report</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.programme.impl.ProgressReportImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgressReportImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgressReportImpl#getReportedOn <em>Reported On</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgressReportImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgressReportImpl#getAdjustments <em>Adjustments</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgressReportImpl#getReportedTo <em>Reported To</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgressReportImpl#getMeasurements <em>Measurements</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgressReportImpl#getActionStatuses <em>Action Statuses</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProgressReportImpl extends NamedElementImpl implements ProgressReport {
	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected Integer year = YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReportedOn() <em>Reported On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REPORTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReportedOn() <em>Reported On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate reportedOn = REPORTED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAdjustments() <em>Adjustments</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdjustments()
	 * @generated
	 * @ordered
	 */
	protected EList<String> adjustments;

	/**
	 * The cached value of the '{@link #getReportedTo() <em>Reported To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedTo()
	 * @generated
	 * @ordered
	 */
	protected GovernanceBody reportedTo;

	/**
	 * The cached value of the '{@link #getMeasurements() <em>Measurements</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasurements()
	 * @generated
	 * @ordered
	 */
	protected EList<Measurement> measurements;

	/**
	 * The cached value of the '{@link #getActionStatuses() <em>Action Statuses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActionStatuses()
	 * @generated
	 * @ordered
	 */
	protected EList<ActionSnapshot> actionStatuses;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProgressReportImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProgrammePackage.Literals.PROGRESS_REPORT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(Integer newYear) {
		Integer oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PROGRESS_REPORT__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PROGRESS_REPORT__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReportedOn() {
		return reportedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportedOn(LocalDate newReportedOn) {
		LocalDate oldReportedOn = reportedOn;
		reportedOn = newReportedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PROGRESS_REPORT__REPORTED_ON, oldReportedOn, reportedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PROGRESS_REPORT__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAdjustments() {
		if (adjustments == null) {
			adjustments = new EDataTypeUniqueEList<String>(String.class, this, ProgrammePackage.PROGRESS_REPORT__ADJUSTMENTS);
		}
		return adjustments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernanceBody getReportedTo() {
		if (reportedTo != null && reportedTo.eIsProxy()) {
			InternalEObject oldReportedTo = (InternalEObject)reportedTo;
			reportedTo = (GovernanceBody)eResolveProxy(oldReportedTo);
			if (reportedTo != oldReportedTo) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProgrammePackage.PROGRESS_REPORT__REPORTED_TO, oldReportedTo, reportedTo));
			}
		}
		return reportedTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GovernanceBody basicGetReportedTo() {
		return reportedTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportedTo(GovernanceBody newReportedTo) {
		GovernanceBody oldReportedTo = reportedTo;
		reportedTo = newReportedTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PROGRESS_REPORT__REPORTED_TO, oldReportedTo, reportedTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Measurement> getMeasurements() {
		if (measurements == null) {
			measurements = new EObjectResolvingEList<Measurement>(Measurement.class, this, ProgrammePackage.PROGRESS_REPORT__MEASUREMENTS);
		}
		return measurements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ActionSnapshot> getActionStatuses() {
		if (actionStatuses == null) {
			actionStatuses = new EObjectContainmentEList<ActionSnapshot>(ActionSnapshot.class, this, ProgrammePackage.PROGRESS_REPORT__ACTION_STATUSES);
		}
		return actionStatuses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProgrammePackage.PROGRESS_REPORT__ACTION_STATUSES:
				return ((InternalEList<?>)getActionStatuses()).basicRemove(otherEnd, msgs);
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
			case ProgrammePackage.PROGRESS_REPORT__YEAR:
				return getYear();
			case ProgrammePackage.PROGRESS_REPORT__DATE:
				return getDate();
			case ProgrammePackage.PROGRESS_REPORT__REPORTED_ON:
				return getReportedOn();
			case ProgrammePackage.PROGRESS_REPORT__SUMMARY:
				return getSummary();
			case ProgrammePackage.PROGRESS_REPORT__ADJUSTMENTS:
				return getAdjustments();
			case ProgrammePackage.PROGRESS_REPORT__REPORTED_TO:
				if (resolve) return getReportedTo();
				return basicGetReportedTo();
			case ProgrammePackage.PROGRESS_REPORT__MEASUREMENTS:
				return getMeasurements();
			case ProgrammePackage.PROGRESS_REPORT__ACTION_STATUSES:
				return getActionStatuses();
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
			case ProgrammePackage.PROGRESS_REPORT__YEAR:
				setYear((Integer)newValue);
				return;
			case ProgrammePackage.PROGRESS_REPORT__DATE:
				setDate((LocalDate)newValue);
				return;
			case ProgrammePackage.PROGRESS_REPORT__REPORTED_ON:
				setReportedOn((LocalDate)newValue);
				return;
			case ProgrammePackage.PROGRESS_REPORT__SUMMARY:
				setSummary((String)newValue);
				return;
			case ProgrammePackage.PROGRESS_REPORT__ADJUSTMENTS:
				getAdjustments().clear();
				getAdjustments().addAll((Collection<? extends String>)newValue);
				return;
			case ProgrammePackage.PROGRESS_REPORT__REPORTED_TO:
				setReportedTo((GovernanceBody)newValue);
				return;
			case ProgrammePackage.PROGRESS_REPORT__MEASUREMENTS:
				getMeasurements().clear();
				getMeasurements().addAll((Collection<? extends Measurement>)newValue);
				return;
			case ProgrammePackage.PROGRESS_REPORT__ACTION_STATUSES:
				getActionStatuses().clear();
				getActionStatuses().addAll((Collection<? extends ActionSnapshot>)newValue);
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
			case ProgrammePackage.PROGRESS_REPORT__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case ProgrammePackage.PROGRESS_REPORT__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case ProgrammePackage.PROGRESS_REPORT__REPORTED_ON:
				setReportedOn(REPORTED_ON_EDEFAULT);
				return;
			case ProgrammePackage.PROGRESS_REPORT__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case ProgrammePackage.PROGRESS_REPORT__ADJUSTMENTS:
				getAdjustments().clear();
				return;
			case ProgrammePackage.PROGRESS_REPORT__REPORTED_TO:
				setReportedTo((GovernanceBody)null);
				return;
			case ProgrammePackage.PROGRESS_REPORT__MEASUREMENTS:
				getMeasurements().clear();
				return;
			case ProgrammePackage.PROGRESS_REPORT__ACTION_STATUSES:
				getActionStatuses().clear();
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
			case ProgrammePackage.PROGRESS_REPORT__YEAR:
				return YEAR_EDEFAULT == null ? year != null : !YEAR_EDEFAULT.equals(year);
			case ProgrammePackage.PROGRESS_REPORT__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case ProgrammePackage.PROGRESS_REPORT__REPORTED_ON:
				return REPORTED_ON_EDEFAULT == null ? reportedOn != null : !REPORTED_ON_EDEFAULT.equals(reportedOn);
			case ProgrammePackage.PROGRESS_REPORT__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case ProgrammePackage.PROGRESS_REPORT__ADJUSTMENTS:
				return adjustments != null && !adjustments.isEmpty();
			case ProgrammePackage.PROGRESS_REPORT__REPORTED_TO:
				return reportedTo != null;
			case ProgrammePackage.PROGRESS_REPORT__MEASUREMENTS:
				return measurements != null && !measurements.isEmpty();
			case ProgrammePackage.PROGRESS_REPORT__ACTION_STATUSES:
				return actionStatuses != null && !actionStatuses.isEmpty();
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
		result.append(" (year: ");
		result.append(year);
		result.append(", date: ");
		result.append(date);
		result.append(", reportedOn: ");
		result.append(reportedOn);
		result.append(", summary: ");
		result.append(summary);
		result.append(", adjustments: ");
		result.append(adjustments);
		result.append(')');
		return result.toString();
	}

} //ProgressReportImpl
