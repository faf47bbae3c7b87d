package org.helix.diagram.viewpoint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.helix.diagram.expression.EnumLabels;
import org.helix.diagram.functions.FunctionRegistry;
import org.helix.diagram.functions.StyleProvider;
import org.helix.diagram.model.description.ConditionalStyle;
import org.helix.diagram.model.description.ContainerMapping;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.DiagramElementMapping;
import org.helix.diagram.model.description.EdgeMapping;
import org.helix.diagram.model.description.Layer;
import org.helix.diagram.model.description.NodeMapping;
import org.helix.diagram.model.description.Style;

/**
 * The legend of a diagram, generated from its description: one entry per node and edge mapping of the active layers
 * (its label and default style), one per conditional style (the mapping's label, the condition in words, the style),
 * and one per look a mapping's style provider declares ({@link StyleProvider#legend()}). Nothing is written per
 * diagram: a new mapping, conditional style or provider shows up by itself. UI-free, so the canvas overlay and the
 * exports draw the same entries.
 */
public final class Legend {

	/** What an entry stands for: a node look or an edge look. */
	public enum Kind {
		NODE, EDGE
	}

	/**
	 * One line of the legend.
	 *
	 * @param kind node or edge (how the swatch is drawn)
	 * @param text what it means, e.g. "Governance body" or "Governance body: kind is Permanent council"
	 * @param style the look (a NodeStyle or EdgeStyle; a conditional or provided style only sets what it changes)
	 * @param base the mapping's own style the entry's style goes over (null for a mapping's entry itself)
	 * @param mappingId the mapping it describes
	 */
	public record Entry(Kind kind, String text, Style style, Style base, String mappingId) {

		/** A style attribute: the entry's own when it sets it, else the mapping's, else null (the renderer's default). */
		public Object value(EStructuralFeature feature) {
			for (Style s : new Style[] { style, base }) {
				if (s != null && s.eClass().getEAllStructuralFeatures().contains(feature) && s.eIsSet(feature)) {
					return s.eGet(feature);
				}
			}
			return null;
		}
	}

	private Legend() {
	}

	/** The entries for a diagram of {@code description} with these layers active (all non-optional ones always). */
	public static List<Entry> of(DiagramDescription description, Collection<String> activeLayers) {
		List<Entry> entries = new ArrayList<>();
		List<EdgeMapping> edges = new ArrayList<>();
		for (Layer layer : description.getLayers()) {
			if (layer.isOptional() && !activeLayers.contains(layer.getId())) {
				continue;
			}
			for (NodeMapping mapping : layer.getNodeMappings()) {
				addNode(mapping, activeLayers, entries);
			}
			edges.addAll(layer.getEdgeMappings());
		}
		for (EdgeMapping mapping : edges) {
			add(Kind.EDGE, mapping, activeLayers, entries);
		}
		return entries;
	}

	private static void addNode(NodeMapping mapping, Collection<String> activeLayers, List<Entry> entries) {
		add(Kind.NODE, mapping, activeLayers, entries);
		if (mapping instanceof ContainerMapping container) {
			for (NodeMapping sub : container.getSubMappings()) {
				addNode(sub, activeLayers, entries);
			}
		}
		for (NodeMapping border : mapping.getBorderedNodeMappings()) {
			addNode(border, activeLayers, entries); // border nodes have a look of their own too
		}
	}

	private static void add(Kind kind, DiagramElementMapping mapping, Collection<String> activeLayers, List<Entry> entries) {
		String name = mapping.getLabel() != null ? mapping.getLabel() : mapping.getId();
		entries.add(new Entry(kind, name, mapping.getStyle(), null, mapping.getId()));
		for (ConditionalStyle conditional : mapping.getConditionalStyles()) {
			String condition = withoutLayerSwitches(conditional.getCondition(), activeLayers);
			if (condition == null) {
				continue; // a style option that is switched off: the look cannot appear
			}
			entries.add(new Entry(kind, name + ": " + inWords(condition, mapping.getDomainClass()),
					conditional.getStyle(), mapping.getStyle(), mapping.getId()));
		}
		if (mapping instanceof NodeMapping node) {
			// a decoration: the mapping's look with the badge's kind and meaning (its label, else its condition in words)
			for (org.helix.diagram.model.description.Decoration decoration : node.getDecorations()) {
				String meaning = decoration.getLabel() != null ? decoration.getLabel()
						: inWords(decoration.getCondition(), mapping.getDomainClass());
				entries.add(new Entry(kind, name + ": " + decoration.getKind().getLiteral().toLowerCase() + " badge, " + meaning,
						mapping.getStyle(), null, mapping.getId()));
			}
			// a validation rule of the viewpoint on this mapping's elements: its badge, named by the rule's label
			EClass nodeClass = eClass(mapping.getDomainClass());
			if (nodeClass != null && org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(mapping) instanceof org.helix.diagram.model.description.Viewpoint viewpoint) {
				for (org.helix.diagram.model.description.ValidationRule rule : viewpoint.getValidationRules()) {
					EClass ruleClass = eClass(rule.getDomainClass());
					if (ruleClass != null && ruleClass.isSuperTypeOf(nodeClass)) {
						entries.add(new Entry(kind, name + ": " + rule.getSeverity().getLiteral().toLowerCase() + " badge, rule: "
								+ (rule.getLabel() != null ? rule.getLabel() : rule.getId()), mapping.getStyle(), null, mapping.getId()));
					}
				}
			}
		}
		StyleProvider provider = mapping.getStyleProvider() == null ? null
				: FunctionRegistry.getDefault().styleProvider(mapping.getStyleProvider());
		if (provider != null) {
			for (Map.Entry<String, Style> look : provider.legend(activeLayers).entrySet()) {
				entries.add(new Entry(kind, name + ": " + look.getKey(), look.getValue(), mapping.getStyle(), mapping.getId()));
			}
		}
	}

	private static final Pattern LAYER_SWITCH = Pattern.compile("(not\\s+)?\\$layers\\.contains\\('([^']*)'\\)");

	/**
	 * A condition without its style-option tests ({@code $layers.contains('L')}, optionally negated, joined to the rest
	 * by {@code and}): null when such a test is false for these active layers (the conditional style cannot apply, so
	 * the legend leaves it out), else the rest of the condition ("" when nothing is left). A condition with {@code or}
	 * is returned unchanged, since dropping a part of it could change its meaning.
	 */
	static String withoutLayerSwitches(String condition, Collection<String> activeLayers) {
		if (condition == null || !condition.contains("$layers") || condition.matches("(?s).*\\bor\\b.*")) {
			return condition;
		}
		Matcher m = LAYER_SWITCH.matcher(condition);
		while (m.find()) {
			if (activeLayers.contains(m.group(2)) == (m.group(1) != null)) {
				return null;
			}
		}
		String rest = m.replaceAll("").trim();
		// the tests were joined by 'and': drop the 'and's they leave at the ends or doubled
		rest = rest.replaceAll("^(and\\s+)+|(\\s+and)+$", "").replaceAll("\\band\\s+(and\\s+)+", "and ").trim();
		return rest.equals("and") ? "" : rest;
	}

	private static final Pattern FUNCTION = Pattern.compile("java\\('[^']*',\\s*'(\\w+)'\\)");
	private static final Pattern NUMBER_COMPARISON = Pattern.compile("(\\w+)\\s*(>=|<=|!=|=|>|<)\\s*(-?\\d+(?:\\.\\d+)?)");

	private static final Pattern COMPARISON = Pattern.compile("(\\w+)\\s*(!=|=)\\s*'([^']*)'");
	private static final Pattern IS_A = Pattern.compile("(not\\s+)?isA\\('(\\w+)'\\)");
	private static final Pattern NULL_TEST = Pattern.compile("(\\w+(?:\\.\\w+)*)\\s*(!=|=)\\s*null");

	/**
	 * A condition of the expression language in words: {@code kind = 'PERMANENT_COUNCIL'} reads "kind is Permanent
	 * council" (the enum value as EMF.Edit names it, when the feature is an enum of the mapping's class),
	 * {@code !=} "is not", {@code isA('GovernanceBody')} "is a governance body", {@code x = null} "has no x". Anything
	 * else is shown as written.
	 */
	public static String inWords(String condition, String domainClass) {
		if (condition == null) {
			return "";
		}
		EClass eClass = eClass(domainClass);
		// a computed value (a metric of the diagram functions) reads as its name: java('…metric', 'community') → community
		condition = FUNCTION.matcher(condition).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
		Matcher m = NUMBER_COMPARISON.matcher(condition);
		StringBuilder numbers = new StringBuilder();
		while (m.find()) {
			String relation = switch (m.group(2)) {
				case "=" -> " is " + m.group(3);
				case "!=" -> " is not " + m.group(3);
				case ">=" -> " is " + m.group(3) + " or more";
				case "<=" -> " is " + m.group(3) + " or less";
				case ">" -> " is more than " + m.group(3);
				default -> " is less than " + m.group(3);
			};
			m.appendReplacement(numbers, Matcher.quoteReplacement(words(m.group(1)) + relation));
		}
		m.appendTail(numbers);
		condition = numbers.toString();
		m = COMPARISON.matcher(condition);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String value = enumText(eClass, m.group(1), m.group(3));
			m.appendReplacement(out, Matcher.quoteReplacement(words(m.group(1)) + (m.group(2).equals("=") ? " is " : " is not ") + value));
		}
		m.appendTail(out);
		String text = out.toString();
		m = IS_A.matcher(text);
		out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement((m.group(1) != null ? "is not a " : "is a ") + words(m.group(2))));
		}
		m.appendTail(out);
		text = out.toString();
		m = NULL_TEST.matcher(text);
		out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement((m.group(2).equals("=") ? "has no " : "has a ") + words(m.group(1))));
		}
		m.appendTail(out);
		return out.toString();
	}

	/** camelCase and dotted names as lower-case words: "organisation.name" → "organisation name". */
	private static String words(String name) {
		return name.replace('.', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
	}

	private static String enumText(EClass eClass, String feature, String literal) {
		EStructuralFeature structural = eClass == null ? null : eClass.getEStructuralFeature(feature);
		if (structural != null && structural.getEType() instanceof EEnum eEnum) {
			EEnumLiteral value = eEnum.getEEnumLiteral(literal);
			if (value == null) {
				value = eEnum.getEEnumLiteralByLiteral(literal);
			}
			if (value != null) {
				return EnumLabels.text(value.getInstance());
			}
		}
		return literal;
	}

	private static EClass eClass(String name) {
		if (name == null) {
			return null;
		}
		for (String nsURI : List.copyOf(EPackage.Registry.INSTANCE.keySet())) {
			try {
				EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(nsURI);
				EClassifier classifier = ePackage == null ? null : ePackage.getEClassifier(name);
				if (classifier instanceof EClass eClass) {
					return eClass;
				}
			} catch (RuntimeException e) {
				// a package that cannot load: look in the others
			}
		}
		return null;
	}
}
