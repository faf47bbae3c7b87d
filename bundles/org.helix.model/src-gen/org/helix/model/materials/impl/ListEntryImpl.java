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

import org.helix.model.materials.EntryClassification;
import org.helix.model.materials.ListEntry;
import org.helix.model.materials.MaterialsPackage;
import org.helix.model.materials.RawMaterial;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>List Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.materials.impl.ListEntryImpl#getClassification <em>Classification</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.ListEntryImpl#getSupplyRisk <em>Supply Risk</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.ListEntryImpl#getEconomicImportance <em>Economic Importance</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.ListEntryImpl#getBorderline <em>Borderline</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.ListEntryImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.ListEntryImpl#getMaterial <em>Material</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ListEntryImpl extends HelixElementImpl implements ListEntry {
	/**
	 * The default value of the '{@link #getClassification() <em>Classification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassification()
	 * @generated
	 * @ordered
	 */
	protected static final EntryClassification CLASSIFICATION_EDEFAULT = EntryClassification.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getClassification() <em>Classification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassification()
	 * @generated
	 * @ordered
	 */
	protected EntryClassification classification = CLASSIFICATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSupplyRisk() <em>Supply Risk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupplyRisk()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal SUPPLY_RISK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupplyRisk() <em>Supply Risk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupplyRisk()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal supplyRisk = SUPPLY_RISK_EDEFAULT;

	/**
	 * The default value of the '{@link #getEconomicImportance() <em>Economic Importance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEconomicImportance()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal ECONOMIC_IMPORTANCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEconomicImportance() <em>Economic Importance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEconomicImportance()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal economicImportance = ECONOMIC_IMPORTANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBorderline() <em>Borderline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderline()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean BORDERLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBorderline() <em>Borderline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderline()
	 * @generated
	 * @ordered
	 */
	protected Boolean borderline = BORDERLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected String rationale = RATIONALE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMaterial() <em>Material</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaterial()
	 * @generated
	 * @ordered
	 */
	protected RawMaterial material;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ListEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MaterialsPackage.Literals.LIST_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EntryClassification getClassification() {
		return classification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassification(EntryClassification newClassification) {
		EntryClassification oldClassification = classification;
		classification = newClassification == null ? CLASSIFICATION_EDEFAULT : newClassification;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.LIST_ENTRY__CLASSIFICATION, oldClassification, classification));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getSupplyRisk() {
		return supplyRisk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupplyRisk(BigDecimal newSupplyRisk) {
		BigDecimal oldSupplyRisk = supplyRisk;
		supplyRisk = newSupplyRisk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.LIST_ENTRY__SUPPLY_RISK, oldSupplyRisk, supplyRisk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getEconomicImportance() {
		return economicImportance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEconomicImportance(BigDecimal newEconomicImportance) {
		BigDecimal oldEconomicImportance = economicImportance;
		economicImportance = newEconomicImportance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.LIST_ENTRY__ECONOMIC_IMPORTANCE, oldEconomicImportance, economicImportance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getBorderline() {
		return borderline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBorderline(Boolean newBorderline) {
		Boolean oldBorderline = borderline;
		borderline = newBorderline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.LIST_ENTRY__BORDERLINE, oldBorderline, borderline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRationale() {
		return rationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationale(String newRationale) {
		String oldRationale = rationale;
		rationale = newRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.LIST_ENTRY__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RawMaterial getMaterial() {
		if (material != null && material.eIsProxy()) {
			InternalEObject oldMaterial = (InternalEObject)material;
			material = (RawMaterial)eResolveProxy(oldMaterial);
			if (material != oldMaterial) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MaterialsPackage.LIST_ENTRY__MATERIAL, oldMaterial, material));
			}
		}
		return material;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RawMaterial basicGetMaterial() {
		return material;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaterial(RawMaterial newMaterial) {
		RawMaterial oldMaterial = material;
		material = newMaterial;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.LIST_ENTRY__MATERIAL, oldMaterial, material));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MaterialsPackage.LIST_ENTRY__CLASSIFICATION:
				return getClassification();
			case MaterialsPackage.LIST_ENTRY__SUPPLY_RISK:
				return getSupplyRisk();
			case MaterialsPackage.LIST_ENTRY__ECONOMIC_IMPORTANCE:
				return getEconomicImportance();
			case MaterialsPackage.LIST_ENTRY__BORDERLINE:
				return getBorderline();
			case MaterialsPackage.LIST_ENTRY__RATIONALE:
				return getRationale();
			case MaterialsPackage.LIST_ENTRY__MATERIAL:
				if (resolve) return getMaterial();
				return basicGetMaterial();
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
			case MaterialsPackage.LIST_ENTRY__CLASSIFICATION:
				setClassification((EntryClassification)newValue);
				return;
			case MaterialsPackage.LIST_ENTRY__SUPPLY_RISK:
				setSupplyRisk((BigDecimal)newValue);
				return;
			case MaterialsPackage.LIST_ENTRY__ECONOMIC_IMPORTANCE:
				setEconomicImportance((BigDecimal)newValue);
				return;
			case MaterialsPackage.LIST_ENTRY__BORDERLINE:
				setBorderline((Boolean)newValue);
				return;
			case MaterialsPackage.LIST_ENTRY__RATIONALE:
				setRationale((String)newValue);
				return;
			case MaterialsPackage.LIST_ENTRY__MATERIAL:
				setMaterial((RawMaterial)newValue);
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
			case MaterialsPackage.LIST_ENTRY__CLASSIFICATION:
				setClassification(CLASSIFICATION_EDEFAULT);
				return;
			case MaterialsPackage.LIST_ENTRY__SUPPLY_RISK:
				setSupplyRisk(SUPPLY_RISK_EDEFAULT);
				return;
			case MaterialsPackage.LIST_ENTRY__ECONOMIC_IMPORTANCE:
				setEconomicImportance(ECONOMIC_IMPORTANCE_EDEFAULT);
				return;
			case MaterialsPackage.LIST_ENTRY__BORDERLINE:
				setBorderline(BORDERLINE_EDEFAULT);
				return;
			case MaterialsPackage.LIST_ENTRY__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case MaterialsPackage.LIST_ENTRY__MATERIAL:
				setMaterial((RawMaterial)null);
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
			case MaterialsPackage.LIST_ENTRY__CLASSIFICATION:
				return classification != CLASSIFICATION_EDEFAULT;
			case MaterialsPackage.LIST_ENTRY__SUPPLY_RISK:
				return SUPPLY_RISK_EDEFAULT == null ? supplyRisk != null : !SUPPLY_RISK_EDEFAULT.equals(supplyRisk);
			case MaterialsPackage.LIST_ENTRY__ECONOMIC_IMPORTANCE:
				return ECONOMIC_IMPORTANCE_EDEFAULT == null ? economicImportance != null : !ECONOMIC_IMPORTANCE_EDEFAULT.equals(economicImportance);
			case MaterialsPackage.LIST_ENTRY__BORDERLINE:
				return BORDERLINE_EDEFAULT == null ? borderline != null : !BORDERLINE_EDEFAULT.equals(borderline);
			case MaterialsPackage.LIST_ENTRY__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case MaterialsPackage.LIST_ENTRY__MATERIAL:
				return material != null;
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
		result.append(" (classification: ");
		result.append(classification);
		result.append(", supplyRisk: ");
		result.append(supplyRisk);
		result.append(", economicImportance: ");
		result.append(economicImportance);
		result.append(", borderline: ");
		result.append(borderline);
		result.append(", rationale: ");
		result.append(rationale);
		result.append(')');
		return result.toString();
	}

} //ListEntryImpl
