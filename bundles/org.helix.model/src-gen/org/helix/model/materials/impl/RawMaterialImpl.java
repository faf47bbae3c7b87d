/**
 * Helix
 */
package org.helix.model.materials.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.ecosystem.Sector;
import org.helix.model.ecosystem.Technology;

import org.helix.model.materials.MaterialActivity;
import org.helix.model.materials.MaterialFlow;
import org.helix.model.materials.MaterialForm;
import org.helix.model.materials.MaterialGroup;
import org.helix.model.materials.MaterialsPackage;
import org.helix.model.materials.RawMaterial;
import org.helix.model.materials.SupplyShare;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Raw Material</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.materials.impl.RawMaterialImpl#getSymbol <em>Symbol</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.RawMaterialImpl#getForm <em>Form</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.RawMaterialImpl#getAssociatedMetal <em>Associated Metal</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.RawMaterialImpl#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.RawMaterialImpl#getHostMaterials <em>Host Materials</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.RawMaterialImpl#getUsedIn <em>Used In</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.RawMaterialImpl#getSectors <em>Sectors</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.RawMaterialImpl#getSupplyShares <em>Supply Shares</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.RawMaterialImpl#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.RawMaterialImpl#getFlows <em>Flows</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RawMaterialImpl extends NamedElementImpl implements RawMaterial {
	/**
	 * The default value of the '{@link #getSymbol() <em>Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSymbol()
	 * @generated
	 * @ordered
	 */
	protected static final String SYMBOL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSymbol() <em>Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSymbol()
	 * @generated
	 * @ordered
	 */
	protected String symbol = SYMBOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getForm() <em>Form</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForm()
	 * @generated
	 * @ordered
	 */
	protected static final MaterialForm FORM_EDEFAULT = MaterialForm.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getForm() <em>Form</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForm()
	 * @generated
	 * @ordered
	 */
	protected MaterialForm form = FORM_EDEFAULT;

	/**
	 * The default value of the '{@link #getAssociatedMetal() <em>Associated Metal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssociatedMetal()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean ASSOCIATED_METAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssociatedMetal() <em>Associated Metal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssociatedMetal()
	 * @generated
	 * @ordered
	 */
	protected Boolean associatedMetal = ASSOCIATED_METAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<MaterialGroup> groups;

	/**
	 * The cached value of the '{@link #getHostMaterials() <em>Host Materials</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostMaterials()
	 * @generated
	 * @ordered
	 */
	protected EList<RawMaterial> hostMaterials;

	/**
	 * The cached value of the '{@link #getUsedIn() <em>Used In</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsedIn()
	 * @generated
	 * @ordered
	 */
	protected EList<Technology> usedIn;

	/**
	 * The cached value of the '{@link #getSectors() <em>Sectors</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSectors()
	 * @generated
	 * @ordered
	 */
	protected EList<Sector> sectors;

	/**
	 * The cached value of the '{@link #getSupplyShares() <em>Supply Shares</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupplyShares()
	 * @generated
	 * @ordered
	 */
	protected EList<SupplyShare> supplyShares;

	/**
	 * The cached value of the '{@link #getActivities() <em>Activities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivities()
	 * @generated
	 * @ordered
	 */
	protected EList<MaterialActivity> activities;

	/**
	 * The cached value of the '{@link #getFlows() <em>Flows</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlows()
	 * @generated
	 * @ordered
	 */
	protected EList<MaterialFlow> flows;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RawMaterialImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MaterialsPackage.Literals.RAW_MATERIAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSymbol() {
		return symbol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSymbol(String newSymbol) {
		String oldSymbol = symbol;
		symbol = newSymbol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.RAW_MATERIAL__SYMBOL, oldSymbol, symbol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MaterialForm getForm() {
		return form;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForm(MaterialForm newForm) {
		MaterialForm oldForm = form;
		form = newForm == null ? FORM_EDEFAULT : newForm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.RAW_MATERIAL__FORM, oldForm, form));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getAssociatedMetal() {
		return associatedMetal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssociatedMetal(Boolean newAssociatedMetal) {
		Boolean oldAssociatedMetal = associatedMetal;
		associatedMetal = newAssociatedMetal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.RAW_MATERIAL__ASSOCIATED_METAL, oldAssociatedMetal, associatedMetal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MaterialGroup> getGroups() {
		if (groups == null) {
			groups = new EObjectWithInverseResolvingEList.ManyInverse<MaterialGroup>(MaterialGroup.class, this, MaterialsPackage.RAW_MATERIAL__GROUPS, MaterialsPackage.MATERIAL_GROUP__MEMBERS);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RawMaterial> getHostMaterials() {
		if (hostMaterials == null) {
			hostMaterials = new EObjectResolvingEList<RawMaterial>(RawMaterial.class, this, MaterialsPackage.RAW_MATERIAL__HOST_MATERIALS);
		}
		return hostMaterials;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Technology> getUsedIn() {
		if (usedIn == null) {
			usedIn = new EObjectResolvingEList<Technology>(Technology.class, this, MaterialsPackage.RAW_MATERIAL__USED_IN);
		}
		return usedIn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Sector> getSectors() {
		if (sectors == null) {
			sectors = new EObjectResolvingEList<Sector>(Sector.class, this, MaterialsPackage.RAW_MATERIAL__SECTORS);
		}
		return sectors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SupplyShare> getSupplyShares() {
		if (supplyShares == null) {
			supplyShares = new EObjectContainmentEList<SupplyShare>(SupplyShare.class, this, MaterialsPackage.RAW_MATERIAL__SUPPLY_SHARES);
		}
		return supplyShares;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MaterialActivity> getActivities() {
		if (activities == null) {
			activities = new EObjectContainmentEList<MaterialActivity>(MaterialActivity.class, this, MaterialsPackage.RAW_MATERIAL__ACTIVITIES);
		}
		return activities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MaterialFlow> getFlows() {
		if (flows == null) {
			flows = new EObjectContainmentEList<MaterialFlow>(MaterialFlow.class, this, MaterialsPackage.RAW_MATERIAL__FLOWS);
		}
		return flows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MaterialsPackage.RAW_MATERIAL__GROUPS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getGroups()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MaterialsPackage.RAW_MATERIAL__GROUPS:
				return ((InternalEList<?>)getGroups()).basicRemove(otherEnd, msgs);
			case MaterialsPackage.RAW_MATERIAL__SUPPLY_SHARES:
				return ((InternalEList<?>)getSupplyShares()).basicRemove(otherEnd, msgs);
			case MaterialsPackage.RAW_MATERIAL__ACTIVITIES:
				return ((InternalEList<?>)getActivities()).basicRemove(otherEnd, msgs);
			case MaterialsPackage.RAW_MATERIAL__FLOWS:
				return ((InternalEList<?>)getFlows()).basicRemove(otherEnd, msgs);
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
			case MaterialsPackage.RAW_MATERIAL__SYMBOL:
				return getSymbol();
			case MaterialsPackage.RAW_MATERIAL__FORM:
				return getForm();
			case MaterialsPackage.RAW_MATERIAL__ASSOCIATED_METAL:
				return getAssociatedMetal();
			case MaterialsPackage.RAW_MATERIAL__GROUPS:
				return getGroups();
			case MaterialsPackage.RAW_MATERIAL__HOST_MATERIALS:
				return getHostMaterials();
			case MaterialsPackage.RAW_MATERIAL__USED_IN:
				return getUsedIn();
			case MaterialsPackage.RAW_MATERIAL__SECTORS:
				return getSectors();
			case MaterialsPackage.RAW_MATERIAL__SUPPLY_SHARES:
				return getSupplyShares();
			case MaterialsPackage.RAW_MATERIAL__ACTIVITIES:
				return getActivities();
			case MaterialsPackage.RAW_MATERIAL__FLOWS:
				return getFlows();
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
			case MaterialsPackage.RAW_MATERIAL__SYMBOL:
				setSymbol((String)newValue);
				return;
			case MaterialsPackage.RAW_MATERIAL__FORM:
				setForm((MaterialForm)newValue);
				return;
			case MaterialsPackage.RAW_MATERIAL__ASSOCIATED_METAL:
				setAssociatedMetal((Boolean)newValue);
				return;
			case MaterialsPackage.RAW_MATERIAL__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends MaterialGroup>)newValue);
				return;
			case MaterialsPackage.RAW_MATERIAL__HOST_MATERIALS:
				getHostMaterials().clear();
				getHostMaterials().addAll((Collection<? extends RawMaterial>)newValue);
				return;
			case MaterialsPackage.RAW_MATERIAL__USED_IN:
				getUsedIn().clear();
				getUsedIn().addAll((Collection<? extends Technology>)newValue);
				return;
			case MaterialsPackage.RAW_MATERIAL__SECTORS:
				getSectors().clear();
				getSectors().addAll((Collection<? extends Sector>)newValue);
				return;
			case MaterialsPackage.RAW_MATERIAL__SUPPLY_SHARES:
				getSupplyShares().clear();
				getSupplyShares().addAll((Collection<? extends SupplyShare>)newValue);
				return;
			case MaterialsPackage.RAW_MATERIAL__ACTIVITIES:
				getActivities().clear();
				getActivities().addAll((Collection<? extends MaterialActivity>)newValue);
				return;
			case MaterialsPackage.RAW_MATERIAL__FLOWS:
				getFlows().clear();
				getFlows().addAll((Collection<? extends MaterialFlow>)newValue);
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
			case MaterialsPackage.RAW_MATERIAL__SYMBOL:
				setSymbol(SYMBOL_EDEFAULT);
				return;
			case MaterialsPackage.RAW_MATERIAL__FORM:
				setForm(FORM_EDEFAULT);
				return;
			case MaterialsPackage.RAW_MATERIAL__ASSOCIATED_METAL:
				setAssociatedMetal(ASSOCIATED_METAL_EDEFAULT);
				return;
			case MaterialsPackage.RAW_MATERIAL__GROUPS:
				getGroups().clear();
				return;
			case MaterialsPackage.RAW_MATERIAL__HOST_MATERIALS:
				getHostMaterials().clear();
				return;
			case MaterialsPackage.RAW_MATERIAL__USED_IN:
				getUsedIn().clear();
				return;
			case MaterialsPackage.RAW_MATERIAL__SECTORS:
				getSectors().clear();
				return;
			case MaterialsPackage.RAW_MATERIAL__SUPPLY_SHARES:
				getSupplyShares().clear();
				return;
			case MaterialsPackage.RAW_MATERIAL__ACTIVITIES:
				getActivities().clear();
				return;
			case MaterialsPackage.RAW_MATERIAL__FLOWS:
				getFlows().clear();
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
			case MaterialsPackage.RAW_MATERIAL__SYMBOL:
				return SYMBOL_EDEFAULT == null ? symbol != null : !SYMBOL_EDEFAULT.equals(symbol);
			case MaterialsPackage.RAW_MATERIAL__FORM:
				return form != FORM_EDEFAULT;
			case MaterialsPackage.RAW_MATERIAL__ASSOCIATED_METAL:
				return ASSOCIATED_METAL_EDEFAULT == null ? associatedMetal != null : !ASSOCIATED_METAL_EDEFAULT.equals(associatedMetal);
			case MaterialsPackage.RAW_MATERIAL__GROUPS:
				return groups != null && !groups.isEmpty();
			case MaterialsPackage.RAW_MATERIAL__HOST_MATERIALS:
				return hostMaterials != null && !hostMaterials.isEmpty();
			case MaterialsPackage.RAW_MATERIAL__USED_IN:
				return usedIn != null && !usedIn.isEmpty();
			case MaterialsPackage.RAW_MATERIAL__SECTORS:
				return sectors != null && !sectors.isEmpty();
			case MaterialsPackage.RAW_MATERIAL__SUPPLY_SHARES:
				return supplyShares != null && !supplyShares.isEmpty();
			case MaterialsPackage.RAW_MATERIAL__ACTIVITIES:
				return activities != null && !activities.isEmpty();
			case MaterialsPackage.RAW_MATERIAL__FLOWS:
				return flows != null && !flows.isEmpty();
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
		result.append(" (symbol: ");
		result.append(symbol);
		result.append(", form: ");
		result.append(form);
		result.append(", associatedMetal: ");
		result.append(associatedMetal);
		result.append(')');
		return result.toString();
	}

} //RawMaterialImpl
