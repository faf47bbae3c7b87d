/**
 * Helix
 */
package org.helix.model.ecosystem;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assessment Dimension</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One dimension of an assessment framework with its guiding question and sub-criteria.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.AssessmentDimension#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.AssessmentDimension#getQuestion <em>Question</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.AssessmentDimension#getSubCriteria <em>Sub Criteria</em>}</li>
 * </ul>
 *
 * @see org.helix.model.ecosystem.EcosystemPackage#getAssessmentDimension()
 * @model
 * @generated
 */
public interface AssessmentDimension extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.DimensionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.ecosystem.DimensionKind
	 * @see #setKind(DimensionKind)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getAssessmentDimension_Kind()
	 * @model
	 * @generated
	 */
	DimensionKind getKind();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.AssessmentDimension#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.ecosystem.DimensionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DimensionKind value);

	/**
	 * Returns the value of the '<em><b>Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Question</em>' attribute.
	 * @see #setQuestion(String)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getAssessmentDimension_Question()
	 * @model
	 * @generated
	 */
	String getQuestion();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.AssessmentDimension#getQuestion <em>Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question</em>' attribute.
	 * @see #getQuestion()
	 * @generated
	 */
	void setQuestion(String value);

	/**
	 * Returns the value of the '<em><b>Sub Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.SubCriterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Criteria</em>' containment reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getAssessmentDimension_SubCriteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<SubCriterion> getSubCriteria();

} // AssessmentDimension
