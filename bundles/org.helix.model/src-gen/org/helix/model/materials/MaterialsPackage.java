/**
 * Helix
 */
package org.helix.model.materials;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.helix.model.core.CorePackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Critical raw materials: materials, lists (EU critical/strategic, regional, proposed additions) with scores, supplier countries and shares, value-chain activities of companies, material flows, and policy tracks with sub-actions (seed 003).
 * <!-- end-model-doc -->
 * @see org.helix.model.materials.MaterialsFactory
 * @model kind="package"
 *        annotation="http://www.helix.org/model/format version='1.0'"
 * @generated
 */
public interface MaterialsPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "materials";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.helix.org/model/1.0/materials";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "materials";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MaterialsPackage eINSTANCE = org.helix.model.materials.impl.MaterialsPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.helix.model.materials.impl.RawMaterialImpl <em>Raw Material</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.materials.impl.RawMaterialImpl
	 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getRawMaterial()
	 * @generated
	 */
	int RAW_MATERIAL = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_MATERIAL__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_MATERIAL__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_MATERIAL__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_MATERIAL__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_MATERIAL__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_MATERIAL__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_MATERIAL__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_MATERIAL__SYMBOL = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Form</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_MATERIAL__FORM = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Associated Metal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_MATERIAL__ASSOCIATED_METAL = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_MATERIAL__GROUPS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Host Materials</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_MATERIAL__HOST_MATERIALS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Used In</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_MATERIAL__USED_IN = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Sectors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_MATERIAL__SECTORS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Supply Shares</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_MATERIAL__SUPPLY_SHARES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_MATERIAL__ACTIVITIES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Flows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_MATERIAL__FLOWS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Raw Material</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_MATERIAL_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Raw Material</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAW_MATERIAL_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.materials.impl.MaterialGroupImpl <em>Material Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.materials.impl.MaterialGroupImpl
	 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getMaterialGroup()
	 * @generated
	 */
	int MATERIAL_GROUP = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_GROUP__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_GROUP__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_GROUP__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_GROUP__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_GROUP__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_GROUP__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_GROUP__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_GROUP__MEMBERS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Material Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_GROUP_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Material Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_GROUP_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.materials.impl.MaterialListImpl <em>Material List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.materials.impl.MaterialListImpl
	 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getMaterialList()
	 * @generated
	 */
	int MATERIAL_LIST = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_LIST__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_LIST__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_LIST__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_LIST__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_LIST__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_LIST__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_LIST__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_LIST__KIND = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_LIST__LEVEL = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_LIST__YEAR = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Assessed Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_LIST__ASSESSED_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_LIST__CRITERIA = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Authority</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_LIST__AUTHORITY = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_LIST__JURISDICTION = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Derived From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_LIST__DERIVED_FROM = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Legal Basis</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_LIST__LEGAL_BASIS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_LIST__ENTRIES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Material List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_LIST_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Material List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_LIST_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.materials.impl.ListEntryImpl <em>List Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.materials.impl.ListEntryImpl
	 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getListEntry()
	 * @generated
	 */
	int LIST_ENTRY = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_ENTRY__ID = CorePackage.HELIX_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_ENTRY__CITATIONS = CorePackage.HELIX_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_ENTRY__NOTES = CorePackage.HELIX_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Classification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_ENTRY__CLASSIFICATION = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Supply Risk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_ENTRY__SUPPLY_RISK = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Economic Importance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_ENTRY__ECONOMIC_IMPORTANCE = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Borderline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_ENTRY__BORDERLINE = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_ENTRY__RATIONALE = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Material</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_ENTRY__MATERIAL = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>List Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_ENTRY_FEATURE_COUNT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>List Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_ENTRY_OPERATION_COUNT = CorePackage.HELIX_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.materials.impl.SupplyShareImpl <em>Supply Share</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.materials.impl.SupplyShareImpl
	 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getSupplyShare()
	 * @generated
	 */
	int SUPPLY_SHARE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_SHARE__ID = CorePackage.HELIX_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_SHARE__CITATIONS = CorePackage.HELIX_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_SHARE__NOTES = CorePackage.HELIX_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_SHARE__SHARE = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_SHARE__STAGE = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_SHARE__YEAR = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Main Supplier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_SHARE__MAIN_SUPPLIER = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Dependency Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_SHARE__DEPENDENCY_TYPE = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Export Restrictions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_SHARE__EXPORT_RESTRICTIONS = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_SHARE__TEXT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Supplier</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_SHARE__SUPPLIER = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Importer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_SHARE__IMPORTER = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Supply Share</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_SHARE_FEATURE_COUNT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Supply Share</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPLY_SHARE_OPERATION_COUNT = CorePackage.HELIX_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.materials.impl.MaterialActivityImpl <em>Material Activity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.materials.impl.MaterialActivityImpl
	 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getMaterialActivity()
	 * @generated
	 */
	int MATERIAL_ACTIVITY = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_ACTIVITY__ID = CorePackage.HELIX_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_ACTIVITY__CITATIONS = CorePackage.HELIX_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_ACTIVITY__NOTES = CorePackage.HELIX_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_ACTIVITY__ROLE = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Stage Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_ACTIVITY__STAGE_KIND = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_ACTIVITY__ORIGIN = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Site</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_ACTIVITY__SITE = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_ACTIVITY__TEXT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_ACTIVITY__ORGANISATION = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_ACTIVITY__STAGE = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Material Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_ACTIVITY_FEATURE_COUNT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Material Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_ACTIVITY_OPERATION_COUNT = CorePackage.HELIX_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.materials.impl.MaterialFlowImpl <em>Material Flow</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.materials.impl.MaterialFlowImpl
	 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getMaterialFlow()
	 * @generated
	 */
	int MATERIAL_FLOW = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_FLOW__ID = CorePackage.HELIX_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_FLOW__CITATIONS = CorePackage.HELIX_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_FLOW__NOTES = CorePackage.HELIX_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Share Of Recipient Input</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_FLOW__SHARE_OF_RECIPIENT_INPUT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_FLOW__TEXT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_FLOW__FROM = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_FLOW__TO = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Material Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_FLOW_FEATURE_COUNT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Material Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIAL_FLOW_OPERATION_COUNT = CorePackage.HELIX_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.materials.impl.MaterialsStrategyImpl <em>Strategy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.materials.impl.MaterialsStrategyImpl
	 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getMaterialsStrategy()
	 * @generated
	 */
	int MATERIALS_STRATEGY = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIALS_STRATEGY__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIALS_STRATEGY__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIALS_STRATEGY__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIALS_STRATEGY__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIALS_STRATEGY__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIALS_STRATEGY__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIALS_STRATEGY__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIALS_STRATEGY__GOAL = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIALS_STRATEGY__LEVEL = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIALS_STRATEGY__JURISDICTION = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Framework</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIALS_STRATEGY__FRAMEWORK = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Tracks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIALS_STRATEGY__TRACKS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIALS_STRATEGY_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATERIALS_STRATEGY_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.materials.impl.PolicyTrackImpl <em>Policy Track</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.materials.impl.PolicyTrackImpl
	 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getPolicyTrack()
	 * @generated
	 */
	int POLICY_TRACK = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_TRACK__ID = CorePackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_TRACK__CITATIONS = CorePackage.NAMED_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_TRACK__NOTES = CorePackage.NAMED_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_TRACK__NAME = CorePackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_TRACK__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_TRACK__ALIASES = CorePackage.NAMED_ELEMENT__ALIASES;

	/**
	 * The feature id for the '<em><b>Figures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_TRACK__FIGURES = CorePackage.NAMED_ELEMENT__FIGURES;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_TRACK__CODE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_TRACK__PRIORITY = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Section Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_TRACK__SECTION_REF = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Stages</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_TRACK__STAGES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Materials</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_TRACK__MATERIALS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Sub Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_TRACK__SUB_ACTIONS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Policy Track</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_TRACK_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Policy Track</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_TRACK_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.materials.impl.TrackActionImpl <em>Track Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.materials.impl.TrackActionImpl
	 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getTrackAction()
	 * @generated
	 */
	int TRACK_ACTION = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACK_ACTION__ID = CorePackage.HELIX_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACK_ACTION__CITATIONS = CorePackage.HELIX_ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACK_ACTION__NOTES = CorePackage.HELIX_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACK_ACTION__TEXT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACK_ACTION__LEVEL = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>RStrategies</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACK_ACTION__RSTRATEGIES = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Actors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACK_ACTION__ACTORS = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Instruments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACK_ACTION__INSTRUMENTS = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Track Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACK_ACTION_FEATURE_COUNT = CorePackage.HELIX_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Track Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACK_ACTION_OPERATION_COUNT = CorePackage.HELIX_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.helix.model.materials.MaterialForm <em>Material Form</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.materials.MaterialForm
	 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getMaterialForm()
	 * @generated
	 */
	int MATERIAL_FORM = 10;

	/**
	 * The meta object id for the '{@link org.helix.model.materials.ListKind <em>List Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.materials.ListKind
	 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getListKind()
	 * @generated
	 */
	int LIST_KIND = 11;

	/**
	 * The meta object id for the '{@link org.helix.model.materials.EntryClassification <em>Entry Classification</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.materials.EntryClassification
	 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getEntryClassification()
	 * @generated
	 */
	int ENTRY_CLASSIFICATION = 12;

	/**
	 * The meta object id for the '{@link org.helix.model.materials.DependencyType <em>Dependency Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.materials.DependencyType
	 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getDependencyType()
	 * @generated
	 */
	int DEPENDENCY_TYPE = 13;

	/**
	 * The meta object id for the '{@link org.helix.model.materials.MaterialRole <em>Material Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.materials.MaterialRole
	 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getMaterialRole()
	 * @generated
	 */
	int MATERIAL_ROLE = 14;

	/**
	 * The meta object id for the '{@link org.helix.model.materials.StreamOrigin <em>Stream Origin</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.materials.StreamOrigin
	 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getStreamOrigin()
	 * @generated
	 */
	int STREAM_ORIGIN = 15;

	/**
	 * The meta object id for the '{@link org.helix.model.materials.TrackPriority <em>Track Priority</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.materials.TrackPriority
	 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getTrackPriority()
	 * @generated
	 */
	int TRACK_PRIORITY = 16;

	/**
	 * The meta object id for the '{@link org.helix.model.materials.RStrategy <em>RStrategy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.helix.model.materials.RStrategy
	 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getRStrategy()
	 * @generated
	 */
	int RSTRATEGY = 17;


	/**
	 * Returns the meta object for class '{@link org.helix.model.materials.RawMaterial <em>Raw Material</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Raw Material</em>'.
	 * @see org.helix.model.materials.RawMaterial
	 * @generated
	 */
	EClass getRawMaterial();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.RawMaterial#getSymbol <em>Symbol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Symbol</em>'.
	 * @see org.helix.model.materials.RawMaterial#getSymbol()
	 * @see #getRawMaterial()
	 * @generated
	 */
	EAttribute getRawMaterial_Symbol();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.RawMaterial#getForm <em>Form</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Form</em>'.
	 * @see org.helix.model.materials.RawMaterial#getForm()
	 * @see #getRawMaterial()
	 * @generated
	 */
	EAttribute getRawMaterial_Form();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.RawMaterial#getAssociatedMetal <em>Associated Metal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Associated Metal</em>'.
	 * @see org.helix.model.materials.RawMaterial#getAssociatedMetal()
	 * @see #getRawMaterial()
	 * @generated
	 */
	EAttribute getRawMaterial_AssociatedMetal();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.materials.RawMaterial#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Groups</em>'.
	 * @see org.helix.model.materials.RawMaterial#getGroups()
	 * @see #getRawMaterial()
	 * @generated
	 */
	EReference getRawMaterial_Groups();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.materials.RawMaterial#getHostMaterials <em>Host Materials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Host Materials</em>'.
	 * @see org.helix.model.materials.RawMaterial#getHostMaterials()
	 * @see #getRawMaterial()
	 * @generated
	 */
	EReference getRawMaterial_HostMaterials();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.materials.RawMaterial#getUsedIn <em>Used In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Used In</em>'.
	 * @see org.helix.model.materials.RawMaterial#getUsedIn()
	 * @see #getRawMaterial()
	 * @generated
	 */
	EReference getRawMaterial_UsedIn();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.materials.RawMaterial#getSectors <em>Sectors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sectors</em>'.
	 * @see org.helix.model.materials.RawMaterial#getSectors()
	 * @see #getRawMaterial()
	 * @generated
	 */
	EReference getRawMaterial_Sectors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.materials.RawMaterial#getSupplyShares <em>Supply Shares</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Supply Shares</em>'.
	 * @see org.helix.model.materials.RawMaterial#getSupplyShares()
	 * @see #getRawMaterial()
	 * @generated
	 */
	EReference getRawMaterial_SupplyShares();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.materials.RawMaterial#getActivities <em>Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Activities</em>'.
	 * @see org.helix.model.materials.RawMaterial#getActivities()
	 * @see #getRawMaterial()
	 * @generated
	 */
	EReference getRawMaterial_Activities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.materials.RawMaterial#getFlows <em>Flows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Flows</em>'.
	 * @see org.helix.model.materials.RawMaterial#getFlows()
	 * @see #getRawMaterial()
	 * @generated
	 */
	EReference getRawMaterial_Flows();

	/**
	 * Returns the meta object for class '{@link org.helix.model.materials.MaterialGroup <em>Material Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Material Group</em>'.
	 * @see org.helix.model.materials.MaterialGroup
	 * @generated
	 */
	EClass getMaterialGroup();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.materials.MaterialGroup#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.helix.model.materials.MaterialGroup#getMembers()
	 * @see #getMaterialGroup()
	 * @generated
	 */
	EReference getMaterialGroup_Members();

	/**
	 * Returns the meta object for class '{@link org.helix.model.materials.MaterialList <em>Material List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Material List</em>'.
	 * @see org.helix.model.materials.MaterialList
	 * @generated
	 */
	EClass getMaterialList();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.MaterialList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.helix.model.materials.MaterialList#getKind()
	 * @see #getMaterialList()
	 * @generated
	 */
	EAttribute getMaterialList_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.MaterialList#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.helix.model.materials.MaterialList#getLevel()
	 * @see #getMaterialList()
	 * @generated
	 */
	EAttribute getMaterialList_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.MaterialList#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.helix.model.materials.MaterialList#getYear()
	 * @see #getMaterialList()
	 * @generated
	 */
	EAttribute getMaterialList_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.MaterialList#getAssessedCount <em>Assessed Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assessed Count</em>'.
	 * @see org.helix.model.materials.MaterialList#getAssessedCount()
	 * @see #getMaterialList()
	 * @generated
	 */
	EAttribute getMaterialList_AssessedCount();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.MaterialList#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criteria</em>'.
	 * @see org.helix.model.materials.MaterialList#getCriteria()
	 * @see #getMaterialList()
	 * @generated
	 */
	EAttribute getMaterialList_Criteria();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.materials.MaterialList#getAuthority <em>Authority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Authority</em>'.
	 * @see org.helix.model.materials.MaterialList#getAuthority()
	 * @see #getMaterialList()
	 * @generated
	 */
	EReference getMaterialList_Authority();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.materials.MaterialList#getJurisdiction <em>Jurisdiction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Jurisdiction</em>'.
	 * @see org.helix.model.materials.MaterialList#getJurisdiction()
	 * @see #getMaterialList()
	 * @generated
	 */
	EReference getMaterialList_Jurisdiction();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.materials.MaterialList#getDerivedFrom <em>Derived From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Derived From</em>'.
	 * @see org.helix.model.materials.MaterialList#getDerivedFrom()
	 * @see #getMaterialList()
	 * @generated
	 */
	EReference getMaterialList_DerivedFrom();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.materials.MaterialList#getLegalBasis <em>Legal Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Legal Basis</em>'.
	 * @see org.helix.model.materials.MaterialList#getLegalBasis()
	 * @see #getMaterialList()
	 * @generated
	 */
	EReference getMaterialList_LegalBasis();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.materials.MaterialList#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.helix.model.materials.MaterialList#getEntries()
	 * @see #getMaterialList()
	 * @generated
	 */
	EReference getMaterialList_Entries();

	/**
	 * Returns the meta object for class '{@link org.helix.model.materials.ListEntry <em>List Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>List Entry</em>'.
	 * @see org.helix.model.materials.ListEntry
	 * @generated
	 */
	EClass getListEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.ListEntry#getClassification <em>Classification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Classification</em>'.
	 * @see org.helix.model.materials.ListEntry#getClassification()
	 * @see #getListEntry()
	 * @generated
	 */
	EAttribute getListEntry_Classification();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.ListEntry#getSupplyRisk <em>Supply Risk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supply Risk</em>'.
	 * @see org.helix.model.materials.ListEntry#getSupplyRisk()
	 * @see #getListEntry()
	 * @generated
	 */
	EAttribute getListEntry_SupplyRisk();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.ListEntry#getEconomicImportance <em>Economic Importance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Economic Importance</em>'.
	 * @see org.helix.model.materials.ListEntry#getEconomicImportance()
	 * @see #getListEntry()
	 * @generated
	 */
	EAttribute getListEntry_EconomicImportance();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.ListEntry#getBorderline <em>Borderline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Borderline</em>'.
	 * @see org.helix.model.materials.ListEntry#getBorderline()
	 * @see #getListEntry()
	 * @generated
	 */
	EAttribute getListEntry_Borderline();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.ListEntry#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.helix.model.materials.ListEntry#getRationale()
	 * @see #getListEntry()
	 * @generated
	 */
	EAttribute getListEntry_Rationale();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.materials.ListEntry#getMaterial <em>Material</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Material</em>'.
	 * @see org.helix.model.materials.ListEntry#getMaterial()
	 * @see #getListEntry()
	 * @generated
	 */
	EReference getListEntry_Material();

	/**
	 * Returns the meta object for class '{@link org.helix.model.materials.SupplyShare <em>Supply Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Supply Share</em>'.
	 * @see org.helix.model.materials.SupplyShare
	 * @generated
	 */
	EClass getSupplyShare();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.SupplyShare#getShare <em>Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Share</em>'.
	 * @see org.helix.model.materials.SupplyShare#getShare()
	 * @see #getSupplyShare()
	 * @generated
	 */
	EAttribute getSupplyShare_Share();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.SupplyShare#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage</em>'.
	 * @see org.helix.model.materials.SupplyShare#getStage()
	 * @see #getSupplyShare()
	 * @generated
	 */
	EAttribute getSupplyShare_Stage();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.SupplyShare#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.helix.model.materials.SupplyShare#getYear()
	 * @see #getSupplyShare()
	 * @generated
	 */
	EAttribute getSupplyShare_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.SupplyShare#getMainSupplier <em>Main Supplier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Main Supplier</em>'.
	 * @see org.helix.model.materials.SupplyShare#getMainSupplier()
	 * @see #getSupplyShare()
	 * @generated
	 */
	EAttribute getSupplyShare_MainSupplier();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.SupplyShare#getDependencyType <em>Dependency Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dependency Type</em>'.
	 * @see org.helix.model.materials.SupplyShare#getDependencyType()
	 * @see #getSupplyShare()
	 * @generated
	 */
	EAttribute getSupplyShare_DependencyType();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.SupplyShare#getExportRestrictions <em>Export Restrictions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Export Restrictions</em>'.
	 * @see org.helix.model.materials.SupplyShare#getExportRestrictions()
	 * @see #getSupplyShare()
	 * @generated
	 */
	EAttribute getSupplyShare_ExportRestrictions();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.SupplyShare#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.helix.model.materials.SupplyShare#getText()
	 * @see #getSupplyShare()
	 * @generated
	 */
	EAttribute getSupplyShare_Text();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.materials.SupplyShare#getSupplier <em>Supplier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Supplier</em>'.
	 * @see org.helix.model.materials.SupplyShare#getSupplier()
	 * @see #getSupplyShare()
	 * @generated
	 */
	EReference getSupplyShare_Supplier();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.materials.SupplyShare#getImporter <em>Importer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Importer</em>'.
	 * @see org.helix.model.materials.SupplyShare#getImporter()
	 * @see #getSupplyShare()
	 * @generated
	 */
	EReference getSupplyShare_Importer();

	/**
	 * Returns the meta object for class '{@link org.helix.model.materials.MaterialActivity <em>Material Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Material Activity</em>'.
	 * @see org.helix.model.materials.MaterialActivity
	 * @generated
	 */
	EClass getMaterialActivity();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.MaterialActivity#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.helix.model.materials.MaterialActivity#getRole()
	 * @see #getMaterialActivity()
	 * @generated
	 */
	EAttribute getMaterialActivity_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.MaterialActivity#getStageKind <em>Stage Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage Kind</em>'.
	 * @see org.helix.model.materials.MaterialActivity#getStageKind()
	 * @see #getMaterialActivity()
	 * @generated
	 */
	EAttribute getMaterialActivity_StageKind();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.MaterialActivity#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.helix.model.materials.MaterialActivity#getOrigin()
	 * @see #getMaterialActivity()
	 * @generated
	 */
	EAttribute getMaterialActivity_Origin();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.MaterialActivity#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Site</em>'.
	 * @see org.helix.model.materials.MaterialActivity#getSite()
	 * @see #getMaterialActivity()
	 * @generated
	 */
	EAttribute getMaterialActivity_Site();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.MaterialActivity#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.helix.model.materials.MaterialActivity#getText()
	 * @see #getMaterialActivity()
	 * @generated
	 */
	EAttribute getMaterialActivity_Text();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.materials.MaterialActivity#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organisation</em>'.
	 * @see org.helix.model.materials.MaterialActivity#getOrganisation()
	 * @see #getMaterialActivity()
	 * @generated
	 */
	EReference getMaterialActivity_Organisation();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.materials.MaterialActivity#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Stage</em>'.
	 * @see org.helix.model.materials.MaterialActivity#getStage()
	 * @see #getMaterialActivity()
	 * @generated
	 */
	EReference getMaterialActivity_Stage();

	/**
	 * Returns the meta object for class '{@link org.helix.model.materials.MaterialFlow <em>Material Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Material Flow</em>'.
	 * @see org.helix.model.materials.MaterialFlow
	 * @generated
	 */
	EClass getMaterialFlow();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.MaterialFlow#getShareOfRecipientInput <em>Share Of Recipient Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Share Of Recipient Input</em>'.
	 * @see org.helix.model.materials.MaterialFlow#getShareOfRecipientInput()
	 * @see #getMaterialFlow()
	 * @generated
	 */
	EAttribute getMaterialFlow_ShareOfRecipientInput();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.MaterialFlow#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.helix.model.materials.MaterialFlow#getText()
	 * @see #getMaterialFlow()
	 * @generated
	 */
	EAttribute getMaterialFlow_Text();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.materials.MaterialFlow#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From</em>'.
	 * @see org.helix.model.materials.MaterialFlow#getFrom()
	 * @see #getMaterialFlow()
	 * @generated
	 */
	EReference getMaterialFlow_From();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.materials.MaterialFlow#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To</em>'.
	 * @see org.helix.model.materials.MaterialFlow#getTo()
	 * @see #getMaterialFlow()
	 * @generated
	 */
	EReference getMaterialFlow_To();

	/**
	 * Returns the meta object for class '{@link org.helix.model.materials.MaterialsStrategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Strategy</em>'.
	 * @see org.helix.model.materials.MaterialsStrategy
	 * @generated
	 */
	EClass getMaterialsStrategy();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.MaterialsStrategy#getGoal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Goal</em>'.
	 * @see org.helix.model.materials.MaterialsStrategy#getGoal()
	 * @see #getMaterialsStrategy()
	 * @generated
	 */
	EAttribute getMaterialsStrategy_Goal();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.MaterialsStrategy#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.helix.model.materials.MaterialsStrategy#getLevel()
	 * @see #getMaterialsStrategy()
	 * @generated
	 */
	EAttribute getMaterialsStrategy_Level();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.materials.MaterialsStrategy#getJurisdiction <em>Jurisdiction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Jurisdiction</em>'.
	 * @see org.helix.model.materials.MaterialsStrategy#getJurisdiction()
	 * @see #getMaterialsStrategy()
	 * @generated
	 */
	EReference getMaterialsStrategy_Jurisdiction();

	/**
	 * Returns the meta object for the reference '{@link org.helix.model.materials.MaterialsStrategy#getFramework <em>Framework</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Framework</em>'.
	 * @see org.helix.model.materials.MaterialsStrategy#getFramework()
	 * @see #getMaterialsStrategy()
	 * @generated
	 */
	EReference getMaterialsStrategy_Framework();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.materials.MaterialsStrategy#getTracks <em>Tracks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tracks</em>'.
	 * @see org.helix.model.materials.MaterialsStrategy#getTracks()
	 * @see #getMaterialsStrategy()
	 * @generated
	 */
	EReference getMaterialsStrategy_Tracks();

	/**
	 * Returns the meta object for class '{@link org.helix.model.materials.PolicyTrack <em>Policy Track</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy Track</em>'.
	 * @see org.helix.model.materials.PolicyTrack
	 * @generated
	 */
	EClass getPolicyTrack();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.PolicyTrack#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.helix.model.materials.PolicyTrack#getCode()
	 * @see #getPolicyTrack()
	 * @generated
	 */
	EAttribute getPolicyTrack_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.PolicyTrack#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.helix.model.materials.PolicyTrack#getPriority()
	 * @see #getPolicyTrack()
	 * @generated
	 */
	EAttribute getPolicyTrack_Priority();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.PolicyTrack#getSectionRef <em>Section Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section Ref</em>'.
	 * @see org.helix.model.materials.PolicyTrack#getSectionRef()
	 * @see #getPolicyTrack()
	 * @generated
	 */
	EAttribute getPolicyTrack_SectionRef();

	/**
	 * Returns the meta object for the attribute list '{@link org.helix.model.materials.PolicyTrack#getStages <em>Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Stages</em>'.
	 * @see org.helix.model.materials.PolicyTrack#getStages()
	 * @see #getPolicyTrack()
	 * @generated
	 */
	EAttribute getPolicyTrack_Stages();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.materials.PolicyTrack#getMaterials <em>Materials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Materials</em>'.
	 * @see org.helix.model.materials.PolicyTrack#getMaterials()
	 * @see #getPolicyTrack()
	 * @generated
	 */
	EReference getPolicyTrack_Materials();

	/**
	 * Returns the meta object for the containment reference list '{@link org.helix.model.materials.PolicyTrack#getSubActions <em>Sub Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Actions</em>'.
	 * @see org.helix.model.materials.PolicyTrack#getSubActions()
	 * @see #getPolicyTrack()
	 * @generated
	 */
	EReference getPolicyTrack_SubActions();

	/**
	 * Returns the meta object for class '{@link org.helix.model.materials.TrackAction <em>Track Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Track Action</em>'.
	 * @see org.helix.model.materials.TrackAction
	 * @generated
	 */
	EClass getTrackAction();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.TrackAction#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.helix.model.materials.TrackAction#getText()
	 * @see #getTrackAction()
	 * @generated
	 */
	EAttribute getTrackAction_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.helix.model.materials.TrackAction#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.helix.model.materials.TrackAction#getLevel()
	 * @see #getTrackAction()
	 * @generated
	 */
	EAttribute getTrackAction_Level();

	/**
	 * Returns the meta object for the attribute list '{@link org.helix.model.materials.TrackAction#getRStrategies <em>RStrategies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>RStrategies</em>'.
	 * @see org.helix.model.materials.TrackAction#getRStrategies()
	 * @see #getTrackAction()
	 * @generated
	 */
	EAttribute getTrackAction_RStrategies();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.materials.TrackAction#getActors <em>Actors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Actors</em>'.
	 * @see org.helix.model.materials.TrackAction#getActors()
	 * @see #getTrackAction()
	 * @generated
	 */
	EReference getTrackAction_Actors();

	/**
	 * Returns the meta object for the reference list '{@link org.helix.model.materials.TrackAction#getInstruments <em>Instruments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Instruments</em>'.
	 * @see org.helix.model.materials.TrackAction#getInstruments()
	 * @see #getTrackAction()
	 * @generated
	 */
	EReference getTrackAction_Instruments();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.materials.MaterialForm <em>Material Form</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Material Form</em>'.
	 * @see org.helix.model.materials.MaterialForm
	 * @generated
	 */
	EEnum getMaterialForm();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.materials.ListKind <em>List Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>List Kind</em>'.
	 * @see org.helix.model.materials.ListKind
	 * @generated
	 */
	EEnum getListKind();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.materials.EntryClassification <em>Entry Classification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Entry Classification</em>'.
	 * @see org.helix.model.materials.EntryClassification
	 * @generated
	 */
	EEnum getEntryClassification();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.materials.DependencyType <em>Dependency Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dependency Type</em>'.
	 * @see org.helix.model.materials.DependencyType
	 * @generated
	 */
	EEnum getDependencyType();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.materials.MaterialRole <em>Material Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Material Role</em>'.
	 * @see org.helix.model.materials.MaterialRole
	 * @generated
	 */
	EEnum getMaterialRole();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.materials.StreamOrigin <em>Stream Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Stream Origin</em>'.
	 * @see org.helix.model.materials.StreamOrigin
	 * @generated
	 */
	EEnum getStreamOrigin();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.materials.TrackPriority <em>Track Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Track Priority</em>'.
	 * @see org.helix.model.materials.TrackPriority
	 * @generated
	 */
	EEnum getTrackPriority();

	/**
	 * Returns the meta object for enum '{@link org.helix.model.materials.RStrategy <em>RStrategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>RStrategy</em>'.
	 * @see org.helix.model.materials.RStrategy
	 * @generated
	 */
	EEnum getRStrategy();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	MaterialsFactory getMaterialsFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.helix.model.materials.impl.RawMaterialImpl <em>Raw Material</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.materials.impl.RawMaterialImpl
		 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getRawMaterial()
		 * @generated
		 */
		EClass RAW_MATERIAL = eINSTANCE.getRawMaterial();

		/**
		 * The meta object literal for the '<em><b>Symbol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RAW_MATERIAL__SYMBOL = eINSTANCE.getRawMaterial_Symbol();

		/**
		 * The meta object literal for the '<em><b>Form</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RAW_MATERIAL__FORM = eINSTANCE.getRawMaterial_Form();

		/**
		 * The meta object literal for the '<em><b>Associated Metal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RAW_MATERIAL__ASSOCIATED_METAL = eINSTANCE.getRawMaterial_AssociatedMetal();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RAW_MATERIAL__GROUPS = eINSTANCE.getRawMaterial_Groups();

		/**
		 * The meta object literal for the '<em><b>Host Materials</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RAW_MATERIAL__HOST_MATERIALS = eINSTANCE.getRawMaterial_HostMaterials();

		/**
		 * The meta object literal for the '<em><b>Used In</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RAW_MATERIAL__USED_IN = eINSTANCE.getRawMaterial_UsedIn();

		/**
		 * The meta object literal for the '<em><b>Sectors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RAW_MATERIAL__SECTORS = eINSTANCE.getRawMaterial_Sectors();

		/**
		 * The meta object literal for the '<em><b>Supply Shares</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RAW_MATERIAL__SUPPLY_SHARES = eINSTANCE.getRawMaterial_SupplyShares();

		/**
		 * The meta object literal for the '<em><b>Activities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RAW_MATERIAL__ACTIVITIES = eINSTANCE.getRawMaterial_Activities();

		/**
		 * The meta object literal for the '<em><b>Flows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RAW_MATERIAL__FLOWS = eINSTANCE.getRawMaterial_Flows();

		/**
		 * The meta object literal for the '{@link org.helix.model.materials.impl.MaterialGroupImpl <em>Material Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.materials.impl.MaterialGroupImpl
		 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getMaterialGroup()
		 * @generated
		 */
		EClass MATERIAL_GROUP = eINSTANCE.getMaterialGroup();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATERIAL_GROUP__MEMBERS = eINSTANCE.getMaterialGroup_Members();

		/**
		 * The meta object literal for the '{@link org.helix.model.materials.impl.MaterialListImpl <em>Material List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.materials.impl.MaterialListImpl
		 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getMaterialList()
		 * @generated
		 */
		EClass MATERIAL_LIST = eINSTANCE.getMaterialList();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATERIAL_LIST__KIND = eINSTANCE.getMaterialList_Kind();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATERIAL_LIST__LEVEL = eINSTANCE.getMaterialList_Level();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATERIAL_LIST__YEAR = eINSTANCE.getMaterialList_Year();

		/**
		 * The meta object literal for the '<em><b>Assessed Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATERIAL_LIST__ASSESSED_COUNT = eINSTANCE.getMaterialList_AssessedCount();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATERIAL_LIST__CRITERIA = eINSTANCE.getMaterialList_Criteria();

		/**
		 * The meta object literal for the '<em><b>Authority</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATERIAL_LIST__AUTHORITY = eINSTANCE.getMaterialList_Authority();

		/**
		 * The meta object literal for the '<em><b>Jurisdiction</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATERIAL_LIST__JURISDICTION = eINSTANCE.getMaterialList_Jurisdiction();

		/**
		 * The meta object literal for the '<em><b>Derived From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATERIAL_LIST__DERIVED_FROM = eINSTANCE.getMaterialList_DerivedFrom();

		/**
		 * The meta object literal for the '<em><b>Legal Basis</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATERIAL_LIST__LEGAL_BASIS = eINSTANCE.getMaterialList_LegalBasis();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATERIAL_LIST__ENTRIES = eINSTANCE.getMaterialList_Entries();

		/**
		 * The meta object literal for the '{@link org.helix.model.materials.impl.ListEntryImpl <em>List Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.materials.impl.ListEntryImpl
		 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getListEntry()
		 * @generated
		 */
		EClass LIST_ENTRY = eINSTANCE.getListEntry();

		/**
		 * The meta object literal for the '<em><b>Classification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIST_ENTRY__CLASSIFICATION = eINSTANCE.getListEntry_Classification();

		/**
		 * The meta object literal for the '<em><b>Supply Risk</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIST_ENTRY__SUPPLY_RISK = eINSTANCE.getListEntry_SupplyRisk();

		/**
		 * The meta object literal for the '<em><b>Economic Importance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIST_ENTRY__ECONOMIC_IMPORTANCE = eINSTANCE.getListEntry_EconomicImportance();

		/**
		 * The meta object literal for the '<em><b>Borderline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIST_ENTRY__BORDERLINE = eINSTANCE.getListEntry_Borderline();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIST_ENTRY__RATIONALE = eINSTANCE.getListEntry_Rationale();

		/**
		 * The meta object literal for the '<em><b>Material</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIST_ENTRY__MATERIAL = eINSTANCE.getListEntry_Material();

		/**
		 * The meta object literal for the '{@link org.helix.model.materials.impl.SupplyShareImpl <em>Supply Share</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.materials.impl.SupplyShareImpl
		 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getSupplyShare()
		 * @generated
		 */
		EClass SUPPLY_SHARE = eINSTANCE.getSupplyShare();

		/**
		 * The meta object literal for the '<em><b>Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLY_SHARE__SHARE = eINSTANCE.getSupplyShare_Share();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLY_SHARE__STAGE = eINSTANCE.getSupplyShare_Stage();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLY_SHARE__YEAR = eINSTANCE.getSupplyShare_Year();

		/**
		 * The meta object literal for the '<em><b>Main Supplier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLY_SHARE__MAIN_SUPPLIER = eINSTANCE.getSupplyShare_MainSupplier();

		/**
		 * The meta object literal for the '<em><b>Dependency Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLY_SHARE__DEPENDENCY_TYPE = eINSTANCE.getSupplyShare_DependencyType();

		/**
		 * The meta object literal for the '<em><b>Export Restrictions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLY_SHARE__EXPORT_RESTRICTIONS = eINSTANCE.getSupplyShare_ExportRestrictions();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPLY_SHARE__TEXT = eINSTANCE.getSupplyShare_Text();

		/**
		 * The meta object literal for the '<em><b>Supplier</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPPLY_SHARE__SUPPLIER = eINSTANCE.getSupplyShare_Supplier();

		/**
		 * The meta object literal for the '<em><b>Importer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPPLY_SHARE__IMPORTER = eINSTANCE.getSupplyShare_Importer();

		/**
		 * The meta object literal for the '{@link org.helix.model.materials.impl.MaterialActivityImpl <em>Material Activity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.materials.impl.MaterialActivityImpl
		 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getMaterialActivity()
		 * @generated
		 */
		EClass MATERIAL_ACTIVITY = eINSTANCE.getMaterialActivity();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATERIAL_ACTIVITY__ROLE = eINSTANCE.getMaterialActivity_Role();

		/**
		 * The meta object literal for the '<em><b>Stage Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATERIAL_ACTIVITY__STAGE_KIND = eINSTANCE.getMaterialActivity_StageKind();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATERIAL_ACTIVITY__ORIGIN = eINSTANCE.getMaterialActivity_Origin();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATERIAL_ACTIVITY__SITE = eINSTANCE.getMaterialActivity_Site();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATERIAL_ACTIVITY__TEXT = eINSTANCE.getMaterialActivity_Text();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATERIAL_ACTIVITY__ORGANISATION = eINSTANCE.getMaterialActivity_Organisation();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATERIAL_ACTIVITY__STAGE = eINSTANCE.getMaterialActivity_Stage();

		/**
		 * The meta object literal for the '{@link org.helix.model.materials.impl.MaterialFlowImpl <em>Material Flow</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.materials.impl.MaterialFlowImpl
		 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getMaterialFlow()
		 * @generated
		 */
		EClass MATERIAL_FLOW = eINSTANCE.getMaterialFlow();

		/**
		 * The meta object literal for the '<em><b>Share Of Recipient Input</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATERIAL_FLOW__SHARE_OF_RECIPIENT_INPUT = eINSTANCE.getMaterialFlow_ShareOfRecipientInput();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATERIAL_FLOW__TEXT = eINSTANCE.getMaterialFlow_Text();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATERIAL_FLOW__FROM = eINSTANCE.getMaterialFlow_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATERIAL_FLOW__TO = eINSTANCE.getMaterialFlow_To();

		/**
		 * The meta object literal for the '{@link org.helix.model.materials.impl.MaterialsStrategyImpl <em>Strategy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.materials.impl.MaterialsStrategyImpl
		 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getMaterialsStrategy()
		 * @generated
		 */
		EClass MATERIALS_STRATEGY = eINSTANCE.getMaterialsStrategy();

		/**
		 * The meta object literal for the '<em><b>Goal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATERIALS_STRATEGY__GOAL = eINSTANCE.getMaterialsStrategy_Goal();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATERIALS_STRATEGY__LEVEL = eINSTANCE.getMaterialsStrategy_Level();

		/**
		 * The meta object literal for the '<em><b>Jurisdiction</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATERIALS_STRATEGY__JURISDICTION = eINSTANCE.getMaterialsStrategy_Jurisdiction();

		/**
		 * The meta object literal for the '<em><b>Framework</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATERIALS_STRATEGY__FRAMEWORK = eINSTANCE.getMaterialsStrategy_Framework();

		/**
		 * The meta object literal for the '<em><b>Tracks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATERIALS_STRATEGY__TRACKS = eINSTANCE.getMaterialsStrategy_Tracks();

		/**
		 * The meta object literal for the '{@link org.helix.model.materials.impl.PolicyTrackImpl <em>Policy Track</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.materials.impl.PolicyTrackImpl
		 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getPolicyTrack()
		 * @generated
		 */
		EClass POLICY_TRACK = eINSTANCE.getPolicyTrack();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_TRACK__CODE = eINSTANCE.getPolicyTrack_Code();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_TRACK__PRIORITY = eINSTANCE.getPolicyTrack_Priority();

		/**
		 * The meta object literal for the '<em><b>Section Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_TRACK__SECTION_REF = eINSTANCE.getPolicyTrack_SectionRef();

		/**
		 * The meta object literal for the '<em><b>Stages</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_TRACK__STAGES = eINSTANCE.getPolicyTrack_Stages();

		/**
		 * The meta object literal for the '<em><b>Materials</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_TRACK__MATERIALS = eINSTANCE.getPolicyTrack_Materials();

		/**
		 * The meta object literal for the '<em><b>Sub Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_TRACK__SUB_ACTIONS = eINSTANCE.getPolicyTrack_SubActions();

		/**
		 * The meta object literal for the '{@link org.helix.model.materials.impl.TrackActionImpl <em>Track Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.materials.impl.TrackActionImpl
		 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getTrackAction()
		 * @generated
		 */
		EClass TRACK_ACTION = eINSTANCE.getTrackAction();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACK_ACTION__TEXT = eINSTANCE.getTrackAction_Text();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACK_ACTION__LEVEL = eINSTANCE.getTrackAction_Level();

		/**
		 * The meta object literal for the '<em><b>RStrategies</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACK_ACTION__RSTRATEGIES = eINSTANCE.getTrackAction_RStrategies();

		/**
		 * The meta object literal for the '<em><b>Actors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRACK_ACTION__ACTORS = eINSTANCE.getTrackAction_Actors();

		/**
		 * The meta object literal for the '<em><b>Instruments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRACK_ACTION__INSTRUMENTS = eINSTANCE.getTrackAction_Instruments();

		/**
		 * The meta object literal for the '{@link org.helix.model.materials.MaterialForm <em>Material Form</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.materials.MaterialForm
		 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getMaterialForm()
		 * @generated
		 */
		EEnum MATERIAL_FORM = eINSTANCE.getMaterialForm();

		/**
		 * The meta object literal for the '{@link org.helix.model.materials.ListKind <em>List Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.materials.ListKind
		 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getListKind()
		 * @generated
		 */
		EEnum LIST_KIND = eINSTANCE.getListKind();

		/**
		 * The meta object literal for the '{@link org.helix.model.materials.EntryClassification <em>Entry Classification</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.materials.EntryClassification
		 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getEntryClassification()
		 * @generated
		 */
		EEnum ENTRY_CLASSIFICATION = eINSTANCE.getEntryClassification();

		/**
		 * The meta object literal for the '{@link org.helix.model.materials.DependencyType <em>Dependency Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.materials.DependencyType
		 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getDependencyType()
		 * @generated
		 */
		EEnum DEPENDENCY_TYPE = eINSTANCE.getDependencyType();

		/**
		 * The meta object literal for the '{@link org.helix.model.materials.MaterialRole <em>Material Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.materials.MaterialRole
		 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getMaterialRole()
		 * @generated
		 */
		EEnum MATERIAL_ROLE = eINSTANCE.getMaterialRole();

		/**
		 * The meta object literal for the '{@link org.helix.model.materials.StreamOrigin <em>Stream Origin</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.materials.StreamOrigin
		 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getStreamOrigin()
		 * @generated
		 */
		EEnum STREAM_ORIGIN = eINSTANCE.getStreamOrigin();

		/**
		 * The meta object literal for the '{@link org.helix.model.materials.TrackPriority <em>Track Priority</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.materials.TrackPriority
		 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getTrackPriority()
		 * @generated
		 */
		EEnum TRACK_PRIORITY = eINSTANCE.getTrackPriority();

		/**
		 * The meta object literal for the '{@link org.helix.model.materials.RStrategy <em>RStrategy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.helix.model.materials.RStrategy
		 * @see org.helix.model.materials.impl.MaterialsPackageImpl#getRStrategy()
		 * @generated
		 */
		EEnum RSTRATEGY = eINSTANCE.getRStrategy();

	}

} //MaterialsPackage
