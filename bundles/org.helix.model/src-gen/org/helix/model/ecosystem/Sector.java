/**
 * Helix
 */
package org.helix.model.ecosystem;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sector</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An economic or emission sector with optional sub-sectors (steel, chemistry, refining; NACE sectors of Table 1 in seed 004).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.Sector#getCode <em>Code</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Sector#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Sector#getEtsScope <em>Ets Scope</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Sector#getSubSectors <em>Sub Sectors</em>}</li>
 * </ul>
 *
 * @see org.helix.model.ecosystem.EcosystemPackage#getSector()
 * @model
 * @generated
 */
public interface Sector extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getSector_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Sector#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.SectorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.ecosystem.SectorKind
	 * @see #setKind(SectorKind)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getSector_Kind()
	 * @model
	 * @generated
	 */
	SectorKind getKind();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Sector#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.ecosystem.SectorKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SectorKind value);

	/**
	 * Returns the value of the '<em><b>Ets Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ets Scope</em>' attribute.
	 * @see #setEtsScope(Boolean)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getSector_EtsScope()
	 * @model
	 * @generated
	 */
	Boolean getEtsScope();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Sector#getEtsScope <em>Ets Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ets Scope</em>' attribute.
	 * @see #getEtsScope()
	 * @generated
	 */
	void setEtsScope(Boolean value);

	/**
	 * Returns the value of the '<em><b>Sub Sectors</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Sector}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Sectors</em>' containment reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getSector_SubSectors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Sector> getSubSectors();

} // Sector
