/**
 * Helix
 */
package org.helix.model.materials;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.helix.model.materials.MaterialsPackage
 * @generated
 */
public interface MaterialsFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MaterialsFactory eINSTANCE = org.helix.model.materials.impl.MaterialsFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Raw Material</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Raw Material</em>'.
	 * @generated
	 */
	RawMaterial createRawMaterial();

	/**
	 * Returns a new object of class '<em>Material Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Material Group</em>'.
	 * @generated
	 */
	MaterialGroup createMaterialGroup();

	/**
	 * Returns a new object of class '<em>Material List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Material List</em>'.
	 * @generated
	 */
	MaterialList createMaterialList();

	/**
	 * Returns a new object of class '<em>List Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>List Entry</em>'.
	 * @generated
	 */
	ListEntry createListEntry();

	/**
	 * Returns a new object of class '<em>Supply Share</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Supply Share</em>'.
	 * @generated
	 */
	SupplyShare createSupplyShare();

	/**
	 * Returns a new object of class '<em>Material Activity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Material Activity</em>'.
	 * @generated
	 */
	MaterialActivity createMaterialActivity();

	/**
	 * Returns a new object of class '<em>Material Flow</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Material Flow</em>'.
	 * @generated
	 */
	MaterialFlow createMaterialFlow();

	/**
	 * Returns a new object of class '<em>Strategy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Strategy</em>'.
	 * @generated
	 */
	MaterialsStrategy createMaterialsStrategy();

	/**
	 * Returns a new object of class '<em>Policy Track</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Policy Track</em>'.
	 * @generated
	 */
	PolicyTrack createPolicyTrack();

	/**
	 * Returns a new object of class '<em>Track Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Track Action</em>'.
	 * @generated
	 */
	TrackAction createTrackAction();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	MaterialsPackage getMaterialsPackage();

} //MaterialsFactory
