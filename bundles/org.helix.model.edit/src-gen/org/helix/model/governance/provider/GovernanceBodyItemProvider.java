/**
 * Helix
 */
package org.helix.model.governance.provider;


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

import org.helix.model.core.provider.NamedElementItemProvider;

import org.helix.model.edit.HelixEditPlugin;

import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.GovernanceFactory;
import org.helix.model.governance.GovernancePackage;

/**
 * This is the item provider adapter for a {@link org.helix.model.governance.GovernanceBody} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class GovernanceBodyItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GovernanceBodyItemProvider(AdapterFactory adapterFactory) {
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

			addKindPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addLevelPropertyDescriptor(object);
			addMandatePropertyDescriptor(object);
			addTasksPropertyDescriptor(object);
			addMeetingCadencePropertyDescriptor(object);
			addMeetingsPerYearPropertyDescriptor(object);
			addCadenceTextPropertyDescriptor(object);
			addOpenMeetingPropertyDescriptor(object);
			addEstablishedPropertyDescriptor(object);
			addDissolvedPropertyDescriptor(object);
			addOrganisationPropertyDescriptor(object);
			addChairPropertyDescriptor(object);
			addTrekkerPropertyDescriptor(object);
			addSecretariatPropertyDescriptor(object);
			addSetUpByPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GovernanceBody_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GovernanceBody_kind_feature", "_UI_GovernanceBody_type"),
				 GovernancePackage.Literals.GOVERNANCE_BODY__KIND,
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
				 getString("_UI_GovernanceBody_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GovernanceBody_status_feature", "_UI_GovernanceBody_type"),
				 GovernancePackage.Literals.GOVERNANCE_BODY__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Level feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLevelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GovernanceBody_level_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GovernanceBody_level_feature", "_UI_GovernanceBody_type"),
				 GovernancePackage.Literals.GOVERNANCE_BODY__LEVEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Mandate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMandatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GovernanceBody_mandate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GovernanceBody_mandate_feature", "_UI_GovernanceBody_type"),
				 GovernancePackage.Literals.GOVERNANCE_BODY__MANDATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Tasks feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTasksPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GovernanceBody_tasks_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GovernanceBody_tasks_feature", "_UI_GovernanceBody_type"),
				 GovernancePackage.Literals.GOVERNANCE_BODY__TASKS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Meeting Cadence feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMeetingCadencePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GovernanceBody_meetingCadence_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GovernanceBody_meetingCadence_feature", "_UI_GovernanceBody_type"),
				 GovernancePackage.Literals.GOVERNANCE_BODY__MEETING_CADENCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Meetings Per Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMeetingsPerYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GovernanceBody_meetingsPerYear_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GovernanceBody_meetingsPerYear_feature", "_UI_GovernanceBody_type"),
				 GovernancePackage.Literals.GOVERNANCE_BODY__MEETINGS_PER_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cadence Text feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCadenceTextPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GovernanceBody_cadenceText_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GovernanceBody_cadenceText_feature", "_UI_GovernanceBody_type"),
				 GovernancePackage.Literals.GOVERNANCE_BODY__CADENCE_TEXT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Open Meeting feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOpenMeetingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GovernanceBody_openMeeting_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GovernanceBody_openMeeting_feature", "_UI_GovernanceBody_type"),
				 GovernancePackage.Literals.GOVERNANCE_BODY__OPEN_MEETING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Established feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEstablishedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GovernanceBody_established_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GovernanceBody_established_feature", "_UI_GovernanceBody_type"),
				 GovernancePackage.Literals.GOVERNANCE_BODY__ESTABLISHED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dissolved feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDissolvedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GovernanceBody_dissolved_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GovernanceBody_dissolved_feature", "_UI_GovernanceBody_type"),
				 GovernancePackage.Literals.GOVERNANCE_BODY__DISSOLVED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Organisation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOrganisationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GovernanceBody_organisation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GovernanceBody_organisation_feature", "_UI_GovernanceBody_type"),
				 GovernancePackage.Literals.GOVERNANCE_BODY__ORGANISATION,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Chair feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addChairPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GovernanceBody_chair_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GovernanceBody_chair_feature", "_UI_GovernanceBody_type"),
				 GovernancePackage.Literals.GOVERNANCE_BODY__CHAIR,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Trekker feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTrekkerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GovernanceBody_trekker_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GovernanceBody_trekker_feature", "_UI_GovernanceBody_type"),
				 GovernancePackage.Literals.GOVERNANCE_BODY__TREKKER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Secretariat feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSecretariatPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GovernanceBody_secretariat_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GovernanceBody_secretariat_feature", "_UI_GovernanceBody_type"),
				 GovernancePackage.Literals.GOVERNANCE_BODY__SECRETARIAT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Set Up By feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSetUpByPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GovernanceBody_setUpBy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GovernanceBody_setUpBy_feature", "_UI_GovernanceBody_type"),
				 GovernancePackage.Literals.GOVERNANCE_BODY__SET_UP_BY,
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
			childrenFeatures.add(GovernancePackage.Literals.GOVERNANCE_BODY__MEMBERSHIPS);
			childrenFeatures.add(GovernancePackage.Literals.GOVERNANCE_BODY__REPORTING_LINES);
			childrenFeatures.add(GovernancePackage.Literals.GOVERNANCE_BODY__MEETINGS);
			childrenFeatures.add(GovernancePackage.Literals.GOVERNANCE_BODY__RULES_OF_PROCEDURE);
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
	 * This returns GovernanceBody.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/GovernanceBody"));
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
		String label = ((GovernanceBody)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_GovernanceBody_type") :
			getString("_UI_GovernanceBody_type") + " " + label;
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

		switch (notification.getFeatureID(GovernanceBody.class)) {
			case GovernancePackage.GOVERNANCE_BODY__KIND:
			case GovernancePackage.GOVERNANCE_BODY__STATUS:
			case GovernancePackage.GOVERNANCE_BODY__LEVEL:
			case GovernancePackage.GOVERNANCE_BODY__MANDATE:
			case GovernancePackage.GOVERNANCE_BODY__TASKS:
			case GovernancePackage.GOVERNANCE_BODY__MEETING_CADENCE:
			case GovernancePackage.GOVERNANCE_BODY__MEETINGS_PER_YEAR:
			case GovernancePackage.GOVERNANCE_BODY__CADENCE_TEXT:
			case GovernancePackage.GOVERNANCE_BODY__OPEN_MEETING:
			case GovernancePackage.GOVERNANCE_BODY__ESTABLISHED:
			case GovernancePackage.GOVERNANCE_BODY__DISSOLVED:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case GovernancePackage.GOVERNANCE_BODY__MEMBERSHIPS:
			case GovernancePackage.GOVERNANCE_BODY__REPORTING_LINES:
			case GovernancePackage.GOVERNANCE_BODY__MEETINGS:
			case GovernancePackage.GOVERNANCE_BODY__RULES_OF_PROCEDURE:
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
				(GovernancePackage.Literals.GOVERNANCE_BODY__MEMBERSHIPS,
				 GovernanceFactory.eINSTANCE.createMembership()));

		newChildDescriptors.add
			(createChildParameter
				(GovernancePackage.Literals.GOVERNANCE_BODY__REPORTING_LINES,
				 GovernanceFactory.eINSTANCE.createReportingLine()));

		newChildDescriptors.add
			(createChildParameter
				(GovernancePackage.Literals.GOVERNANCE_BODY__MEETINGS,
				 GovernanceFactory.eINSTANCE.createMeeting()));

		newChildDescriptors.add
			(createChildParameter
				(GovernancePackage.Literals.GOVERNANCE_BODY__RULES_OF_PROCEDURE,
				 GovernanceFactory.eINSTANCE.createRulesOfProcedure()));
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
