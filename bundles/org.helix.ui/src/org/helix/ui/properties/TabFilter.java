package org.helix.ui.properties;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IFilter;

/** Shows a tab only for elements that have features on it (see {@link PropertyTab}); one subclass per tab. */
public abstract class TabFilter implements IFilter {

	private final PropertyTab tab;

	protected TabFilter(PropertyTab tab) {
		this.tab = tab;
	}

	@Override
	public boolean select(Object selected) {
		EObject element = Elements.element(selected);
		return element != null && tab.appliesTo(element.eClass());
	}

	public static class General extends TabFilter {
		public General() {
			super(PropertyTab.GENERAL);
		}
	}

	public static class Relations extends TabFilter {
		public Relations() {
			super(PropertyTab.RELATIONS);
		}
	}

	public static class Citations extends TabFilter {
		public Citations() {
			super(PropertyTab.CITATIONS);
		}
	}

	public static class Monitoring extends TabFilter {
		public Monitoring() {
			super(PropertyTab.MONITORING);
		}
	}
}
