package org.helix.model.edit;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.helix.model.core.NamedElement;
import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.ecosystem.Relationship;
import org.helix.model.ecosystem.RelationshipKind;
import org.helix.model.ecosystem.provider.EcosystemItemProviderAdapterFactory;
import org.helix.model.ecosystem.provider.RelationshipItemProvider;

/**
 * The ecosystem item providers, with labels that say more than the generated ones. Hand-written (src/, not src-gen/),
 * so regenerating the code keeps it; plugin.xml registers this factory for the ecosystem package instead of the
 * generated one, so every viewer, the Properties view and the diagrams get the same labels.
 * <p>
 * A relationship reads "Fluxys &rarr; Port of Antwerp (Partner)": source and target by name, the kind as EMF.Edit
 * names the enum literal (plugin.properties), a double arrow when it is bidirectional, and its own label after a
 * colon. The generated provider said only "Relationship".
 */
public class EcosystemLabelsAdapterFactory extends EcosystemItemProviderAdapterFactory {

	@Override
	public Adapter createRelationshipAdapter() {
		if (relationshipItemProvider == null) {
			relationshipItemProvider = new RelationshipLabels(this);
		}
		return relationshipItemProvider;
	}

	/** A relationship labelled by its ends and its kind. */
	public static class RelationshipLabels extends RelationshipItemProvider {

		public RelationshipLabels(EcosystemItemProviderAdapterFactory factory) {
			super(factory);
		}

		@Override
		public String getText(Object object) {
			Relationship relationship = (Relationship) object;
			String arrow = Boolean.TRUE.equals(relationship.getBidirectional()) ? " \u2194 " : " \u2192 ";
			StringBuilder text = new StringBuilder(end(relationship.getSource())).append(arrow)
					.append(end(relationship.getTarget()));
			RelationshipKind kind = relationship.getKind();
			if (kind != null && kind != RelationshipKind.UNSPECIFIED) {
				text.append(" (").append(kindLabel(kind)).append(')');
			}
			String label = relationship.getLabel();
			if (label != null && !label.isBlank()) {
				text.append(": ").append(label.strip());
			}
			return text.toString();
		}

		/** The display name EMF.Edit gives the literal, e.g. "Reports to" for REPORTS_TO. */
		public String kindLabel(RelationshipKind kind) {
			return getString("_UI_RelationshipKind_" + kind.getName() + "_literal");
		}

		private static String end(NamedElement element) {
			if (element == null) {
				return "?";
			}
			String name = element.getName();
			return name == null || name.isBlank() ? "(unnamed " + element.eClass().getName() + ")" : name.strip();
		}

		@Override
		public void notifyChanged(Notification notification) {
			// the generated provider refreshes the label only for attributes; the ends are references
			switch (notification.getFeatureID(Relationship.class)) {
			case EcosystemPackage.RELATIONSHIP__SOURCE, EcosystemPackage.RELATIONSHIP__TARGET -> {
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			}
			default -> super.notifyChanged(notification);
			}
		}
	}
}
