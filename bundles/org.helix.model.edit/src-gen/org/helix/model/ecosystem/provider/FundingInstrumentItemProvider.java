/**
 * Helix
 */
package org.helix.model.ecosystem.provider;


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

import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.ecosystem.FundingInstrument;

/**
 * This is the item provider adapter for a {@link org.helix.model.ecosystem.FundingInstrument} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class FundingInstrumentItemProvider extends PolicyInstrumentItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FundingInstrumentItemProvider(AdapterFactory adapterFactory) {
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

			addConditionsPropertyDescriptor(object);
			addCallOpensPropertyDescriptor(object);
			addCallClosesPropertyDescriptor(object);
			addTrlMinPropertyDescriptor(object);
			addTrlMaxPropertyDescriptor(object);
			addSupportsCapexPropertyDescriptor(object);
			addSupportsOpexPropertyDescriptor(object);
			addFundingSourcePropertyDescriptor(object);
			addParentFundPropertyDescriptor(object);
			addTechnologiesPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Conditions feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConditionsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FundingInstrument_conditions_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FundingInstrument_conditions_feature", "_UI_FundingInstrument_type"),
				 EcosystemPackage.Literals.FUNDING_INSTRUMENT__CONDITIONS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Call Opens feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCallOpensPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FundingInstrument_callOpens_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FundingInstrument_callOpens_feature", "_UI_FundingInstrument_type"),
				 EcosystemPackage.Literals.FUNDING_INSTRUMENT__CALL_OPENS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Call Closes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCallClosesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FundingInstrument_callCloses_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FundingInstrument_callCloses_feature", "_UI_FundingInstrument_type"),
				 EcosystemPackage.Literals.FUNDING_INSTRUMENT__CALL_CLOSES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Trl Min feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTrlMinPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FundingInstrument_trlMin_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FundingInstrument_trlMin_feature", "_UI_FundingInstrument_type"),
				 EcosystemPackage.Literals.FUNDING_INSTRUMENT__TRL_MIN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Trl Max feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTrlMaxPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FundingInstrument_trlMax_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FundingInstrument_trlMax_feature", "_UI_FundingInstrument_type"),
				 EcosystemPackage.Literals.FUNDING_INSTRUMENT__TRL_MAX,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Supports Capex feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSupportsCapexPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FundingInstrument_supportsCapex_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FundingInstrument_supportsCapex_feature", "_UI_FundingInstrument_type"),
				 EcosystemPackage.Literals.FUNDING_INSTRUMENT__SUPPORTS_CAPEX,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Supports Opex feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSupportsOpexPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FundingInstrument_supportsOpex_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FundingInstrument_supportsOpex_feature", "_UI_FundingInstrument_type"),
				 EcosystemPackage.Literals.FUNDING_INSTRUMENT__SUPPORTS_OPEX,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Funding Source feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFundingSourcePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FundingInstrument_fundingSource_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FundingInstrument_fundingSource_feature", "_UI_FundingInstrument_type"),
				 EcosystemPackage.Literals.FUNDING_INSTRUMENT__FUNDING_SOURCE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Parent Fund feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addParentFundPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FundingInstrument_parentFund_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FundingInstrument_parentFund_feature", "_UI_FundingInstrument_type"),
				 EcosystemPackage.Literals.FUNDING_INSTRUMENT__PARENT_FUND,
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
				 getString("_UI_FundingInstrument_technologies_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FundingInstrument_technologies_feature", "_UI_FundingInstrument_type"),
				 EcosystemPackage.Literals.FUNDING_INSTRUMENT__TECHNOLOGIES,
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
			childrenFeatures.add(EcosystemPackage.Literals.FUNDING_INSTRUMENT__AMOUNTS);
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
	 * This returns FundingInstrument.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/FundingInstrument"));
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
		String label = ((FundingInstrument)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_FundingInstrument_type") :
			getString("_UI_FundingInstrument_type") + " " + label;
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

		switch (notification.getFeatureID(FundingInstrument.class)) {
			case EcosystemPackage.FUNDING_INSTRUMENT__CONDITIONS:
			case EcosystemPackage.FUNDING_INSTRUMENT__CALL_OPENS:
			case EcosystemPackage.FUNDING_INSTRUMENT__CALL_CLOSES:
			case EcosystemPackage.FUNDING_INSTRUMENT__TRL_MIN:
			case EcosystemPackage.FUNDING_INSTRUMENT__TRL_MAX:
			case EcosystemPackage.FUNDING_INSTRUMENT__SUPPORTS_CAPEX:
			case EcosystemPackage.FUNDING_INSTRUMENT__SUPPORTS_OPEX:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case EcosystemPackage.FUNDING_INSTRUMENT__AMOUNTS:
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
				(EcosystemPackage.Literals.FUNDING_INSTRUMENT__AMOUNTS,
				 CoreFactory.eINSTANCE.createMonetaryAmount()));
	}

}
