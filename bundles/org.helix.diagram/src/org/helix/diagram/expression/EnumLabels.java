package org.helix.diagram.expression;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/**
 * The text a user reads for an enum value in a diagram label ("Reports to", not REPORTS_TO): the text EMF.Edit gives
 * it, i.e. what the Properties view shows, from the edit plug-in's generated {@code _UI_<Enum>_<NAME>_literal} strings.
 * It asks the item property descriptor of an attribute of that enum type (found in the registered packages) through
 * the item providers registered in {@code org.eclipse.emf.edit.itemProviderAdapterFactories}. Without an edit plug-in
 * for the enum (plain Java, or a third party's package without one) it falls back to the Ecore literal.
 */
public final class EnumLabels {

	private static final Map<Enumerator, String> TEXTS = new ConcurrentHashMap<>();
	private static final ComposedAdapterFactory ITEM_PROVIDERS = new ComposedAdapterFactory(
			ComposedAdapterFactory.Descriptor.Registry.INSTANCE);

	private EnumLabels() {
	}

	/** The EMF.Edit text of an enum value, cached (the strings do not change while running). */
	public static String text(Enumerator value) {
		return TEXTS.computeIfAbsent(value, EnumLabels::compute);
	}

	private static String compute(Enumerator value) {
		EEnum eEnum = eEnum(value);
		EAttribute attribute = eEnum == null ? null : attributeOfType(eEnum);
		if (attribute != null) {
			try {
				// a detached instance of a class with such an attribute: only its item provider is asked, nothing is kept
				EObject sample = EcoreUtil.create(attribute.getEContainingClass().isAbstract() ? concreteSubclass(attribute)
						: attribute.getEContainingClass());
				if (sample != null && ITEM_PROVIDERS.adapt(sample, IItemPropertySource.class) instanceof IItemPropertySource source) {
					for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(sample)) {
						if (descriptor.getFeature(sample) == attribute) {
							String text = descriptor.getLabelProvider(sample).getText(value);
							if (text != null && !text.isBlank()) {
								return text;
							}
						}
					}
				}
			} catch (RuntimeException e) {
				// no usable edit support for this enum: the literal is still a correct, if raw, text
			}
		}
		return value.getLiteral();
	}

	private static EEnum eEnum(Enumerator value) {
		if (value instanceof EEnumLiteral literal) {
			return literal.getEEnum();
		}
		Class<?> type = value instanceof Enum<?> e ? e.getDeclaringClass() : value.getClass();
		for (EPackage ePackage : packages()) {
			for (EClassifier classifier : ePackage.getEClassifiers()) {
				if (classifier instanceof EEnum eEnum && eEnum.getInstanceClass() == type) {
					return eEnum;
				}
			}
		}
		return null;
	}

	private static EAttribute attributeOfType(EEnum eEnum) {
		for (EPackage ePackage : packages()) {
			for (EClassifier classifier : ePackage.getEClassifiers()) {
				if (classifier instanceof EClass eClass) {
					for (EAttribute attribute : eClass.getEAttributes()) {
						if (attribute.getEAttributeType() == eEnum) {
							return attribute;
						}
					}
				}
			}
		}
		return null;
	}

	private static EClass concreteSubclass(EAttribute attribute) {
		for (EPackage ePackage : packages()) {
			for (EClassifier classifier : ePackage.getEClassifiers()) {
				if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()
						&& attribute.getEContainingClass().isSuperTypeOf(eClass)) {
					return eClass;
				}
			}
		}
		return null;
	}

	/** The registered packages (descriptors resolved); a package that cannot load is skipped. */
	private static Iterable<EPackage> packages() {
		ArrayList<EPackage> packages = new ArrayList<>();
		for (String nsURI : new ArrayList<>(EPackage.Registry.INSTANCE.keySet())) {
			try {
				EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(nsURI);
				if (ePackage != null) {
					packages.add(ePackage);
				}
			} catch (RuntimeException e) {
				// a broken contribution: not ours to report here
			}
		}
		return packages;
	}
}
