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
import org.helix.diagram.model.description.EdgeCreationTool;
import org.helix.diagram.model.description.EdgeMapping;
import org.helix.diagram.model.description.ModelOperation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Edge Creation Tool</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.impl.EdgeCreationToolImpl#getMapping <em>Mapping</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.EdgeCreationToolImpl#getReferenceFeature <em>Reference Feature</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.EdgeCreationToolImpl#getElementClass <em>Element Class</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.EdgeCreationToolImpl#getContainmentFeature <em>Containment Feature</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.EdgeCreationToolImpl#getSourceFeature <em>Source Feature</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.EdgeCreationToolImpl#getTargetFeature <em>Target Feature</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.EdgeCreationToolImpl#getOperations <em>Operations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EdgeCreationToolImpl extends ToolImpl implements EdgeCreationTool {
	/**
	 * The cached value of the '{@link #getMapping() <em>Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMapping()
	 * @generated
	 * @ordered
	 */
	protected EdgeMapping mapping;

	/**
	 * The default value of the '{@link #getReferenceFeature() <em>Reference Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceFeature()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_FEATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReferenceFeature() <em>Reference Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceFeature()
	 * @generated
	 * @ordered
	 */
	protected String referenceFeature = REFERENCE_FEATURE_EDEFAULT;

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
	 * The default value of the '{@link #getSourceFeature() <em>Source Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFeature()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_FEATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceFeature() <em>Source Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFeature()
	 * @generated
	 * @ordered
	 */
	protected String sourceFeature = SOURCE_FEATURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetFeature() <em>Target Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetFeature()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_FEATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetFeature() <em>Target Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetFeature()
	 * @generated
	 * @ordered
	 */
	protected String targetFeature = TARGET_FEATURE_EDEFAULT;

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
	protected EdgeCreationToolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.EDGE_CREATION_TOOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EdgeMapping getMapping() {
		if (mapping != null && mapping.eIsProxy()) {
			InternalEObject oldMapping = (InternalEObject)mapping;
			mapping = (EdgeMapping)eResolveProxy(oldMapping);
			if (mapping != oldMapping) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DescriptionPackage.EDGE_CREATION_TOOL__MAPPING, oldMapping, mapping));
			}
		}
		return mapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EdgeMapping basicGetMapping() {
		return mapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMapping(EdgeMapping newMapping) {
		EdgeMapping oldMapping = mapping;
		mapping = newMapping;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_CREATION_TOOL__MAPPING, oldMapping, mapping));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReferenceFeature() {
		return referenceFeature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferenceFeature(String newReferenceFeature) {
		String oldReferenceFeature = referenceFeature;
		referenceFeature = newReferenceFeature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_CREATION_TOOL__REFERENCE_FEATURE, oldReferenceFeature, referenceFeature));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_CREATION_TOOL__ELEMENT_CLASS, oldElementClass, elementClass));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_CREATION_TOOL__CONTAINMENT_FEATURE, oldContainmentFeature, containmentFeature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceFeature() {
		return sourceFeature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceFeature(String newSourceFeature) {
		String oldSourceFeature = sourceFeature;
		sourceFeature = newSourceFeature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_CREATION_TOOL__SOURCE_FEATURE, oldSourceFeature, sourceFeature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetFeature() {
		return targetFeature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetFeature(String newTargetFeature) {
		String oldTargetFeature = targetFeature;
		targetFeature = newTargetFeature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_CREATION_TOOL__TARGET_FEATURE, oldTargetFeature, targetFeature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ModelOperation> getOperations() {
		if (operations == null) {
			operations = new EObjectContainmentEList<ModelOperation>(ModelOperation.class, this, DescriptionPackage.EDGE_CREATION_TOOL__OPERATIONS);
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
			case DescriptionPackage.EDGE_CREATION_TOOL__OPERATIONS:
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
			case DescriptionPackage.EDGE_CREATION_TOOL__MAPPING:
				if (resolve) return getMapping();
				return basicGetMapping();
			case DescriptionPackage.EDGE_CREATION_TOOL__REFERENCE_FEATURE:
				return getReferenceFeature();
			case DescriptionPackage.EDGE_CREATION_TOOL__ELEMENT_CLASS:
				return getElementClass();
			case DescriptionPackage.EDGE_CREATION_TOOL__CONTAINMENT_FEATURE:
				return getContainmentFeature();
			case DescriptionPackage.EDGE_CREATION_TOOL__SOURCE_FEATURE:
				return getSourceFeature();
			case DescriptionPackage.EDGE_CREATION_TOOL__TARGET_FEATURE:
				return getTargetFeature();
			case DescriptionPackage.EDGE_CREATION_TOOL__OPERATIONS:
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
			case DescriptionPackage.EDGE_CREATION_TOOL__MAPPING:
				setMapping((EdgeMapping)newValue);
				return;
			case DescriptionPackage.EDGE_CREATION_TOOL__REFERENCE_FEATURE:
				setReferenceFeature((String)newValue);
				return;
			case DescriptionPackage.EDGE_CREATION_TOOL__ELEMENT_CLASS:
				setElementClass((String)newValue);
				return;
			case DescriptionPackage.EDGE_CREATION_TOOL__CONTAINMENT_FEATURE:
				setContainmentFeature((String)newValue);
				return;
			case DescriptionPackage.EDGE_CREATION_TOOL__SOURCE_FEATURE:
				setSourceFeature((String)newValue);
				return;
			case DescriptionPackage.EDGE_CREATION_TOOL__TARGET_FEATURE:
				setTargetFeature((String)newValue);
				return;
			case DescriptionPackage.EDGE_CREATION_TOOL__OPERATIONS:
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
			case DescriptionPackage.EDGE_CREATION_TOOL__MAPPING:
				setMapping((EdgeMapping)null);
				return;
			case DescriptionPackage.EDGE_CREATION_TOOL__REFERENCE_FEATURE:
				setReferenceFeature(REFERENCE_FEATURE_EDEFAULT);
				return;
			case DescriptionPackage.EDGE_CREATION_TOOL__ELEMENT_CLASS:
				setElementClass(ELEMENT_CLASS_EDEFAULT);
				return;
			case DescriptionPackage.EDGE_CREATION_TOOL__CONTAINMENT_FEATURE:
				setContainmentFeature(CONTAINMENT_FEATURE_EDEFAULT);
				return;
			case DescriptionPackage.EDGE_CREATION_TOOL__SOURCE_FEATURE:
				setSourceFeature(SOURCE_FEATURE_EDEFAULT);
				return;
			case DescriptionPackage.EDGE_CREATION_TOOL__TARGET_FEATURE:
				setTargetFeature(TARGET_FEATURE_EDEFAULT);
				return;
			case DescriptionPackage.EDGE_CREATION_TOOL__OPERATIONS:
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
			case DescriptionPackage.EDGE_CREATION_TOOL__MAPPING:
				return mapping != null;
			case DescriptionPackage.EDGE_CREATION_TOOL__REFERENCE_FEATURE:
				return REFERENCE_FEATURE_EDEFAULT == null ? referenceFeature != null : !REFERENCE_FEATURE_EDEFAULT.equals(referenceFeature);
			case DescriptionPackage.EDGE_CREATION_TOOL__ELEMENT_CLASS:
				return ELEMENT_CLASS_EDEFAULT == null ? elementClass != null : !ELEMENT_CLASS_EDEFAULT.equals(elementClass);
			case DescriptionPackage.EDGE_CREATION_TOOL__CONTAINMENT_FEATURE:
				return CONTAINMENT_FEATURE_EDEFAULT == null ? containmentFeature != null : !CONTAINMENT_FEATURE_EDEFAULT.equals(containmentFeature);
			case DescriptionPackage.EDGE_CREATION_TOOL__SOURCE_FEATURE:
				return SOURCE_FEATURE_EDEFAULT == null ? sourceFeature != null : !SOURCE_FEATURE_EDEFAULT.equals(sourceFeature);
			case DescriptionPackage.EDGE_CREATION_TOOL__TARGET_FEATURE:
				return TARGET_FEATURE_EDEFAULT == null ? targetFeature != null : !TARGET_FEATURE_EDEFAULT.equals(targetFeature);
			case DescriptionPackage.EDGE_CREATION_TOOL__OPERATIONS:
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
		result.append(" (referenceFeature: ");
		result.append(referenceFeature);
		result.append(", elementClass: ");
		result.append(elementClass);
		result.append(", containmentFeature: ");
		result.append(containmentFeature);
		result.append(", sourceFeature: ");
		result.append(sourceFeature);
		result.append(", targetFeature: ");
		result.append(targetFeature);
		result.append(')');
		return result.toString();
	}

} //EdgeCreationToolImpl
