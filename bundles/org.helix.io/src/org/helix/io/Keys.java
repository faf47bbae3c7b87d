package org.helix.io;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.helix.io.internal.ChemicalElements;
import org.helix.model.core.NamedElement;
import org.helix.model.materials.RawMaterial;

/**
 * The keys an element is known by, and those a cell's text stands for, normalised so that case, accents and spacing do
 * not matter. An element is known by its name, its aliases, its code and abbreviation when it has them; a raw material
 * also by its chemical symbol, and every English or Dutch element name or symbol among these stands for that symbol,
 * so "Cobalt", "kobalt" and "Co" all meet at {@code symbol:Co}.
 */
public final class Keys {

	private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
	private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

	private Keys() {
	}

	public static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String trimmed = text.trim();
		String decomposed = Normalizer.isNormalized(trimmed, Normalizer.Form.NFD) ? trimmed
				: MARKS.matcher(Normalizer.normalize(trimmed, Normalizer.Form.NFD)).replaceAll("");
		return SPACES.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll(" ");
	}

	/** The keys of an element (empty for an element without name, code or symbol). */
	public static Set<String> of(EObject element) {
		Set<String> keys = new LinkedHashSet<>();
		if (element instanceof NamedElement named) {
			add(keys, named.getName());
			named.getAliases().forEach(alias -> add(keys, alias));
		}
		for (String feature : new String[] { "code", "abbreviation" }) {
			EStructuralFeature code = element.eClass().getEStructuralFeature(feature);
			if (code != null && element.eGet(code) instanceof String text) {
				add(keys, text);
			}
		}
		if (element instanceof RawMaterial material) {
			Set<String> symbols = new LinkedHashSet<>();
			if (material.getSymbol() != null && !material.getSymbol().isBlank()) {
				symbols.add(material.getSymbol().trim());
			}
			symbols.add(ChemicalElements.symbolOf(material.getName()));
			material.getAliases().forEach(alias -> symbols.add(ChemicalElements.symbolOf(alias)));
			symbols.stream().filter(s -> s != null).forEach(symbol -> keys.add("symbol:" + symbol));
		}
		return keys;
	}

	/** The keys a cell stands for when it names a raw material: the text, and the symbol of an element it names. */
	public static Set<String> ofMaterialText(String text) {
		Set<String> keys = new LinkedHashSet<>();
		add(keys, text);
		String symbol = ChemicalElements.symbolOf(text);
		if (symbol != null) {
			keys.add("symbol:" + symbol);
		}
		return keys;
	}

	private static void add(Set<String> keys, String text) {
		String key = normalise(text);
		if (!key.isEmpty()) {
			keys.add(key);
		}
	}
}
