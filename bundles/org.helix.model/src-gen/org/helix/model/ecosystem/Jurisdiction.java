/**
 * Helix
 */
package org.helix.model.ecosystem;

import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Jurisdiction</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A country, region or supranational area (Flanders, Belgium, EU, Germany, Bavaria, China, ...), used for benchmarks and supplier countries.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.Jurisdiction#getLevel <em>Level</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Jurisdiction#getIsoCode <em>Iso Code</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Jurisdiction#getEuMemberState <em>Eu Member State</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Jurisdiction#getParent <em>Parent</em>}</li>
 * </ul>
 *
 * @see org.helix.model.ecosystem.EcosystemPackage#getJurisdiction()
 * @model
 * @generated
 */
public interface Jurisdiction extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.JurisdictionLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.helix.model.ecosystem.JurisdictionLevel
	 * @see #setLevel(JurisdictionLevel)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getJurisdiction_Level()
	 * @model
	 * @generated
	 */
	JurisdictionLevel getLevel();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Jurisdiction#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.helix.model.ecosystem.JurisdictionLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(JurisdictionLevel value);

	/**
	 * Returns the value of the '<em><b>Iso Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Iso Code</em>' attribute.
	 * @see #setIsoCode(String)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getJurisdiction_IsoCode()
	 * @model
	 * @generated
	 */
	String getIsoCode();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Jurisdiction#getIsoCode <em>Iso Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Iso Code</em>' attribute.
	 * @see #getIsoCode()
	 * @generated
	 */
	void setIsoCode(String value);

	/**
	 * Returns the value of the '<em><b>Eu Member State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Eu Member State</em>' attribute.
	 * @see #setEuMemberState(Boolean)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getJurisdiction_EuMemberState()
	 * @model
	 * @generated
	 */
	Boolean getEuMemberState();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Jurisdiction#getEuMemberState <em>Eu Member State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Eu Member State</em>' attribute.
	 * @see #getEuMemberState()
	 * @generated
	 */
	void setEuMemberState(Boolean value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(Jurisdiction)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getJurisdiction_Parent()
	 * @model
	 * @generated
	 */
	Jurisdiction getParent();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Jurisdiction#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Jurisdiction value);

} // Jurisdiction
