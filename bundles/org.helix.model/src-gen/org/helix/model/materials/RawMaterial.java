/**
 * Helix
 */
package org.helix.model.materials;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.NamedElement;

import org.helix.model.ecosystem.Sector;
import org.helix.model.ecosystem.Technology;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Raw Material</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A raw material (element, ore, compound, ...) with its groups, host materials, supplier shares, company activities and flows (seed 003 B.4.2).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.materials.RawMaterial#getSymbol <em>Symbol</em>}</li>
 *   <li>{@link org.helix.model.materials.RawMaterial#getForm <em>Form</em>}</li>
 *   <li>{@link org.helix.model.materials.RawMaterial#getAssociatedMetal <em>Associated Metal</em>}</li>
 *   <li>{@link org.helix.model.materials.RawMaterial#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.helix.model.materials.RawMaterial#getHostMaterials <em>Host Materials</em>}</li>
 *   <li>{@link org.helix.model.materials.RawMaterial#getUsedIn <em>Used In</em>}</li>
 *   <li>{@link org.helix.model.materials.RawMaterial#getSectors <em>Sectors</em>}</li>
 *   <li>{@link org.helix.model.materials.RawMaterial#getSupplyShares <em>Supply Shares</em>}</li>
 *   <li>{@link org.helix.model.materials.RawMaterial#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.helix.model.materials.RawMaterial#getFlows <em>Flows</em>}</li>
 * </ul>
 *
 * @see org.helix.model.materials.MaterialsPackage#getRawMaterial()
 * @model
 * @generated
 */
public interface RawMaterial extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Symbol</em>' attribute.
	 * @see #setSymbol(String)
	 * @see org.helix.model.materials.MaterialsPackage#getRawMaterial_Symbol()
	 * @model
	 * @generated
	 */
	String getSymbol();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.RawMaterial#getSymbol <em>Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Symbol</em>' attribute.
	 * @see #getSymbol()
	 * @generated
	 */
	void setSymbol(String value);

	/**
	 * Returns the value of the '<em><b>Form</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.materials.MaterialForm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Form</em>' attribute.
	 * @see org.helix.model.materials.MaterialForm
	 * @see #setForm(MaterialForm)
	 * @see org.helix.model.materials.MaterialsPackage#getRawMaterial_Form()
	 * @model
	 * @generated
	 */
	MaterialForm getForm();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.RawMaterial#getForm <em>Form</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Form</em>' attribute.
	 * @see org.helix.model.materials.MaterialForm
	 * @see #getForm()
	 * @generated
	 */
	void setForm(MaterialForm value);

	/**
	 * Returns the value of the '<em><b>Associated Metal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Associated Metal</em>' attribute.
	 * @see #setAssociatedMetal(Boolean)
	 * @see org.helix.model.materials.MaterialsPackage#getRawMaterial_AssociatedMetal()
	 * @model
	 * @generated
	 */
	Boolean getAssociatedMetal();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.RawMaterial#getAssociatedMetal <em>Associated Metal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Associated Metal</em>' attribute.
	 * @see #getAssociatedMetal()
	 * @generated
	 */
	void setAssociatedMetal(Boolean value);

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.materials.MaterialGroup}.
	 * It is bidirectional and its opposite is '{@link org.helix.model.materials.MaterialGroup#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Groups</em>' reference list.
	 * @see org.helix.model.materials.MaterialsPackage#getRawMaterial_Groups()
	 * @see org.helix.model.materials.MaterialGroup#getMembers
	 * @model opposite="members"
	 * @generated
	 */
	EList<MaterialGroup> getGroups();

	/**
	 * Returns the value of the '<em><b>Host Materials</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.materials.RawMaterial}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host Materials</em>' reference list.
	 * @see org.helix.model.materials.MaterialsPackage#getRawMaterial_HostMaterials()
	 * @model
	 * @generated
	 */
	EList<RawMaterial> getHostMaterials();

	/**
	 * Returns the value of the '<em><b>Used In</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Technology}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Used In</em>' reference list.
	 * @see org.helix.model.materials.MaterialsPackage#getRawMaterial_UsedIn()
	 * @model
	 * @generated
	 */
	EList<Technology> getUsedIn();

	/**
	 * Returns the value of the '<em><b>Sectors</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Sector}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sectors</em>' reference list.
	 * @see org.helix.model.materials.MaterialsPackage#getRawMaterial_Sectors()
	 * @model
	 * @generated
	 */
	EList<Sector> getSectors();

	/**
	 * Returns the value of the '<em><b>Supply Shares</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.materials.SupplyShare}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supply Shares</em>' containment reference list.
	 * @see org.helix.model.materials.MaterialsPackage#getRawMaterial_SupplyShares()
	 * @model containment="true"
	 * @generated
	 */
	EList<SupplyShare> getSupplyShares();

	/**
	 * Returns the value of the '<em><b>Activities</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.materials.MaterialActivity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activities</em>' containment reference list.
	 * @see org.helix.model.materials.MaterialsPackage#getRawMaterial_Activities()
	 * @model containment="true"
	 * @generated
	 */
	EList<MaterialActivity> getActivities();

	/**
	 * Returns the value of the '<em><b>Flows</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.materials.MaterialFlow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flows</em>' containment reference list.
	 * @see org.helix.model.materials.MaterialsPackage#getRawMaterial_Flows()
	 * @model containment="true"
	 * @generated
	 */
	EList<MaterialFlow> getFlows();

} // RawMaterial
