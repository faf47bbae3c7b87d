/**
 * Helix
 */
package org.helix.diagram.model.description.impl;

import org.eclipse.emf.ecore.EClass;

import org.helix.diagram.model.description.DescriptionPackage;
import org.helix.diagram.model.description.NodeMapping;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class NodeMappingImpl extends DiagramElementMappingImpl implements NodeMapping {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.NODE_MAPPING;
	}

} //NodeMappingImpl
