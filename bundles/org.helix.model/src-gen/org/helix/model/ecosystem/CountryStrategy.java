/**
 * Helix
 */
package org.helix.model.ecosystem;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Country Strategy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A strategy of a jurisdiction used as a benchmark (German HTS, Dutch topsectors/NTS, UK Modern Industrial Strategy, EU Competitiveness Compass; seed 004 ch. 4).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.CountryStrategy#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.CountryStrategy#getFirstYear <em>First Year</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.CountryStrategy#getEditionYears <em>Edition Years</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.CountryStrategy#getSelectionProcess <em>Selection Process</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.CountryStrategy#getOwnBudget <em>Own Budget</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.CountryStrategy#getMonitoringSinceYear <em>Monitoring Since Year</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.CountryStrategy#getStrategicEvaluationDone <em>Strategic Evaluation Done</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.CountryStrategy#getJurisdiction <em>Jurisdiction</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.CountryStrategy#getLead <em>Lead</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.CountryStrategy#getPredecessor <em>Predecessor</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.CountryStrategy#getPriorities <em>Priorities</em>}</li>
 * </ul>
 *
 * @see org.helix.model.ecosystem.EcosystemPackage#getCountryStrategy()
 * @model
 * @generated
 */
public interface CountryStrategy extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.StrategyKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.ecosystem.StrategyKind
	 * @see #setKind(StrategyKind)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getCountryStrategy_Kind()
	 * @model
	 * @generated
	 */
	StrategyKind getKind();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.CountryStrategy#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.ecosystem.StrategyKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(StrategyKind value);

	/**
	 * Returns the value of the '<em><b>First Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Year</em>' attribute.
	 * @see #setFirstYear(Integer)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getCountryStrategy_FirstYear()
	 * @model
	 * @generated
	 */
	Integer getFirstYear();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.CountryStrategy#getFirstYear <em>First Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Year</em>' attribute.
	 * @see #getFirstYear()
	 * @generated
	 */
	void setFirstYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Edition Years</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edition Years</em>' attribute list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getCountryStrategy_EditionYears()
	 * @model
	 * @generated
	 */
	EList<Integer> getEditionYears();

	/**
	 * Returns the value of the '<em><b>Selection Process</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Selection Process</em>' attribute.
	 * @see #setSelectionProcess(String)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getCountryStrategy_SelectionProcess()
	 * @model
	 * @generated
	 */
	String getSelectionProcess();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.CountryStrategy#getSelectionProcess <em>Selection Process</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Selection Process</em>' attribute.
	 * @see #getSelectionProcess()
	 * @generated
	 */
	void setSelectionProcess(String value);

	/**
	 * Returns the value of the '<em><b>Own Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Own Budget</em>' attribute.
	 * @see #setOwnBudget(Boolean)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getCountryStrategy_OwnBudget()
	 * @model
	 * @generated
	 */
	Boolean getOwnBudget();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.CountryStrategy#getOwnBudget <em>Own Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Own Budget</em>' attribute.
	 * @see #getOwnBudget()
	 * @generated
	 */
	void setOwnBudget(Boolean value);

	/**
	 * Returns the value of the '<em><b>Monitoring Since Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Monitoring Since Year</em>' attribute.
	 * @see #setMonitoringSinceYear(Integer)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getCountryStrategy_MonitoringSinceYear()
	 * @model
	 * @generated
	 */
	Integer getMonitoringSinceYear();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.CountryStrategy#getMonitoringSinceYear <em>Monitoring Since Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Monitoring Since Year</em>' attribute.
	 * @see #getMonitoringSinceYear()
	 * @generated
	 */
	void setMonitoringSinceYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Strategic Evaluation Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strategic Evaluation Done</em>' attribute.
	 * @see #setStrategicEvaluationDone(Boolean)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getCountryStrategy_StrategicEvaluationDone()
	 * @model
	 * @generated
	 */
	Boolean getStrategicEvaluationDone();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.CountryStrategy#getStrategicEvaluationDone <em>Strategic Evaluation Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strategic Evaluation Done</em>' attribute.
	 * @see #getStrategicEvaluationDone()
	 * @generated
	 */
	void setStrategicEvaluationDone(Boolean value);

	/**
	 * Returns the value of the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Jurisdiction</em>' reference.
	 * @see #setJurisdiction(Jurisdiction)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getCountryStrategy_Jurisdiction()
	 * @model
	 * @generated
	 */
	Jurisdiction getJurisdiction();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.CountryStrategy#getJurisdiction <em>Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jurisdiction</em>' reference.
	 * @see #getJurisdiction()
	 * @generated
	 */
	void setJurisdiction(Jurisdiction value);

	/**
	 * Returns the value of the '<em><b>Lead</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lead</em>' reference.
	 * @see #setLead(Organisation)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getCountryStrategy_Lead()
	 * @model
	 * @generated
	 */
	Organisation getLead();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.CountryStrategy#getLead <em>Lead</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lead</em>' reference.
	 * @see #getLead()
	 * @generated
	 */
	void setLead(Organisation value);

	/**
	 * Returns the value of the '<em><b>Predecessor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Predecessor</em>' reference.
	 * @see #setPredecessor(CountryStrategy)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getCountryStrategy_Predecessor()
	 * @model
	 * @generated
	 */
	CountryStrategy getPredecessor();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.CountryStrategy#getPredecessor <em>Predecessor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Predecessor</em>' reference.
	 * @see #getPredecessor()
	 * @generated
	 */
	void setPredecessor(CountryStrategy value);

	/**
	 * Returns the value of the '<em><b>Priorities</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.StrategyPriority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priorities</em>' containment reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getCountryStrategy_Priorities()
	 * @model containment="true"
	 * @generated
	 */
	EList<StrategyPriority> getPriorities();

} // CountryStrategy
