/**
 * Helix
 */
package org.helix.model.ecosystem.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.model.core.MonetaryAmount;

import org.helix.model.ecosystem.Actor;
import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.ecosystem.FundingInstrument;
import org.helix.model.ecosystem.Technology;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Funding Instrument</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.impl.FundingInstrumentImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.FundingInstrumentImpl#getCallOpens <em>Call Opens</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.FundingInstrumentImpl#getCallCloses <em>Call Closes</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.FundingInstrumentImpl#getTrlMin <em>Trl Min</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.FundingInstrumentImpl#getTrlMax <em>Trl Max</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.FundingInstrumentImpl#getSupportsCapex <em>Supports Capex</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.FundingInstrumentImpl#getSupportsOpex <em>Supports Opex</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.FundingInstrumentImpl#getFundingSource <em>Funding Source</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.FundingInstrumentImpl#getParentFund <em>Parent Fund</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.FundingInstrumentImpl#getTechnologies <em>Technologies</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.FundingInstrumentImpl#getAmounts <em>Amounts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FundingInstrumentImpl extends PolicyInstrumentImpl implements FundingInstrument {
	/**
	 * The default value of the '{@link #getConditions() <em>Conditions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected static final String CONDITIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected String conditions = CONDITIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCallOpens() <em>Call Opens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallOpens()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CALL_OPENS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCallOpens() <em>Call Opens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallOpens()
	 * @generated
	 * @ordered
	 */
	protected LocalDate callOpens = CALL_OPENS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCallCloses() <em>Call Closes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallCloses()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CALL_CLOSES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCallCloses() <em>Call Closes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallCloses()
	 * @generated
	 * @ordered
	 */
	protected LocalDate callCloses = CALL_CLOSES_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrlMin() <em>Trl Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrlMin()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TRL_MIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTrlMin() <em>Trl Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrlMin()
	 * @generated
	 * @ordered
	 */
	protected Integer trlMin = TRL_MIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrlMax() <em>Trl Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrlMax()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TRL_MAX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTrlMax() <em>Trl Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrlMax()
	 * @generated
	 * @ordered
	 */
	protected Integer trlMax = TRL_MAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getSupportsCapex() <em>Supports Capex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportsCapex()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean SUPPORTS_CAPEX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupportsCapex() <em>Supports Capex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportsCapex()
	 * @generated
	 * @ordered
	 */
	protected Boolean supportsCapex = SUPPORTS_CAPEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getSupportsOpex() <em>Supports Opex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportsOpex()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean SUPPORTS_OPEX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupportsOpex() <em>Supports Opex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportsOpex()
	 * @generated
	 * @ordered
	 */
	protected Boolean supportsOpex = SUPPORTS_OPEX_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFundingSource() <em>Funding Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFundingSource()
	 * @generated
	 * @ordered
	 */
	protected Actor fundingSource;

	/**
	 * The cached value of the '{@link #getParentFund() <em>Parent Fund</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentFund()
	 * @generated
	 * @ordered
	 */
	protected FundingInstrument parentFund;

	/**
	 * The cached value of the '{@link #getTechnologies() <em>Technologies</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTechnologies()
	 * @generated
	 * @ordered
	 */
	protected EList<Technology> technologies;

	/**
	 * The cached value of the '{@link #getAmounts() <em>Amounts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmounts()
	 * @generated
	 * @ordered
	 */
	protected EList<MonetaryAmount> amounts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FundingInstrumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EcosystemPackage.Literals.FUNDING_INSTRUMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConditions() {
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConditions(String newConditions) {
		String oldConditions = conditions;
		conditions = newConditions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.FUNDING_INSTRUMENT__CONDITIONS, oldConditions, conditions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getCallOpens() {
		return callOpens;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCallOpens(LocalDate newCallOpens) {
		LocalDate oldCallOpens = callOpens;
		callOpens = newCallOpens;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.FUNDING_INSTRUMENT__CALL_OPENS, oldCallOpens, callOpens));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getCallCloses() {
		return callCloses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCallCloses(LocalDate newCallCloses) {
		LocalDate oldCallCloses = callCloses;
		callCloses = newCallCloses;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.FUNDING_INSTRUMENT__CALL_CLOSES, oldCallCloses, callCloses));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTrlMin() {
		return trlMin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrlMin(Integer newTrlMin) {
		Integer oldTrlMin = trlMin;
		trlMin = newTrlMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.FUNDING_INSTRUMENT__TRL_MIN, oldTrlMin, trlMin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTrlMax() {
		return trlMax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrlMax(Integer newTrlMax) {
		Integer oldTrlMax = trlMax;
		trlMax = newTrlMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.FUNDING_INSTRUMENT__TRL_MAX, oldTrlMax, trlMax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getSupportsCapex() {
		return supportsCapex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupportsCapex(Boolean newSupportsCapex) {
		Boolean oldSupportsCapex = supportsCapex;
		supportsCapex = newSupportsCapex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.FUNDING_INSTRUMENT__SUPPORTS_CAPEX, oldSupportsCapex, supportsCapex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getSupportsOpex() {
		return supportsOpex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupportsOpex(Boolean newSupportsOpex) {
		Boolean oldSupportsOpex = supportsOpex;
		supportsOpex = newSupportsOpex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.FUNDING_INSTRUMENT__SUPPORTS_OPEX, oldSupportsOpex, supportsOpex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getFundingSource() {
		if (fundingSource != null && fundingSource.eIsProxy()) {
			InternalEObject oldFundingSource = (InternalEObject)fundingSource;
			fundingSource = (Actor)eResolveProxy(oldFundingSource);
			if (fundingSource != oldFundingSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EcosystemPackage.FUNDING_INSTRUMENT__FUNDING_SOURCE, oldFundingSource, fundingSource));
			}
		}
		return fundingSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetFundingSource() {
		return fundingSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFundingSource(Actor newFundingSource) {
		Actor oldFundingSource = fundingSource;
		fundingSource = newFundingSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.FUNDING_INSTRUMENT__FUNDING_SOURCE, oldFundingSource, fundingSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FundingInstrument getParentFund() {
		if (parentFund != null && parentFund.eIsProxy()) {
			InternalEObject oldParentFund = (InternalEObject)parentFund;
			parentFund = (FundingInstrument)eResolveProxy(oldParentFund);
			if (parentFund != oldParentFund) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EcosystemPackage.FUNDING_INSTRUMENT__PARENT_FUND, oldParentFund, parentFund));
			}
		}
		return parentFund;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FundingInstrument basicGetParentFund() {
		return parentFund;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParentFund(FundingInstrument newParentFund) {
		FundingInstrument oldParentFund = parentFund;
		parentFund = newParentFund;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.FUNDING_INSTRUMENT__PARENT_FUND, oldParentFund, parentFund));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Technology> getTechnologies() {
		if (technologies == null) {
			technologies = new EObjectResolvingEList<Technology>(Technology.class, this, EcosystemPackage.FUNDING_INSTRUMENT__TECHNOLOGIES);
		}
		return technologies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MonetaryAmount> getAmounts() {
		if (amounts == null) {
			amounts = new EObjectContainmentEList<MonetaryAmount>(MonetaryAmount.class, this, EcosystemPackage.FUNDING_INSTRUMENT__AMOUNTS);
		}
		return amounts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EcosystemPackage.FUNDING_INSTRUMENT__AMOUNTS:
				return ((InternalEList<?>)getAmounts()).basicRemove(otherEnd, msgs);
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
			case EcosystemPackage.FUNDING_INSTRUMENT__CONDITIONS:
				return getConditions();
			case EcosystemPackage.FUNDING_INSTRUMENT__CALL_OPENS:
				return getCallOpens();
			case EcosystemPackage.FUNDING_INSTRUMENT__CALL_CLOSES:
				return getCallCloses();
			case EcosystemPackage.FUNDING_INSTRUMENT__TRL_MIN:
				return getTrlMin();
			case EcosystemPackage.FUNDING_INSTRUMENT__TRL_MAX:
				return getTrlMax();
			case EcosystemPackage.FUNDING_INSTRUMENT__SUPPORTS_CAPEX:
				return getSupportsCapex();
			case EcosystemPackage.FUNDING_INSTRUMENT__SUPPORTS_OPEX:
				return getSupportsOpex();
			case EcosystemPackage.FUNDING_INSTRUMENT__FUNDING_SOURCE:
				if (resolve) return getFundingSource();
				return basicGetFundingSource();
			case EcosystemPackage.FUNDING_INSTRUMENT__PARENT_FUND:
				if (resolve) return getParentFund();
				return basicGetParentFund();
			case EcosystemPackage.FUNDING_INSTRUMENT__TECHNOLOGIES:
				return getTechnologies();
			case EcosystemPackage.FUNDING_INSTRUMENT__AMOUNTS:
				return getAmounts();
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
			case EcosystemPackage.FUNDING_INSTRUMENT__CONDITIONS:
				setConditions((String)newValue);
				return;
			case EcosystemPackage.FUNDING_INSTRUMENT__CALL_OPENS:
				setCallOpens((LocalDate)newValue);
				return;
			case EcosystemPackage.FUNDING_INSTRUMENT__CALL_CLOSES:
				setCallCloses((LocalDate)newValue);
				return;
			case EcosystemPackage.FUNDING_INSTRUMENT__TRL_MIN:
				setTrlMin((Integer)newValue);
				return;
			case EcosystemPackage.FUNDING_INSTRUMENT__TRL_MAX:
				setTrlMax((Integer)newValue);
				return;
			case EcosystemPackage.FUNDING_INSTRUMENT__SUPPORTS_CAPEX:
				setSupportsCapex((Boolean)newValue);
				return;
			case EcosystemPackage.FUNDING_INSTRUMENT__SUPPORTS_OPEX:
				setSupportsOpex((Boolean)newValue);
				return;
			case EcosystemPackage.FUNDING_INSTRUMENT__FUNDING_SOURCE:
				setFundingSource((Actor)newValue);
				return;
			case EcosystemPackage.FUNDING_INSTRUMENT__PARENT_FUND:
				setParentFund((FundingInstrument)newValue);
				return;
			case EcosystemPackage.FUNDING_INSTRUMENT__TECHNOLOGIES:
				getTechnologies().clear();
				getTechnologies().addAll((Collection<? extends Technology>)newValue);
				return;
			case EcosystemPackage.FUNDING_INSTRUMENT__AMOUNTS:
				getAmounts().clear();
				getAmounts().addAll((Collection<? extends MonetaryAmount>)newValue);
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
			case EcosystemPackage.FUNDING_INSTRUMENT__CONDITIONS:
				setConditions(CONDITIONS_EDEFAULT);
				return;
			case EcosystemPackage.FUNDING_INSTRUMENT__CALL_OPENS:
				setCallOpens(CALL_OPENS_EDEFAULT);
				return;
			case EcosystemPackage.FUNDING_INSTRUMENT__CALL_CLOSES:
				setCallCloses(CALL_CLOSES_EDEFAULT);
				return;
			case EcosystemPackage.FUNDING_INSTRUMENT__TRL_MIN:
				setTrlMin(TRL_MIN_EDEFAULT);
				return;
			case EcosystemPackage.FUNDING_INSTRUMENT__TRL_MAX:
				setTrlMax(TRL_MAX_EDEFAULT);
				return;
			case EcosystemPackage.FUNDING_INSTRUMENT__SUPPORTS_CAPEX:
				setSupportsCapex(SUPPORTS_CAPEX_EDEFAULT);
				return;
			case EcosystemPackage.FUNDING_INSTRUMENT__SUPPORTS_OPEX:
				setSupportsOpex(SUPPORTS_OPEX_EDEFAULT);
				return;
			case EcosystemPackage.FUNDING_INSTRUMENT__FUNDING_SOURCE:
				setFundingSource((Actor)null);
				return;
			case EcosystemPackage.FUNDING_INSTRUMENT__PARENT_FUND:
				setParentFund((FundingInstrument)null);
				return;
			case EcosystemPackage.FUNDING_INSTRUMENT__TECHNOLOGIES:
				getTechnologies().clear();
				return;
			case EcosystemPackage.FUNDING_INSTRUMENT__AMOUNTS:
				getAmounts().clear();
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
			case EcosystemPackage.FUNDING_INSTRUMENT__CONDITIONS:
				return CONDITIONS_EDEFAULT == null ? conditions != null : !CONDITIONS_EDEFAULT.equals(conditions);
			case EcosystemPackage.FUNDING_INSTRUMENT__CALL_OPENS:
				return CALL_OPENS_EDEFAULT == null ? callOpens != null : !CALL_OPENS_EDEFAULT.equals(callOpens);
			case EcosystemPackage.FUNDING_INSTRUMENT__CALL_CLOSES:
				return CALL_CLOSES_EDEFAULT == null ? callCloses != null : !CALL_CLOSES_EDEFAULT.equals(callCloses);
			case EcosystemPackage.FUNDING_INSTRUMENT__TRL_MIN:
				return TRL_MIN_EDEFAULT == null ? trlMin != null : !TRL_MIN_EDEFAULT.equals(trlMin);
			case EcosystemPackage.FUNDING_INSTRUMENT__TRL_MAX:
				return TRL_MAX_EDEFAULT == null ? trlMax != null : !TRL_MAX_EDEFAULT.equals(trlMax);
			case EcosystemPackage.FUNDING_INSTRUMENT__SUPPORTS_CAPEX:
				return SUPPORTS_CAPEX_EDEFAULT == null ? supportsCapex != null : !SUPPORTS_CAPEX_EDEFAULT.equals(supportsCapex);
			case EcosystemPackage.FUNDING_INSTRUMENT__SUPPORTS_OPEX:
				return SUPPORTS_OPEX_EDEFAULT == null ? supportsOpex != null : !SUPPORTS_OPEX_EDEFAULT.equals(supportsOpex);
			case EcosystemPackage.FUNDING_INSTRUMENT__FUNDING_SOURCE:
				return fundingSource != null;
			case EcosystemPackage.FUNDING_INSTRUMENT__PARENT_FUND:
				return parentFund != null;
			case EcosystemPackage.FUNDING_INSTRUMENT__TECHNOLOGIES:
				return technologies != null && !technologies.isEmpty();
			case EcosystemPackage.FUNDING_INSTRUMENT__AMOUNTS:
				return amounts != null && !amounts.isEmpty();
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
		result.append(" (conditions: ");
		result.append(conditions);
		result.append(", callOpens: ");
		result.append(callOpens);
		result.append(", callCloses: ");
		result.append(callCloses);
		result.append(", trlMin: ");
		result.append(trlMin);
		result.append(", trlMax: ");
		result.append(trlMax);
		result.append(", supportsCapex: ");
		result.append(supportsCapex);
		result.append(", supportsOpex: ");
		result.append(supportsOpex);
		result.append(')');
		return result.toString();
	}

} //FundingInstrumentImpl
