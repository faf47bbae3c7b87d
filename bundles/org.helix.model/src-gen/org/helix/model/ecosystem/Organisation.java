/**
 * Helix
 */
package org.helix.model.ecosystem;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.GovernanceLevel;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An organisation: company, knowledge institution, agency, federation, port, advisory council, NGO, ... (seed 001 L3365-3410; seed 003 B:1305-1311; seed 004 L1054).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.Organisation#getAbbreviation <em>Abbreviation</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Organisation#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Organisation#getLevel <em>Level</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Organisation#getLocation <em>Location</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Organisation#getParent <em>Parent</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Organisation#getSectors <em>Sectors</em>}</li>
 * </ul>
 *
 * @see org.helix.model.ecosystem.EcosystemPackage#getOrganisation()
 * @model
 * @generated
 */
public interface Organisation extends Actor {
	/**
	 * Returns the value of the '<em><b>Abbreviation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Abbreviation</em>' attribute.
	 * @see #setAbbreviation(String)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getOrganisation_Abbreviation()
	 * @model
	 * @generated
	 */
	String getAbbreviation();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Organisation#getAbbreviation <em>Abbreviation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Abbreviation</em>' attribute.
	 * @see #getAbbreviation()
	 * @generated
	 */
	void setAbbreviation(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.OrganisationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.ecosystem.OrganisationKind
	 * @see #setKind(OrganisationKind)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getOrganisation_Kind()
	 * @model
	 * @generated
	 */
	OrganisationKind getKind();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Organisation#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.ecosystem.OrganisationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OrganisationKind value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.core.GovernanceLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.helix.model.core.GovernanceLevel
	 * @see #setLevel(GovernanceLevel)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getOrganisation_Level()
	 * @model
	 * @generated
	 */
	GovernanceLevel getLevel();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Organisation#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.helix.model.core.GovernanceLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(GovernanceLevel value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getOrganisation_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Organisation#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(Organisation)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getOrganisation_Parent()
	 * @model
	 * @generated
	 */
	Organisation getParent();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Organisation#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Organisation value);

	/**
	 * Returns the value of the '<em><b>Sectors</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Sector}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sectors</em>' reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getOrganisation_Sectors()
	 * @model
	 * @generated
	 */
	EList<Sector> getSectors();

} // Organisation
