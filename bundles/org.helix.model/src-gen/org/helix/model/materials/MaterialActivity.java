/**
 * Helix
 */
package org.helix.model.materials;

import org.helix.model.core.HelixElement;

import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.StageKind;
import org.helix.model.ecosystem.ValueChainStage;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Material Activity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An organisation using, producing, processing or recycling the material, at a value-chain stage and site (seed 003 fn 16, B:767-789).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.materials.MaterialActivity#getRole <em>Role</em>}</li>
 *   <li>{@link org.helix.model.materials.MaterialActivity#getStageKind <em>Stage Kind</em>}</li>
 *   <li>{@link org.helix.model.materials.MaterialActivity#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.helix.model.materials.MaterialActivity#getSite <em>Site</em>}</li>
 *   <li>{@link org.helix.model.materials.MaterialActivity#getText <em>Text</em>}</li>
 *   <li>{@link org.helix.model.materials.MaterialActivity#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link org.helix.model.materials.MaterialActivity#getStage <em>Stage</em>}</li>
 * </ul>
 *
 * @see org.helix.model.materials.MaterialsPackage#getMaterialActivity()
 * @model
 * @generated
 */
public interface MaterialActivity extends HelixElement {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.materials.MaterialRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.helix.model.materials.MaterialRole
	 * @see #setRole(MaterialRole)
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialActivity_Role()
	 * @model
	 * @generated
	 */
	MaterialRole getRole();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.MaterialActivity#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.helix.model.materials.MaterialRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(MaterialRole value);

	/**
	 * Returns the value of the '<em><b>Stage Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.StageKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage Kind</em>' attribute.
	 * @see org.helix.model.ecosystem.StageKind
	 * @see #setStageKind(StageKind)
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialActivity_StageKind()
	 * @model
	 * @generated
	 */
	StageKind getStageKind();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.MaterialActivity#getStageKind <em>Stage Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage Kind</em>' attribute.
	 * @see org.helix.model.ecosystem.StageKind
	 * @see #getStageKind()
	 * @generated
	 */
	void setStageKind(StageKind value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.materials.StreamOrigin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see org.helix.model.materials.StreamOrigin
	 * @see #setOrigin(StreamOrigin)
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialActivity_Origin()
	 * @model
	 * @generated
	 */
	StreamOrigin getOrigin();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.MaterialActivity#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see org.helix.model.materials.StreamOrigin
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(StreamOrigin value);

	/**
	 * Returns the value of the '<em><b>Site</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Site</em>' attribute.
	 * @see #setSite(String)
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialActivity_Site()
	 * @model
	 * @generated
	 */
	String getSite();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.MaterialActivity#getSite <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' attribute.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialActivity_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.MaterialActivity#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisation</em>' reference.
	 * @see #setOrganisation(Organisation)
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialActivity_Organisation()
	 * @model required="true"
	 * @generated
	 */
	Organisation getOrganisation();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.MaterialActivity#getOrganisation <em>Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' reference.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(Organisation value);

	/**
	 * Returns the value of the '<em><b>Stage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage</em>' reference.
	 * @see #setStage(ValueChainStage)
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialActivity_Stage()
	 * @model
	 * @generated
	 */
	ValueChainStage getStage();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.MaterialActivity#getStage <em>Stage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' reference.
	 * @see #getStage()
	 * @generated
	 */
	void setStage(ValueChainStage value);

} // MaterialActivity
