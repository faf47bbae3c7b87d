/**
 * Helix
 */
package org.helix.model.materials;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.NamedElement;

import org.helix.model.ecosystem.StageKind;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Policy Track</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A policy track (beleidspiste) with priority and sub-actions, e.g. 2.4.2 recycling and circularity (seed 003 B.4.8).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.materials.PolicyTrack#getCode <em>Code</em>}</li>
 *   <li>{@link org.helix.model.materials.PolicyTrack#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.helix.model.materials.PolicyTrack#getSectionRef <em>Section Ref</em>}</li>
 *   <li>{@link org.helix.model.materials.PolicyTrack#getStages <em>Stages</em>}</li>
 *   <li>{@link org.helix.model.materials.PolicyTrack#getMaterials <em>Materials</em>}</li>
 *   <li>{@link org.helix.model.materials.PolicyTrack#getSubActions <em>Sub Actions</em>}</li>
 * </ul>
 *
 * @see org.helix.model.materials.MaterialsPackage#getPolicyTrack()
 * @model
 * @generated
 */
public interface PolicyTrack extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.helix.model.materials.MaterialsPackage#getPolicyTrack_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.PolicyTrack#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.materials.TrackPriority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see org.helix.model.materials.TrackPriority
	 * @see #setPriority(TrackPriority)
	 * @see org.helix.model.materials.MaterialsPackage#getPolicyTrack_Priority()
	 * @model
	 * @generated
	 */
	TrackPriority getPriority();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.PolicyTrack#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see org.helix.model.materials.TrackPriority
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(TrackPriority value);

	/**
	 * Returns the value of the '<em><b>Section Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Section Ref</em>' attribute.
	 * @see #setSectionRef(String)
	 * @see org.helix.model.materials.MaterialsPackage#getPolicyTrack_SectionRef()
	 * @model
	 * @generated
	 */
	String getSectionRef();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.PolicyTrack#getSectionRef <em>Section Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Section Ref</em>' attribute.
	 * @see #getSectionRef()
	 * @generated
	 */
	void setSectionRef(String value);

	/**
	 * Returns the value of the '<em><b>Stages</b></em>' attribute list.
	 * The list contents are of type {@link org.helix.model.ecosystem.StageKind}.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.StageKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stages</em>' attribute list.
	 * @see org.helix.model.ecosystem.StageKind
	 * @see org.helix.model.materials.MaterialsPackage#getPolicyTrack_Stages()
	 * @model
	 * @generated
	 */
	EList<StageKind> getStages();

	/**
	 * Returns the value of the '<em><b>Materials</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.materials.RawMaterial}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Materials</em>' reference list.
	 * @see org.helix.model.materials.MaterialsPackage#getPolicyTrack_Materials()
	 * @model
	 * @generated
	 */
	EList<RawMaterial> getMaterials();

	/**
	 * Returns the value of the '<em><b>Sub Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.materials.TrackAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Actions</em>' containment reference list.
	 * @see org.helix.model.materials.MaterialsPackage#getPolicyTrack_SubActions()
	 * @model containment="true"
	 * @generated
	 */
	EList<TrackAction> getSubActions();

} // PolicyTrack
