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

import org.helix.model.ecosystem.Jurisdiction;
import org.helix.model.ecosystem.StageKind;

import org.helix.model.materials.DependencyType;
import org.helix.model.materials.MaterialsPackage;
import org.helix.model.materials.SupplyShare;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Supply Share</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.materials.impl.SupplyShareImpl#getShare <em>Share</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.SupplyShareImpl#getStage <em>Stage</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.SupplyShareImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.SupplyShareImpl#getMainSupplier <em>Main Supplier</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.SupplyShareImpl#getDependencyType <em>Dependency Type</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.SupplyShareImpl#getExportRestrictions <em>Export Restrictions</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.SupplyShareImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.SupplyShareImpl#getSupplier <em>Supplier</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.SupplyShareImpl#getImporter <em>Importer</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SupplyShareImpl extends HelixElementImpl implements SupplyShare {
	/**
	 * The default value of the '{@link #getShare() <em>Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShare()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal SHARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShare() <em>Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShare()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal share = SHARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStage() <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected static final StageKind STAGE_EDEFAULT = StageKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getStage() <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected StageKind stage = STAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected Integer year = YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getMainSupplier() <em>Main Supplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMainSupplier()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean MAIN_SUPPLIER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMainSupplier() <em>Main Supplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMainSupplier()
	 * @generated
	 * @ordered
	 */
	protected Boolean mainSupplier = MAIN_SUPPLIER_EDEFAULT;

	/**
	 * The default value of the '{@link #getDependencyType() <em>Dependency Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDependencyType()
	 * @generated
	 * @ordered
	 */
	protected static final DependencyType DEPENDENCY_TYPE_EDEFAULT = DependencyType.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getDependencyType() <em>Dependency Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDependencyType()
	 * @generated
	 * @ordered
	 */
	protected DependencyType dependencyType = DEPENDENCY_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExportRestrictions() <em>Export Restrictions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExportRestrictions()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean EXPORT_RESTRICTIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExportRestrictions() <em>Export Restrictions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExportRestrictions()
	 * @generated
	 * @ordered
	 */
	protected Boolean exportRestrictions = EXPORT_RESTRICTIONS_EDEFAULT;

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
	 * The cached value of the '{@link #getSupplier() <em>Supplier</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupplier()
	 * @generated
	 * @ordered
	 */
	protected Jurisdiction supplier;

	/**
	 * The cached value of the '{@link #getImporter() <em>Importer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImporter()
	 * @generated
	 * @ordered
	 */
	protected Jurisdiction importer;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SupplyShareImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MaterialsPackage.Literals.SUPPLY_SHARE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getShare() {
		return share;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShare(BigDecimal newShare) {
		BigDecimal oldShare = share;
		share = newShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.SUPPLY_SHARE__SHARE, oldShare, share));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StageKind getStage() {
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStage(StageKind newStage) {
		StageKind oldStage = stage;
		stage = newStage == null ? STAGE_EDEFAULT : newStage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.SUPPLY_SHARE__STAGE, oldStage, stage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(Integer newYear) {
		Integer oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.SUPPLY_SHARE__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getMainSupplier() {
		return mainSupplier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMainSupplier(Boolean newMainSupplier) {
		Boolean oldMainSupplier = mainSupplier;
		mainSupplier = newMainSupplier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.SUPPLY_SHARE__MAIN_SUPPLIER, oldMainSupplier, mainSupplier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DependencyType getDependencyType() {
		return dependencyType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDependencyType(DependencyType newDependencyType) {
		DependencyType oldDependencyType = dependencyType;
		dependencyType = newDependencyType == null ? DEPENDENCY_TYPE_EDEFAULT : newDependencyType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.SUPPLY_SHARE__DEPENDENCY_TYPE, oldDependencyType, dependencyType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getExportRestrictions() {
		return exportRestrictions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExportRestrictions(Boolean newExportRestrictions) {
		Boolean oldExportRestrictions = exportRestrictions;
		exportRestrictions = newExportRestrictions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.SUPPLY_SHARE__EXPORT_RESTRICTIONS, oldExportRestrictions, exportRestrictions));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.SUPPLY_SHARE__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Jurisdiction getSupplier() {
		if (supplier != null && supplier.eIsProxy()) {
			InternalEObject oldSupplier = (InternalEObject)supplier;
			supplier = (Jurisdiction)eResolveProxy(oldSupplier);
			if (supplier != oldSupplier) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MaterialsPackage.SUPPLY_SHARE__SUPPLIER, oldSupplier, supplier));
			}
		}
		return supplier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Jurisdiction basicGetSupplier() {
		return supplier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupplier(Jurisdiction newSupplier) {
		Jurisdiction oldSupplier = supplier;
		supplier = newSupplier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.SUPPLY_SHARE__SUPPLIER, oldSupplier, supplier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Jurisdiction getImporter() {
		if (importer != null && importer.eIsProxy()) {
			InternalEObject oldImporter = (InternalEObject)importer;
			importer = (Jurisdiction)eResolveProxy(oldImporter);
			if (importer != oldImporter) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MaterialsPackage.SUPPLY_SHARE__IMPORTER, oldImporter, importer));
			}
		}
		return importer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Jurisdiction basicGetImporter() {
		return importer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImporter(Jurisdiction newImporter) {
		Jurisdiction oldImporter = importer;
		importer = newImporter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.SUPPLY_SHARE__IMPORTER, oldImporter, importer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MaterialsPackage.SUPPLY_SHARE__SHARE:
				return getShare();
			case MaterialsPackage.SUPPLY_SHARE__STAGE:
				return getStage();
			case MaterialsPackage.SUPPLY_SHARE__YEAR:
				return getYear();
			case MaterialsPackage.SUPPLY_SHARE__MAIN_SUPPLIER:
				return getMainSupplier();
			case MaterialsPackage.SUPPLY_SHARE__DEPENDENCY_TYPE:
				return getDependencyType();
			case MaterialsPackage.SUPPLY_SHARE__EXPORT_RESTRICTIONS:
				return getExportRestrictions();
			case MaterialsPackage.SUPPLY_SHARE__TEXT:
				return getText();
			case MaterialsPackage.SUPPLY_SHARE__SUPPLIER:
				if (resolve) return getSupplier();
				return basicGetSupplier();
			case MaterialsPackage.SUPPLY_SHARE__IMPORTER:
				if (resolve) return getImporter();
				return basicGetImporter();
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
			case MaterialsPackage.SUPPLY_SHARE__SHARE:
				setShare((BigDecimal)newValue);
				return;
			case MaterialsPackage.SUPPLY_SHARE__STAGE:
				setStage((StageKind)newValue);
				return;
			case MaterialsPackage.SUPPLY_SHARE__YEAR:
				setYear((Integer)newValue);
				return;
			case MaterialsPackage.SUPPLY_SHARE__MAIN_SUPPLIER:
				setMainSupplier((Boolean)newValue);
				return;
			case MaterialsPackage.SUPPLY_SHARE__DEPENDENCY_TYPE:
				setDependencyType((DependencyType)newValue);
				return;
			case MaterialsPackage.SUPPLY_SHARE__EXPORT_RESTRICTIONS:
				setExportRestrictions((Boolean)newValue);
				return;
			case MaterialsPackage.SUPPLY_SHARE__TEXT:
				setText((String)newValue);
				return;
			case MaterialsPackage.SUPPLY_SHARE__SUPPLIER:
				setSupplier((Jurisdiction)newValue);
				return;
			case MaterialsPackage.SUPPLY_SHARE__IMPORTER:
				setImporter((Jurisdiction)newValue);
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
			case MaterialsPackage.SUPPLY_SHARE__SHARE:
				setShare(SHARE_EDEFAULT);
				return;
			case MaterialsPackage.SUPPLY_SHARE__STAGE:
				setStage(STAGE_EDEFAULT);
				return;
			case MaterialsPackage.SUPPLY_SHARE__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case MaterialsPackage.SUPPLY_SHARE__MAIN_SUPPLIER:
				setMainSupplier(MAIN_SUPPLIER_EDEFAULT);
				return;
			case MaterialsPackage.SUPPLY_SHARE__DEPENDENCY_TYPE:
				setDependencyType(DEPENDENCY_TYPE_EDEFAULT);
				return;
			case MaterialsPackage.SUPPLY_SHARE__EXPORT_RESTRICTIONS:
				setExportRestrictions(EXPORT_RESTRICTIONS_EDEFAULT);
				return;
			case MaterialsPackage.SUPPLY_SHARE__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case MaterialsPackage.SUPPLY_SHARE__SUPPLIER:
				setSupplier((Jurisdiction)null);
				return;
			case MaterialsPackage.SUPPLY_SHARE__IMPORTER:
				setImporter((Jurisdiction)null);
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
			case MaterialsPackage.SUPPLY_SHARE__SHARE:
				return SHARE_EDEFAULT == null ? share != null : !SHARE_EDEFAULT.equals(share);
			case MaterialsPackage.SUPPLY_SHARE__STAGE:
				return stage != STAGE_EDEFAULT;
			case MaterialsPackage.SUPPLY_SHARE__YEAR:
				return YEAR_EDEFAULT == null ? year != null : !YEAR_EDEFAULT.equals(year);
			case MaterialsPackage.SUPPLY_SHARE__MAIN_SUPPLIER:
				return MAIN_SUPPLIER_EDEFAULT == null ? mainSupplier != null : !MAIN_SUPPLIER_EDEFAULT.equals(mainSupplier);
			case MaterialsPackage.SUPPLY_SHARE__DEPENDENCY_TYPE:
				return dependencyType != DEPENDENCY_TYPE_EDEFAULT;
			case MaterialsPackage.SUPPLY_SHARE__EXPORT_RESTRICTIONS:
				return EXPORT_RESTRICTIONS_EDEFAULT == null ? exportRestrictions != null : !EXPORT_RESTRICTIONS_EDEFAULT.equals(exportRestrictions);
			case MaterialsPackage.SUPPLY_SHARE__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case MaterialsPackage.SUPPLY_SHARE__SUPPLIER:
				return supplier != null;
			case MaterialsPackage.SUPPLY_SHARE__IMPORTER:
				return importer != null;
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
		result.append(" (share: ");
		result.append(share);
		result.append(", stage: ");
		result.append(stage);
		result.append(", year: ");
		result.append(year);
		result.append(", mainSupplier: ");
		result.append(mainSupplier);
		result.append(", dependencyType: ");
		result.append(dependencyType);
		result.append(", exportRestrictions: ");
		result.append(exportRestrictions);
		result.append(", text: ");
		result.append(text);
		result.append(')');
		return result.toString();
	}

} //SupplyShareImpl
