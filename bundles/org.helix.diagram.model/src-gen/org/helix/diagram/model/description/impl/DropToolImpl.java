/**
 * Helix
 */
package org.helix.diagram.model.description.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.helix.diagram.model.description.DescriptionPackage;
import org.helix.diagram.model.description.DropTool;
import org.helix.diagram.model.description.NodeMapping;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Drop Tool</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.impl.DropToolImpl#getMappings <em>Mappings</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.DropToolImpl#getContainmentFeature <em>Containment Feature</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DropToolImpl extends ToolImpl implements DropTool {
	/**
	 * The cached value of the '{@link #getMappings() <em>Mappings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeMapping> mappings;

	/**
	 * The default value of the '{@link #getContainmentFeature() <em>Containment Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainmentFeature()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTAINMENT_FEATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContainmentFeature() <em>Containment Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainmentFeature()
	 * @generated
	 * @ordered
	 */
	protected String containmentFeature = CONTAINMENT_FEATURE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DropToolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.DROP_TOOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeMapping> getMappings() {
		if (mappings == null) {
			mappings = new EObjectResolvingEList<NodeMapping>(NodeMapping.class, this, DescriptionPackage.DROP_TOOL__MAPPINGS);
		}
		return mappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContainmentFeature() {
		return containmentFeature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContainmentFeature(String newContainmentFeature) {
		String oldContainmentFeature = containmentFeature;
		containmentFeature = newContainmentFeature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DROP_TOOL__CONTAINMENT_FEATURE, oldContainmentFeature, containmentFeature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DescriptionPackage.DROP_TOOL__MAPPINGS:
				return getMappings();
			case DescriptionPackage.DROP_TOOL__CONTAINMENT_FEATURE:
				return getContainmentFeature();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DescriptionPackage.DROP_TOOL__MAPPINGS:
				getMappings().clear();
				getMappings().addAll((Collection<? extends NodeMapping>)newValue);
				return;
			case DescriptionPackage.DROP_TOOL__CONTAINMENT_FEATURE:
				setContainmentFeature((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case DescriptionPackage.DROP_TOOL__MAPPINGS:
				getMappings().clear();
				return;
			case DescriptionPackage.DROP_TOOL__CONTAINMENT_FEATURE:
				setContainmentFeature(CONTAINMENT_FEATURE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case DescriptionPackage.DROP_TOOL__MAPPINGS:
				return mappings != null && !mappings.isEmpty();
			case DescriptionPackage.DROP_TOOL__CONTAINMENT_FEATURE:
				return CONTAINMENT_FEATURE_EDEFAULT == null ? containmentFeature != null : !CONTAINMENT_FEATURE_EDEFAULT.equals(containmentFeature);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (containmentFeature: ");
		result.append(containmentFeature);
		result.append(')');
		return result.toString();
	}

} //DropToolImpl
