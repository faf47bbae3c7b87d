/**
 * Helix
 */
package org.helix.model.governance;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Permanent Council</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The permanent consultative body (permanent overlegorgaan) that steers the programme (seed 001 L3174-3212, L486-496).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.governance.PermanentCouncil#getOperatingPrinciples <em>Operating Principles</em>}</li>
 * </ul>
 *
 * @see org.helix.model.governance.GovernancePackage#getPermanentCouncil()
 * @model
 * @generated
 */
public interface PermanentCouncil extends GovernanceBody {
	/**
	 * Returns the value of the '<em><b>Operating Principles</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operating Principles</em>' attribute list.
	 * @see org.helix.model.governance.GovernancePackage#getPermanentCouncil_OperatingPrinciples()
	 * @model
	 * @generated
	 */
	EList<String> getOperatingPrinciples();

} // PermanentCouncil
