/**
 * Helix
 */
package org.helix.model.materials;

import java.math.BigDecimal;

import org.helix.model.core.HelixElement;

import org.helix.model.ecosystem.Jurisdiction;
import org.helix.model.ecosystem.StageKind;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Supply Share</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A supplier country of a material with its share where given, for a value-chain stage and period.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.materials.SupplyShare#getShare <em>Share</em>}</li>
 *   <li>{@link org.helix.model.materials.SupplyShare#getStage <em>Stage</em>}</li>
 *   <li>{@link org.helix.model.materials.SupplyShare#getYear <em>Year</em>}</li>
 *   <li>{@link org.helix.model.materials.SupplyShare#getMainSupplier <em>Main Supplier</em>}</li>
 *   <li>{@link org.helix.model.materials.SupplyShare#getDependencyType <em>Dependency Type</em>}</li>
 *   <li>{@link org.helix.model.materials.SupplyShare#getExportRestrictions <em>Export Restrictions</em>}</li>
 *   <li>{@link org.helix.model.materials.SupplyShare#getText <em>Text</em>}</li>
 *   <li>{@link org.helix.model.materials.SupplyShare#getSupplier <em>Supplier</em>}</li>
 *   <li>{@link org.helix.model.materials.SupplyShare#getImporter <em>Importer</em>}</li>
 * </ul>
 *
 * @see org.helix.model.materials.MaterialsPackage#getSupplyShare()
 * @model
 * @generated
 */
public interface SupplyShare extends HelixElement {
	/**
	 * Returns the value of the '<em><b>Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Share</em>' attribute.
	 * @see #setShare(BigDecimal)
	 * @see org.helix.model.materials.MaterialsPackage#getSupplyShare_Share()
	 * @model
	 * @generated
	 */
	BigDecimal getShare();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.SupplyShare#getShare <em>Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Share</em>' attribute.
	 * @see #getShare()
	 * @generated
	 */
	void setShare(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Stage</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.StageKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage</em>' attribute.
	 * @see org.helix.model.ecosystem.StageKind
	 * @see #setStage(StageKind)
	 * @see org.helix.model.materials.MaterialsPackage#getSupplyShare_Stage()
	 * @model
	 * @generated
	 */
	StageKind getStage();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.SupplyShare#getStage <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' attribute.
	 * @see org.helix.model.ecosystem.StageKind
	 * @see #getStage()
	 * @generated
	 */
	void setStage(StageKind value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(Integer)
	 * @see org.helix.model.materials.MaterialsPackage#getSupplyShare_Year()
	 * @model
	 * @generated
	 */
	Integer getYear();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.SupplyShare#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Main Supplier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Main Supplier</em>' attribute.
	 * @see #setMainSupplier(Boolean)
	 * @see org.helix.model.materials.MaterialsPackage#getSupplyShare_MainSupplier()
	 * @model
	 * @generated
	 */
	Boolean getMainSupplier();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.SupplyShare#getMainSupplier <em>Main Supplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Main Supplier</em>' attribute.
	 * @see #getMainSupplier()
	 * @generated
	 */
	void setMainSupplier(Boolean value);

	/**
	 * Returns the value of the '<em><b>Dependency Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.materials.DependencyType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dependency Type</em>' attribute.
	 * @see org.helix.model.materials.DependencyType
	 * @see #setDependencyType(DependencyType)
	 * @see org.helix.model.materials.MaterialsPackage#getSupplyShare_DependencyType()
	 * @model
	 * @generated
	 */
	DependencyType getDependencyType();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.SupplyShare#getDependencyType <em>Dependency Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dependency Type</em>' attribute.
	 * @see org.helix.model.materials.DependencyType
	 * @see #getDependencyType()
	 * @generated
	 */
	void setDependencyType(DependencyType value);

	/**
	 * Returns the value of the '<em><b>Export Restrictions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Export Restrictions</em>' attribute.
	 * @see #setExportRestrictions(Boolean)
	 * @see org.helix.model.materials.MaterialsPackage#getSupplyShare_ExportRestrictions()
	 * @model
	 * @generated
	 */
	Boolean getExportRestrictions();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.SupplyShare#getExportRestrictions <em>Export Restrictions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Export Restrictions</em>' attribute.
	 * @see #getExportRestrictions()
	 * @generated
	 */
	void setExportRestrictions(Boolean value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.helix.model.materials.MaterialsPackage#getSupplyShare_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.SupplyShare#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Supplier</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supplier</em>' reference.
	 * @see #setSupplier(Jurisdiction)
	 * @see org.helix.model.materials.MaterialsPackage#getSupplyShare_Supplier()
	 * @model required="true"
	 * @generated
	 */
	Jurisdiction getSupplier();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.SupplyShare#getSupplier <em>Supplier</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supplier</em>' reference.
	 * @see #getSupplier()
	 * @generated
	 */
	void setSupplier(Jurisdiction value);

	/**
	 * Returns the value of the '<em><b>Importer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Importer</em>' reference.
	 * @see #setImporter(Jurisdiction)
	 * @see org.helix.model.materials.MaterialsPackage#getSupplyShare_Importer()
	 * @model
	 * @generated
	 */
	Jurisdiction getImporter();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.SupplyShare#getImporter <em>Importer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Importer</em>' reference.
	 * @see #getImporter()
	 * @generated
	 */
	void setImporter(Jurisdiction value);

} // SupplyShare
