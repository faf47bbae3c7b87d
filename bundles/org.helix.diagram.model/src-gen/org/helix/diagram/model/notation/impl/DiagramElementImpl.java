/**
 * Helix
 */
package org.helix.diagram.model.notation.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.helix.diagram.model.description.Style;

import org.helix.diagram.model.notation.DiagramElement;
import org.helix.diagram.model.notation.NotationPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagram Element</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.notation.impl.DiagramElementImpl#getMappingId <em>Mapping Id</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.impl.DiagramElementImpl#getSemanticElement <em>Semantic Element</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.impl.DiagramElementImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.impl.DiagramElementImpl#isVisible <em>Visible</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.impl.DiagramElementImpl#getStyleKey <em>Style Key</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.impl.DiagramElementImpl#getAppliedStyle <em>Applied Style</em>}</li>
 *   <li>{@link org.helix.diagram.model.notation.impl.DiagramElementImpl#getStyleOverride <em>Style Override</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class DiagramElementImpl extends EObjectImpl implements DiagramElement {
	/**
	 * The default value of the '{@link #getMappingId() <em>Mapping Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappingId()
	 * @generated
	 * @ordered
	 */
	protected static final String MAPPING_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMappingId() <em>Mapping Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappingId()
	 * @generated
	 * @ordered
	 */
	protected String mappingId = MAPPING_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSemanticElement() <em>Semantic Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSemanticElement()
	 * @generated
	 * @ordered
	 */
	protected EObject semanticElement;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #isVisible() <em>Visible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVisible()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VISIBLE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isVisible() <em>Visible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVisible()
	 * @generated
	 * @ordered
	 */
	protected boolean visible = VISIBLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStyleKey() <em>Style Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyleKey()
	 * @generated
	 * @ordered
	 */
	protected static final String STYLE_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStyleKey() <em>Style Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyleKey()
	 * @generated
	 * @ordered
	 */
	protected String styleKey = STYLE_KEY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAppliedStyle() <em>Applied Style</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppliedStyle()
	 * @generated
	 * @ordered
	 */
	protected Style appliedStyle;

	/**
	 * The cached value of the '{@link #getStyleOverride() <em>Style Override</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyleOverride()
	 * @generated
	 * @ordered
	 */
	protected Style styleOverride;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagramElementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NotationPackage.Literals.DIAGRAM_ELEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMappingId() {
		return mappingId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMappingId(String newMappingId) {
		String oldMappingId = mappingId;
		mappingId = newMappingId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotationPackage.DIAGRAM_ELEMENT__MAPPING_ID, oldMappingId, mappingId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject getSemanticElement() {
		if (semanticElement != null && semanticElement.eIsProxy()) {
			InternalEObject oldSemanticElement = (InternalEObject)semanticElement;
			semanticElement = eResolveProxy(oldSemanticElement);
			if (semanticElement != oldSemanticElement) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NotationPackage.DIAGRAM_ELEMENT__SEMANTIC_ELEMENT, oldSemanticElement, semanticElement));
			}
		}
		return semanticElement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EObject basicGetSemanticElement() {
		return semanticElement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSemanticElement(EObject newSemanticElement) {
		EObject oldSemanticElement = semanticElement;
		semanticElement = newSemanticElement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotationPackage.DIAGRAM_ELEMENT__SEMANTIC_ELEMENT, oldSemanticElement, semanticElement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotationPackage.DIAGRAM_ELEMENT__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isVisible() {
		return visible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisible(boolean newVisible) {
		boolean oldVisible = visible;
		visible = newVisible;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotationPackage.DIAGRAM_ELEMENT__VISIBLE, oldVisible, visible));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStyleKey() {
		return styleKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStyleKey(String newStyleKey) {
		String oldStyleKey = styleKey;
		styleKey = newStyleKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotationPackage.DIAGRAM_ELEMENT__STYLE_KEY, oldStyleKey, styleKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Style getAppliedStyle() {
		if (appliedStyle != null && appliedStyle.eIsProxy()) {
			InternalEObject oldAppliedStyle = (InternalEObject)appliedStyle;
			appliedStyle = (Style)eResolveProxy(oldAppliedStyle);
			if (appliedStyle != oldAppliedStyle) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NotationPackage.DIAGRAM_ELEMENT__APPLIED_STYLE, oldAppliedStyle, appliedStyle));
			}
		}
		return appliedStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Style basicGetAppliedStyle() {
		return appliedStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAppliedStyle(Style newAppliedStyle) {
		Style oldAppliedStyle = appliedStyle;
		appliedStyle = newAppliedStyle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotationPackage.DIAGRAM_ELEMENT__APPLIED_STYLE, oldAppliedStyle, appliedStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Style getStyleOverride() {
		return styleOverride;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStyleOverride(Style newStyleOverride, NotificationChain msgs) {
		Style oldStyleOverride = styleOverride;
		styleOverride = newStyleOverride;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NotationPackage.DIAGRAM_ELEMENT__STYLE_OVERRIDE, oldStyleOverride, newStyleOverride);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStyleOverride(Style newStyleOverride) {
		if (newStyleOverride != styleOverride) {
			NotificationChain msgs = null;
			if (styleOverride != null)
				msgs = ((InternalEObject)styleOverride).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NotationPackage.DIAGRAM_ELEMENT__STYLE_OVERRIDE, null, msgs);
			if (newStyleOverride != null)
				msgs = ((InternalEObject)newStyleOverride).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NotationPackage.DIAGRAM_ELEMENT__STYLE_OVERRIDE, null, msgs);
			msgs = basicSetStyleOverride(newStyleOverride, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotationPackage.DIAGRAM_ELEMENT__STYLE_OVERRIDE, newStyleOverride, newStyleOverride));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NotationPackage.DIAGRAM_ELEMENT__STYLE_OVERRIDE:
				return basicSetStyleOverride(null, msgs);
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
			case NotationPackage.DIAGRAM_ELEMENT__MAPPING_ID:
				return getMappingId();
			case NotationPackage.DIAGRAM_ELEMENT__SEMANTIC_ELEMENT:
				if (resolve) return getSemanticElement();
				return basicGetSemanticElement();
			case NotationPackage.DIAGRAM_ELEMENT__LABEL:
				return getLabel();
			case NotationPackage.DIAGRAM_ELEMENT__VISIBLE:
				return isVisible();
			case NotationPackage.DIAGRAM_ELEMENT__STYLE_KEY:
				return getStyleKey();
			case NotationPackage.DIAGRAM_ELEMENT__APPLIED_STYLE:
				if (resolve) return getAppliedStyle();
				return basicGetAppliedStyle();
			case NotationPackage.DIAGRAM_ELEMENT__STYLE_OVERRIDE:
				return getStyleOverride();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NotationPackage.DIAGRAM_ELEMENT__MAPPING_ID:
				setMappingId((String)newValue);
				return;
			case NotationPackage.DIAGRAM_ELEMENT__SEMANTIC_ELEMENT:
				setSemanticElement((EObject)newValue);
				return;
			case NotationPackage.DIAGRAM_ELEMENT__LABEL:
				setLabel((String)newValue);
				return;
			case NotationPackage.DIAGRAM_ELEMENT__VISIBLE:
				setVisible((Boolean)newValue);
				return;
			case NotationPackage.DIAGRAM_ELEMENT__STYLE_KEY:
				setStyleKey((String)newValue);
				return;
			case NotationPackage.DIAGRAM_ELEMENT__APPLIED_STYLE:
				setAppliedStyle((Style)newValue);
				return;
			case NotationPackage.DIAGRAM_ELEMENT__STYLE_OVERRIDE:
				setStyleOverride((Style)newValue);
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
			case NotationPackage.DIAGRAM_ELEMENT__MAPPING_ID:
				setMappingId(MAPPING_ID_EDEFAULT);
				return;
			case NotationPackage.DIAGRAM_ELEMENT__SEMANTIC_ELEMENT:
				setSemanticElement((EObject)null);
				return;
			case NotationPackage.DIAGRAM_ELEMENT__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case NotationPackage.DIAGRAM_ELEMENT__VISIBLE:
				setVisible(VISIBLE_EDEFAULT);
				return;
			case NotationPackage.DIAGRAM_ELEMENT__STYLE_KEY:
				setStyleKey(STYLE_KEY_EDEFAULT);
				return;
			case NotationPackage.DIAGRAM_ELEMENT__APPLIED_STYLE:
				setAppliedStyle((Style)null);
				return;
			case NotationPackage.DIAGRAM_ELEMENT__STYLE_OVERRIDE:
				setStyleOverride((Style)null);
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
			case NotationPackage.DIAGRAM_ELEMENT__MAPPING_ID:
				return MAPPING_ID_EDEFAULT == null ? mappingId != null : !MAPPING_ID_EDEFAULT.equals(mappingId);
			case NotationPackage.DIAGRAM_ELEMENT__SEMANTIC_ELEMENT:
				return semanticElement != null;
			case NotationPackage.DIAGRAM_ELEMENT__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case NotationPackage.DIAGRAM_ELEMENT__VISIBLE:
				return visible != VISIBLE_EDEFAULT;
			case NotationPackage.DIAGRAM_ELEMENT__STYLE_KEY:
				return STYLE_KEY_EDEFAULT == null ? styleKey != null : !STYLE_KEY_EDEFAULT.equals(styleKey);
			case NotationPackage.DIAGRAM_ELEMENT__APPLIED_STYLE:
				return appliedStyle != null;
			case NotationPackage.DIAGRAM_ELEMENT__STYLE_OVERRIDE:
				return styleOverride != null;
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
		result.append(" (mappingId: ");
		result.append(mappingId);
		result.append(", label: ");
		result.append(label);
		result.append(", visible: ");
		result.append(visible);
		result.append(", styleKey: ");
		result.append(styleKey);
		result.append(')');
		return result.toString();
	}

} //DiagramElementImpl
