/**
 * Helix
 */
package org.helix.model.materials.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.helix.model.core.impl.HelixElementImpl;

import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.StageKind;
import org.helix.model.ecosystem.ValueChainStage;

import org.helix.model.materials.MaterialActivity;
import org.helix.model.materials.MaterialRole;
import org.helix.model.materials.MaterialsPackage;
import org.helix.model.materials.StreamOrigin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Material Activity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.materials.impl.MaterialActivityImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.MaterialActivityImpl#getStageKind <em>Stage Kind</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.MaterialActivityImpl#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.MaterialActivityImpl#getSite <em>Site</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.MaterialActivityImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.MaterialActivityImpl#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.MaterialActivityImpl#getStage <em>Stage</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MaterialActivityImpl extends HelixElementImpl implements MaterialActivity {
	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final MaterialRole ROLE_EDEFAULT = MaterialRole.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected MaterialRole role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStageKind() <em>Stage Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStageKind()
	 * @generated
	 * @ordered
	 */
	protected static final StageKind STAGE_KIND_EDEFAULT = StageKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getStageKind() <em>Stage Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStageKind()
	 * @generated
	 * @ordered
	 */
	protected StageKind stageKind = STAGE_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final StreamOrigin ORIGIN_EDEFAULT = StreamOrigin.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected StreamOrigin origin = ORIGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getSite() <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected static final String SITE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSite() <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected String site = SITE_EDEFAULT;

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
	 * The cached value of the '{@link #getOrganisation() <em>Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisation()
	 * @generated
	 * @ordered
	 */
	protected Organisation organisation;

	/**
	 * The cached value of the '{@link #getStage() <em>Stage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected ValueChainStage stage;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MaterialActivityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MaterialsPackage.Literals.MATERIAL_ACTIVITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MaterialRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(MaterialRole newRole) {
		MaterialRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.MATERIAL_ACTIVITY__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StageKind getStageKind() {
		return stageKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStageKind(StageKind newStageKind) {
		StageKind oldStageKind = stageKind;
		stageKind = newStageKind == null ? STAGE_KIND_EDEFAULT : newStageKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.MATERIAL_ACTIVITY__STAGE_KIND, oldStageKind, stageKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StreamOrigin getOrigin() {
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigin(StreamOrigin newOrigin) {
		StreamOrigin oldOrigin = origin;
		origin = newOrigin == null ? ORIGIN_EDEFAULT : newOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.MATERIAL_ACTIVITY__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSite() {
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSite(String newSite) {
		String oldSite = site;
		site = newSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.MATERIAL_ACTIVITY__SITE, oldSite, site));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.MATERIAL_ACTIVITY__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getOrganisation() {
		if (organisation != null && organisation.eIsProxy()) {
			InternalEObject oldOrganisation = (InternalEObject)organisation;
			organisation = (Organisation)eResolveProxy(oldOrganisation);
			if (organisation != oldOrganisation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MaterialsPackage.MATERIAL_ACTIVITY__ORGANISATION, oldOrganisation, organisation));
			}
		}
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetOrganisation() {
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganisation(Organisation newOrganisation) {
		Organisation oldOrganisation = organisation;
		organisation = newOrganisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.MATERIAL_ACTIVITY__ORGANISATION, oldOrganisation, organisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValueChainStage getStage() {
		if (stage != null && stage.eIsProxy()) {
			InternalEObject oldStage = (InternalEObject)stage;
			stage = (ValueChainStage)eResolveProxy(oldStage);
			if (stage != oldStage) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MaterialsPackage.MATERIAL_ACTIVITY__STAGE, oldStage, stage));
			}
		}
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ValueChainStage basicGetStage() {
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStage(ValueChainStage newStage) {
		ValueChainStage oldStage = stage;
		stage = newStage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.MATERIAL_ACTIVITY__STAGE, oldStage, stage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MaterialsPackage.MATERIAL_ACTIVITY__ROLE:
				return getRole();
			case MaterialsPackage.MATERIAL_ACTIVITY__STAGE_KIND:
				return getStageKind();
			case MaterialsPackage.MATERIAL_ACTIVITY__ORIGIN:
				return getOrigin();
			case MaterialsPackage.MATERIAL_ACTIVITY__SITE:
				return getSite();
			case MaterialsPackage.MATERIAL_ACTIVITY__TEXT:
				return getText();
			case MaterialsPackage.MATERIAL_ACTIVITY__ORGANISATION:
				if (resolve) return getOrganisation();
				return basicGetOrganisation();
			case MaterialsPackage.MATERIAL_ACTIVITY__STAGE:
				if (resolve) return getStage();
				return basicGetStage();
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
			case MaterialsPackage.MATERIAL_ACTIVITY__ROLE:
				setRole((MaterialRole)newValue);
				return;
			case MaterialsPackage.MATERIAL_ACTIVITY__STAGE_KIND:
				setStageKind((StageKind)newValue);
				return;
			case MaterialsPackage.MATERIAL_ACTIVITY__ORIGIN:
				setOrigin((StreamOrigin)newValue);
				return;
			case MaterialsPackage.MATERIAL_ACTIVITY__SITE:
				setSite((String)newValue);
				return;
			case MaterialsPackage.MATERIAL_ACTIVITY__TEXT:
				setText((String)newValue);
				return;
			case MaterialsPackage.MATERIAL_ACTIVITY__ORGANISATION:
				setOrganisation((Organisation)newValue);
				return;
			case MaterialsPackage.MATERIAL_ACTIVITY__STAGE:
				setStage((ValueChainStage)newValue);
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
			case MaterialsPackage.MATERIAL_ACTIVITY__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case MaterialsPackage.MATERIAL_ACTIVITY__STAGE_KIND:
				setStageKind(STAGE_KIND_EDEFAULT);
				return;
			case MaterialsPackage.MATERIAL_ACTIVITY__ORIGIN:
				setOrigin(ORIGIN_EDEFAULT);
				return;
			case MaterialsPackage.MATERIAL_ACTIVITY__SITE:
				setSite(SITE_EDEFAULT);
				return;
			case MaterialsPackage.MATERIAL_ACTIVITY__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case MaterialsPackage.MATERIAL_ACTIVITY__ORGANISATION:
				setOrganisation((Organisation)null);
				return;
			case MaterialsPackage.MATERIAL_ACTIVITY__STAGE:
				setStage((ValueChainStage)null);
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
			case MaterialsPackage.MATERIAL_ACTIVITY__ROLE:
				return role != ROLE_EDEFAULT;
			case MaterialsPackage.MATERIAL_ACTIVITY__STAGE_KIND:
				return stageKind != STAGE_KIND_EDEFAULT;
			case MaterialsPackage.MATERIAL_ACTIVITY__ORIGIN:
				return origin != ORIGIN_EDEFAULT;
			case MaterialsPackage.MATERIAL_ACTIVITY__SITE:
				return SITE_EDEFAULT == null ? site != null : !SITE_EDEFAULT.equals(site);
			case MaterialsPackage.MATERIAL_ACTIVITY__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case MaterialsPackage.MATERIAL_ACTIVITY__ORGANISATION:
				return organisation != null;
			case MaterialsPackage.MATERIAL_ACTIVITY__STAGE:
				return stage != null;
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
		result.append(" (role: ");
		result.append(role);
		result.append(", stageKind: ");
		result.append(stageKind);
		result.append(", origin: ");
		result.append(origin);
		result.append(", site: ");
		result.append(site);
		result.append(", text: ");
		result.append(text);
		result.append(')');
		return result.toString();
	}

} //MaterialActivityImpl
