/**
 * Helix
 */
package org.helix.model.materials.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.helix.model.core.CorePackage;

import org.helix.model.core.impl.CorePackageImpl;

import org.helix.model.ecosystem.EcosystemPackage;

import org.helix.model.ecosystem.impl.EcosystemPackageImpl;

import org.helix.model.governance.GovernancePackage;

import org.helix.model.governance.impl.GovernancePackageImpl;

import org.helix.model.materials.DependencyType;
import org.helix.model.materials.EntryClassification;
import org.helix.model.materials.ListEntry;
import org.helix.model.materials.ListKind;
import org.helix.model.materials.MaterialActivity;
import org.helix.model.materials.MaterialFlow;
import org.helix.model.materials.MaterialForm;
import org.helix.model.materials.MaterialGroup;
import org.helix.model.materials.MaterialList;
import org.helix.model.materials.MaterialRole;
import org.helix.model.materials.MaterialsFactory;
import org.helix.model.materials.MaterialsPackage;
import org.helix.model.materials.MaterialsStrategy;
import org.helix.model.materials.PolicyTrack;
import org.helix.model.materials.RStrategy;
import org.helix.model.materials.RawMaterial;
import org.helix.model.materials.StreamOrigin;
import org.helix.model.materials.SupplyShare;
import org.helix.model.materials.TrackAction;
import org.helix.model.materials.TrackPriority;

import org.helix.model.programme.ProgrammePackage;

import org.helix.model.programme.impl.ProgrammePackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class MaterialsPackageImpl extends EPackageImpl implements MaterialsPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rawMaterialEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass materialGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass materialListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass listEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass supplyShareEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass materialActivityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass materialFlowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass materialsStrategyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass policyTrackEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trackActionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum materialFormEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum listKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum entryClassificationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dependencyTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum materialRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum streamOriginEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum trackPriorityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum rStrategyEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.helix.model.materials.MaterialsPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private MaterialsPackageImpl() {
		super(eNS_URI, MaterialsFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link MaterialsPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static MaterialsPackage init() {
		if (isInited) return (MaterialsPackage)EPackage.Registry.INSTANCE.getEPackage(MaterialsPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredMaterialsPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		MaterialsPackageImpl theMaterialsPackage = registeredMaterialsPackage instanceof MaterialsPackageImpl ? (MaterialsPackageImpl)registeredMaterialsPackage : new MaterialsPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CorePackage.eNS_URI);
		CorePackageImpl theCorePackage = (CorePackageImpl)(registeredPackage instanceof CorePackageImpl ? registeredPackage : CorePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(EcosystemPackage.eNS_URI);
		EcosystemPackageImpl theEcosystemPackage = (EcosystemPackageImpl)(registeredPackage instanceof EcosystemPackageImpl ? registeredPackage : EcosystemPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(GovernancePackage.eNS_URI);
		GovernancePackageImpl theGovernancePackage = (GovernancePackageImpl)(registeredPackage instanceof GovernancePackageImpl ? registeredPackage : GovernancePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ProgrammePackage.eNS_URI);
		ProgrammePackageImpl theProgrammePackage = (ProgrammePackageImpl)(registeredPackage instanceof ProgrammePackageImpl ? registeredPackage : ProgrammePackage.eINSTANCE);

		// Create package meta-data objects
		theMaterialsPackage.createPackageContents();
		theCorePackage.createPackageContents();
		theEcosystemPackage.createPackageContents();
		theGovernancePackage.createPackageContents();
		theProgrammePackage.createPackageContents();

		// Initialize created meta-data
		theMaterialsPackage.initializePackageContents();
		theCorePackage.initializePackageContents();
		theEcosystemPackage.initializePackageContents();
		theGovernancePackage.initializePackageContents();
		theProgrammePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theMaterialsPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(MaterialsPackage.eNS_URI, theMaterialsPackage);
		return theMaterialsPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRawMaterial() {
		return rawMaterialEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRawMaterial_Symbol() {
		return (EAttribute)rawMaterialEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRawMaterial_Form() {
		return (EAttribute)rawMaterialEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRawMaterial_AssociatedMetal() {
		return (EAttribute)rawMaterialEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRawMaterial_Groups() {
		return (EReference)rawMaterialEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRawMaterial_HostMaterials() {
		return (EReference)rawMaterialEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRawMaterial_UsedIn() {
		return (EReference)rawMaterialEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRawMaterial_Sectors() {
		return (EReference)rawMaterialEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRawMaterial_SupplyShares() {
		return (EReference)rawMaterialEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRawMaterial_Activities() {
		return (EReference)rawMaterialEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRawMaterial_Flows() {
		return (EReference)rawMaterialEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMaterialGroup() {
		return materialGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMaterialGroup_Members() {
		return (EReference)materialGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMaterialList() {
		return materialListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaterialList_Kind() {
		return (EAttribute)materialListEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaterialList_Level() {
		return (EAttribute)materialListEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaterialList_Year() {
		return (EAttribute)materialListEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaterialList_AssessedCount() {
		return (EAttribute)materialListEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaterialList_Criteria() {
		return (EAttribute)materialListEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMaterialList_Authority() {
		return (EReference)materialListEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMaterialList_Jurisdiction() {
		return (EReference)materialListEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMaterialList_DerivedFrom() {
		return (EReference)materialListEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMaterialList_LegalBasis() {
		return (EReference)materialListEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMaterialList_Entries() {
		return (EReference)materialListEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getListEntry() {
		return listEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListEntry_Classification() {
		return (EAttribute)listEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListEntry_SupplyRisk() {
		return (EAttribute)listEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListEntry_EconomicImportance() {
		return (EAttribute)listEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListEntry_Borderline() {
		return (EAttribute)listEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListEntry_Rationale() {
		return (EAttribute)listEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getListEntry_Material() {
		return (EReference)listEntryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSupplyShare() {
		return supplyShareEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplyShare_Share() {
		return (EAttribute)supplyShareEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplyShare_Stage() {
		return (EAttribute)supplyShareEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplyShare_Year() {
		return (EAttribute)supplyShareEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplyShare_MainSupplier() {
		return (EAttribute)supplyShareEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplyShare_DependencyType() {
		return (EAttribute)supplyShareEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplyShare_ExportRestrictions() {
		return (EAttribute)supplyShareEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupplyShare_Text() {
		return (EAttribute)supplyShareEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupplyShare_Supplier() {
		return (EReference)supplyShareEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupplyShare_Importer() {
		return (EReference)supplyShareEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMaterialActivity() {
		return materialActivityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaterialActivity_Role() {
		return (EAttribute)materialActivityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaterialActivity_StageKind() {
		return (EAttribute)materialActivityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaterialActivity_Origin() {
		return (EAttribute)materialActivityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaterialActivity_Site() {
		return (EAttribute)materialActivityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaterialActivity_Text() {
		return (EAttribute)materialActivityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMaterialActivity_Organisation() {
		return (EReference)materialActivityEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMaterialActivity_Stage() {
		return (EReference)materialActivityEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMaterialFlow() {
		return materialFlowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaterialFlow_ShareOfRecipientInput() {
		return (EAttribute)materialFlowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaterialFlow_Text() {
		return (EAttribute)materialFlowEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMaterialFlow_From() {
		return (EReference)materialFlowEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMaterialFlow_To() {
		return (EReference)materialFlowEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMaterialsStrategy() {
		return materialsStrategyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaterialsStrategy_Goal() {
		return (EAttribute)materialsStrategyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaterialsStrategy_Level() {
		return (EAttribute)materialsStrategyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMaterialsStrategy_Jurisdiction() {
		return (EReference)materialsStrategyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMaterialsStrategy_Framework() {
		return (EReference)materialsStrategyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMaterialsStrategy_Tracks() {
		return (EReference)materialsStrategyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPolicyTrack() {
		return policyTrackEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyTrack_Code() {
		return (EAttribute)policyTrackEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyTrack_Priority() {
		return (EAttribute)policyTrackEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyTrack_SectionRef() {
		return (EAttribute)policyTrackEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyTrack_Stages() {
		return (EAttribute)policyTrackEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyTrack_Materials() {
		return (EReference)policyTrackEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyTrack_SubActions() {
		return (EReference)policyTrackEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrackAction() {
		return trackActionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrackAction_Text() {
		return (EAttribute)trackActionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrackAction_Level() {
		return (EAttribute)trackActionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrackAction_RStrategies() {
		return (EAttribute)trackActionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrackAction_Actors() {
		return (EReference)trackActionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrackAction_Instruments() {
		return (EReference)trackActionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMaterialForm() {
		return materialFormEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getListKind() {
		return listKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEntryClassification() {
		return entryClassificationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDependencyType() {
		return dependencyTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMaterialRole() {
		return materialRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStreamOrigin() {
		return streamOriginEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTrackPriority() {
		return trackPriorityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRStrategy() {
		return rStrategyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MaterialsFactory getMaterialsFactory() {
		return (MaterialsFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		rawMaterialEClass = createEClass(RAW_MATERIAL);
		createEAttribute(rawMaterialEClass, RAW_MATERIAL__SYMBOL);
		createEAttribute(rawMaterialEClass, RAW_MATERIAL__FORM);
		createEAttribute(rawMaterialEClass, RAW_MATERIAL__ASSOCIATED_METAL);
		createEReference(rawMaterialEClass, RAW_MATERIAL__GROUPS);
		createEReference(rawMaterialEClass, RAW_MATERIAL__HOST_MATERIALS);
		createEReference(rawMaterialEClass, RAW_MATERIAL__USED_IN);
		createEReference(rawMaterialEClass, RAW_MATERIAL__SECTORS);
		createEReference(rawMaterialEClass, RAW_MATERIAL__SUPPLY_SHARES);
		createEReference(rawMaterialEClass, RAW_MATERIAL__ACTIVITIES);
		createEReference(rawMaterialEClass, RAW_MATERIAL__FLOWS);

		materialGroupEClass = createEClass(MATERIAL_GROUP);
		createEReference(materialGroupEClass, MATERIAL_GROUP__MEMBERS);

		materialListEClass = createEClass(MATERIAL_LIST);
		createEAttribute(materialListEClass, MATERIAL_LIST__KIND);
		createEAttribute(materialListEClass, MATERIAL_LIST__LEVEL);
		createEAttribute(materialListEClass, MATERIAL_LIST__YEAR);
		createEAttribute(materialListEClass, MATERIAL_LIST__ASSESSED_COUNT);
		createEAttribute(materialListEClass, MATERIAL_LIST__CRITERIA);
		createEReference(materialListEClass, MATERIAL_LIST__AUTHORITY);
		createEReference(materialListEClass, MATERIAL_LIST__JURISDICTION);
		createEReference(materialListEClass, MATERIAL_LIST__DERIVED_FROM);
		createEReference(materialListEClass, MATERIAL_LIST__LEGAL_BASIS);
		createEReference(materialListEClass, MATERIAL_LIST__ENTRIES);

		listEntryEClass = createEClass(LIST_ENTRY);
		createEAttribute(listEntryEClass, LIST_ENTRY__CLASSIFICATION);
		createEAttribute(listEntryEClass, LIST_ENTRY__SUPPLY_RISK);
		createEAttribute(listEntryEClass, LIST_ENTRY__ECONOMIC_IMPORTANCE);
		createEAttribute(listEntryEClass, LIST_ENTRY__BORDERLINE);
		createEAttribute(listEntryEClass, LIST_ENTRY__RATIONALE);
		createEReference(listEntryEClass, LIST_ENTRY__MATERIAL);

		supplyShareEClass = createEClass(SUPPLY_SHARE);
		createEAttribute(supplyShareEClass, SUPPLY_SHARE__SHARE);
		createEAttribute(supplyShareEClass, SUPPLY_SHARE__STAGE);
		createEAttribute(supplyShareEClass, SUPPLY_SHARE__YEAR);
		createEAttribute(supplyShareEClass, SUPPLY_SHARE__MAIN_SUPPLIER);
		createEAttribute(supplyShareEClass, SUPPLY_SHARE__DEPENDENCY_TYPE);
		createEAttribute(supplyShareEClass, SUPPLY_SHARE__EXPORT_RESTRICTIONS);
		createEAttribute(supplyShareEClass, SUPPLY_SHARE__TEXT);
		createEReference(supplyShareEClass, SUPPLY_SHARE__SUPPLIER);
		createEReference(supplyShareEClass, SUPPLY_SHARE__IMPORTER);

		materialActivityEClass = createEClass(MATERIAL_ACTIVITY);
		createEAttribute(materialActivityEClass, MATERIAL_ACTIVITY__ROLE);
		createEAttribute(materialActivityEClass, MATERIAL_ACTIVITY__STAGE_KIND);
		createEAttribute(materialActivityEClass, MATERIAL_ACTIVITY__ORIGIN);
		createEAttribute(materialActivityEClass, MATERIAL_ACTIVITY__SITE);
		createEAttribute(materialActivityEClass, MATERIAL_ACTIVITY__TEXT);
		createEReference(materialActivityEClass, MATERIAL_ACTIVITY__ORGANISATION);
		createEReference(materialActivityEClass, MATERIAL_ACTIVITY__STAGE);

		materialFlowEClass = createEClass(MATERIAL_FLOW);
		createEAttribute(materialFlowEClass, MATERIAL_FLOW__SHARE_OF_RECIPIENT_INPUT);
		createEAttribute(materialFlowEClass, MATERIAL_FLOW__TEXT);
		createEReference(materialFlowEClass, MATERIAL_FLOW__FROM);
		createEReference(materialFlowEClass, MATERIAL_FLOW__TO);

		materialsStrategyEClass = createEClass(MATERIALS_STRATEGY);
		createEAttribute(materialsStrategyEClass, MATERIALS_STRATEGY__GOAL);
		createEAttribute(materialsStrategyEClass, MATERIALS_STRATEGY__LEVEL);
		createEReference(materialsStrategyEClass, MATERIALS_STRATEGY__JURISDICTION);
		createEReference(materialsStrategyEClass, MATERIALS_STRATEGY__FRAMEWORK);
		createEReference(materialsStrategyEClass, MATERIALS_STRATEGY__TRACKS);

		policyTrackEClass = createEClass(POLICY_TRACK);
		createEAttribute(policyTrackEClass, POLICY_TRACK__CODE);
		createEAttribute(policyTrackEClass, POLICY_TRACK__PRIORITY);
		createEAttribute(policyTrackEClass, POLICY_TRACK__SECTION_REF);
		createEAttribute(policyTrackEClass, POLICY_TRACK__STAGES);
		createEReference(policyTrackEClass, POLICY_TRACK__MATERIALS);
		createEReference(policyTrackEClass, POLICY_TRACK__SUB_ACTIONS);

		trackActionEClass = createEClass(TRACK_ACTION);
		createEAttribute(trackActionEClass, TRACK_ACTION__TEXT);
		createEAttribute(trackActionEClass, TRACK_ACTION__LEVEL);
		createEAttribute(trackActionEClass, TRACK_ACTION__RSTRATEGIES);
		createEReference(trackActionEClass, TRACK_ACTION__ACTORS);
		createEReference(trackActionEClass, TRACK_ACTION__INSTRUMENTS);

		// Create enums
		materialFormEEnum = createEEnum(MATERIAL_FORM);
		listKindEEnum = createEEnum(LIST_KIND);
		entryClassificationEEnum = createEEnum(ENTRY_CLASSIFICATION);
		dependencyTypeEEnum = createEEnum(DEPENDENCY_TYPE);
		materialRoleEEnum = createEEnum(MATERIAL_ROLE);
		streamOriginEEnum = createEEnum(STREAM_ORIGIN);
		trackPriorityEEnum = createEEnum(TRACK_PRIORITY);
		rStrategyEEnum = createEEnum(RSTRATEGY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		CorePackage theCorePackage = (CorePackage)EPackage.Registry.INSTANCE.getEPackage(CorePackage.eNS_URI);
		EcosystemPackage theEcosystemPackage = (EcosystemPackage)EPackage.Registry.INSTANCE.getEPackage(EcosystemPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		rawMaterialEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		materialGroupEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		materialListEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		listEntryEClass.getESuperTypes().add(theCorePackage.getHelixElement());
		supplyShareEClass.getESuperTypes().add(theCorePackage.getHelixElement());
		materialActivityEClass.getESuperTypes().add(theCorePackage.getHelixElement());
		materialFlowEClass.getESuperTypes().add(theCorePackage.getHelixElement());
		materialsStrategyEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		policyTrackEClass.getESuperTypes().add(theCorePackage.getNamedElement());
		trackActionEClass.getESuperTypes().add(theCorePackage.getHelixElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(rawMaterialEClass, RawMaterial.class, "RawMaterial", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRawMaterial_Symbol(), ecorePackage.getEString(), "symbol", null, 0, 1, RawMaterial.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRawMaterial_Form(), this.getMaterialForm(), "form", null, 0, 1, RawMaterial.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRawMaterial_AssociatedMetal(), ecorePackage.getEBooleanObject(), "associatedMetal", null, 0, 1, RawMaterial.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRawMaterial_Groups(), this.getMaterialGroup(), this.getMaterialGroup_Members(), "groups", null, 0, -1, RawMaterial.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRawMaterial_HostMaterials(), this.getRawMaterial(), null, "hostMaterials", null, 0, -1, RawMaterial.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRawMaterial_UsedIn(), theEcosystemPackage.getTechnology(), null, "usedIn", null, 0, -1, RawMaterial.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRawMaterial_Sectors(), theEcosystemPackage.getSector(), null, "sectors", null, 0, -1, RawMaterial.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRawMaterial_SupplyShares(), this.getSupplyShare(), null, "supplyShares", null, 0, -1, RawMaterial.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRawMaterial_Activities(), this.getMaterialActivity(), null, "activities", null, 0, -1, RawMaterial.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRawMaterial_Flows(), this.getMaterialFlow(), null, "flows", null, 0, -1, RawMaterial.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(materialGroupEClass, MaterialGroup.class, "MaterialGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMaterialGroup_Members(), this.getRawMaterial(), this.getRawMaterial_Groups(), "members", null, 0, -1, MaterialGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(materialListEClass, MaterialList.class, "MaterialList", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMaterialList_Kind(), this.getListKind(), "kind", null, 0, 1, MaterialList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaterialList_Level(), theCorePackage.getGovernanceLevel(), "level", null, 0, 1, MaterialList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaterialList_Year(), ecorePackage.getEIntegerObject(), "year", null, 0, 1, MaterialList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaterialList_AssessedCount(), ecorePackage.getEIntegerObject(), "assessedCount", null, 0, 1, MaterialList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaterialList_Criteria(), ecorePackage.getEString(), "criteria", null, 0, 1, MaterialList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMaterialList_Authority(), theEcosystemPackage.getActor(), null, "authority", null, 0, 1, MaterialList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMaterialList_Jurisdiction(), theEcosystemPackage.getJurisdiction(), null, "jurisdiction", null, 0, 1, MaterialList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMaterialList_DerivedFrom(), this.getMaterialList(), null, "derivedFrom", null, 0, 1, MaterialList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMaterialList_LegalBasis(), theEcosystemPackage.getPolicyInstrument(), null, "legalBasis", null, 0, 1, MaterialList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMaterialList_Entries(), this.getListEntry(), null, "entries", null, 0, -1, MaterialList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(listEntryEClass, ListEntry.class, "ListEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getListEntry_Classification(), this.getEntryClassification(), "classification", null, 0, 1, ListEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getListEntry_SupplyRisk(), ecorePackage.getEBigDecimal(), "supplyRisk", null, 0, 1, ListEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getListEntry_EconomicImportance(), ecorePackage.getEBigDecimal(), "economicImportance", null, 0, 1, ListEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getListEntry_Borderline(), ecorePackage.getEBooleanObject(), "borderline", null, 0, 1, ListEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getListEntry_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, ListEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getListEntry_Material(), this.getRawMaterial(), null, "material", null, 1, 1, ListEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(supplyShareEClass, SupplyShare.class, "SupplyShare", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSupplyShare_Share(), ecorePackage.getEBigDecimal(), "share", null, 0, 1, SupplyShare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplyShare_Stage(), theEcosystemPackage.getStageKind(), "stage", null, 0, 1, SupplyShare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplyShare_Year(), ecorePackage.getEIntegerObject(), "year", null, 0, 1, SupplyShare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplyShare_MainSupplier(), ecorePackage.getEBooleanObject(), "mainSupplier", null, 0, 1, SupplyShare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplyShare_DependencyType(), this.getDependencyType(), "dependencyType", null, 0, 1, SupplyShare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplyShare_ExportRestrictions(), ecorePackage.getEBooleanObject(), "exportRestrictions", null, 0, 1, SupplyShare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupplyShare_Text(), ecorePackage.getEString(), "text", null, 0, 1, SupplyShare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupplyShare_Supplier(), theEcosystemPackage.getJurisdiction(), null, "supplier", null, 1, 1, SupplyShare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupplyShare_Importer(), theEcosystemPackage.getJurisdiction(), null, "importer", null, 0, 1, SupplyShare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(materialActivityEClass, MaterialActivity.class, "MaterialActivity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMaterialActivity_Role(), this.getMaterialRole(), "role", null, 0, 1, MaterialActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaterialActivity_StageKind(), theEcosystemPackage.getStageKind(), "stageKind", null, 0, 1, MaterialActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaterialActivity_Origin(), this.getStreamOrigin(), "origin", null, 0, 1, MaterialActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaterialActivity_Site(), ecorePackage.getEString(), "site", null, 0, 1, MaterialActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaterialActivity_Text(), ecorePackage.getEString(), "text", null, 0, 1, MaterialActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMaterialActivity_Organisation(), theEcosystemPackage.getOrganisation(), null, "organisation", null, 1, 1, MaterialActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMaterialActivity_Stage(), theEcosystemPackage.getValueChainStage(), null, "stage", null, 0, 1, MaterialActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(materialFlowEClass, MaterialFlow.class, "MaterialFlow", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMaterialFlow_ShareOfRecipientInput(), ecorePackage.getEBigDecimal(), "shareOfRecipientInput", null, 0, 1, MaterialFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaterialFlow_Text(), ecorePackage.getEString(), "text", null, 0, 1, MaterialFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMaterialFlow_From(), theEcosystemPackage.getOrganisation(), null, "from", null, 1, 1, MaterialFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMaterialFlow_To(), theEcosystemPackage.getOrganisation(), null, "to", null, 1, 1, MaterialFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(materialsStrategyEClass, MaterialsStrategy.class, "MaterialsStrategy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMaterialsStrategy_Goal(), ecorePackage.getEString(), "goal", null, 0, 1, MaterialsStrategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaterialsStrategy_Level(), theCorePackage.getGovernanceLevel(), "level", null, 0, 1, MaterialsStrategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMaterialsStrategy_Jurisdiction(), theEcosystemPackage.getJurisdiction(), null, "jurisdiction", null, 0, 1, MaterialsStrategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMaterialsStrategy_Framework(), theEcosystemPackage.getPolicyInstrument(), null, "framework", null, 0, 1, MaterialsStrategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMaterialsStrategy_Tracks(), this.getPolicyTrack(), null, "tracks", null, 0, -1, MaterialsStrategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(policyTrackEClass, PolicyTrack.class, "PolicyTrack", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPolicyTrack_Code(), ecorePackage.getEString(), "code", null, 0, 1, PolicyTrack.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyTrack_Priority(), this.getTrackPriority(), "priority", null, 0, 1, PolicyTrack.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyTrack_SectionRef(), ecorePackage.getEString(), "sectionRef", null, 0, 1, PolicyTrack.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyTrack_Stages(), theEcosystemPackage.getStageKind(), "stages", null, 0, -1, PolicyTrack.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicyTrack_Materials(), this.getRawMaterial(), null, "materials", null, 0, -1, PolicyTrack.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicyTrack_SubActions(), this.getTrackAction(), null, "subActions", null, 0, -1, PolicyTrack.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trackActionEClass, TrackAction.class, "TrackAction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrackAction_Text(), ecorePackage.getEString(), "text", null, 0, 1, TrackAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrackAction_Level(), theCorePackage.getGovernanceLevel(), "level", null, 0, 1, TrackAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrackAction_RStrategies(), this.getRStrategy(), "rStrategies", null, 0, -1, TrackAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrackAction_Actors(), theEcosystemPackage.getActor(), null, "actors", null, 0, -1, TrackAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrackAction_Instruments(), theEcosystemPackage.getPolicyInstrument(), null, "instruments", null, 0, -1, TrackAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(materialFormEEnum, MaterialForm.class, "MaterialForm");
		addEEnumLiteral(materialFormEEnum, MaterialForm.UNSPECIFIED);
		addEEnumLiteral(materialFormEEnum, MaterialForm.ELEMENT);
		addEEnumLiteral(materialFormEEnum, MaterialForm.ORE);
		addEEnumLiteral(materialFormEEnum, MaterialForm.CONCENTRATE);
		addEEnumLiteral(materialFormEEnum, MaterialForm.COMPOUND);
		addEEnumLiteral(materialFormEEnum, MaterialForm.ALLOY);
		addEEnumLiteral(materialFormEEnum, MaterialForm.MINERAL);
		addEEnumLiteral(materialFormEEnum, MaterialForm.AGRICULTURAL_INPUT);
		addEEnumLiteral(materialFormEEnum, MaterialForm.SCRAP);
		addEEnumLiteral(materialFormEEnum, MaterialForm.OTHER);

		initEEnum(listKindEEnum, ListKind.class, "ListKind");
		addEEnumLiteral(listKindEEnum, ListKind.UNSPECIFIED);
		addEEnumLiteral(listKindEEnum, ListKind.CRITICAL);
		addEEnumLiteral(listKindEEnum, ListKind.STRATEGIC);
		addEEnumLiteral(listKindEEnum, ListKind.ASSESSED_CANDIDATES);
		addEEnumLiteral(listKindEEnum, ListKind.REGIONAL);
		addEEnumLiteral(listKindEEnum, ListKind.PROPOSED_ADDITIONS);
		addEEnumLiteral(listKindEEnum, ListKind.OTHER);

		initEEnum(entryClassificationEEnum, EntryClassification.class, "EntryClassification");
		addEEnumLiteral(entryClassificationEEnum, EntryClassification.UNSPECIFIED);
		addEEnumLiteral(entryClassificationEEnum, EntryClassification.CRITICAL);
		addEEnumLiteral(entryClassificationEEnum, EntryClassification.STRATEGIC);
		addEEnumLiteral(entryClassificationEEnum, EntryClassification.CRITICAL_AND_STRATEGIC);
		addEEnumLiteral(entryClassificationEEnum, EntryClassification.STRATEGIC_ONLY);
		addEEnumLiteral(entryClassificationEEnum, EntryClassification.PROPOSED_ADDITION);
		addEEnumLiteral(entryClassificationEEnum, EntryClassification.BORDERLINE);
		addEEnumLiteral(entryClassificationEEnum, EntryClassification.EXCLUDED);
		addEEnumLiteral(entryClassificationEEnum, EntryClassification.ASSESSED_NOT_CRITICAL);

		initEEnum(dependencyTypeEEnum, DependencyType.class, "DependencyType");
		addEEnumLiteral(dependencyTypeEEnum, DependencyType.UNSPECIFIED);
		addEEnumLiteral(dependencyTypeEEnum, DependencyType.DIRECT);
		addEEnumLiteral(dependencyTypeEEnum, DependencyType.INDIRECT);

		initEEnum(materialRoleEEnum, MaterialRole.class, "MaterialRole");
		addEEnumLiteral(materialRoleEEnum, MaterialRole.UNSPECIFIED);
		addEEnumLiteral(materialRoleEEnum, MaterialRole.USES);
		addEEnumLiteral(materialRoleEEnum, MaterialRole.PRODUCES);
		addEEnumLiteral(materialRoleEEnum, MaterialRole.PROCESSES);
		addEEnumLiteral(materialRoleEEnum, MaterialRole.RECYCLES);
		addEEnumLiteral(materialRoleEEnum, MaterialRole.EXTRACTS);
		addEEnumLiteral(materialRoleEEnum, MaterialRole.SUBSTITUTES);

		initEEnum(streamOriginEEnum, StreamOrigin.class, "StreamOrigin");
		addEEnumLiteral(streamOriginEEnum, StreamOrigin.UNSPECIFIED);
		addEEnumLiteral(streamOriginEEnum, StreamOrigin.PRIMARY);
		addEEnumLiteral(streamOriginEEnum, StreamOrigin.SECONDARY);

		initEEnum(trackPriorityEEnum, TrackPriority.class, "TrackPriority");
		addEEnumLiteral(trackPriorityEEnum, TrackPriority.UNSPECIFIED);
		addEEnumLiteral(trackPriorityEEnum, TrackPriority.FOUNDATIONAL);
		addEEnumLiteral(trackPriorityEEnum, TrackPriority.PRIORITY);
		addEEnumLiteral(trackPriorityEEnum, TrackPriority.COMPLEMENTARY);

		initEEnum(rStrategyEEnum, RStrategy.class, "RStrategy");
		addEEnumLiteral(rStrategyEEnum, RStrategy.REFUSE);
		addEEnumLiteral(rStrategyEEnum, RStrategy.RETHINK);
		addEEnumLiteral(rStrategyEEnum, RStrategy.REDUCE);
		addEEnumLiteral(rStrategyEEnum, RStrategy.REUSE);
		addEEnumLiteral(rStrategyEEnum, RStrategy.REPAIR);
		addEEnumLiteral(rStrategyEEnum, RStrategy.REFURBISH);
		addEEnumLiteral(rStrategyEEnum, RStrategy.REMANUFACTURE);
		addEEnumLiteral(rStrategyEEnum, RStrategy.REPURPOSE);
		addEEnumLiteral(rStrategyEEnum, RStrategy.RECYCLE);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.helix.org/model/format
		createFormatAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.helix.org/model/format</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createFormatAnnotations() {
		String source = "http://www.helix.org/model/format";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "version", "1.0"
		   });
	}

} //MaterialsPackageImpl
