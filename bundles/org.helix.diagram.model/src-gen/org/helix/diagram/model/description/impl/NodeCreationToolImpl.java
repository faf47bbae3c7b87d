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

import org.helix.diagram.model.description.DescriptionPackage;
import org.helix.diagram.model.description.ModelOperation;
import org.helix.diagram.model.description.NodeCreationTool;
import org.helix.diagram.model.description.NodeMapping;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node Creation Tool</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.impl.NodeCreationToolImpl#getMapping <em>Mapping</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.NodeCreationToolImpl#getElementClass <em>Element Class</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.NodeCreationToolImpl#getContainerExpression <em>Container Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.NodeCreationToolImpl#getContainmentFeature <em>Containment Feature</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.NodeCreationToolImpl#getInitialName <em>Initial Name</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.NodeCreationToolImpl#getOperations <em>Operations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeCreationToolImpl extends ToolImpl implements NodeCreationTool {
	/**
	 * The cached value of the '{@link #getMapping() <em>Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMapping()
	 * @generated
	 * @ordered
	 */
	protected NodeMapping mapping;

	/**
	 * The default value of the '{@link #getElementClass() <em>Element Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElementClass()
	 * @generated
	 * @ordered
	 */
	protected static final String ELEMENT_CLASS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getElementClass() <em>Element Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElementClass()
	 * @generated
	 * @ordered
	 */
	protected String elementClass = ELEMENT_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getContainerExpression() <em>Container Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTAINER_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContainerExpression() <em>Container Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerExpression()
	 * @generated
	 * @ordered
	 */
	protected String containerExpression = CONTAINER_EXPRESSION_EDEFAULT;

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
	 * The default value of the '{@link #getInitialName() <em>Initial Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialName()
	 * @generated
	 * @ordered
	 */
	protected static final String INITIAL_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInitialName() <em>Initial Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialName()
	 * @generated
	 * @ordered
	 */
	protected String initialName = INITIAL_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOperations() <em>Operations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperations()
	 * @generated
	 * @ordered
	 */
	protected EList<ModelOperation> operations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeCreationToolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.NODE_CREATION_TOOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeMapping getMapping() {
		if (mapping != null && mapping.eIsProxy()) {
			InternalEObject oldMapping = (InternalEObject)mapping;
			mapping = (NodeMapping)eResolveProxy(oldMapping);
			if (mapping != oldMapping) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DescriptionPackage.NODE_CREATION_TOOL__MAPPING, oldMapping, mapping));
			}
		}
		return mapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NodeMapping basicGetMapping() {
		return mapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMapping(NodeMapping newMapping) {
		NodeMapping oldMapping = mapping;
		mapping = newMapping;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_CREATION_TOOL__MAPPING, oldMapping, mapping));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getElementClass() {
		return elementClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElementClass(String newElementClass) {
		String oldElementClass = elementClass;
		elementClass = newElementClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_CREATION_TOOL__ELEMENT_CLASS, oldElementClass, elementClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContainerExpression() {
		return containerExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContainerExpression(String newContainerExpression) {
		String oldContainerExpression = containerExpression;
		containerExpression = newContainerExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_CREATION_TOOL__CONTAINER_EXPRESSION, oldContainerExpression, containerExpression));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_CREATION_TOOL__CONTAINMENT_FEATURE, oldContainmentFeature, containmentFeature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInitialName() {
		return initialName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitialName(String newInitialName) {
		String oldInitialName = initialName;
		initialName = newInitialName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_CREATION_TOOL__INITIAL_NAME, oldInitialName, initialName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ModelOperation> getOperations() {
		if (operations == null) {
			operations = new EObjectContainmentEList<ModelOperation>(ModelOperation.class, this, DescriptionPackage.NODE_CREATION_TOOL__OPERATIONS);
		}
		return operations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.NODE_CREATION_TOOL__OPERATIONS:
				return ((InternalEList<?>)getOperations()).basicRemove(otherEnd, msgs);
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
			case DescriptionPackage.NODE_CREATION_TOOL__MAPPING:
				if (resolve) return getMapping();
				return basicGetMapping();
			case DescriptionPackage.NODE_CREATION_TOOL__ELEMENT_CLASS:
				return getElementClass();
			case DescriptionPackage.NODE_CREATION_TOOL__CONTAINER_EXPRESSION:
				return getContainerExpression();
			case DescriptionPackage.NODE_CREATION_TOOL__CONTAINMENT_FEATURE:
				return getContainmentFeature();
			case DescriptionPackage.NODE_CREATION_TOOL__INITIAL_NAME:
				return getInitialName();
			case DescriptionPackage.NODE_CREATION_TOOL__OPERATIONS:
				return getOperations();
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
			case DescriptionPackage.NODE_CREATION_TOOL__MAPPING:
				setMapping((NodeMapping)newValue);
				return;
			case DescriptionPackage.NODE_CREATION_TOOL__ELEMENT_CLASS:
				setElementClass((String)newValue);
				return;
			case DescriptionPackage.NODE_CREATION_TOOL__CONTAINER_EXPRESSION:
				setContainerExpression((String)newValue);
				return;
			case DescriptionPackage.NODE_CREATION_TOOL__CONTAINMENT_FEATURE:
				setContainmentFeature((String)newValue);
				return;
			case DescriptionPackage.NODE_CREATION_TOOL__INITIAL_NAME:
				setInitialName((String)newValue);
				return;
			case DescriptionPackage.NODE_CREATION_TOOL__OPERATIONS:
				getOperations().clear();
				getOperations().addAll((Collection<? extends ModelOperation>)newValue);
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
			case DescriptionPackage.NODE_CREATION_TOOL__MAPPING:
				setMapping((NodeMapping)null);
				return;
			case DescriptionPackage.NODE_CREATION_TOOL__ELEMENT_CLASS:
				setElementClass(ELEMENT_CLASS_EDEFAULT);
				return;
			case DescriptionPackage.NODE_CREATION_TOOL__CONTAINER_EXPRESSION:
				setContainerExpression(CONTAINER_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.NODE_CREATION_TOOL__CONTAINMENT_FEATURE:
				setContainmentFeature(CONTAINMENT_FEATURE_EDEFAULT);
				return;
			case DescriptionPackage.NODE_CREATION_TOOL__INITIAL_NAME:
				setInitialName(INITIAL_NAME_EDEFAULT);
				return;
			case DescriptionPackage.NODE_CREATION_TOOL__OPERATIONS:
				getOperations().clear();
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
			case DescriptionPackage.NODE_CREATION_TOOL__MAPPING:
				return mapping != null;
			case DescriptionPackage.NODE_CREATION_TOOL__ELEMENT_CLASS:
				return ELEMENT_CLASS_EDEFAULT == null ? elementClass != null : !ELEMENT_CLASS_EDEFAULT.equals(elementClass);
			case DescriptionPackage.NODE_CREATION_TOOL__CONTAINER_EXPRESSION:
				return CONTAINER_EXPRESSION_EDEFAULT == null ? containerExpression != null : !CONTAINER_EXPRESSION_EDEFAULT.equals(containerExpression);
			case DescriptionPackage.NODE_CREATION_TOOL__CONTAINMENT_FEATURE:
				return CONTAINMENT_FEATURE_EDEFAULT == null ? containmentFeature != null : !CONTAINMENT_FEATURE_EDEFAULT.equals(containmentFeature);
			case DescriptionPackage.NODE_CREATION_TOOL__INITIAL_NAME:
				return INITIAL_NAME_EDEFAULT == null ? initialName != null : !INITIAL_NAME_EDEFAULT.equals(initialName);
			case DescriptionPackage.NODE_CREATION_TOOL__OPERATIONS:
				return operations != null && !operations.isEmpty();
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
		result.append(" (elementClass: ");
		result.append(elementClass);
		result.append(", containerExpression: ");
		result.append(containerExpression);
		result.append(", containmentFeature: ");
		result.append(containmentFeature);
		result.append(", initialName: ");
		result.append(initialName);
		result.append(')');
		return result.toString();
	}

} //NodeCreationToolImpl
