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

import org.helix.diagram.model.description.Decoration;
import org.helix.diagram.model.description.DescriptionPackage;
import org.helix.diagram.model.description.NodeMapping;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.impl.NodeMappingImpl#getDecorations <em>Decorations</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.NodeMappingImpl#getDoubleClickDescription <em>Double Click Description</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.NodeMappingImpl#isDoubleClickEditor <em>Double Click Editor</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.NodeMappingImpl#getBorderedNodeMappings <em>Bordered Node Mappings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeMappingImpl extends DiagramElementMappingImpl implements NodeMapping {
	/**
	 * The cached value of the '{@link #getDecorations() <em>Decorations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecorations()
	 * @generated
	 * @ordered
	 */
	protected EList<Decoration> decorations;

	/**
	 * The default value of the '{@link #getDoubleClickDescription() <em>Double Click Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoubleClickDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DOUBLE_CLICK_DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDoubleClickDescription() <em>Double Click Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoubleClickDescription()
	 * @generated
	 * @ordered
	 */
	protected String doubleClickDescription = DOUBLE_CLICK_DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #isDoubleClickEditor() <em>Double Click Editor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDoubleClickEditor()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DOUBLE_CLICK_EDITOR_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDoubleClickEditor() <em>Double Click Editor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDoubleClickEditor()
	 * @generated
	 * @ordered
	 */
	protected boolean doubleClickEditor = DOUBLE_CLICK_EDITOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBorderedNodeMappings() <em>Bordered Node Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderedNodeMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeMapping> borderedNodeMappings;

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

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Decoration> getDecorations() {
		if (decorations == null) {
			decorations = new EObjectContainmentEList<Decoration>(Decoration.class, this, DescriptionPackage.NODE_MAPPING__DECORATIONS);
		}
		return decorations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDoubleClickDescription() {
		return doubleClickDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoubleClickDescription(String newDoubleClickDescription) {
		String oldDoubleClickDescription = doubleClickDescription;
		doubleClickDescription = newDoubleClickDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_MAPPING__DOUBLE_CLICK_DESCRIPTION, oldDoubleClickDescription, doubleClickDescription));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDoubleClickEditor() {
		return doubleClickEditor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoubleClickEditor(boolean newDoubleClickEditor) {
		boolean oldDoubleClickEditor = doubleClickEditor;
		doubleClickEditor = newDoubleClickEditor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_MAPPING__DOUBLE_CLICK_EDITOR, oldDoubleClickEditor, doubleClickEditor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeMapping> getBorderedNodeMappings() {
		if (borderedNodeMappings == null) {
			borderedNodeMappings = new EObjectContainmentEList<NodeMapping>(NodeMapping.class, this, DescriptionPackage.NODE_MAPPING__BORDERED_NODE_MAPPINGS);
		}
		return borderedNodeMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.NODE_MAPPING__DECORATIONS:
				return ((InternalEList<?>)getDecorations()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.NODE_MAPPING__BORDERED_NODE_MAPPINGS:
				return ((InternalEList<?>)getBorderedNodeMappings()).basicRemove(otherEnd, msgs);
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
			case DescriptionPackage.NODE_MAPPING__DECORATIONS:
				return getDecorations();
			case DescriptionPackage.NODE_MAPPING__DOUBLE_CLICK_DESCRIPTION:
				return getDoubleClickDescription();
			case DescriptionPackage.NODE_MAPPING__DOUBLE_CLICK_EDITOR:
				return isDoubleClickEditor();
			case DescriptionPackage.NODE_MAPPING__BORDERED_NODE_MAPPINGS:
				return getBorderedNodeMappings();
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
			case DescriptionPackage.NODE_MAPPING__DECORATIONS:
				getDecorations().clear();
				getDecorations().addAll((Collection<? extends Decoration>)newValue);
				return;
			case DescriptionPackage.NODE_MAPPING__DOUBLE_CLICK_DESCRIPTION:
				setDoubleClickDescription((String)newValue);
				return;
			case DescriptionPackage.NODE_MAPPING__DOUBLE_CLICK_EDITOR:
				setDoubleClickEditor((Boolean)newValue);
				return;
			case DescriptionPackage.NODE_MAPPING__BORDERED_NODE_MAPPINGS:
				getBorderedNodeMappings().clear();
				getBorderedNodeMappings().addAll((Collection<? extends NodeMapping>)newValue);
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
			case DescriptionPackage.NODE_MAPPING__DECORATIONS:
				getDecorations().clear();
				return;
			case DescriptionPackage.NODE_MAPPING__DOUBLE_CLICK_DESCRIPTION:
				setDoubleClickDescription(DOUBLE_CLICK_DESCRIPTION_EDEFAULT);
				return;
			case DescriptionPackage.NODE_MAPPING__DOUBLE_CLICK_EDITOR:
				setDoubleClickEditor(DOUBLE_CLICK_EDITOR_EDEFAULT);
				return;
			case DescriptionPackage.NODE_MAPPING__BORDERED_NODE_MAPPINGS:
				getBorderedNodeMappings().clear();
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
			case DescriptionPackage.NODE_MAPPING__DECORATIONS:
				return decorations != null && !decorations.isEmpty();
			case DescriptionPackage.NODE_MAPPING__DOUBLE_CLICK_DESCRIPTION:
				return DOUBLE_CLICK_DESCRIPTION_EDEFAULT == null ? doubleClickDescription != null : !DOUBLE_CLICK_DESCRIPTION_EDEFAULT.equals(doubleClickDescription);
			case DescriptionPackage.NODE_MAPPING__DOUBLE_CLICK_EDITOR:
				return doubleClickEditor != DOUBLE_CLICK_EDITOR_EDEFAULT;
			case DescriptionPackage.NODE_MAPPING__BORDERED_NODE_MAPPINGS:
				return borderedNodeMappings != null && !borderedNodeMappings.isEmpty();
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
		result.append(" (doubleClickDescription: ");
		result.append(doubleClickDescription);
		result.append(", doubleClickEditor: ");
		result.append(doubleClickEditor);
		result.append(')');
		return result.toString();
	}

} //NodeMappingImpl
