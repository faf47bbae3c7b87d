/**
 * Helix
 */
package org.helix.model.core.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.helix.model.core.CorePackage;
import org.helix.model.core.DatePrecision;
import org.helix.model.core.Milestone;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Milestone</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.core.impl.MilestoneImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.helix.model.core.impl.MilestoneImpl#getPrecision <em>Precision</em>}</li>
 *   <li>{@link org.helix.model.core.impl.MilestoneImpl#getDateText <em>Date Text</em>}</li>
 *   <li>{@link org.helix.model.core.impl.MilestoneImpl#getAchieved <em>Achieved</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MilestoneImpl extends NamedElementImpl implements Milestone {
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
	 * The default value of the '{@link #getPrecision() <em>Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrecision()
	 * @generated
	 * @ordered
	 */
	protected static final DatePrecision PRECISION_EDEFAULT = DatePrecision.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getPrecision() <em>Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrecision()
	 * @generated
	 * @ordered
	 */
	protected DatePrecision precision = PRECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDateText() <em>Date Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateText()
	 * @generated
	 * @ordered
	 */
	protected static final String DATE_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDateText() <em>Date Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateText()
	 * @generated
	 * @ordered
	 */
	protected String dateText = DATE_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAchieved() <em>Achieved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAchieved()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean ACHIEVED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAchieved() <em>Achieved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAchieved()
	 * @generated
	 * @ordered
	 */
	protected Boolean achieved = ACHIEVED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MilestoneImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorePackage.Literals.MILESTONE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.MILESTONE__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatePrecision getPrecision() {
		return precision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrecision(DatePrecision newPrecision) {
		DatePrecision oldPrecision = precision;
		precision = newPrecision == null ? PRECISION_EDEFAULT : newPrecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.MILESTONE__PRECISION, oldPrecision, precision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDateText() {
		return dateText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDateText(String newDateText) {
		String oldDateText = dateText;
		dateText = newDateText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.MILESTONE__DATE_TEXT, oldDateText, dateText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getAchieved() {
		return achieved;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAchieved(Boolean newAchieved) {
		Boolean oldAchieved = achieved;
		achieved = newAchieved;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.MILESTONE__ACHIEVED, oldAchieved, achieved));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorePackage.MILESTONE__DATE:
				return getDate();
			case CorePackage.MILESTONE__PRECISION:
				return getPrecision();
			case CorePackage.MILESTONE__DATE_TEXT:
				return getDateText();
			case CorePackage.MILESTONE__ACHIEVED:
				return getAchieved();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CorePackage.MILESTONE__DATE:
				setDate((LocalDate)newValue);
				return;
			case CorePackage.MILESTONE__PRECISION:
				setPrecision((DatePrecision)newValue);
				return;
			case CorePackage.MILESTONE__DATE_TEXT:
				setDateText((String)newValue);
				return;
			case CorePackage.MILESTONE__ACHIEVED:
				setAchieved((Boolean)newValue);
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
			case CorePackage.MILESTONE__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case CorePackage.MILESTONE__PRECISION:
				setPrecision(PRECISION_EDEFAULT);
				return;
			case CorePackage.MILESTONE__DATE_TEXT:
				setDateText(DATE_TEXT_EDEFAULT);
				return;
			case CorePackage.MILESTONE__ACHIEVED:
				setAchieved(ACHIEVED_EDEFAULT);
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
			case CorePackage.MILESTONE__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case CorePackage.MILESTONE__PRECISION:
				return precision != PRECISION_EDEFAULT;
			case CorePackage.MILESTONE__DATE_TEXT:
				return DATE_TEXT_EDEFAULT == null ? dateText != null : !DATE_TEXT_EDEFAULT.equals(dateText);
			case CorePackage.MILESTONE__ACHIEVED:
				return ACHIEVED_EDEFAULT == null ? achieved != null : !ACHIEVED_EDEFAULT.equals(achieved);
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
		result.append(" (date: ");
		result.append(date);
		result.append(", precision: ");
		result.append(precision);
		result.append(", dateText: ");
		result.append(dateText);
		result.append(", achieved: ");
		result.append(achieved);
		result.append(')');
		return result.toString();
	}

} //MilestoneImpl
