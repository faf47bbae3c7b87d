/**
 * Helix
 */
package org.helix.model.materials;

import java.math.BigDecimal;

import org.helix.model.core.HelixElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>List Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A material on a list with classification and scores (supply risk, economic importance).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.materials.ListEntry#getClassification <em>Classification</em>}</li>
 *   <li>{@link org.helix.model.materials.ListEntry#getSupplyRisk <em>Supply Risk</em>}</li>
 *   <li>{@link org.helix.model.materials.ListEntry#getEconomicImportance <em>Economic Importance</em>}</li>
 *   <li>{@link org.helix.model.materials.ListEntry#getBorderline <em>Borderline</em>}</li>
 *   <li>{@link org.helix.model.materials.ListEntry#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.helix.model.materials.ListEntry#getMaterial <em>Material</em>}</li>
 * </ul>
 *
 * @see org.helix.model.materials.MaterialsPackage#getListEntry()
 * @model
 * @generated
 */
public interface ListEntry extends HelixElement {
	/**
	 * Returns the value of the '<em><b>Classification</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.materials.EntryClassification}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Classification</em>' attribute.
	 * @see org.helix.model.materials.EntryClassification
	 * @see #setClassification(EntryClassification)
	 * @see org.helix.model.materials.MaterialsPackage#getListEntry_Classification()
	 * @model
	 * @generated
	 */
	EntryClassification getClassification();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.ListEntry#getClassification <em>Classification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Classification</em>' attribute.
	 * @see org.helix.model.materials.EntryClassification
	 * @see #getClassification()
	 * @generated
	 */
	void setClassification(EntryClassification value);

	/**
	 * Returns the value of the '<em><b>Supply Risk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supply Risk</em>' attribute.
	 * @see #setSupplyRisk(BigDecimal)
	 * @see org.helix.model.materials.MaterialsPackage#getListEntry_SupplyRisk()
	 * @model
	 * @generated
	 */
	BigDecimal getSupplyRisk();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.ListEntry#getSupplyRisk <em>Supply Risk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supply Risk</em>' attribute.
	 * @see #getSupplyRisk()
	 * @generated
	 */
	void setSupplyRisk(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Economic Importance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Economic Importance</em>' attribute.
	 * @see #setEconomicImportance(BigDecimal)
	 * @see org.helix.model.materials.MaterialsPackage#getListEntry_EconomicImportance()
	 * @model
	 * @generated
	 */
	BigDecimal getEconomicImportance();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.ListEntry#getEconomicImportance <em>Economic Importance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Economic Importance</em>' attribute.
	 * @see #getEconomicImportance()
	 * @generated
	 */
	void setEconomicImportance(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Borderline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Borderline</em>' attribute.
	 * @see #setBorderline(Boolean)
	 * @see org.helix.model.materials.MaterialsPackage#getListEntry_Borderline()
	 * @model
	 * @generated
	 */
	Boolean getBorderline();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.ListEntry#getBorderline <em>Borderline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Borderline</em>' attribute.
	 * @see #getBorderline()
	 * @generated
	 */
	void setBorderline(Boolean value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.helix.model.materials.MaterialsPackage#getListEntry_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.ListEntry#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Material</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Material</em>' reference.
	 * @see #setMaterial(RawMaterial)
	 * @see org.helix.model.materials.MaterialsPackage#getListEntry_Material()
	 * @model required="true"
	 * @generated
	 */
	RawMaterial getMaterial();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.ListEntry#getMaterial <em>Material</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Material</em>' reference.
	 * @see #getMaterial()
	 * @generated
	 */
	void setMaterial(RawMaterial value);

} // ListEntry
