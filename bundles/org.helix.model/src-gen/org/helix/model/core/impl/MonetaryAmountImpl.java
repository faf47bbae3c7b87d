/**
 * Helix
 */
package org.helix.model.core.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.helix.model.core.AmountPeriod;
import org.helix.model.core.CorePackage;
import org.helix.model.core.MonetaryAmount;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Monetary Amount</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.core.impl.MonetaryAmountImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.helix.model.core.impl.MonetaryAmountImpl#getMaxAmount <em>Max Amount</em>}</li>
 *   <li>{@link org.helix.model.core.impl.MonetaryAmountImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.helix.model.core.impl.MonetaryAmountImpl#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.helix.model.core.impl.MonetaryAmountImpl#getFromYear <em>From Year</em>}</li>
 *   <li>{@link org.helix.model.core.impl.MonetaryAmountImpl#getToYear <em>To Year</em>}</li>
 *   <li>{@link org.helix.model.core.impl.MonetaryAmountImpl#getPurpose <em>Purpose</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MonetaryAmountImpl extends IdentifiableImpl implements MonetaryAmount {
	/**
	 * The default value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal amount = AMOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxAmount() <em>Max Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAmount()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MAX_AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxAmount() <em>Max Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAmount()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal maxAmount = MAX_AMOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected String currency = CURRENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final AmountPeriod PERIOD_EDEFAULT = AmountPeriod.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected AmountPeriod period = PERIOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getFromYear() <em>From Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer FROM_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFromYear() <em>From Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromYear()
	 * @generated
	 * @ordered
	 */
	protected Integer fromYear = FROM_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getToYear() <em>To Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TO_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToYear() <em>To Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToYear()
	 * @generated
	 * @ordered
	 */
	protected Integer toYear = TO_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final String PURPOSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected String purpose = PURPOSE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MonetaryAmountImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorePackage.Literals.MONETARY_AMOUNT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAmount() {
		return amount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmount(BigDecimal newAmount) {
		BigDecimal oldAmount = amount;
		amount = newAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.MONETARY_AMOUNT__AMOUNT, oldAmount, amount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMaxAmount() {
		return maxAmount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxAmount(BigDecimal newMaxAmount) {
		BigDecimal oldMaxAmount = maxAmount;
		maxAmount = newMaxAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.MONETARY_AMOUNT__MAX_AMOUNT, oldMaxAmount, maxAmount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrency() {
		return currency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrency(String newCurrency) {
		String oldCurrency = currency;
		currency = newCurrency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.MONETARY_AMOUNT__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AmountPeriod getPeriod() {
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriod(AmountPeriod newPeriod) {
		AmountPeriod oldPeriod = period;
		period = newPeriod == null ? PERIOD_EDEFAULT : newPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.MONETARY_AMOUNT__PERIOD, oldPeriod, period));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getFromYear() {
		return fromYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromYear(Integer newFromYear) {
		Integer oldFromYear = fromYear;
		fromYear = newFromYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.MONETARY_AMOUNT__FROM_YEAR, oldFromYear, fromYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getToYear() {
		return toYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToYear(Integer newToYear) {
		Integer oldToYear = toYear;
		toYear = newToYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.MONETARY_AMOUNT__TO_YEAR, oldToYear, toYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPurpose() {
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(String newPurpose) {
		String oldPurpose = purpose;
		purpose = newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorePackage.MONETARY_AMOUNT__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorePackage.MONETARY_AMOUNT__AMOUNT:
				return getAmount();
			case CorePackage.MONETARY_AMOUNT__MAX_AMOUNT:
				return getMaxAmount();
			case CorePackage.MONETARY_AMOUNT__CURRENCY:
				return getCurrency();
			case CorePackage.MONETARY_AMOUNT__PERIOD:
				return getPeriod();
			case CorePackage.MONETARY_AMOUNT__FROM_YEAR:
				return getFromYear();
			case CorePackage.MONETARY_AMOUNT__TO_YEAR:
				return getToYear();
			case CorePackage.MONETARY_AMOUNT__PURPOSE:
				return getPurpose();
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
			case CorePackage.MONETARY_AMOUNT__AMOUNT:
				setAmount((BigDecimal)newValue);
				return;
			case CorePackage.MONETARY_AMOUNT__MAX_AMOUNT:
				setMaxAmount((BigDecimal)newValue);
				return;
			case CorePackage.MONETARY_AMOUNT__CURRENCY:
				setCurrency((String)newValue);
				return;
			case CorePackage.MONETARY_AMOUNT__PERIOD:
				setPeriod((AmountPeriod)newValue);
				return;
			case CorePackage.MONETARY_AMOUNT__FROM_YEAR:
				setFromYear((Integer)newValue);
				return;
			case CorePackage.MONETARY_AMOUNT__TO_YEAR:
				setToYear((Integer)newValue);
				return;
			case CorePackage.MONETARY_AMOUNT__PURPOSE:
				setPurpose((String)newValue);
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
			case CorePackage.MONETARY_AMOUNT__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
				return;
			case CorePackage.MONETARY_AMOUNT__MAX_AMOUNT:
				setMaxAmount(MAX_AMOUNT_EDEFAULT);
				return;
			case CorePackage.MONETARY_AMOUNT__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case CorePackage.MONETARY_AMOUNT__PERIOD:
				setPeriod(PERIOD_EDEFAULT);
				return;
			case CorePackage.MONETARY_AMOUNT__FROM_YEAR:
				setFromYear(FROM_YEAR_EDEFAULT);
				return;
			case CorePackage.MONETARY_AMOUNT__TO_YEAR:
				setToYear(TO_YEAR_EDEFAULT);
				return;
			case CorePackage.MONETARY_AMOUNT__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
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
			case CorePackage.MONETARY_AMOUNT__AMOUNT:
				return AMOUNT_EDEFAULT == null ? amount != null : !AMOUNT_EDEFAULT.equals(amount);
			case CorePackage.MONETARY_AMOUNT__MAX_AMOUNT:
				return MAX_AMOUNT_EDEFAULT == null ? maxAmount != null : !MAX_AMOUNT_EDEFAULT.equals(maxAmount);
			case CorePackage.MONETARY_AMOUNT__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case CorePackage.MONETARY_AMOUNT__PERIOD:
				return period != PERIOD_EDEFAULT;
			case CorePackage.MONETARY_AMOUNT__FROM_YEAR:
				return FROM_YEAR_EDEFAULT == null ? fromYear != null : !FROM_YEAR_EDEFAULT.equals(fromYear);
			case CorePackage.MONETARY_AMOUNT__TO_YEAR:
				return TO_YEAR_EDEFAULT == null ? toYear != null : !TO_YEAR_EDEFAULT.equals(toYear);
			case CorePackage.MONETARY_AMOUNT__PURPOSE:
				return PURPOSE_EDEFAULT == null ? purpose != null : !PURPOSE_EDEFAULT.equals(purpose);
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
		result.append(" (amount: ");
		result.append(amount);
		result.append(", maxAmount: ");
		result.append(maxAmount);
		result.append(", currency: ");
		result.append(currency);
		result.append(", period: ");
		result.append(period);
		result.append(", fromYear: ");
		result.append(fromYear);
		result.append(", toYear: ");
		result.append(toYear);
		result.append(", purpose: ");
		result.append(purpose);
		result.append(')');
		return result.toString();
	}

} //MonetaryAmountImpl
