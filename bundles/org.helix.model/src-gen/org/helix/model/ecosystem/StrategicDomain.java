/**
 * Helix
 */
package org.helix.model.ecosystem;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Strategic Domain</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A strategic domain: combination of sectors, ecosystems, technologies and value-chain positions (seed 004 L443-450), assessed on four dimensions and categorised by the decision tree (L1159-1189).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.StrategicDomain#getCategory <em>Category</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.StrategicDomain#getTransitionOnlyAction <em>Transition Only Action</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.StrategicDomain#getExpertValidated <em>Expert Validated</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.StrategicDomain#getSectors <em>Sectors</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.StrategicDomain#getTechnologies <em>Technologies</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.StrategicDomain#getClusters <em>Clusters</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.StrategicDomain#getContributesTo <em>Contributes To</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.StrategicDomain#getValueChainPositions <em>Value Chain Positions</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.StrategicDomain#getRatings <em>Ratings</em>}</li>
 * </ul>
 *
 * @see org.helix.model.ecosystem.EcosystemPackage#getStrategicDomain()
 * @model
 * @generated
 */
public interface StrategicDomain extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.DomainCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.helix.model.ecosystem.DomainCategory
	 * @see #setCategory(DomainCategory)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getStrategicDomain_Category()
	 * @model
	 * @generated
	 */
	DomainCategory getCategory();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.StrategicDomain#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.helix.model.ecosystem.DomainCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(DomainCategory value);

	/**
	 * Returns the value of the '<em><b>Transition Only Action</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.TransitionOnlyAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Transition Only Action</em>' attribute.
	 * @see org.helix.model.ecosystem.TransitionOnlyAction
	 * @see #setTransitionOnlyAction(TransitionOnlyAction)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getStrategicDomain_TransitionOnlyAction()
	 * @model
	 * @generated
	 */
	TransitionOnlyAction getTransitionOnlyAction();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.StrategicDomain#getTransitionOnlyAction <em>Transition Only Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transition Only Action</em>' attribute.
	 * @see org.helix.model.ecosystem.TransitionOnlyAction
	 * @see #getTransitionOnlyAction()
	 * @generated
	 */
	void setTransitionOnlyAction(TransitionOnlyAction value);

	/**
	 * Returns the value of the '<em><b>Expert Validated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expert Validated</em>' attribute.
	 * @see #setExpertValidated(Boolean)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getStrategicDomain_ExpertValidated()
	 * @model
	 * @generated
	 */
	Boolean getExpertValidated();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.StrategicDomain#getExpertValidated <em>Expert Validated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expert Validated</em>' attribute.
	 * @see #getExpertValidated()
	 * @generated
	 */
	void setExpertValidated(Boolean value);

	/**
	 * Returns the value of the '<em><b>Sectors</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Sector}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sectors</em>' reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getStrategicDomain_Sectors()
	 * @model
	 * @generated
	 */
	EList<Sector> getSectors();

	/**
	 * Returns the value of the '<em><b>Technologies</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Technology}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Technologies</em>' reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getStrategicDomain_Technologies()
	 * @model
	 * @generated
	 */
	EList<Technology> getTechnologies();

	/**
	 * Returns the value of the '<em><b>Clusters</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Cluster}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clusters</em>' reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getStrategicDomain_Clusters()
	 * @model
	 * @generated
	 */
	EList<Cluster> getClusters();

	/**
	 * Returns the value of the '<em><b>Contributes To</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.TransitionPriority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contributes To</em>' reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getStrategicDomain_ContributesTo()
	 * @model
	 * @generated
	 */
	EList<TransitionPriority> getContributesTo();

	/**
	 * Returns the value of the '<em><b>Value Chain Positions</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.ValueChainPosition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value Chain Positions</em>' containment reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getStrategicDomain_ValueChainPositions()
	 * @model containment="true"
	 * @generated
	 */
	EList<ValueChainPosition> getValueChainPositions();

	/**
	 * Returns the value of the '<em><b>Ratings</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Rating}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ratings</em>' containment reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getStrategicDomain_Ratings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Rating> getRatings();

} // StrategicDomain
