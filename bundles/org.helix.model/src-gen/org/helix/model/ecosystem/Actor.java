/**
 * Helix
 */
package org.helix.model.ecosystem;

import org.helix.model.core.HelixKind;
import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Actor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An actor in the ecosystem: an organisation or a person, with its helix (government, industry, knowledge, civil society).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.Actor#getHelix <em>Helix</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Actor#getJurisdiction <em>Jurisdiction</em>}</li>
 * </ul>
 *
 * @see org.helix.model.ecosystem.EcosystemPackage#getActor()
 * @model abstract="true"
 * @generated
 */
public interface Actor extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Helix</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.core.HelixKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Helix</em>' attribute.
	 * @see org.helix.model.core.HelixKind
	 * @see #setHelix(HelixKind)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getActor_Helix()
	 * @model
	 * @generated
	 */
	HelixKind getHelix();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Actor#getHelix <em>Helix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Helix</em>' attribute.
	 * @see org.helix.model.core.HelixKind
	 * @see #getHelix()
	 * @generated
	 */
	void setHelix(HelixKind value);

	/**
	 * Returns the value of the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Jurisdiction</em>' reference.
	 * @see #setJurisdiction(Jurisdiction)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getActor_Jurisdiction()
	 * @model
	 * @generated
	 */
	Jurisdiction getJurisdiction();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Actor#getJurisdiction <em>Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jurisdiction</em>' reference.
	 * @see #getJurisdiction()
	 * @generated
	 */
	void setJurisdiction(Jurisdiction value);

} // Actor
