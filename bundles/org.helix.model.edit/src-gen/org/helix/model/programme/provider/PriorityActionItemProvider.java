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

import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.ProgrammeFactory;
import org.helix.model.programme.ProgrammePackage;

/**
 * This is the item provider adapter for a {@link org.helix.model.programme.PriorityAction} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PriorityActionItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PriorityActionItemProvider(AdapterFactory adapterFactory) {
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

			addCodePropertyDescriptor(object);
			addKindPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addNewActionPropertyDescriptor(object);
			addScopePropertyDescriptor(object);
			addPlanOfApproachPropertyDescriptor(object);
			addTimingPropertyDescriptor(object);
			addPriorityYearsPropertyDescriptor(object);
			addBudgetPlannedPropertyDescriptor(object);
			addBudgetCommittedPropertyDescriptor(object);
			addBudgetSpentPropertyDescriptor(object);
			addSelectionRationalePropertyDescriptor(object);
			addPlannedStartPropertyDescriptor(object);
			addPlannedEndPropertyDescriptor(object);
			addPercentCompletePropertyDescriptor(object);
			addRagOverridePropertyDescriptor(object);
			addRagOverrideJustificationPropertyDescriptor(object);
			addRagOverrideDatePropertyDescriptor(object);
			addDimensionsPropertyDescriptor(object);
			addObjectivesPropertyDescriptor(object);
			addRecommendationsPropertyDescriptor(object);
			addMandatePropertyDescriptor(object);
			addLeadPropertyDescriptor(object);
			addProjectLeaderPropertyDescriptor(object);
			addGroupPropertyDescriptor(object);
			addInvolvedActorsPropertyDescriptor(object);
			addInstrumentsPropertyDescriptor(object);
			addKpisPropertyDescriptor(object);
			addDependsOnPropertyDescriptor(object);
			addRagOverrideByPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PriorityAction_code_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_code_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
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
				 getString("_UI_PriorityAction_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_kind_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__KIND,
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
				 getString("_UI_PriorityAction_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_status_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the New Action feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNewActionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PriorityAction_newAction_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_newAction_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__NEW_ACTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Scope feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addScopePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PriorityAction_scope_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_scope_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__SCOPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Plan Of Approach feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPlanOfApproachPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PriorityAction_planOfApproach_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_planOfApproach_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__PLAN_OF_APPROACH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Timing feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTimingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PriorityAction_timing_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_timing_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__TIMING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Priority Years feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPriorityYearsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PriorityAction_priorityYears_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_priorityYears_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__PRIORITY_YEARS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Budget Planned feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBudgetPlannedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PriorityAction_budgetPlanned_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_budgetPlanned_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__BUDGET_PLANNED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Budget Committed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBudgetCommittedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PriorityAction_budgetCommitted_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_budgetCommitted_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__BUDGET_COMMITTED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Budget Spent feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBudgetSpentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PriorityAction_budgetSpent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_budgetSpent_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__BUDGET_SPENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Selection Rationale feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSelectionRationalePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PriorityAction_selectionRationale_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_selectionRationale_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__SELECTION_RATIONALE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Planned Start feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPlannedStartPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PriorityAction_plannedStart_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_plannedStart_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__PLANNED_START,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Planned End feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPlannedEndPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PriorityAction_plannedEnd_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_plannedEnd_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__PLANNED_END,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Percent Complete feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPercentCompletePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PriorityAction_percentComplete_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_percentComplete_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__PERCENT_COMPLETE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Rag Override feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRagOverridePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PriorityAction_ragOverride_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_ragOverride_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__RAG_OVERRIDE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Rag Override Justification feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRagOverrideJustificationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PriorityAction_ragOverrideJustification_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_ragOverrideJustification_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__RAG_OVERRIDE_JUSTIFICATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Rag Override Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRagOverrideDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PriorityAction_ragOverrideDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_ragOverrideDate_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__RAG_OVERRIDE_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dimensions feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDimensionsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PriorityAction_dimensions_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_dimensions_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__DIMENSIONS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Objectives feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addObjectivesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PriorityAction_objectives_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_objectives_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__OBJECTIVES,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Recommendations feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRecommendationsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PriorityAction_recommendations_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_recommendations_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__RECOMMENDATIONS,
				 true,
				 false,
				 true,
				 null,
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
				 getString("_UI_PriorityAction_mandate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_mandate_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__MANDATE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Lead feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLeadPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PriorityAction_lead_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_lead_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__LEAD,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Project Leader feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProjectLeaderPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PriorityAction_projectLeader_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_projectLeader_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__PROJECT_LEADER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Group feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGroupPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PriorityAction_group_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_group_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__GROUP,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Involved Actors feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInvolvedActorsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PriorityAction_involvedActors_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_involvedActors_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__INVOLVED_ACTORS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Instruments feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInstrumentsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PriorityAction_instruments_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_instruments_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__INSTRUMENTS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Kpis feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKpisPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PriorityAction_kpis_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_kpis_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__KPIS,
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
				 getString("_UI_PriorityAction_dependsOn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_dependsOn_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__DEPENDS_ON,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Rag Override By feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRagOverrideByPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PriorityAction_ragOverrideBy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PriorityAction_ragOverrideBy_feature", "_UI_PriorityAction_type"),
				 ProgrammePackage.Literals.PRIORITY_ACTION__RAG_OVERRIDE_BY,
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
			childrenFeatures.add(ProgrammePackage.Literals.PRIORITY_ACTION__DELIVERABLES);
			childrenFeatures.add(ProgrammePackage.Literals.PRIORITY_ACTION__MILESTONES);
			childrenFeatures.add(ProgrammePackage.Literals.PRIORITY_ACTION__RISKS);
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
	 * This returns PriorityAction.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/PriorityAction"));
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
		String label = ((PriorityAction)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_PriorityAction_type") :
			getString("_UI_PriorityAction_type") + " " + label;
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

		switch (notification.getFeatureID(PriorityAction.class)) {
			case ProgrammePackage.PRIORITY_ACTION__CODE:
			case ProgrammePackage.PRIORITY_ACTION__KIND:
			case ProgrammePackage.PRIORITY_ACTION__STATUS:
			case ProgrammePackage.PRIORITY_ACTION__NEW_ACTION:
			case ProgrammePackage.PRIORITY_ACTION__SCOPE:
			case ProgrammePackage.PRIORITY_ACTION__PLAN_OF_APPROACH:
			case ProgrammePackage.PRIORITY_ACTION__TIMING:
			case ProgrammePackage.PRIORITY_ACTION__PRIORITY_YEARS:
			case ProgrammePackage.PRIORITY_ACTION__BUDGET_PLANNED:
			case ProgrammePackage.PRIORITY_ACTION__BUDGET_COMMITTED:
			case ProgrammePackage.PRIORITY_ACTION__BUDGET_SPENT:
			case ProgrammePackage.PRIORITY_ACTION__SELECTION_RATIONALE:
			case ProgrammePackage.PRIORITY_ACTION__PLANNED_START:
			case ProgrammePackage.PRIORITY_ACTION__PLANNED_END:
			case ProgrammePackage.PRIORITY_ACTION__PERCENT_COMPLETE:
			case ProgrammePackage.PRIORITY_ACTION__RAG_OVERRIDE:
			case ProgrammePackage.PRIORITY_ACTION__RAG_OVERRIDE_JUSTIFICATION:
			case ProgrammePackage.PRIORITY_ACTION__RAG_OVERRIDE_DATE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ProgrammePackage.PRIORITY_ACTION__DELIVERABLES:
			case ProgrammePackage.PRIORITY_ACTION__MILESTONES:
			case ProgrammePackage.PRIORITY_ACTION__RISKS:
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
				(ProgrammePackage.Literals.PRIORITY_ACTION__DELIVERABLES,
				 ProgrammeFactory.eINSTANCE.createDeliverable()));

		newChildDescriptors.add
			(createChildParameter
				(ProgrammePackage.Literals.PRIORITY_ACTION__MILESTONES,
				 CoreFactory.eINSTANCE.createMilestone()));

		newChildDescriptors.add
			(createChildParameter
				(ProgrammePackage.Literals.PRIORITY_ACTION__RISKS,
				 ProgrammeFactory.eINSTANCE.createRisk()));
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
