/**
 * Helix
 */
package org.helix.model.ecosystem;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.GovernanceLevel;
import org.helix.model.core.Indicator;
import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sub Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A sub-criterion of a dimension (e.g. economic strength measured by value added, export, productivity) with its indicators; for maakbaarheid factors the competent level.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.SubCriterion#getWording <em>Wording</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.SubCriterion#getCompetence <em>Competence</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.SubCriterion#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @see org.helix.model.ecosystem.EcosystemPackage#getSubCriterion()
 * @model
 * @generated
 */
public interface SubCriterion extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Wording</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Wording</em>' attribute.
	 * @see #setWording(String)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getSubCriterion_Wording()
	 * @model
	 * @generated
	 */
	String getWording();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.SubCriterion#getWording <em>Wording</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wording</em>' attribute.
	 * @see #getWording()
	 * @generated
	 */
	void setWording(String value);

	/**
	 * Returns the value of the '<em><b>Competence</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.core.GovernanceLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Competence</em>' attribute.
	 * @see org.helix.model.core.GovernanceLevel
	 * @see #setCompetence(GovernanceLevel)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getSubCriterion_Competence()
	 * @model
	 * @generated
	 */
	GovernanceLevel getCompetence();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.SubCriterion#getCompetence <em>Competence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Competence</em>' attribute.
	 * @see org.helix.model.core.GovernanceLevel
	 * @see #getCompetence()
	 * @generated
	 */
	void setCompetence(GovernanceLevel value);

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.core.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getSubCriterion_Indicators()
	 * @model
	 * @generated
	 */
	EList<Indicator> getIndicators();

} // SubCriterion
