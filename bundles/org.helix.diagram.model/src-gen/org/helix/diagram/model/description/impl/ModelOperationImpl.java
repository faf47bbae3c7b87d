/**
 * Helix
 */
package org.helix.diagram.model.description.impl;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.helix.diagram.model.description.DescriptionPackage;
import org.helix.diagram.model.description.ModelOperation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Model Operation</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class ModelOperationImpl extends EObjectImpl implements ModelOperation {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModelOperationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.MODEL_OPERATION;
	}

} //ModelOperationImpl
