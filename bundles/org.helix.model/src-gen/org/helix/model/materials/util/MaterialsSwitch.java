/**
 * Helix
 */
package org.helix.model.materials.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.helix.model.core.HelixElement;
import org.helix.model.core.Identifiable;
import org.helix.model.core.NamedElement;

import org.helix.model.materials.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.helix.model.materials.MaterialsPackage
 * @generated
 */
public class MaterialsSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static MaterialsPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MaterialsSwitch() {
		if (modelPackage == null) {
			modelPackage = MaterialsPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case MaterialsPackage.RAW_MATERIAL: {
				RawMaterial rawMaterial = (RawMaterial)theEObject;
				T result = caseRawMaterial(rawMaterial);
				if (result == null) result = caseNamedElement(rawMaterial);
				if (result == null) result = caseHelixElement(rawMaterial);
				if (result == null) result = caseIdentifiable(rawMaterial);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MaterialsPackage.MATERIAL_GROUP: {
				MaterialGroup materialGroup = (MaterialGroup)theEObject;
				T result = caseMaterialGroup(materialGroup);
				if (result == null) result = caseNamedElement(materialGroup);
				if (result == null) result = caseHelixElement(materialGroup);
				if (result == null) result = caseIdentifiable(materialGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MaterialsPackage.MATERIAL_LIST: {
				MaterialList materialList = (MaterialList)theEObject;
				T result = caseMaterialList(materialList);
				if (result == null) result = caseNamedElement(materialList);
				if (result == null) result = caseHelixElement(materialList);
				if (result == null) result = caseIdentifiable(materialList);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MaterialsPackage.LIST_ENTRY: {
				ListEntry listEntry = (ListEntry)theEObject;
				T result = caseListEntry(listEntry);
				if (result == null) result = caseHelixElement(listEntry);
				if (result == null) result = caseIdentifiable(listEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MaterialsPackage.SUPPLY_SHARE: {
				SupplyShare supplyShare = (SupplyShare)theEObject;
				T result = caseSupplyShare(supplyShare);
				if (result == null) result = caseHelixElement(supplyShare);
				if (result == null) result = caseIdentifiable(supplyShare);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MaterialsPackage.MATERIAL_ACTIVITY: {
				MaterialActivity materialActivity = (MaterialActivity)theEObject;
				T result = caseMaterialActivity(materialActivity);
				if (result == null) result = caseHelixElement(materialActivity);
				if (result == null) result = caseIdentifiable(materialActivity);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MaterialsPackage.MATERIAL_FLOW: {
				MaterialFlow materialFlow = (MaterialFlow)theEObject;
				T result = caseMaterialFlow(materialFlow);
				if (result == null) result = caseHelixElement(materialFlow);
				if (result == null) result = caseIdentifiable(materialFlow);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MaterialsPackage.MATERIALS_STRATEGY: {
				MaterialsStrategy materialsStrategy = (MaterialsStrategy)theEObject;
				T result = caseMaterialsStrategy(materialsStrategy);
				if (result == null) result = caseNamedElement(materialsStrategy);
				if (result == null) result = caseHelixElement(materialsStrategy);
				if (result == null) result = caseIdentifiable(materialsStrategy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MaterialsPackage.POLICY_TRACK: {
				PolicyTrack policyTrack = (PolicyTrack)theEObject;
				T result = casePolicyTrack(policyTrack);
				if (result == null) result = caseNamedElement(policyTrack);
				if (result == null) result = caseHelixElement(policyTrack);
				if (result == null) result = caseIdentifiable(policyTrack);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MaterialsPackage.TRACK_ACTION: {
				TrackAction trackAction = (TrackAction)theEObject;
				T result = caseTrackAction(trackAction);
				if (result == null) result = caseHelixElement(trackAction);
				if (result == null) result = caseIdentifiable(trackAction);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Raw Material</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Raw Material</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRawMaterial(RawMaterial object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Material Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Material Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMaterialGroup(MaterialGroup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Material List</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Material List</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMaterialList(MaterialList object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>List Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>List Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseListEntry(ListEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Supply Share</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Supply Share</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSupplyShare(SupplyShare object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Material Activity</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Material Activity</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMaterialActivity(MaterialActivity object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Material Flow</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Material Flow</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMaterialFlow(MaterialFlow object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Strategy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Strategy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMaterialsStrategy(MaterialsStrategy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Policy Track</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Policy Track</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePolicyTrack(PolicyTrack object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Track Action</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Track Action</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTrackAction(TrackAction object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identifiable</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identifiable</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentifiable(Identifiable object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Helix Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Helix Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHelixElement(HelixElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamedElement(NamedElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //MaterialsSwitch
