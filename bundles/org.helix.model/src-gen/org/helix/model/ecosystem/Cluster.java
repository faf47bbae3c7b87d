/**
 * Helix
 */
package org.helix.model.ecosystem;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cluster</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A cluster: spearhead cluster, industrial (port) cluster, symbiosis or ecosystem; geographic or not (seed 002 L248-271, seed 004 L1062).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.Cluster#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Cluster#getGeographic <em>Geographic</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Cluster#getRegion <em>Region</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Cluster#getFocus <em>Focus</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Cluster#getFoundedYear <em>Founded Year</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Cluster#getApproxCompanyCount <em>Approx Company Count</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Cluster#getClusterOrganisation <em>Cluster Organisation</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Cluster#getMembers <em>Members</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Cluster#getSectors <em>Sectors</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Cluster#getJurisdiction <em>Jurisdiction</em>}</li>
 * </ul>
 *
 * @see org.helix.model.ecosystem.EcosystemPackage#getCluster()
 * @model
 * @generated
 */
public interface Cluster extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.ClusterKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.ecosystem.ClusterKind
	 * @see #setKind(ClusterKind)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getCluster_Kind()
	 * @model
	 * @generated
	 */
	ClusterKind getKind();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Cluster#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.ecosystem.ClusterKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ClusterKind value);

	/**
	 * Returns the value of the '<em><b>Geographic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Geographic</em>' attribute.
	 * @see #setGeographic(Boolean)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getCluster_Geographic()
	 * @model
	 * @generated
	 */
	Boolean getGeographic();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Cluster#getGeographic <em>Geographic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Geographic</em>' attribute.
	 * @see #getGeographic()
	 * @generated
	 */
	void setGeographic(Boolean value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getCluster_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Cluster#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Focus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Focus</em>' attribute.
	 * @see #setFocus(String)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getCluster_Focus()
	 * @model
	 * @generated
	 */
	String getFocus();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Cluster#getFocus <em>Focus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Focus</em>' attribute.
	 * @see #getFocus()
	 * @generated
	 */
	void setFocus(String value);

	/**
	 * Returns the value of the '<em><b>Founded Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Founded Year</em>' attribute.
	 * @see #setFoundedYear(Integer)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getCluster_FoundedYear()
	 * @model
	 * @generated
	 */
	Integer getFoundedYear();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Cluster#getFoundedYear <em>Founded Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Founded Year</em>' attribute.
	 * @see #getFoundedYear()
	 * @generated
	 */
	void setFoundedYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Approx Company Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approx Company Count</em>' attribute.
	 * @see #setApproxCompanyCount(Integer)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getCluster_ApproxCompanyCount()
	 * @model
	 * @generated
	 */
	Integer getApproxCompanyCount();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Cluster#getApproxCompanyCount <em>Approx Company Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approx Company Count</em>' attribute.
	 * @see #getApproxCompanyCount()
	 * @generated
	 */
	void setApproxCompanyCount(Integer value);

	/**
	 * Returns the value of the '<em><b>Cluster Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cluster Organisation</em>' reference.
	 * @see #setClusterOrganisation(Organisation)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getCluster_ClusterOrganisation()
	 * @model
	 * @generated
	 */
	Organisation getClusterOrganisation();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Cluster#getClusterOrganisation <em>Cluster Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cluster Organisation</em>' reference.
	 * @see #getClusterOrganisation()
	 * @generated
	 */
	void setClusterOrganisation(Organisation value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getCluster_Members()
	 * @model
	 * @generated
	 */
	EList<Actor> getMembers();

	/**
	 * Returns the value of the '<em><b>Sectors</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Sector}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sectors</em>' reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getCluster_Sectors()
	 * @model
	 * @generated
	 */
	EList<Sector> getSectors();

	/**
	 * Returns the value of the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Jurisdiction</em>' reference.
	 * @see #setJurisdiction(Jurisdiction)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getCluster_Jurisdiction()
	 * @model
	 * @generated
	 */
	Jurisdiction getJurisdiction();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Cluster#getJurisdiction <em>Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jurisdiction</em>' reference.
	 * @see #getJurisdiction()
	 * @generated
	 */
	void setJurisdiction(Jurisdiction value);

} // Cluster
