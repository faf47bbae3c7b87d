package org.helix.io.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.helix.io.Keys;

/**
 * Chemical elements by symbol with their English and Dutch names, so that a table in English ("Cobalt") meets a model
 * in Dutch ("kobalt"): both stand for the symbol Co. The elements are those the EU's criticality assessments name
 * (and a few common ones); names are the IUPAC English names (with the British spellings the EU uses) and the Dutch
 * names of the Nederlandse Taalunie's word list. A symbol matches only as written ("Co", not "CO" or "co").
 */
public final class ChemicalElements {

	private static final String[][] ELEMENTS = { { "Al", "aluminium", "aluminum" }, { "Sb", "antimony", "antimoon" },
			{ "As", "arsenic", "arseen" }, { "Ba", "barium" }, { "Be", "beryllium" }, { "Bi", "bismuth", "bismut" },
			{ "B", "boron", "boor" }, { "Cd", "cadmium" }, { "Ce", "cerium" }, { "Cr", "chromium", "chroom" },
			{ "Co", "cobalt", "kobalt" }, { "Cu", "copper", "koper" }, { "Dy", "dysprosium" }, { "Er", "erbium" },
			{ "Eu", "europium" }, { "F", "fluorine", "fluor" }, { "Gd", "gadolinium" }, { "Ga", "gallium" },
			{ "Ge", "germanium" }, { "Au", "gold", "goud" }, { "Hf", "hafnium" }, { "He", "helium" },
			{ "Ho", "holmium" }, { "In", "indium" }, { "Ir", "iridium" }, { "Fe", "iron", "ijzer" },
			{ "Kr", "krypton" }, { "La", "lanthanum", "lanthaan" }, { "Pb", "lead", "lood" }, { "Li", "lithium" },
			{ "Lu", "lutetium" }, { "Mg", "magnesium" }, { "Mn", "manganese", "mangaan" },
			{ "Mo", "molybdenum", "molybdeen" }, { "Nd", "neodymium" }, { "Ne", "neon" }, { "Ni", "nickel", "nikkel" },
			{ "Nb", "niobium" }, { "Pd", "palladium" }, { "P", "phosphorus", "fosfor" }, { "Pt", "platinum", "platina" },
			{ "K", "potassium", "kalium" }, { "Pr", "praseodymium" }, { "Re", "rhenium" }, { "Rh", "rhodium" },
			{ "Ru", "ruthenium" }, { "Sm", "samarium" }, { "Sc", "scandium" }, { "Se", "selenium" },
			{ "Si", "silicon", "silicium" }, { "Ag", "silver", "zilver" }, { "Sr", "strontium" },
			{ "S", "sulphur", "sulfur", "zwavel" }, { "Ta", "tantalum", "tantaal" }, { "Te", "tellurium" },
			{ "Tb", "terbium" }, { "Tm", "thulium" }, { "Sn", "tin" }, { "Ti", "titanium", "titaan" },
			{ "W", "tungsten", "wolfraam" }, { "V", "vanadium" }, { "Yb", "ytterbium" }, { "Y", "yttrium" },
			{ "Zn", "zinc", "zink" }, { "Zr", "zirconium" }, { "Xe", "xenon" }, { "C", "carbon", "koolstof" },
			{ "H", "hydrogen", "waterstof" } };

	private static final Map<String, String> BY_NAME = new HashMap<>();
	private static final Set<String> SYMBOLS = new HashSet<>();

	static {
		for (String[] element : ELEMENTS) {
			SYMBOLS.add(element[0]);
			for (int i = 1; i < element.length; i++) {
				BY_NAME.put(element[i], element[0]);
			}
		}
	}

	private ChemicalElements() {
	}

	/** The symbol a text names (an English or Dutch element name in any case, or the symbol as written), or null. */
	public static String symbolOf(String text) {
		if (text == null) {
			return null;
		}
		String trimmed = text.trim();
		if (SYMBOLS.contains(trimmed)) {
			return trimmed;
		}
		return BY_NAME.get(Keys.normalise(trimmed));
	}
}
