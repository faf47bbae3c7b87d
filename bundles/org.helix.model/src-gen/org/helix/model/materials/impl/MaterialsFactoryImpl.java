/**
 * Helix
 */
package org.helix.model.materials.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.helix.model.materials.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class MaterialsFactoryImpl extends EFactoryImpl implements MaterialsFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static MaterialsFactory init() {
		try {
			MaterialsFactory theMaterialsFactory = (MaterialsFactory)EPackage.Registry.INSTANCE.getEFactory(MaterialsPackage.eNS_URI);
			if (theMaterialsFactory != null) {
				return theMaterialsFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new MaterialsFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MaterialsFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case MaterialsPackage.RAW_MATERIAL: return createRawMaterial();
			case MaterialsPackage.MATERIAL_GROUP: return createMaterialGroup();
			case MaterialsPackage.MATERIAL_LIST: return createMaterialList();
			case MaterialsPackage.LIST_ENTRY: return createListEntry();
			case MaterialsPackage.SUPPLY_SHARE: return createSupplyShare();
			case MaterialsPackage.MATERIAL_ACTIVITY: return createMaterialActivity();
			case MaterialsPackage.MATERIAL_FLOW: return createMaterialFlow();
			case MaterialsPackage.MATERIALS_STRATEGY: return createMaterialsStrategy();
			case MaterialsPackage.POLICY_TRACK: return createPolicyTrack();
			case MaterialsPackage.TRACK_ACTION: return createTrackAction();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case MaterialsPackage.MATERIAL_FORM:
				return createMaterialFormFromString(eDataType, initialValue);
			case MaterialsPackage.LIST_KIND:
				return createListKindFromString(eDataType, initialValue);
			case MaterialsPackage.ENTRY_CLASSIFICATION:
				return createEntryClassificationFromString(eDataType, initialValue);
			case MaterialsPackage.DEPENDENCY_TYPE:
				return createDependencyTypeFromString(eDataType, initialValue);
			case MaterialsPackage.MATERIAL_ROLE:
				return createMaterialRoleFromString(eDataType, initialValue);
			case MaterialsPackage.STREAM_ORIGIN:
				return createStreamOriginFromString(eDataType, initialValue);
			case MaterialsPackage.TRACK_PRIORITY:
				return createTrackPriorityFromString(eDataType, initialValue);
			case MaterialsPackage.RSTRATEGY:
				return createRStrategyFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case MaterialsPackage.MATERIAL_FORM:
				return convertMaterialFormToString(eDataType, instanceValue);
			case MaterialsPackage.LIST_KIND:
				return convertListKindToString(eDataType, instanceValue);
			case MaterialsPackage.ENTRY_CLASSIFICATION:
				return convertEntryClassificationToString(eDataType, instanceValue);
			case MaterialsPackage.DEPENDENCY_TYPE:
				return convertDependencyTypeToString(eDataType, instanceValue);
			case MaterialsPackage.MATERIAL_ROLE:
				return convertMaterialRoleToString(eDataType, instanceValue);
			case MaterialsPackage.STREAM_ORIGIN:
				return convertStreamOriginToString(eDataType, instanceValue);
			case MaterialsPackage.TRACK_PRIORITY:
				return convertTrackPriorityToString(eDataType, instanceValue);
			case MaterialsPackage.RSTRATEGY:
				return convertRStrategyToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RawMaterial createRawMaterial() {
		RawMaterialImpl rawMaterial = new RawMaterialImpl();
		return rawMaterial;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MaterialGroup createMaterialGroup() {
		MaterialGroupImpl materialGroup = new MaterialGroupImpl();
		return materialGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MaterialList createMaterialList() {
		MaterialListImpl materialList = new MaterialListImpl();
		return materialList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ListEntry createListEntry() {
		ListEntryImpl listEntry = new ListEntryImpl();
		return listEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupplyShare createSupplyShare() {
		SupplyShareImpl supplyShare = new SupplyShareImpl();
		return supplyShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MaterialActivity createMaterialActivity() {
		MaterialActivityImpl materialActivity = new MaterialActivityImpl();
		return materialActivity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MaterialFlow createMaterialFlow() {
		MaterialFlowImpl materialFlow = new MaterialFlowImpl();
		return materialFlow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MaterialsStrategy createMaterialsStrategy() {
		MaterialsStrategyImpl materialsStrategy = new MaterialsStrategyImpl();
		return materialsStrategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyTrack createPolicyTrack() {
		PolicyTrackImpl policyTrack = new PolicyTrackImpl();
		return policyTrack;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrackAction createTrackAction() {
		TrackActionImpl trackAction = new TrackActionImpl();
		return trackAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MaterialForm createMaterialFormFromString(EDataType eDataType, String initialValue) {
		MaterialForm result = MaterialForm.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMaterialFormToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ListKind createListKindFromString(EDataType eDataType, String initialValue) {
		ListKind result = ListKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertListKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EntryClassification createEntryClassificationFromString(EDataType eDataType, String initialValue) {
		EntryClassification result = EntryClassification.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEntryClassificationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DependencyType createDependencyTypeFromString(EDataType eDataType, String initialValue) {
		DependencyType result = DependencyType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDependencyTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MaterialRole createMaterialRoleFromString(EDataType eDataType, String initialValue) {
		MaterialRole result = MaterialRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMaterialRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StreamOrigin createStreamOriginFromString(EDataType eDataType, String initialValue) {
		StreamOrigin result = StreamOrigin.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStreamOriginToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrackPriority createTrackPriorityFromString(EDataType eDataType, String initialValue) {
		TrackPriority result = TrackPriority.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTrackPriorityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RStrategy createRStrategyFromString(EDataType eDataType, String initialValue) {
		RStrategy result = RStrategy.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRStrategyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MaterialsPackage getMaterialsPackage() {
		return (MaterialsPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static MaterialsPackage getPackage() {
		return MaterialsPackage.eINSTANCE;
	}

} //MaterialsFactoryImpl
