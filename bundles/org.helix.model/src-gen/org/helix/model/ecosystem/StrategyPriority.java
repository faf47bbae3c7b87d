/**
 * Helix
 */
package org.helix.model.ecosystem;

import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Strategy Priority</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One priority of a country strategy: mission, knowledge and innovation agenda, topsector, key technology, sector, investment project, ...
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.StrategyPriority#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.StrategyPriority#getRank <em>Rank</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.StrategyPriority#getTargetYear <em>Target Year</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.StrategyPriority#getTechnology <em>Technology</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.StrategyPriority#getSector <em>Sector</em>}</li>
 * </ul>
 *
 * @see org.helix.model.ecosystem.EcosystemPackage#getStrategyPriority()
 * @model
 * @generated
 */
public interface StrategyPriority extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.PriorityKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.ecosystem.PriorityKind
	 * @see #setKind(PriorityKind)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getStrategyPriority_Kind()
	 * @model
	 * @generated
	 */
	PriorityKind getKind();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.StrategyPriority#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.ecosystem.PriorityKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PriorityKind value);

	/**
	 * Returns the value of the '<em><b>Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rank</em>' attribute.
	 * @see #setRank(Integer)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getStrategyPriority_Rank()
	 * @model
	 * @generated
	 */
	Integer getRank();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.StrategyPriority#getRank <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rank</em>' attribute.
	 * @see #getRank()
	 * @generated
	 */
	void setRank(Integer value);

	/**
	 * Returns the value of the '<em><b>Target Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Year</em>' attribute.
	 * @see #setTargetYear(Integer)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getStrategyPriority_TargetYear()
	 * @model
	 * @generated
	 */
	Integer getTargetYear();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.StrategyPriority#getTargetYear <em>Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Year</em>' attribute.
	 * @see #getTargetYear()
	 * @generated
	 */
	void setTargetYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Technology</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Technology</em>' reference.
	 * @see #setTechnology(Technology)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getStrategyPriority_Technology()
	 * @model
	 * @generated
	 */
	Technology getTechnology();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.StrategyPriority#getTechnology <em>Technology</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Technology</em>' reference.
	 * @see #getTechnology()
	 * @generated
	 */
	void setTechnology(Technology value);

	/**
	 * Returns the value of the '<em><b>Sector</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sector</em>' reference.
	 * @see #setSector(Sector)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getStrategyPriority_Sector()
	 * @model
	 * @generated
	 */
	Sector getSector();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.StrategyPriority#getSector <em>Sector</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sector</em>' reference.
	 * @see #getSector()
	 * @generated
	 */
	void setSector(Sector value);

} // StrategyPriority
