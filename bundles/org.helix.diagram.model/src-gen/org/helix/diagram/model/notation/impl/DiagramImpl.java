/**
 * Helix
 */
package org.helix.diagram.model.notation.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.model.notation.Edge;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.model.notation.NotationPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagram</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.notation.impl.DiagramImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.impl.DiagramImpl#getViewpointId <em>Viewpoint Id</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.impl.DiagramImpl#getDescriptionId <em>Description Id</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.impl.DiagramImpl#getSemanticRoot <em>Semantic Root</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.impl.DiagramImpl#isSynchronized <em>Synchronized</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.impl.DiagramImpl#getActiveLayers <em>Active Layers</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.impl.DiagramImpl#getActiveFilters <em>Active Filters</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.impl.DiagramImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.impl.DiagramImpl#getEdges <em>Edges</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagramImpl extends EObjectImpl implements Diagram {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getViewpointId() <em>Viewpoint Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getViewpointId()
	 * @generated
	 * @ordered
	 */
	protected static final String VIEWPOINT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getViewpointId() <em>Viewpoint Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getViewpointId()
	 * @generated
	 * @ordered
	 */
	protected String viewpointId = VIEWPOINT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescriptionId() <em>Description Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionId()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescriptionId() <em>Description Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionId()
	 * @generated
	 * @ordered
	 */
	protected String descriptionId = DESCRIPTION_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSemanticRoot() <em>Semantic Root</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSemanticRoot()
	 * @generated
	 * @ordered
	 */
	protected EObject semanticRoot;

	/**
	 * The default value of the '{@link #isSynchronized() <em>Synchronized</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSynchronized()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SYNCHRONIZED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isSynchronized() <em>Synchronized</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSynchronized()
	 * @generated
	 * @ordered
	 */
	protected boolean synchronized_ = SYNCHRONIZED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getActiveLayers() <em>Active Layers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveLayers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> activeLayers;

	/**
	 * The cached value of the '{@link #getActiveFilters() <em>Active Filters</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveFilters()
	 * @generated
	 * @ordered
	 */
	protected EList<String> activeFilters;

	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<Node> nodes;

	/**
	 * The cached value of the '{@link #getEdges() <em>Edges</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdges()
	 * @generated
	 * @ordered
	 */
	protected EList<Edge> edges;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagramImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NotationPackage.Literals.DIAGRAM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotationPackage.DIAGRAM__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getViewpointId() {
		return viewpointId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setViewpointId(String newViewpointId) {
		String oldViewpointId = viewpointId;
		viewpointId = newViewpointId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotationPackage.DIAGRAM__VIEWPOINT_ID, oldViewpointId, viewpointId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescriptionId() {
		return descriptionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescriptionId(String newDescriptionId) {
		String oldDescriptionId = descriptionId;
		descriptionId = newDescriptionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotationPackage.DIAGRAM__DESCRIPTION_ID, oldDescriptionId, descriptionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject getSemanticRoot() {
		if (semanticRoot != null && semanticRoot.eIsProxy()) {
			InternalEObject oldSemanticRoot = (InternalEObject)semanticRoot;
			semanticRoot = eResolveProxy(oldSemanticRoot);
			if (semanticRoot != oldSemanticRoot) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NotationPackage.DIAGRAM__SEMANTIC_ROOT, oldSemanticRoot, semanticRoot));
			}
		}
		return semanticRoot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EObject basicGetSemanticRoot() {
		return semanticRoot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSemanticRoot(EObject newSemanticRoot) {
		EObject oldSemanticRoot = semanticRoot;
		semanticRoot = newSemanticRoot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotationPackage.DIAGRAM__SEMANTIC_ROOT, oldSemanticRoot, semanticRoot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSynchronized() {
		return synchronized_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSynchronized(boolean newSynchronized) {
		boolean oldSynchronized = synchronized_;
		synchronized_ = newSynchronized;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotationPackage.DIAGRAM__SYNCHRONIZED, oldSynchronized, synchronized_));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getActiveLayers() {
		if (activeLayers == null) {
			activeLayers = new EDataTypeUniqueEList<String>(String.class, this, NotationPackage.DIAGRAM__ACTIVE_LAYERS);
		}
		return activeLayers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getActiveFilters() {
		if (activeFilters == null) {
			activeFilters = new EDataTypeUniqueEList<String>(String.class, this, NotationPackage.DIAGRAM__ACTIVE_FILTERS);
		}
		return activeFilters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Node> getNodes() {
		if (nodes == null) {
			nodes = new EObjectContainmentEList<Node>(Node.class, this, NotationPackage.DIAGRAM__NODES);
		}
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Edge> getEdges() {
		if (edges == null) {
			edges = new EObjectContainmentEList<Edge>(Edge.class, this, NotationPackage.DIAGRAM__EDGES);
		}
		return edges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NotationPackage.DIAGRAM__NODES:
				return ((InternalEList<?>)getNodes()).basicRemove(otherEnd, msgs);
			case NotationPackage.DIAGRAM__EDGES:
				return ((InternalEList<?>)getEdges()).basicRemove(otherEnd, msgs);
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
			case NotationPackage.DIAGRAM__NAME:
				return getName();
			case NotationPackage.DIAGRAM__VIEWPOINT_ID:
				return getViewpointId();
			case NotationPackage.DIAGRAM__DESCRIPTION_ID:
				return getDescriptionId();
			case NotationPackage.DIAGRAM__SEMANTIC_ROOT:
				if (resolve) return getSemanticRoot();
				return basicGetSemanticRoot();
			case NotationPackage.DIAGRAM__SYNCHRONIZED:
				return isSynchronized();
			case NotationPackage.DIAGRAM__ACTIVE_LAYERS:
				return getActiveLayers();
			case NotationPackage.DIAGRAM__ACTIVE_FILTERS:
				return getActiveFilters();
			case NotationPackage.DIAGRAM__NODES:
				return getNodes();
			case NotationPackage.DIAGRAM__EDGES:
				return getEdges();
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
			case NotationPackage.DIAGRAM__NAME:
				setName((String)newValue);
				return;
			case NotationPackage.DIAGRAM__VIEWPOINT_ID:
				setViewpointId((String)newValue);
				return;
			case NotationPackage.DIAGRAM__DESCRIPTION_ID:
				setDescriptionId((String)newValue);
				return;
			case NotationPackage.DIAGRAM__SEMANTIC_ROOT:
				setSemanticRoot((EObject)newValue);
				return;
			case NotationPackage.DIAGRAM__SYNCHRONIZED:
				setSynchronized((Boolean)newValue);
				return;
			case NotationPackage.DIAGRAM__ACTIVE_LAYERS:
				getActiveLayers().clear();
				getActiveLayers().addAll((Collection<? extends String>)newValue);
				return;
			case NotationPackage.DIAGRAM__ACTIVE_FILTERS:
				getActiveFilters().clear();
				getActiveFilters().addAll((Collection<? extends String>)newValue);
				return;
			case NotationPackage.DIAGRAM__NODES:
				getNodes().clear();
				getNodes().addAll((Collection<? extends Node>)newValue);
				return;
			case NotationPackage.DIAGRAM__EDGES:
				getEdges().clear();
				getEdges().addAll((Collection<? extends Edge>)newValue);
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
			case NotationPackage.DIAGRAM__NAME:
				setName(NAME_EDEFAULT);
				return;
			case NotationPackage.DIAGRAM__VIEWPOINT_ID:
				setViewpointId(VIEWPOINT_ID_EDEFAULT);
				return;
			case NotationPackage.DIAGRAM__DESCRIPTION_ID:
				setDescriptionId(DESCRIPTION_ID_EDEFAULT);
				return;
			case NotationPackage.DIAGRAM__SEMANTIC_ROOT:
				setSemanticRoot((EObject)null);
				return;
			case NotationPackage.DIAGRAM__SYNCHRONIZED:
				setSynchronized(SYNCHRONIZED_EDEFAULT);
				return;
			case NotationPackage.DIAGRAM__ACTIVE_LAYERS:
				getActiveLayers().clear();
				return;
			case NotationPackage.DIAGRAM__ACTIVE_FILTERS:
				getActiveFilters().clear();
				return;
			case NotationPackage.DIAGRAM__NODES:
				getNodes().clear();
				return;
			case NotationPackage.DIAGRAM__EDGES:
				getEdges().clear();
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
			case NotationPackage.DIAGRAM__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case NotationPackage.DIAGRAM__VIEWPOINT_ID:
				return VIEWPOINT_ID_EDEFAULT == null ? viewpointId != null : !VIEWPOINT_ID_EDEFAULT.equals(viewpointId);
			case NotationPackage.DIAGRAM__DESCRIPTION_ID:
				return DESCRIPTION_ID_EDEFAULT == null ? descriptionId != null : !DESCRIPTION_ID_EDEFAULT.equals(descriptionId);
			case NotationPackage.DIAGRAM__SEMANTIC_ROOT:
				return semanticRoot != null;
			case NotationPackage.DIAGRAM__SYNCHRONIZED:
				return synchronized_ != SYNCHRONIZED_EDEFAULT;
			case NotationPackage.DIAGRAM__ACTIVE_LAYERS:
				return activeLayers != null && !activeLayers.isEmpty();
			case NotationPackage.DIAGRAM__ACTIVE_FILTERS:
				return activeFilters != null && !activeFilters.isEmpty();
			case NotationPackage.DIAGRAM__NODES:
				return nodes != null && !nodes.isEmpty();
			case NotationPackage.DIAGRAM__EDGES:
				return edges != null && !edges.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", viewpointId: ");
		result.append(viewpointId);
		result.append(", descriptionId: ");
		result.append(descriptionId);
		result.append(", synchronized: ");
		result.append(synchronized_);
		result.append(", activeLayers: ");
		result.append(activeLayers);
		result.append(", activeFilters: ");
		result.append(activeFilters);
		result.append(')');
		return result.toString();
	}

} //DiagramImpl
