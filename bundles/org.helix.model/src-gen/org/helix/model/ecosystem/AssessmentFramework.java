/**
 * Helix
 */
package org.helix.model.ecosystem;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assessment Framework</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A selection framework with dimensions, e.g. VARIO's four dimensions strength, opportunities, needs, maakbaarheid (seed 004 L501-590, L1130-1159).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.AssessmentFramework#getDimensions <em>Dimensions</em>}</li>
 * </ul>
 *
 * @see org.helix.model.ecosystem.EcosystemPackage#getAssessmentFramework()
 * @model
 * @generated
 */
public interface AssessmentFramework extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Dimensions</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.AssessmentDimension}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimensions</em>' containment reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getAssessmentFramework_Dimensions()
	 * @model containment="true"
	 * @generated
	 */
	EList<AssessmentDimension> getDimensions();

} // AssessmentFramework
