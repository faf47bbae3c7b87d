/**
 * Helix
 */
package org.helix.model.core.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.helix.model.core.CoreFactory;
import org.helix.model.core.CorePackage;
import org.helix.model.core.HelixModel;

import org.helix.model.ecosystem.EcosystemFactory;

import org.helix.model.governance.GovernanceFactory;

import org.helix.model.materials.MaterialsFactory;

import org.helix.model.programme.ProgrammeFactory;

/**
 * This is the item provider adapter for a {@link org.helix.model.core.HelixModel} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class HelixModelItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HelixModelItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addTitlePropertyDescriptor(object);
			addFormatVersionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HelixModel_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HelixModel_title_feature", "_UI_HelixModel_type"),
				 CorePackage.Literals.HELIX_MODEL__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Format Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormatVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HelixModel_formatVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HelixModel_formatVersion_feature", "_UI_HelixModel_type"),
				 CorePackage.Literals.HELIX_MODEL__FORMAT_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(CorePackage.Literals.HELIX_MODEL__SOURCE_DOCUMENTS);
			childrenFeatures.add(CorePackage.Literals.HELIX_MODEL__JURISDICTIONS);
			childrenFeatures.add(CorePackage.Literals.HELIX_MODEL__ACTORS);
			childrenFeatures.add(CorePackage.Literals.HELIX_MODEL__RELATIONSHIPS);
			childrenFeatures.add(CorePackage.Literals.HELIX_MODEL__SECTORS);
			childrenFeatures.add(CorePackage.Literals.HELIX_MODEL__VALUE_CHAINS);
			childrenFeatures.add(CorePackage.Literals.HELIX_MODEL__CLUSTERS);
			childrenFeatures.add(CorePackage.Literals.HELIX_MODEL__TECHNOLOGIES);
			childrenFeatures.add(CorePackage.Literals.HELIX_MODEL__TRANSITION_PRIORITIES);
			childrenFeatures.add(CorePackage.Literals.HELIX_MODEL__ASSESSMENT_FRAMEWORKS);
			childrenFeatures.add(CorePackage.Literals.HELIX_MODEL__STRATEGIC_DOMAINS);
			childrenFeatures.add(CorePackage.Literals.HELIX_MODEL__DATA_SOURCES);
			childrenFeatures.add(CorePackage.Literals.HELIX_MODEL__COUNTRY_STRATEGIES);
			childrenFeatures.add(CorePackage.Literals.HELIX_MODEL__SITES);
			childrenFeatures.add(CorePackage.Literals.HELIX_MODEL__INFRASTRUCTURE);
			childrenFeatures.add(CorePackage.Literals.HELIX_MODEL__PROJECTS);
			childrenFeatures.add(CorePackage.Literals.HELIX_MODEL__INSTRUMENTS);
			childrenFeatures.add(CorePackage.Literals.HELIX_MODEL__INDICATORS);
			childrenFeatures.add(CorePackage.Literals.HELIX_MODEL__GOVERNANCE_BODIES);
			childrenFeatures.add(CorePackage.Literals.HELIX_MODEL__STAKEHOLDER_INPUTS);
			childrenFeatures.add(CorePackage.Literals.HELIX_MODEL__PROGRAMMES);
			childrenFeatures.add(CorePackage.Literals.HELIX_MODEL__RECOMMENDATIONS);
			childrenFeatures.add(CorePackage.Literals.HELIX_MODEL__RAW_MATERIALS);
			childrenFeatures.add(CorePackage.Literals.HELIX_MODEL__MATERIAL_GROUPS);
			childrenFeatures.add(CorePackage.Literals.HELIX_MODEL__MATERIAL_LISTS);
			childrenFeatures.add(CorePackage.Literals.HELIX_MODEL__MATERIALS_STRATEGIES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns HelixModel.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/HelixModel"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((HelixModel)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_HelixModel_type") :
			getString("_UI_HelixModel_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(HelixModel.class)) {
			case CorePackage.HELIX_MODEL__TITLE:
			case CorePackage.HELIX_MODEL__FORMAT_VERSION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CorePackage.HELIX_MODEL__SOURCE_DOCUMENTS:
			case CorePackage.HELIX_MODEL__JURISDICTIONS:
			case CorePackage.HELIX_MODEL__ACTORS:
			case CorePackage.HELIX_MODEL__RELATIONSHIPS:
			case CorePackage.HELIX_MODEL__SECTORS:
			case CorePackage.HELIX_MODEL__VALUE_CHAINS:
			case CorePackage.HELIX_MODEL__CLUSTERS:
			case CorePackage.HELIX_MODEL__TECHNOLOGIES:
			case CorePackage.HELIX_MODEL__TRANSITION_PRIORITIES:
			case CorePackage.HELIX_MODEL__ASSESSMENT_FRAMEWORKS:
			case CorePackage.HELIX_MODEL__STRATEGIC_DOMAINS:
			case CorePackage.HELIX_MODEL__DATA_SOURCES:
			case CorePackage.HELIX_MODEL__COUNTRY_STRATEGIES:
			case CorePackage.HELIX_MODEL__SITES:
			case CorePackage.HELIX_MODEL__INFRASTRUCTURE:
			case CorePackage.HELIX_MODEL__PROJECTS:
			case CorePackage.HELIX_MODEL__INSTRUMENTS:
			case CorePackage.HELIX_MODEL__INDICATORS:
			case CorePackage.HELIX_MODEL__GOVERNANCE_BODIES:
			case CorePackage.HELIX_MODEL__STAKEHOLDER_INPUTS:
			case CorePackage.HELIX_MODEL__PROGRAMMES:
			case CorePackage.HELIX_MODEL__RECOMMENDATIONS:
			case CorePackage.HELIX_MODEL__RAW_MATERIALS:
			case CorePackage.HELIX_MODEL__MATERIAL_GROUPS:
			case CorePackage.HELIX_MODEL__MATERIAL_LISTS:
			case CorePackage.HELIX_MODEL__MATERIALS_STRATEGIES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__SOURCE_DOCUMENTS,
				 CoreFactory.eINSTANCE.createSourceDocument()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__JURISDICTIONS,
				 EcosystemFactory.eINSTANCE.createJurisdiction()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__ACTORS,
				 EcosystemFactory.eINSTANCE.createOrganisation()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__ACTORS,
				 EcosystemFactory.eINSTANCE.createPerson()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__RELATIONSHIPS,
				 EcosystemFactory.eINSTANCE.createRelationship()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__SECTORS,
				 EcosystemFactory.eINSTANCE.createSector()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__VALUE_CHAINS,
				 EcosystemFactory.eINSTANCE.createValueChain()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__CLUSTERS,
				 EcosystemFactory.eINSTANCE.createCluster()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__TECHNOLOGIES,
				 EcosystemFactory.eINSTANCE.createTechnology()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__TRANSITION_PRIORITIES,
				 EcosystemFactory.eINSTANCE.createTransitionPriority()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__ASSESSMENT_FRAMEWORKS,
				 EcosystemFactory.eINSTANCE.createAssessmentFramework()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__STRATEGIC_DOMAINS,
				 EcosystemFactory.eINSTANCE.createStrategicDomain()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__DATA_SOURCES,
				 EcosystemFactory.eINSTANCE.createDataSource()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__COUNTRY_STRATEGIES,
				 EcosystemFactory.eINSTANCE.createCountryStrategy()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__SITES,
				 EcosystemFactory.eINSTANCE.createIndustrialSite()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__INFRASTRUCTURE,
				 EcosystemFactory.eINSTANCE.createInfrastructureElement()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__PROJECTS,
				 EcosystemFactory.eINSTANCE.createDecarbonisationProject()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__INSTRUMENTS,
				 EcosystemFactory.eINSTANCE.createPolicyInstrument()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__INSTRUMENTS,
				 EcosystemFactory.eINSTANCE.createFundingInstrument()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__INDICATORS,
				 CoreFactory.eINSTANCE.createIndicator()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__GOVERNANCE_BODIES,
				 GovernanceFactory.eINSTANCE.createGovernanceBody()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__GOVERNANCE_BODIES,
				 GovernanceFactory.eINSTANCE.createPermanentCouncil()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__GOVERNANCE_BODIES,
				 GovernanceFactory.eINSTANCE.createSoundingBoard()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__GOVERNANCE_BODIES,
				 GovernanceFactory.eINSTANCE.createWorkingGroup()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__STAKEHOLDER_INPUTS,
				 GovernanceFactory.eINSTANCE.createStakeholderInput()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__PROGRAMMES,
				 ProgrammeFactory.eINSTANCE.createProgramme()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__RECOMMENDATIONS,
				 ProgrammeFactory.eINSTANCE.createRecommendation()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__RAW_MATERIALS,
				 MaterialsFactory.eINSTANCE.createRawMaterial()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__MATERIAL_GROUPS,
				 MaterialsFactory.eINSTANCE.createMaterialGroup()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__MATERIAL_LISTS,
				 MaterialsFactory.eINSTANCE.createMaterialList()));

		newChildDescriptors.add
			(createChildParameter
				(CorePackage.Literals.HELIX_MODEL__MATERIALS_STRATEGIES,
				 MaterialsFactory.eINSTANCE.createMaterialsStrategy()));
	}

}
