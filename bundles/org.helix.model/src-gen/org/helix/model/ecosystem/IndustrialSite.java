/**
 * Helix
 */
package org.helix.model.ecosystem;

import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Industrial Site</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An industrial site or location of projects (port area, industrial cluster, business park, city).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.IndustrialSite#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.IndustrialSite#getLocation <em>Location</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.IndustrialSite#getPort <em>Port</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.IndustrialSite#getJurisdiction <em>Jurisdiction</em>}</li>
 * </ul>
 *
 * @see org.helix.model.ecosystem.EcosystemPackage#getIndustrialSite()
 * @model
 * @generated
 */
public interface IndustrialSite extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.SiteKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.ecosystem.SiteKind
	 * @see #setKind(SiteKind)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getIndustrialSite_Kind()
	 * @model
	 * @generated
	 */
	SiteKind getKind();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.IndustrialSite#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.ecosystem.SiteKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SiteKind value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getIndustrialSite_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.IndustrialSite#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' reference.
	 * @see #setPort(Organisation)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getIndustrialSite_Port()
	 * @model
	 * @generated
	 */
	Organisation getPort();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.IndustrialSite#getPort <em>Port</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' reference.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(Organisation value);

	/**
	 * Returns the value of the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Jurisdiction</em>' reference.
	 * @see #setJurisdiction(Jurisdiction)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getIndustrialSite_Jurisdiction()
	 * @model
	 * @generated
	 */
	Jurisdiction getJurisdiction();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.IndustrialSite#getJurisdiction <em>Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jurisdiction</em>' reference.
	 * @see #getJurisdiction()
	 * @generated
	 */
	void setJurisdiction(Jurisdiction value);

} // IndustrialSite
