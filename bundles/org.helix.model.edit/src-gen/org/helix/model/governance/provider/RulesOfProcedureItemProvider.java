/**
 * Helix
 */
package org.helix.model.governance.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.helix.model.core.provider.HelixElementItemProvider;

import org.helix.model.edit.HelixEditPlugin;

import org.helix.model.governance.DecisionRule;
import org.helix.model.governance.GovernancePackage;
import org.helix.model.governance.RulesOfProcedure;

/**
 * This is the item provider adapter for a {@link org.helix.model.governance.RulesOfProcedure} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class RulesOfProcedureItemProvider extends HelixElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RulesOfProcedureItemProvider(AdapterFactory adapterFactory) {
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

			addAdoptedPropertyDescriptor(object);
			addDecisionRulePropertyDescriptor(object);
			addDivergingPositionsAllowedPropertyDescriptor(object);
			addVetoRightPropertyDescriptor(object);
			addNoConsensusHandlingPropertyDescriptor(object);
			addFormalFeedbackRequiredPropertyDescriptor(object);
			addTextPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Adopted feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAdoptedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RulesOfProcedure_adopted_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RulesOfProcedure_adopted_feature", "_UI_RulesOfProcedure_type"),
				 GovernancePackage.Literals.RULES_OF_PROCEDURE__ADOPTED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Decision Rule feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDecisionRulePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RulesOfProcedure_decisionRule_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RulesOfProcedure_decisionRule_feature", "_UI_RulesOfProcedure_type"),
				 GovernancePackage.Literals.RULES_OF_PROCEDURE__DECISION_RULE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Diverging Positions Allowed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDivergingPositionsAllowedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RulesOfProcedure_divergingPositionsAllowed_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RulesOfProcedure_divergingPositionsAllowed_feature", "_UI_RulesOfProcedure_type"),
				 GovernancePackage.Literals.RULES_OF_PROCEDURE__DIVERGING_POSITIONS_ALLOWED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Veto Right feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVetoRightPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RulesOfProcedure_vetoRight_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RulesOfProcedure_vetoRight_feature", "_UI_RulesOfProcedure_type"),
				 GovernancePackage.Literals.RULES_OF_PROCEDURE__VETO_RIGHT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the No Consensus Handling feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNoConsensusHandlingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RulesOfProcedure_noConsensusHandling_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RulesOfProcedure_noConsensusHandling_feature", "_UI_RulesOfProcedure_type"),
				 GovernancePackage.Literals.RULES_OF_PROCEDURE__NO_CONSENSUS_HANDLING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Formal Feedback Required feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormalFeedbackRequiredPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RulesOfProcedure_formalFeedbackRequired_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RulesOfProcedure_formalFeedbackRequired_feature", "_UI_RulesOfProcedure_type"),
				 GovernancePackage.Literals.RULES_OF_PROCEDURE__FORMAL_FEEDBACK_REQUIRED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Text feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTextPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RulesOfProcedure_text_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RulesOfProcedure_text_feature", "_UI_RulesOfProcedure_type"),
				 GovernancePackage.Literals.RULES_OF_PROCEDURE__TEXT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns RulesOfProcedure.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/RulesOfProcedure"));
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
		DecisionRule labelValue = ((RulesOfProcedure)object).getDecisionRule();
		String label = labelValue == null ? null : labelValue.toString();
		return label == null || label.length() == 0 ?
			getString("_UI_RulesOfProcedure_type") :
			getString("_UI_RulesOfProcedure_type") + " " + label;
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

		switch (notification.getFeatureID(RulesOfProcedure.class)) {
			case GovernancePackage.RULES_OF_PROCEDURE__ADOPTED:
			case GovernancePackage.RULES_OF_PROCEDURE__DECISION_RULE:
			case GovernancePackage.RULES_OF_PROCEDURE__DIVERGING_POSITIONS_ALLOWED:
			case GovernancePackage.RULES_OF_PROCEDURE__VETO_RIGHT:
			case GovernancePackage.RULES_OF_PROCEDURE__NO_CONSENSUS_HANDLING:
			case GovernancePackage.RULES_OF_PROCEDURE__FORMAL_FEEDBACK_REQUIRED:
			case GovernancePackage.RULES_OF_PROCEDURE__TEXT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
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
