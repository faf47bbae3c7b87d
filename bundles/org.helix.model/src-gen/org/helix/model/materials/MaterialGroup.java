/**
 * Helix
 */
package org.helix.model.materials;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Material Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of materials (rare earth elements, platinum group metals, base metals).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.materials.MaterialGroup#getMembers <em>Members</em>}</li>
 * </ul>
 *
 * @see org.helix.model.materials.MaterialsPackage#getMaterialGroup()
 * @model
 * @generated
 */
public interface MaterialGroup extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.materials.RawMaterial}.
	 * It is bidirectional and its opposite is '{@link org.helix.model.materials.RawMaterial#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialGroup_Members()
	 * @see org.helix.model.materials.RawMaterial#getGroups
	 * @model opposite="groups"
	 * @generated
	 */
	EList<RawMaterial> getMembers();

} // MaterialGroup
