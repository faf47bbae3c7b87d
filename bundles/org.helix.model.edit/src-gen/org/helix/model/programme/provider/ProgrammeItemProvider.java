/**
 * Helix
 */
package org.helix.model.programme.provider;


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

import org.helix.model.edit.HelixEditPlugin;

import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammeFactory;
import org.helix.model.programme.ProgrammePackage;

/**
 * This is the item provider adapter for a {@link org.helix.model.programme.Programme} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ProgrammeItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProgrammeItemProvider(AdapterFactory adapterFactory) {
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

			addStartYearPropertyDescriptor(object);
			addEndYearPropertyDescriptor(object);
			addSequenceNumberPropertyDescriptor(object);
			addLegalBasisPropertyDescriptor(object);
			addOverallGoalPropertyDescriptor(object);
			addTargetYearPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addApprovalDatePropertyDescriptor(object);
			addCoordinatorPropertyDescriptor(object);
			addGoverningBodyPropertyDescriptor(object);
			addBodiesPropertyDescriptor(object);
			addPredecessorPropertyDescriptor(object);
			addSectorsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Start Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStartYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Programme_startYear_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Programme_startYear_feature", "_UI_Programme_type"),
				 ProgrammePackage.Literals.PROGRAMME__START_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the End Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEndYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Programme_endYear_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Programme_endYear_feature", "_UI_Programme_type"),
				 ProgrammePackage.Literals.PROGRAMME__END_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sequence Number feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSequenceNumberPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Programme_sequenceNumber_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Programme_sequenceNumber_feature", "_UI_Programme_type"),
				 ProgrammePackage.Literals.PROGRAMME__SEQUENCE_NUMBER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Legal Basis feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLegalBasisPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Programme_legalBasis_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Programme_legalBasis_feature", "_UI_Programme_type"),
				 ProgrammePackage.Literals.PROGRAMME__LEGAL_BASIS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Overall Goal feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOverallGoalPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Programme_overallGoal_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Programme_overallGoal_feature", "_UI_Programme_type"),
				 ProgrammePackage.Literals.PROGRAMME__OVERALL_GOAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Target Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Programme_targetYear_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Programme_targetYear_feature", "_UI_Programme_type"),
				 ProgrammePackage.Literals.PROGRAMME__TARGET_YEAR,
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
				 getString("_UI_Programme_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Programme_status_feature", "_UI_Programme_type"),
				 ProgrammePackage.Literals.PROGRAMME__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Approval Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addApprovalDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Programme_approvalDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Programme_approvalDate_feature", "_UI_Programme_type"),
				 ProgrammePackage.Literals.PROGRAMME__APPROVAL_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Coordinator feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCoordinatorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Programme_coordinator_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Programme_coordinator_feature", "_UI_Programme_type"),
				 ProgrammePackage.Literals.PROGRAMME__COORDINATOR,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Governing Body feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGoverningBodyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Programme_governingBody_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Programme_governingBody_feature", "_UI_Programme_type"),
				 ProgrammePackage.Literals.PROGRAMME__GOVERNING_BODY,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Bodies feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBodiesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Programme_bodies_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Programme_bodies_feature", "_UI_Programme_type"),
				 ProgrammePackage.Literals.PROGRAMME__BODIES,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Predecessor feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPredecessorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Programme_predecessor_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Programme_predecessor_feature", "_UI_Programme_type"),
				 ProgrammePackage.Literals.PROGRAMME__PREDECESSOR,
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
				 getString("_UI_Programme_sectors_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Programme_sectors_feature", "_UI_Programme_type"),
				 ProgrammePackage.Literals.PROGRAMME__SECTORS,
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
			childrenFeatures.add(ProgrammePackage.Literals.PROGRAMME__BUDGET);
			childrenFeatures.add(ProgrammePackage.Literals.PROGRAMME__DIMENSIONS);
			childrenFeatures.add(ProgrammePackage.Literals.PROGRAMME__OBJECTIVES);
			childrenFeatures.add(ProgrammePackage.Literals.PROGRAMME__RECOMMENDATIONS);
			childrenFeatures.add(ProgrammePackage.Literals.PROGRAMME__ACTIONS);
			childrenFeatures.add(ProgrammePackage.Literals.PROGRAMME__INDICATORS);
			childrenFeatures.add(ProgrammePackage.Literals.PROGRAMME__ANNUAL_PROGRAMMES);
			childrenFeatures.add(ProgrammePackage.Literals.PROGRAMME__MANDATES);
			childrenFeatures.add(ProgrammePackage.Literals.PROGRAMME__PROGRESS_REPORTS);
			childrenFeatures.add(ProgrammePackage.Literals.PROGRAMME__BASELINES);
			childrenFeatures.add(ProgrammePackage.Literals.PROGRAMME__EVALUATIONS);
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
	 * This returns Programme.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Programme"));
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
		String label = ((Programme)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Programme_type") :
			getString("_UI_Programme_type") + " " + label;
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

		switch (notification.getFeatureID(Programme.class)) {
			case ProgrammePackage.PROGRAMME__START_YEAR:
			case ProgrammePackage.PROGRAMME__END_YEAR:
			case ProgrammePackage.PROGRAMME__SEQUENCE_NUMBER:
			case ProgrammePackage.PROGRAMME__LEGAL_BASIS:
			case ProgrammePackage.PROGRAMME__OVERALL_GOAL:
			case ProgrammePackage.PROGRAMME__TARGET_YEAR:
			case ProgrammePackage.PROGRAMME__STATUS:
			case ProgrammePackage.PROGRAMME__APPROVAL_DATE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ProgrammePackage.PROGRAMME__BUDGET:
			case ProgrammePackage.PROGRAMME__DIMENSIONS:
			case ProgrammePackage.PROGRAMME__OBJECTIVES:
			case ProgrammePackage.PROGRAMME__RECOMMENDATIONS:
			case ProgrammePackage.PROGRAMME__ACTIONS:
			case ProgrammePackage.PROGRAMME__INDICATORS:
			case ProgrammePackage.PROGRAMME__ANNUAL_PROGRAMMES:
			case ProgrammePackage.PROGRAMME__MANDATES:
			case ProgrammePackage.PROGRAMME__PROGRESS_REPORTS:
			case ProgrammePackage.PROGRAMME__BASELINES:
			case ProgrammePackage.PROGRAMME__EVALUATIONS:
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
				(ProgrammePackage.Literals.PROGRAMME__BUDGET,
				 CoreFactory.eINSTANCE.createMonetaryAmount()));

		newChildDescriptors.add
			(createChildParameter
				(ProgrammePackage.Literals.PROGRAMME__DIMENSIONS,
				 ProgrammeFactory.eINSTANCE.createDimension()));

		newChildDescriptors.add
			(createChildParameter
				(ProgrammePackage.Literals.PROGRAMME__OBJECTIVES,
				 ProgrammeFactory.eINSTANCE.createObjective()));

		newChildDescriptors.add
			(createChildParameter
				(ProgrammePackage.Literals.PROGRAMME__RECOMMENDATIONS,
				 ProgrammeFactory.eINSTANCE.createRecommendation()));

		newChildDescriptors.add
			(createChildParameter
				(ProgrammePackage.Literals.PROGRAMME__ACTIONS,
				 ProgrammeFactory.eINSTANCE.createPriorityAction()));

		newChildDescriptors.add
			(createChildParameter
				(ProgrammePackage.Literals.PROGRAMME__INDICATORS,
				 CoreFactory.eINSTANCE.createIndicator()));

		newChildDescriptors.add
			(createChildParameter
				(ProgrammePackage.Literals.PROGRAMME__ANNUAL_PROGRAMMES,
				 ProgrammeFactory.eINSTANCE.createAnnualProgramme()));

		newChildDescriptors.add
			(createChildParameter
				(ProgrammePackage.Literals.PROGRAMME__MANDATES,
				 ProgrammeFactory.eINSTANCE.createGovernmentMandate()));

		newChildDescriptors.add
			(createChildParameter
				(ProgrammePackage.Literals.PROGRAMME__PROGRESS_REPORTS,
				 ProgrammeFactory.eINSTANCE.createProgressReport()));

		newChildDescriptors.add
			(createChildParameter
				(ProgrammePackage.Literals.PROGRAMME__BASELINES,
				 ProgrammeFactory.eINSTANCE.createPlanBaseline()));

		newChildDescriptors.add
			(createChildParameter
				(ProgrammePackage.Literals.PROGRAMME__EVALUATIONS,
				 ProgrammeFactory.eINSTANCE.createProgrammeEvaluation()));
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
