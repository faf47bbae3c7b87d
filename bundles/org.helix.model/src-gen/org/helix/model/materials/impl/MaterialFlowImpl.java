/**
 * Helix
 */
package org.helix.model.materials.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.helix.model.core.impl.HelixElementImpl;

import org.helix.model.ecosystem.Organisation;

import org.helix.model.materials.MaterialFlow;
import org.helix.model.materials.MaterialsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Material Flow</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.materials.impl.MaterialFlowImpl#getShareOfRecipientInput <em>Share Of Recipient Input</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.MaterialFlowImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.MaterialFlowImpl#getFrom <em>From</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.MaterialFlowImpl#getTo <em>To</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MaterialFlowImpl extends HelixElementImpl implements MaterialFlow {
	/**
	 * The default value of the '{@link #getShareOfRecipientInput() <em>Share Of Recipient Input</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShareOfRecipientInput()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal SHARE_OF_RECIPIENT_INPUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShareOfRecipientInput() <em>Share Of Recipient Input</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShareOfRecipientInput()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal shareOfRecipientInput = SHARE_OF_RECIPIENT_INPUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFrom() <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrom()
	 * @generated
	 * @ordered
	 */
	protected Organisation from;

	/**
	 * The cached value of the '{@link #getTo() <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected Organisation to;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MaterialFlowImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MaterialsPackage.Literals.MATERIAL_FLOW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getShareOfRecipientInput() {
		return shareOfRecipientInput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShareOfRecipientInput(BigDecimal newShareOfRecipientInput) {
		BigDecimal oldShareOfRecipientInput = shareOfRecipientInput;
		shareOfRecipientInput = newShareOfRecipientInput;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.MATERIAL_FLOW__SHARE_OF_RECIPIENT_INPUT, oldShareOfRecipientInput, shareOfRecipientInput));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.MATERIAL_FLOW__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getFrom() {
		if (from != null && from.eIsProxy()) {
			InternalEObject oldFrom = (InternalEObject)from;
			from = (Organisation)eResolveProxy(oldFrom);
			if (from != oldFrom) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MaterialsPackage.MATERIAL_FLOW__FROM, oldFrom, from));
			}
		}
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetFrom() {
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrom(Organisation newFrom) {
		Organisation oldFrom = from;
		from = newFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.MATERIAL_FLOW__FROM, oldFrom, from));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getTo() {
		if (to != null && to.eIsProxy()) {
			InternalEObject oldTo = (InternalEObject)to;
			to = (Organisation)eResolveProxy(oldTo);
			if (to != oldTo) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MaterialsPackage.MATERIAL_FLOW__TO, oldTo, to));
			}
		}
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetTo() {
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTo(Organisation newTo) {
		Organisation oldTo = to;
		to = newTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.MATERIAL_FLOW__TO, oldTo, to));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MaterialsPackage.MATERIAL_FLOW__SHARE_OF_RECIPIENT_INPUT:
				return getShareOfRecipientInput();
			case MaterialsPackage.MATERIAL_FLOW__TEXT:
				return getText();
			case MaterialsPackage.MATERIAL_FLOW__FROM:
				if (resolve) return getFrom();
				return basicGetFrom();
			case MaterialsPackage.MATERIAL_FLOW__TO:
				if (resolve) return getTo();
				return basicGetTo();
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
			case MaterialsPackage.MATERIAL_FLOW__SHARE_OF_RECIPIENT_INPUT:
				setShareOfRecipientInput((BigDecimal)newValue);
				return;
			case MaterialsPackage.MATERIAL_FLOW__TEXT:
				setText((String)newValue);
				return;
			case MaterialsPackage.MATERIAL_FLOW__FROM:
				setFrom((Organisation)newValue);
				return;
			case MaterialsPackage.MATERIAL_FLOW__TO:
				setTo((Organisation)newValue);
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
			case MaterialsPackage.MATERIAL_FLOW__SHARE_OF_RECIPIENT_INPUT:
				setShareOfRecipientInput(SHARE_OF_RECIPIENT_INPUT_EDEFAULT);
				return;
			case MaterialsPackage.MATERIAL_FLOW__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case MaterialsPackage.MATERIAL_FLOW__FROM:
				setFrom((Organisation)null);
				return;
			case MaterialsPackage.MATERIAL_FLOW__TO:
				setTo((Organisation)null);
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
			case MaterialsPackage.MATERIAL_FLOW__SHARE_OF_RECIPIENT_INPUT:
				return SHARE_OF_RECIPIENT_INPUT_EDEFAULT == null ? shareOfRecipientInput != null : !SHARE_OF_RECIPIENT_INPUT_EDEFAULT.equals(shareOfRecipientInput);
			case MaterialsPackage.MATERIAL_FLOW__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case MaterialsPackage.MATERIAL_FLOW__FROM:
				return from != null;
			case MaterialsPackage.MATERIAL_FLOW__TO:
				return to != null;
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
		result.append(" (shareOfRecipientInput: ");
		result.append(shareOfRecipientInput);
		result.append(", text: ");
		result.append(text);
		result.append(')');
		return result.toString();
	}

} //MaterialFlowImpl
