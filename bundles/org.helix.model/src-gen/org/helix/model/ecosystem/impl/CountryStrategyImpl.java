/**
 * Helix
 */
package org.helix.model.ecosystem.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.ecosystem.CountryStrategy;
import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.ecosystem.Jurisdiction;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.StrategyKind;
import org.helix.model.ecosystem.StrategyPriority;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Country Strategy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.impl.CountryStrategyImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.CountryStrategyImpl#getFirstYear <em>First Year</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.CountryStrategyImpl#getEditionYears <em>Edition Years</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.CountryStrategyImpl#getSelectionProcess <em>Selection Process</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.CountryStrategyImpl#getOwnBudget <em>Own Budget</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.CountryStrategyImpl#getMonitoringSinceYear <em>Monitoring Since Year</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.CountryStrategyImpl#getStrategicEvaluationDone <em>Strategic Evaluation Done</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.CountryStrategyImpl#getJurisdiction <em>Jurisdiction</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.CountryStrategyImpl#getLead <em>Lead</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.CountryStrategyImpl#getPredecessor <em>Predecessor</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.CountryStrategyImpl#getPriorities <em>Priorities</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CountryStrategyImpl extends NamedElementImpl implements CountryStrategy {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final StrategyKind KIND_EDEFAULT = StrategyKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected StrategyKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstYear() <em>First Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer FIRST_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirstYear() <em>First Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstYear()
	 * @generated
	 * @ordered
	 */
	protected Integer firstYear = FIRST_YEAR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEditionYears() <em>Edition Years</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEditionYears()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> editionYears;

	/**
	 * The default value of the '{@link #getSelectionProcess() <em>Selection Process</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelectionProcess()
	 * @generated
	 * @ordered
	 */
	protected static final String SELECTION_PROCESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSelectionProcess() <em>Selection Process</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelectionProcess()
	 * @generated
	 * @ordered
	 */
	protected String selectionProcess = SELECTION_PROCESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwnBudget() <em>Own Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnBudget()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean OWN_BUDGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwnBudget() <em>Own Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnBudget()
	 * @generated
	 * @ordered
	 */
	protected Boolean ownBudget = OWN_BUDGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getMonitoringSinceYear() <em>Monitoring Since Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonitoringSinceYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MONITORING_SINCE_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMonitoringSinceYear() <em>Monitoring Since Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonitoringSinceYear()
	 * @generated
	 * @ordered
	 */
	protected Integer monitoringSinceYear = MONITORING_SINCE_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getStrategicEvaluationDone() <em>Strategic Evaluation Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategicEvaluationDone()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean STRATEGIC_EVALUATION_DONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStrategicEvaluationDone() <em>Strategic Evaluation Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategicEvaluationDone()
	 * @generated
	 * @ordered
	 */
	protected Boolean strategicEvaluationDone = STRATEGIC_EVALUATION_DONE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getJurisdiction() <em>Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJurisdiction()
	 * @generated
	 * @ordered
	 */
	protected Jurisdiction jurisdiction;

	/**
	 * The cached value of the '{@link #getLead() <em>Lead</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLead()
	 * @generated
	 * @ordered
	 */
	protected Organisation lead;

	/**
	 * The cached value of the '{@link #getPredecessor() <em>Predecessor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredecessor()
	 * @generated
	 * @ordered
	 */
	protected CountryStrategy predecessor;

	/**
	 * The cached value of the '{@link #getPriorities() <em>Priorities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriorities()
	 * @generated
	 * @ordered
	 */
	protected EList<StrategyPriority> priorities;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CountryStrategyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EcosystemPackage.Literals.COUNTRY_STRATEGY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StrategyKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(StrategyKind newKind) {
		StrategyKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.COUNTRY_STRATEGY__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getFirstYear() {
		return firstYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstYear(Integer newFirstYear) {
		Integer oldFirstYear = firstYear;
		firstYear = newFirstYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.COUNTRY_STRATEGY__FIRST_YEAR, oldFirstYear, firstYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getEditionYears() {
		if (editionYears == null) {
			editionYears = new EDataTypeUniqueEList<Integer>(Integer.class, this, EcosystemPackage.COUNTRY_STRATEGY__EDITION_YEARS);
		}
		return editionYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSelectionProcess() {
		return selectionProcess;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSelectionProcess(String newSelectionProcess) {
		String oldSelectionProcess = selectionProcess;
		selectionProcess = newSelectionProcess;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.COUNTRY_STRATEGY__SELECTION_PROCESS, oldSelectionProcess, selectionProcess));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getOwnBudget() {
		return ownBudget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnBudget(Boolean newOwnBudget) {
		Boolean oldOwnBudget = ownBudget;
		ownBudget = newOwnBudget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.COUNTRY_STRATEGY__OWN_BUDGET, oldOwnBudget, ownBudget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMonitoringSinceYear() {
		return monitoringSinceYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonitoringSinceYear(Integer newMonitoringSinceYear) {
		Integer oldMonitoringSinceYear = monitoringSinceYear;
		monitoringSinceYear = newMonitoringSinceYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.COUNTRY_STRATEGY__MONITORING_SINCE_YEAR, oldMonitoringSinceYear, monitoringSinceYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getStrategicEvaluationDone() {
		return strategicEvaluationDone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrategicEvaluationDone(Boolean newStrategicEvaluationDone) {
		Boolean oldStrategicEvaluationDone = strategicEvaluationDone;
		strategicEvaluationDone = newStrategicEvaluationDone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.COUNTRY_STRATEGY__STRATEGIC_EVALUATION_DONE, oldStrategicEvaluationDone, strategicEvaluationDone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Jurisdiction getJurisdiction() {
		if (jurisdiction != null && jurisdiction.eIsProxy()) {
			InternalEObject oldJurisdiction = (InternalEObject)jurisdiction;
			jurisdiction = (Jurisdiction)eResolveProxy(oldJurisdiction);
			if (jurisdiction != oldJurisdiction) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EcosystemPackage.COUNTRY_STRATEGY__JURISDICTION, oldJurisdiction, jurisdiction));
			}
		}
		return jurisdiction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Jurisdiction basicGetJurisdiction() {
		return jurisdiction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJurisdiction(Jurisdiction newJurisdiction) {
		Jurisdiction oldJurisdiction = jurisdiction;
		jurisdiction = newJurisdiction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.COUNTRY_STRATEGY__JURISDICTION, oldJurisdiction, jurisdiction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getLead() {
		if (lead != null && lead.eIsProxy()) {
			InternalEObject oldLead = (InternalEObject)lead;
			lead = (Organisation)eResolveProxy(oldLead);
			if (lead != oldLead) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EcosystemPackage.COUNTRY_STRATEGY__LEAD, oldLead, lead));
			}
		}
		return lead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetLead() {
		return lead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLead(Organisation newLead) {
		Organisation oldLead = lead;
		lead = newLead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.COUNTRY_STRATEGY__LEAD, oldLead, lead));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CountryStrategy getPredecessor() {
		if (predecessor != null && predecessor.eIsProxy()) {
			InternalEObject oldPredecessor = (InternalEObject)predecessor;
			predecessor = (CountryStrategy)eResolveProxy(oldPredecessor);
			if (predecessor != oldPredecessor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EcosystemPackage.COUNTRY_STRATEGY__PREDECESSOR, oldPredecessor, predecessor));
			}
		}
		return predecessor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CountryStrategy basicGetPredecessor() {
		return predecessor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPredecessor(CountryStrategy newPredecessor) {
		CountryStrategy oldPredecessor = predecessor;
		predecessor = newPredecessor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.COUNTRY_STRATEGY__PREDECESSOR, oldPredecessor, predecessor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StrategyPriority> getPriorities() {
		if (priorities == null) {
			priorities = new EObjectContainmentEList<StrategyPriority>(StrategyPriority.class, this, EcosystemPackage.COUNTRY_STRATEGY__PRIORITIES);
		}
		return priorities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EcosystemPackage.COUNTRY_STRATEGY__PRIORITIES:
				return ((InternalEList<?>)getPriorities()).basicRemove(otherEnd, msgs);
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
			case EcosystemPackage.COUNTRY_STRATEGY__KIND:
				return getKind();
			case EcosystemPackage.COUNTRY_STRATEGY__FIRST_YEAR:
				return getFirstYear();
			case EcosystemPackage.COUNTRY_STRATEGY__EDITION_YEARS:
				return getEditionYears();
			case EcosystemPackage.COUNTRY_STRATEGY__SELECTION_PROCESS:
				return getSelectionProcess();
			case EcosystemPackage.COUNTRY_STRATEGY__OWN_BUDGET:
				return getOwnBudget();
			case EcosystemPackage.COUNTRY_STRATEGY__MONITORING_SINCE_YEAR:
				return getMonitoringSinceYear();
			case EcosystemPackage.COUNTRY_STRATEGY__STRATEGIC_EVALUATION_DONE:
				return getStrategicEvaluationDone();
			case EcosystemPackage.COUNTRY_STRATEGY__JURISDICTION:
				if (resolve) return getJurisdiction();
				return basicGetJurisdiction();
			case EcosystemPackage.COUNTRY_STRATEGY__LEAD:
				if (resolve) return getLead();
				return basicGetLead();
			case EcosystemPackage.COUNTRY_STRATEGY__PREDECESSOR:
				if (resolve) return getPredecessor();
				return basicGetPredecessor();
			case EcosystemPackage.COUNTRY_STRATEGY__PRIORITIES:
				return getPriorities();
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
			case EcosystemPackage.COUNTRY_STRATEGY__KIND:
				setKind((StrategyKind)newValue);
				return;
			case EcosystemPackage.COUNTRY_STRATEGY__FIRST_YEAR:
				setFirstYear((Integer)newValue);
				return;
			case EcosystemPackage.COUNTRY_STRATEGY__EDITION_YEARS:
				getEditionYears().clear();
				getEditionYears().addAll((Collection<? extends Integer>)newValue);
				return;
			case EcosystemPackage.COUNTRY_STRATEGY__SELECTION_PROCESS:
				setSelectionProcess((String)newValue);
				return;
			case EcosystemPackage.COUNTRY_STRATEGY__OWN_BUDGET:
				setOwnBudget((Boolean)newValue);
				return;
			case EcosystemPackage.COUNTRY_STRATEGY__MONITORING_SINCE_YEAR:
				setMonitoringSinceYear((Integer)newValue);
				return;
			case EcosystemPackage.COUNTRY_STRATEGY__STRATEGIC_EVALUATION_DONE:
				setStrategicEvaluationDone((Boolean)newValue);
				return;
			case EcosystemPackage.COUNTRY_STRATEGY__JURISDICTION:
				setJurisdiction((Jurisdiction)newValue);
				return;
			case EcosystemPackage.COUNTRY_STRATEGY__LEAD:
				setLead((Organisation)newValue);
				return;
			case EcosystemPackage.COUNTRY_STRATEGY__PREDECESSOR:
				setPredecessor((CountryStrategy)newValue);
				return;
			case EcosystemPackage.COUNTRY_STRATEGY__PRIORITIES:
				getPriorities().clear();
				getPriorities().addAll((Collection<? extends StrategyPriority>)newValue);
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
			case EcosystemPackage.COUNTRY_STRATEGY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case EcosystemPackage.COUNTRY_STRATEGY__FIRST_YEAR:
				setFirstYear(FIRST_YEAR_EDEFAULT);
				return;
			case EcosystemPackage.COUNTRY_STRATEGY__EDITION_YEARS:
				getEditionYears().clear();
				return;
			case EcosystemPackage.COUNTRY_STRATEGY__SELECTION_PROCESS:
				setSelectionProcess(SELECTION_PROCESS_EDEFAULT);
				return;
			case EcosystemPackage.COUNTRY_STRATEGY__OWN_BUDGET:
				setOwnBudget(OWN_BUDGET_EDEFAULT);
				return;
			case EcosystemPackage.COUNTRY_STRATEGY__MONITORING_SINCE_YEAR:
				setMonitoringSinceYear(MONITORING_SINCE_YEAR_EDEFAULT);
				return;
			case EcosystemPackage.COUNTRY_STRATEGY__STRATEGIC_EVALUATION_DONE:
				setStrategicEvaluationDone(STRATEGIC_EVALUATION_DONE_EDEFAULT);
				return;
			case EcosystemPackage.COUNTRY_STRATEGY__JURISDICTION:
				setJurisdiction((Jurisdiction)null);
				return;
			case EcosystemPackage.COUNTRY_STRATEGY__LEAD:
				setLead((Organisation)null);
				return;
			case EcosystemPackage.COUNTRY_STRATEGY__PREDECESSOR:
				setPredecessor((CountryStrategy)null);
				return;
			case EcosystemPackage.COUNTRY_STRATEGY__PRIORITIES:
				getPriorities().clear();
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
			case EcosystemPackage.COUNTRY_STRATEGY__KIND:
				return kind != KIND_EDEFAULT;
			case EcosystemPackage.COUNTRY_STRATEGY__FIRST_YEAR:
				return FIRST_YEAR_EDEFAULT == null ? firstYear != null : !FIRST_YEAR_EDEFAULT.equals(firstYear);
			case EcosystemPackage.COUNTRY_STRATEGY__EDITION_YEARS:
				return editionYears != null && !editionYears.isEmpty();
			case EcosystemPackage.COUNTRY_STRATEGY__SELECTION_PROCESS:
				return SELECTION_PROCESS_EDEFAULT == null ? selectionProcess != null : !SELECTION_PROCESS_EDEFAULT.equals(selectionProcess);
			case EcosystemPackage.COUNTRY_STRATEGY__OWN_BUDGET:
				return OWN_BUDGET_EDEFAULT == null ? ownBudget != null : !OWN_BUDGET_EDEFAULT.equals(ownBudget);
			case EcosystemPackage.COUNTRY_STRATEGY__MONITORING_SINCE_YEAR:
				return MONITORING_SINCE_YEAR_EDEFAULT == null ? monitoringSinceYear != null : !MONITORING_SINCE_YEAR_EDEFAULT.equals(monitoringSinceYear);
			case EcosystemPackage.COUNTRY_STRATEGY__STRATEGIC_EVALUATION_DONE:
				return STRATEGIC_EVALUATION_DONE_EDEFAULT == null ? strategicEvaluationDone != null : !STRATEGIC_EVALUATION_DONE_EDEFAULT.equals(strategicEvaluationDone);
			case EcosystemPackage.COUNTRY_STRATEGY__JURISDICTION:
				return jurisdiction != null;
			case EcosystemPackage.COUNTRY_STRATEGY__LEAD:
				return lead != null;
			case EcosystemPackage.COUNTRY_STRATEGY__PREDECESSOR:
				return predecessor != null;
			case EcosystemPackage.COUNTRY_STRATEGY__PRIORITIES:
				return priorities != null && !priorities.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", firstYear: ");
		result.append(firstYear);
		result.append(", editionYears: ");
		result.append(editionYears);
		result.append(", selectionProcess: ");
		result.append(selectionProcess);
		result.append(", ownBudget: ");
		result.append(ownBudget);
		result.append(", monitoringSinceYear: ");
		result.append(monitoringSinceYear);
		result.append(", strategicEvaluationDone: ");
		result.append(strategicEvaluationDone);
		result.append(')');
		return result.toString();
	}

} //CountryStrategyImpl
