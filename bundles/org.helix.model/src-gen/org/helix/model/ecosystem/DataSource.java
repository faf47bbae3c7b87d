/**
 * Helix
 */
package org.helix.model.ecosystem;

import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A data source used for an analysis (OpenAlex, OECD Regpat, Crunchbase, Vlaams Indicatorenboek; seed 004 L598-602).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.DataSource#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.DataSource#getFromYear <em>From Year</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.DataSource#getToYear <em>To Year</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.DataSource#getCoverageShare <em>Coverage Share</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.DataSource#getProvider <em>Provider</em>}</li>
 * </ul>
 *
 * @see org.helix.model.ecosystem.EcosystemPackage#getDataSource()
 * @model
 * @generated
 */
public interface DataSource extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.DataSourceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.ecosystem.DataSourceKind
	 * @see #setKind(DataSourceKind)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getDataSource_Kind()
	 * @model
	 * @generated
	 */
	DataSourceKind getKind();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.DataSource#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.ecosystem.DataSourceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DataSourceKind value);

	/**
	 * Returns the value of the '<em><b>From Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From Year</em>' attribute.
	 * @see #setFromYear(Integer)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getDataSource_FromYear()
	 * @model
	 * @generated
	 */
	Integer getFromYear();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.DataSource#getFromYear <em>From Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Year</em>' attribute.
	 * @see #getFromYear()
	 * @generated
	 */
	void setFromYear(Integer value);

	/**
	 * Returns the value of the '<em><b>To Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Year</em>' attribute.
	 * @see #setToYear(Integer)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getDataSource_ToYear()
	 * @model
	 * @generated
	 */
	Integer getToYear();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.DataSource#getToYear <em>To Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Year</em>' attribute.
	 * @see #getToYear()
	 * @generated
	 */
	void setToYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Coverage Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Coverage Share</em>' attribute.
	 * @see #setCoverageShare(Double)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getDataSource_CoverageShare()
	 * @model
	 * @generated
	 */
	Double getCoverageShare();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.DataSource#getCoverageShare <em>Coverage Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coverage Share</em>' attribute.
	 * @see #getCoverageShare()
	 * @generated
	 */
	void setCoverageShare(Double value);

	/**
	 * Returns the value of the '<em><b>Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provider</em>' reference.
	 * @see #setProvider(Organisation)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getDataSource_Provider()
	 * @model
	 * @generated
	 */
	Organisation getProvider();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.DataSource#getProvider <em>Provider</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' reference.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(Organisation value);

} // DataSource
