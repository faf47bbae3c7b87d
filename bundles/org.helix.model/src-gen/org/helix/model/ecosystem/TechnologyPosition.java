/**
 * Helix
 */
package org.helix.model.ecosystem;

import org.helix.model.core.HelixElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Technology Position</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Position of a technology for a jurisdiction and data source: relatedness density, complexity, RCA and investment quadrant (seed 004 L612-648).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.TechnologyPosition#getRelatednessDensity <em>Relatedness Density</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.TechnologyPosition#getComplexity <em>Complexity</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.TechnologyPosition#getRca <em>Rca</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.TechnologyPosition#getQuadrant <em>Quadrant</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.TechnologyPosition#getJurisdiction <em>Jurisdiction</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.TechnologyPosition#getDataSource <em>Data Source</em>}</li>
 * </ul>
 *
 * @see org.helix.model.ecosystem.EcosystemPackage#getTechnologyPosition()
 * @model
 * @generated
 */
public interface TechnologyPosition extends HelixElement {
	/**
	 * Returns the value of the '<em><b>Relatedness Density</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relatedness Density</em>' attribute.
	 * @see #setRelatednessDensity(Double)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getTechnologyPosition_RelatednessDensity()
	 * @model
	 * @generated
	 */
	Double getRelatednessDensity();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.TechnologyPosition#getRelatednessDensity <em>Relatedness Density</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relatedness Density</em>' attribute.
	 * @see #getRelatednessDensity()
	 * @generated
	 */
	void setRelatednessDensity(Double value);

	/**
	 * Returns the value of the '<em><b>Complexity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Complexity</em>' attribute.
	 * @see #setComplexity(Double)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getTechnologyPosition_Complexity()
	 * @model
	 * @generated
	 */
	Double getComplexity();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.TechnologyPosition#getComplexity <em>Complexity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Complexity</em>' attribute.
	 * @see #getComplexity()
	 * @generated
	 */
	void setComplexity(Double value);

	/**
	 * Returns the value of the '<em><b>Rca</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rca</em>' attribute.
	 * @see #setRca(Double)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getTechnologyPosition_Rca()
	 * @model
	 * @generated
	 */
	Double getRca();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.TechnologyPosition#getRca <em>Rca</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rca</em>' attribute.
	 * @see #getRca()
	 * @generated
	 */
	void setRca(Double value);

	/**
	 * Returns the value of the '<em><b>Quadrant</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.InvestmentQuadrant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quadrant</em>' attribute.
	 * @see org.helix.model.ecosystem.InvestmentQuadrant
	 * @see #setQuadrant(InvestmentQuadrant)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getTechnologyPosition_Quadrant()
	 * @model
	 * @generated
	 */
	InvestmentQuadrant getQuadrant();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.TechnologyPosition#getQuadrant <em>Quadrant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quadrant</em>' attribute.
	 * @see org.helix.model.ecosystem.InvestmentQuadrant
	 * @see #getQuadrant()
	 * @generated
	 */
	void setQuadrant(InvestmentQuadrant value);

	/**
	 * Returns the value of the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Jurisdiction</em>' reference.
	 * @see #setJurisdiction(Jurisdiction)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getTechnologyPosition_Jurisdiction()
	 * @model
	 * @generated
	 */
	Jurisdiction getJurisdiction();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.TechnologyPosition#getJurisdiction <em>Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jurisdiction</em>' reference.
	 * @see #getJurisdiction()
	 * @generated
	 */
	void setJurisdiction(Jurisdiction value);

	/**
	 * Returns the value of the '<em><b>Data Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Source</em>' reference.
	 * @see #setDataSource(DataSource)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getTechnologyPosition_DataSource()
	 * @model
	 * @generated
	 */
	DataSource getDataSource();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.TechnologyPosition#getDataSource <em>Data Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Source</em>' reference.
	 * @see #getDataSource()
	 * @generated
	 */
	void setDataSource(DataSource value);

} // TechnologyPosition
