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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.diagram.model.description.DescriptionPackage;
import org.helix.diagram.model.description.EdgeMapping;
import org.helix.diagram.model.description.ModelOperation;
import org.helix.diagram.model.description.ReconnectEdgeTool;
import org.helix.diagram.model.description.ReconnectionKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reconnect Edge Tool</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.impl.ReconnectEdgeToolImpl#getMappings <em>Mappings</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.ReconnectEdgeToolImpl#getReconnectionKind <em>Reconnection Kind</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.ReconnectEdgeToolImpl#getOperations <em>Operations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReconnectEdgeToolImpl extends ToolImpl implements ReconnectEdgeTool {
	/**
	 * The cached value of the '{@link #getMappings() <em>Mappings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<EdgeMapping> mappings;

	/**
	 * The default value of the '{@link #getReconnectionKind() <em>Reconnection Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReconnectionKind()
	 * @generated
	 * @ordered
	 */
	protected static final ReconnectionKind RECONNECTION_KIND_EDEFAULT = ReconnectionKind.TARGET;

	/**
	 * The cached value of the '{@link #getReconnectionKind() <em>Reconnection Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReconnectionKind()
	 * @generated
	 * @ordered
	 */
	protected ReconnectionKind reconnectionKind = RECONNECTION_KIND_EDEFAULT;

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
	protected ReconnectEdgeToolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.RECONNECT_EDGE_TOOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EdgeMapping> getMappings() {
		if (mappings == null) {
			mappings = new EObjectResolvingEList<EdgeMapping>(EdgeMapping.class, this, DescriptionPackage.RECONNECT_EDGE_TOOL__MAPPINGS);
		}
		return mappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReconnectionKind getReconnectionKind() {
		return reconnectionKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReconnectionKind(ReconnectionKind newReconnectionKind) {
		ReconnectionKind oldReconnectionKind = reconnectionKind;
		reconnectionKind = newReconnectionKind == null ? RECONNECTION_KIND_EDEFAULT : newReconnectionKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.RECONNECT_EDGE_TOOL__RECONNECTION_KIND, oldReconnectionKind, reconnectionKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ModelOperation> getOperations() {
		if (operations == null) {
			operations = new EObjectContainmentEList<ModelOperation>(ModelOperation.class, this, DescriptionPackage.RECONNECT_EDGE_TOOL__OPERATIONS);
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
			case DescriptionPackage.RECONNECT_EDGE_TOOL__OPERATIONS:
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
			case DescriptionPackage.RECONNECT_EDGE_TOOL__MAPPINGS:
				return getMappings();
			case DescriptionPackage.RECONNECT_EDGE_TOOL__RECONNECTION_KIND:
				return getReconnectionKind();
			case DescriptionPackage.RECONNECT_EDGE_TOOL__OPERATIONS:
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
			case DescriptionPackage.RECONNECT_EDGE_TOOL__MAPPINGS:
				getMappings().clear();
				getMappings().addAll((Collection<? extends EdgeMapping>)newValue);
				return;
			case DescriptionPackage.RECONNECT_EDGE_TOOL__RECONNECTION_KIND:
				setReconnectionKind((ReconnectionKind)newValue);
				return;
			case DescriptionPackage.RECONNECT_EDGE_TOOL__OPERATIONS:
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
			case DescriptionPackage.RECONNECT_EDGE_TOOL__MAPPINGS:
				getMappings().clear();
				return;
			case DescriptionPackage.RECONNECT_EDGE_TOOL__RECONNECTION_KIND:
				setReconnectionKind(RECONNECTION_KIND_EDEFAULT);
				return;
			case DescriptionPackage.RECONNECT_EDGE_TOOL__OPERATIONS:
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
			case DescriptionPackage.RECONNECT_EDGE_TOOL__MAPPINGS:
				return mappings != null && !mappings.isEmpty();
			case DescriptionPackage.RECONNECT_EDGE_TOOL__RECONNECTION_KIND:
				return reconnectionKind != RECONNECTION_KIND_EDEFAULT;
			case DescriptionPackage.RECONNECT_EDGE_TOOL__OPERATIONS:
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
		result.append(" (reconnectionKind: ");
		result.append(reconnectionKind);
		result.append(')');
		return result.toString();
	}

} //ReconnectEdgeToolImpl
