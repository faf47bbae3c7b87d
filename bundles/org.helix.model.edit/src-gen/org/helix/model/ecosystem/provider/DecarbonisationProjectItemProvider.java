/**
 * Helix
 */
package org.helix.model.ecosystem.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.helix.model.core.CoreFactory;

import org.helix.model.core.provider.NamedElementItemProvider;

import org.helix.model.ecosystem.DecarbonisationProject;
import org.helix.model.ecosystem.EcosystemPackage;

import org.helix.model.edit.HelixEditPlugin;

/**
 * This is the item provider adapter for a {@link org.helix.model.ecosystem.DecarbonisationProject} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class DecarbonisationProjectItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DecarbonisationProjectItemProvider(AdapterFactory adapterFactory) {
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

			addTypesPropertyDescriptor(object);
			addTypeTextPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addStatusTextPropertyDescriptor(object);
			addFidTakenPropertyDescriptor(object);
			addLocationPropertyDescriptor(object);
			addCapacityPropertyDescriptor(object);
			addReductionPotentialPropertyDescriptor(object);
			addCompaniesPropertyDescriptor(object);
			addSitePropertyDescriptor(object);
			addSectorsPropertyDescriptor(object);
			addTechnologiesPropertyDescriptor(object);
			addFundedByPropertyDescriptor(object);
			addInfrastructurePropertyDescriptor(object);
			addDependsOnPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Types feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTypesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DecarbonisationProject_types_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DecarbonisationProject_types_feature", "_UI_DecarbonisationProject_type"),
				 EcosystemPackage.Literals.DECARBONISATION_PROJECT__TYPES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Type Text feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTypeTextPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DecarbonisationProject_typeText_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DecarbonisationProject_typeText_feature", "_UI_DecarbonisationProject_type"),
				 EcosystemPackage.Literals.DECARBONISATION_PROJECT__TYPE_TEXT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DecarbonisationProject_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DecarbonisationProject_status_feature", "_UI_DecarbonisationProject_type"),
				 EcosystemPackage.Literals.DECARBONISATION_PROJECT__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status Text feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusTextPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DecarbonisationProject_statusText_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DecarbonisationProject_statusText_feature", "_UI_DecarbonisationProject_type"),
				 EcosystemPackage.Literals.DECARBONISATION_PROJECT__STATUS_TEXT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Fid Taken feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFidTakenPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DecarbonisationProject_fidTaken_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DecarbonisationProject_fidTaken_feature", "_UI_DecarbonisationProject_type"),
				 EcosystemPackage.Literals.DECARBONISATION_PROJECT__FID_TAKEN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Location feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLocationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DecarbonisationProject_location_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DecarbonisationProject_location_feature", "_UI_DecarbonisationProject_type"),
				 EcosystemPackage.Literals.DECARBONISATION_PROJECT__LOCATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Capacity feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCapacityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DecarbonisationProject_capacity_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DecarbonisationProject_capacity_feature", "_UI_DecarbonisationProject_type"),
				 EcosystemPackage.Literals.DECARBONISATION_PROJECT__CAPACITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Reduction Potential feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReductionPotentialPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DecarbonisationProject_reductionPotential_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DecarbonisationProject_reductionPotential_feature", "_UI_DecarbonisationProject_type"),
				 EcosystemPackage.Literals.DECARBONISATION_PROJECT__REDUCTION_POTENTIAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Companies feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCompaniesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DecarbonisationProject_companies_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DecarbonisationProject_companies_feature", "_UI_DecarbonisationProject_type"),
				 EcosystemPackage.Literals.DECARBONISATION_PROJECT__COMPANIES,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Site feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSitePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DecarbonisationProject_site_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DecarbonisationProject_site_feature", "_UI_DecarbonisationProject_type"),
				 EcosystemPackage.Literals.DECARBONISATION_PROJECT__SITE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sectors feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSectorsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DecarbonisationProject_sectors_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DecarbonisationProject_sectors_feature", "_UI_DecarbonisationProject_type"),
				 EcosystemPackage.Literals.DECARBONISATION_PROJECT__SECTORS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Technologies feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTechnologiesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DecarbonisationProject_technologies_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DecarbonisationProject_technologies_feature", "_UI_DecarbonisationProject_type"),
				 EcosystemPackage.Literals.DECARBONISATION_PROJECT__TECHNOLOGIES,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Funded By feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFundedByPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DecarbonisationProject_fundedBy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DecarbonisationProject_fundedBy_feature", "_UI_DecarbonisationProject_type"),
				 EcosystemPackage.Literals.DECARBONISATION_PROJECT__FUNDED_BY,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Infrastructure feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInfrastructurePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DecarbonisationProject_infrastructure_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DecarbonisationProject_infrastructure_feature", "_UI_DecarbonisationProject_type"),
				 EcosystemPackage.Literals.DECARBONISATION_PROJECT__INFRASTRUCTURE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Depends On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDependsOnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DecarbonisationProject_dependsOn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DecarbonisationProject_dependsOn_feature", "_UI_DecarbonisationProject_type"),
				 EcosystemPackage.Literals.DECARBONISATION_PROJECT__DEPENDS_ON,
				 true,
				 false,
				 true,
				 null,
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
			childrenFeatures.add(EcosystemPackage.Literals.DECARBONISATION_PROJECT__MILESTONES);
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
	 * This returns DecarbonisationProject.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/DecarbonisationProject"));
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
		String label = ((DecarbonisationProject)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_DecarbonisationProject_type") :
			getString("_UI_DecarbonisationProject_type") + " " + label;
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

		switch (notification.getFeatureID(DecarbonisationProject.class)) {
			case EcosystemPackage.DECARBONISATION_PROJECT__TYPES:
			case EcosystemPackage.DECARBONISATION_PROJECT__TYPE_TEXT:
			case EcosystemPackage.DECARBONISATION_PROJECT__STATUS:
			case EcosystemPackage.DECARBONISATION_PROJECT__STATUS_TEXT:
			case EcosystemPackage.DECARBONISATION_PROJECT__FID_TAKEN:
			case EcosystemPackage.DECARBONISATION_PROJECT__LOCATION:
			case EcosystemPackage.DECARBONISATION_PROJECT__CAPACITY:
			case EcosystemPackage.DECARBONISATION_PROJECT__REDUCTION_POTENTIAL:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case EcosystemPackage.DECARBONISATION_PROJECT__MILESTONES:
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
				(EcosystemPackage.Literals.DECARBONISATION_PROJECT__MILESTONES,
				 CoreFactory.eINSTANCE.createMilestone()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return HelixEditPlugin.INSTANCE;
	}

}
