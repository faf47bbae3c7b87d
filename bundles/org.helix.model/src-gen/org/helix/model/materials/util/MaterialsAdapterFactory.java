/**
 * Helix
 */
package org.helix.model.materials.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.helix.model.core.HelixElement;
import org.helix.model.core.Identifiable;
import org.helix.model.core.NamedElement;

import org.helix.model.materials.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.helix.model.materials.MaterialsPackage
 * @generated
 */
public class MaterialsAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static MaterialsPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MaterialsAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = MaterialsPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MaterialsSwitch<Adapter> modelSwitch =
		new MaterialsSwitch<Adapter>() {
			@Override
			public Adapter caseRawMaterial(RawMaterial object) {
				return createRawMaterialAdapter();
			}
			@Override
			public Adapter caseMaterialGroup(MaterialGroup object) {
				return createMaterialGroupAdapter();
			}
			@Override
			public Adapter caseMaterialList(MaterialList object) {
				return createMaterialListAdapter();
			}
			@Override
			public Adapter caseListEntry(ListEntry object) {
				return createListEntryAdapter();
			}
			@Override
			public Adapter caseSupplyShare(SupplyShare object) {
				return createSupplyShareAdapter();
			}
			@Override
			public Adapter caseMaterialActivity(MaterialActivity object) {
				return createMaterialActivityAdapter();
			}
			@Override
			public Adapter caseMaterialFlow(MaterialFlow object) {
				return createMaterialFlowAdapter();
			}
			@Override
			public Adapter caseMaterialsStrategy(MaterialsStrategy object) {
				return createMaterialsStrategyAdapter();
			}
			@Override
			public Adapter casePolicyTrack(PolicyTrack object) {
				return createPolicyTrackAdapter();
			}
			@Override
			public Adapter caseTrackAction(TrackAction object) {
				return createTrackActionAdapter();
			}
			@Override
			public Adapter caseIdentifiable(Identifiable object) {
				return createIdentifiableAdapter();
			}
			@Override
			public Adapter caseHelixElement(HelixElement object) {
				return createHelixElementAdapter();
			}
			@Override
			public Adapter caseNamedElement(NamedElement object) {
				return createNamedElementAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.materials.RawMaterial <em>Raw Material</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.materials.RawMaterial
	 * @generated
	 */
	public Adapter createRawMaterialAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.materials.MaterialGroup <em>Material Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.materials.MaterialGroup
	 * @generated
	 */
	public Adapter createMaterialGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.materials.MaterialList <em>Material List</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.materials.MaterialList
	 * @generated
	 */
	public Adapter createMaterialListAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.materials.ListEntry <em>List Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.materials.ListEntry
	 * @generated
	 */
	public Adapter createListEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.materials.SupplyShare <em>Supply Share</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.materials.SupplyShare
	 * @generated
	 */
	public Adapter createSupplyShareAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.materials.MaterialActivity <em>Material Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.materials.MaterialActivity
	 * @generated
	 */
	public Adapter createMaterialActivityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.materials.MaterialFlow <em>Material Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.materials.MaterialFlow
	 * @generated
	 */
	public Adapter createMaterialFlowAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.materials.MaterialsStrategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.materials.MaterialsStrategy
	 * @generated
	 */
	public Adapter createMaterialsStrategyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.materials.PolicyTrack <em>Policy Track</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.materials.PolicyTrack
	 * @generated
	 */
	public Adapter createPolicyTrackAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.materials.TrackAction <em>Track Action</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.materials.TrackAction
	 * @generated
	 */
	public Adapter createTrackActionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.core.Identifiable <em>Identifiable</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.core.Identifiable
	 * @generated
	 */
	public Adapter createIdentifiableAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.core.HelixElement <em>Helix Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.core.HelixElement
	 * @generated
	 */
	public Adapter createHelixElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.helix.model.core.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.helix.model.core.NamedElement
	 * @generated
	 */
	public Adapter createNamedElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //MaterialsAdapterFactory
