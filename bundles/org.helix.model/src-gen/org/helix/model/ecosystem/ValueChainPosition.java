/**
 * Helix
 */
package org.helix.model.ecosystem;

import org.helix.model.core.HelixElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Value Chain Position</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The role a domain plays in a value chain (indispensable link, unique link, niche, ...; seed 004 L545-557).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.ValueChainPosition#getRole <em>Role</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.ValueChainPosition#getPartnerRegion <em>Partner Region</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.ValueChainPosition#getValueChain <em>Value Chain</em>}</li>
 * </ul>
 *
 * @see org.helix.model.ecosystem.EcosystemPackage#getValueChainPosition()
 * @model
 * @generated
 */
public interface ValueChainPosition extends HelixElement {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.ValueChainRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.helix.model.ecosystem.ValueChainRole
	 * @see #setRole(ValueChainRole)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getValueChainPosition_Role()
	 * @model
	 * @generated
	 */
	ValueChainRole getRole();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.ValueChainPosition#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.helix.model.ecosystem.ValueChainRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(ValueChainRole value);

	/**
	 * Returns the value of the '<em><b>Partner Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partner Region</em>' attribute.
	 * @see #setPartnerRegion(String)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getValueChainPosition_PartnerRegion()
	 * @model
	 * @generated
	 */
	String getPartnerRegion();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.ValueChainPosition#getPartnerRegion <em>Partner Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partner Region</em>' attribute.
	 * @see #getPartnerRegion()
	 * @generated
	 */
	void setPartnerRegion(String value);

	/**
	 * Returns the value of the '<em><b>Value Chain</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value Chain</em>' reference.
	 * @see #setValueChain(ValueChain)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getValueChainPosition_ValueChain()
	 * @model required="true"
	 * @generated
	 */
	ValueChain getValueChain();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.ValueChainPosition#getValueChain <em>Value Chain</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value Chain</em>' reference.
	 * @see #getValueChain()
	 * @generated
	 */
	void setValueChain(ValueChain value);

} // ValueChainPosition
