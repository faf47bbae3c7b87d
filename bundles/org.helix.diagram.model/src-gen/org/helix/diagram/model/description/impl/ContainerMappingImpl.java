/**
 * Helix
 */
package org.helix.diagram.model.description.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.diagram.model.description.ChildrenPresentation;
import org.helix.diagram.model.description.ContainerMapping;
import org.helix.diagram.model.description.DescriptionPackage;
import org.helix.diagram.model.description.NodeMapping;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Container Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.impl.ContainerMappingImpl#getChildrenPresentation <em>Children Presentation</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.ContainerMappingImpl#getSubMappings <em>Sub Mappings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContainerMappingImpl extends NodeMappingImpl implements ContainerMapping {
	/**
	 * The default value of the '{@link #getChildrenPresentation() <em>Children Presentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildrenPresentation()
	 * @generated
	 * @ordered
	 */
	protected static final ChildrenPresentation CHILDREN_PRESENTATION_EDEFAULT = ChildrenPresentation.FREE;

	/**
	 * The cached value of the '{@link #getChildrenPresentation() <em>Children Presentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildrenPresentation()
	 * @generated
	 * @ordered
	 */
	protected ChildrenPresentation childrenPresentation = CHILDREN_PRESENTATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubMappings() <em>Sub Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeMapping> subMappings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContainerMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.CONTAINER_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChildrenPresentation getChildrenPresentation() {
		return childrenPresentation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChildrenPresentation(ChildrenPresentation newChildrenPresentation) {
		ChildrenPresentation oldChildrenPresentation = childrenPresentation;
		childrenPresentation = newChildrenPresentation == null ? CHILDREN_PRESENTATION_EDEFAULT : newChildrenPresentation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.CONTAINER_MAPPING__CHILDREN_PRESENTATION, oldChildrenPresentation, childrenPresentation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeMapping> getSubMappings() {
		if (subMappings == null) {
			subMappings = new EObjectContainmentEList<NodeMapping>(NodeMapping.class, this, DescriptionPackage.CONTAINER_MAPPING__SUB_MAPPINGS);
		}
		return subMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.CONTAINER_MAPPING__SUB_MAPPINGS:
				return ((InternalEList<?>)getSubMappings()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DescriptionPackage.CONTAINER_MAPPING__CHILDREN_PRESENTATION:
				return getChildrenPresentation();
			case DescriptionPackage.CONTAINER_MAPPING__SUB_MAPPINGS:
				return getSubMappings();
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
			case DescriptionPackage.CONTAINER_MAPPING__CHILDREN_PRESENTATION:
				setChildrenPresentation((ChildrenPresentation)newValue);
				return;
			case DescriptionPackage.CONTAINER_MAPPING__SUB_MAPPINGS:
				getSubMappings().clear();
				getSubMappings().addAll((Collection<? extends NodeMapping>)newValue);
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
			case DescriptionPackage.CONTAINER_MAPPING__CHILDREN_PRESENTATION:
				setChildrenPresentation(CHILDREN_PRESENTATION_EDEFAULT);
				return;
			case DescriptionPackage.CONTAINER_MAPPING__SUB_MAPPINGS:
				getSubMappings().clear();
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
			case DescriptionPackage.CONTAINER_MAPPING__CHILDREN_PRESENTATION:
				return childrenPresentation != CHILDREN_PRESENTATION_EDEFAULT;
			case DescriptionPackage.CONTAINER_MAPPING__SUB_MAPPINGS:
				return subMappings != null && !subMappings.isEmpty();
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
		result.append(" (childrenPresentation: ");
		result.append(childrenPresentation);
		result.append(')');
		return result.toString();
	}

} //ContainerMappingImpl
