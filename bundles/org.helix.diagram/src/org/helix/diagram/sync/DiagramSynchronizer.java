package org.helix.diagram.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.helix.diagram.expression.Dependencies;
import org.helix.diagram.expression.Expression;
import org.helix.diagram.expression.ExpressionException;
import org.helix.diagram.expression.Expressions;
import org.helix.diagram.functions.FunctionRegistry;
import org.helix.diagram.functions.StyleProvider;
import org.helix.diagram.model.description.ConditionalStyle;
import org.helix.diagram.model.description.DescriptionFactory;
import org.helix.diagram.model.description.ContainerMapping;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.DiagramElementMapping;
import org.helix.diagram.model.description.EdgeMapping;
import org.helix.diagram.model.description.Filter;
import org.helix.diagram.model.description.FilterKind;
import org.helix.diagram.model.description.Layer;
import org.helix.diagram.model.description.NodeMapping;
import org.helix.diagram.model.description.NodeStyle;
import org.helix.diagram.model.description.Style;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.model.notation.DiagramElement;
import org.helix.diagram.model.notation.Edge;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.model.notation.NotationFactory;

/**
 * Computes what a diagram shows from its description and brings the notation in line: missing nodes and edges are
 * created, stale ones removed, labels, styles and visibility updated. Existing notation elements are kept (with their
 * positions, pins and user styles) and only touched where something differs, so a refresh after a small model change
 * makes a small change to the notation.
 * <p>
 * A synchronized diagram shows every candidate of its mappings. An unsynchronized one shows only the nodes the user
 * put there ({@link #show}); its nodes still go away when their element is deleted, and edges between shown nodes are
 * still computed, as in Sirius.
 * <p>
 * {@link #refresh()} changes the notation directly; callers run it inside a command ({@link #refreshCommand}).
 */
public class DiagramSynchronizer {

	private static final double DEFAULT_WIDTH = 140;
	private static final double DEFAULT_HEIGHT = 50;
	private static final double DEFAULT_CONTAINER_WIDTH = 320;
	private static final double DEFAULT_CONTAINER_HEIGHT = 200;
	private static final double DEFAULT_BORDER_SIZE = 16;

	private final DiagramDescription description;
	private final Diagram diagram;
	private final Map<String, DiagramElementMapping> mappingsById = new HashMap<>();
	private final Set<String> problems = new LinkedHashSet<>();
	private final Set<ShowRequest> requested = new LinkedHashSet<>();
	private boolean dirty = true;
	// incremental refresh: the model changes since the last refresh, or 'full' when they are not known
	private boolean incremental = true;
	private boolean full = true;
	private final List<Change> changes = new ArrayList<>();
	private Scope scope;
	private Statistics lastRefresh;
	// the elements whose top-level nodes stay visible while the user focuses on a neighbourhood; null: no focus
	private Set<EObject> focus;
	// base style -> provided style -> merged; identity maps because styles are compared by identity when applied
	private final Map<Style, Map<Style, Style>> mergedStyles = new IdentityHashMap<>();
	private static final Style NO_STYLE = DescriptionFactory.eINSTANCE.createNodeStyle();

	private record Key(String mappingId, EObject semantic) {
	}

	private record EdgeKey(String mappingId, EObject semantic, Node source, Node target) {
	}

	private record ShowRequest(String mappingId, EObject semantic) {
	}

	/** One feature of one object changed; containment: the feature is a containment reference. */
	private record Change(EObject object, String feature, boolean containment) {
	}

	/** More changes than this between two refreshes (a bulk import) are refreshed in full. */
	private static final int MAX_CHANGES = 2_000;

	/**
	 * What the last refresh did, for tests and the benchmark: whether it was a full one, how many notation elements it
	 * re-evaluated (label, style, visibility), and the mappings it re-evaluated elements of or recomputed.
	 */
	record Statistics(boolean full, int updatedElements, Set<String> touchedMappings) {
	}

	public DiagramSynchronizer(DiagramDescription description, Diagram diagram) {
		this.description = description;
		this.diagram = diagram;
		for (Layer layer : description.getLayers()) {
			for (NodeMapping mapping : layer.getNodeMappings()) {
				index(mapping);
			}
			layer.getEdgeMappings().forEach(mapping -> mappingsById.put(mapping.getId(), mapping));
		}
	}

	private void index(NodeMapping mapping) {
		mappingsById.put(mapping.getId(), mapping);
		if (mapping instanceof ContainerMapping container) {
			container.getSubMappings().forEach(this::index);
		}
		mapping.getBorderedNodeMappings().forEach(this::index);
	}

	public Diagram diagram() {
		return diagram;
	}

	public DiagramDescription description() {
		return description;
	}

	public DiagramElementMapping mapping(String id) {
		return mappingsById.get(id);
	}

	/**
	 * Problems of the last full refresh (bad expressions in the description), one line each, with those incremental
	 * refreshes found since.
	 */
	public List<String> problems() {
		return List.copyOf(problems);
	}

	public boolean isDirty() {
		return dirty;
	}

	/** The next refresh recomputes everything (the change is not known: layers, filters, a change outside the model). */
	public void markDirty() {
		dirty = true;
		full = true;
	}

	/**
	 * The model changed as {@code notification} says: the next refresh re-evaluates only what reads the changed feature
	 * (see {@link Dependencies}); a notification that is not a feature change of a model object makes it a full one.
	 */
	public void modelChanged(Notification notification) {
		if (notification.isTouch()) {
			return;
		}
		dirty = true;
		if (notification.getNotifier() instanceof EObject object && notification.getFeature() instanceof EStructuralFeature feature
				&& changes.size() < MAX_CHANGES) {
			changes.add(new Change(object, feature.getName(), feature instanceof EReference reference && reference.isContainment()));
		} else {
			full = true;
		}
	}

	/**
	 * Whether refreshes after model changes re-evaluate only what the changes can affect (the default) or everything;
	 * the result is the same, see docs/diagrams.md. Off for benchmarks comparing the two, or to rule the mechanism out.
	 */
	public void setIncremental(boolean incremental) {
		this.incremental = incremental;
	}

	void markClean() {
		dirty = false;
		full = false;
		changes.clear();
	}

	/** What the last refresh did (null before the first). */
	Statistics lastRefresh() {
		return lastRefresh;
	}

	/** The elements a neighbourhood focus keeps visible, or null when nothing is focused. */
	public Set<EObject> focus() {
		return focus == null ? null : Set.copyOf(focus);
	}

	/**
	 * A command that hides every top-level node whose element is not in {@code elements} (and so the edges at those
	 * nodes), or shows everything again for null; one undo restores the previous focus. The focus is a view state: it
	 * is not saved with the diagram. See {@link Neighbourhood}.
	 */
	public RecordingCommand focusCommand(Set<EObject> elements) {
		Set<EObject> previous = focus;
		Set<EObject> next = elements == null ? null : Set.copyOf(elements);
		return new RecordingCommand(next == null ? "Show all" : "Focus on neighbourhood", List.of(diagram.eResource()), () -> {
			focus = next;
			full = true;
			refresh();
		}) {
			@Override
			public void undo() {
				super.undo();
				focus = previous;
			}

			@Override
			public void redo() {
				super.redo();
				focus = next;
			}
		};
	}

	/** Sets the layers and filters that are active by default; for new diagrams. */
	public void initialize() {
		for (Layer layer : description.getLayers()) {
			if (!layer.isOptional() || layer.isActiveByDefault()) {
				diagram.getActiveLayers().add(layer.getId());
			}
		}
		for (Filter filter : description.getFilters()) {
			if (filter.isActiveByDefault()) {
				diagram.getActiveFilters().add(filter.getId());
			}
		}
		diagram.setSynchronized(description.isSynchronized());
	}

	/** In an unsynchronized diagram, asks the next refresh to show {@code semantic} with the given mapping. */
	public void show(NodeMapping mapping, EObject semantic) {
		requested.add(new ShowRequest(mapping.getId(), semantic));
		markDirty();
	}

	/** A command that refreshes the notation and records the change (undoable). */
	public RecordingCommand refreshCommand() {
		return new RecordingCommand("Refresh diagram", List.of(diagram.eResource()), this::refresh);
	}

	/**
	 * Brings the notation in line with the model. Run it inside a command when the change must be undoable. After model
	 * changes it was told about ({@link #modelChanged}), only what they can affect is re-evaluated; otherwise (first
	 * refresh, {@link #markDirty()}, a refresh of a clean diagram, {@code setIncremental(false)}) everything is.
	 */
	public void refresh() {
		long start = System.nanoTime();
		try {
			synchronize();
		} finally {
			lastRefreshNanos = System.nanoTime() - start;
		}
	}

	/** How long the last refresh took, in nanoseconds (for the benchmark, which times a change and its refresh). */
	public long lastRefreshNanos() {
		return lastRefreshNanos;
	}

	private long lastRefreshNanos;

	private void synchronize() {
		// incremental only after model changes it was told about; an explicit refresh of a clean diagram is a full one
		scope = !dirty || full || !incremental || !requested.isEmpty() ? null : new Scope(changes);
		if (scope == null) {
			problems.clear();
		}
		full = false;
		changes.clear();
		EObject root = diagram.getSemanticRoot();
		if (root == null || root.eIsProxy() || root.eResource() == null) {
			problems.add("the diagram's semantic root is missing");
			dirty = false;
			full = true; // when the root comes back, everything is new
			lastRefresh = new Statistics(true, 0, Set.of());
			return;
		}
		List<NodeMapping> topMappings = new ArrayList<>();
		List<EdgeMapping> edgeMappings = new ArrayList<>();
		for (Layer layer : description.getLayers()) {
			if (isActive(layer)) {
				topMappings.addAll(layer.getNodeMappings());
				edgeMappings.addAll(layer.getEdgeMappings());
			}
		}
		List<Filter> filters = description.getFilters().stream()
				.filter(filter -> diagram.getActiveFilters().contains(filter.getId())).toList();
		Map<EObject, List<Node>> nodesBySemantic = new LinkedHashMap<>(); // in node order: edges come out in the same order every run
		updated = 0;
		touched = new HashSet<>();
		syncNodes(null, topMappings, root, diagram.getNodes(), filters, nodesBySemantic, true, false);
		syncEdges(root, edgeMappings, filters, nodesBySemantic);
		lastRefresh = new Statistics(scope == null, updated, Set.copyOf(touched));
		requested.clear();
		scope = null;
		dirty = false;
	}

	// statistics of the running refresh
	private int updated;
	private Set<String> touched;

	/**
	 * The model changes an incremental refresh answers to, and what each mapping reads (with the current layers and
	 * filters). Candidates of node mappings are always recomputed (cheap: a list per mapping and a lookup per element), so
	 * nodes come and go, and come in the same order, exactly as in a full refresh; what is skipped is re-evaluating the
	 * label, style and visibility of elements whose inputs did not change, and recomputing edge mappings whose
	 * candidates, ends and end nodes did not change.
	 */
	private final class Scope {
		private final Set<String> features = new HashSet<>();
		private final Map<String, Set<EObject>> objectsByFeature = new HashMap<>();
		private boolean containment;
		private final Map<DiagramElementMapping, Dependencies> elementReads = new HashMap<>();
		private final Map<DiagramElementMapping, Reach> reach = new HashMap<>();
		/** Mappings that got or lost a node in this refresh: the edge mappings ending at them are recomputed. */
		private final Set<String> nodeSetChanged = new HashSet<>();
		/** Nodes whose visibility changed in this refresh: their edges are updated. */
		private final Set<Node> visibilityChanged = new HashSet<>();

		Scope(List<Change> changes) {
			for (Change change : changes) {
				features.add(change.feature());
				objectsByFeature.computeIfAbsent(change.feature(), k -> new HashSet<>()).add(change.object());
				containment |= change.containment();
			}
		}

		/** Which elements of a mapping the changes reach through what these reads read. */
		Reach reach(Dependencies reads) {
			if (reads.everything() || reads.readsContainers() && containment
					|| reads.otherFeatures().stream().anyMatch(features::contains)) {
				return Reach.ALL;
			}
			Set<EObject> objects = new HashSet<>();
			for (String feature : reads.selfFeatures()) {
				objects.addAll(objectsByFeature.getOrDefault(feature, Set.of()));
			}
			return objects.isEmpty() ? Reach.NONE : new Reach(objects);
		}

		/** The elements of this mapping whose label, style or visibility the changes may change. */
		Reach elements(DiagramElementMapping mapping, List<Filter> filters) {
			return reach.computeIfAbsent(mapping, m -> reach(elementReads(m, filters)));
		}

		private Dependencies elementReads(DiagramElementMapping mapping, List<Filter> filters) {
			return elementReads.computeIfAbsent(mapping, m -> {
				List<String> layers = List.copyOf(diagram.getActiveLayers());
				Dependencies reads = blank(m.getLabelExpression()) ? Dependencies.ofSelf(List.of("name"))
						: reads(m.getLabelExpression(), layers);
				for (ConditionalStyle conditional : m.getConditionalStyles()) {
					reads = reads.and(reads(conditional.getCondition(), layers));
				}
				for (Filter filter : filters) {
					if (filter.getMappings().isEmpty() || filter.getMappings().contains(m)) {
						reads = reads.and(reads(filter.getCondition(), layers));
					}
				}
				String provider = m.getStyleProvider();
				if (!blank(provider)) {
					StyleProvider styleProvider = FunctionRegistry.getDefault().styleProvider(provider);
					reads = reads.and(styleProvider == null ? Dependencies.EVERYTHING : styleProvider.reads(layers));
				}
				return reads;
			});
		}

		/**
		 * Whether an edge mapping's set of edges may change: its candidates, precondition, source or target read a
		 * changed feature (of any object), or a node of its source or target mappings came or went.
		 */
		boolean edgesChange(EdgeMapping mapping) {
			List<String> layers = List.copyOf(diagram.getActiveLayers());
			Dependencies reads = reads(mapping.getTargetExpression(), layers);
			if (!blank(mapping.getDomainClass())) {
				reads = reads.and(blank(mapping.getSemanticCandidates()) ? Dependencies.CONTAINMENT
						: reads(mapping.getSemanticCandidates(), layers));
				reads = reads.and(reads(mapping.getPrecondition(), layers)).and(reads(mapping.getSourceExpression(), layers));
			}
			return reach(reads.anywhere()) != Reach.NONE
					|| mapping.getSourceMappings().stream().anyMatch(m -> nodeSetChanged.contains(m.getId()))
					|| mapping.getTargetMappings().stream().anyMatch(m -> nodeSetChanged.contains(m.getId()));
		}

		/** See {@link DiagramSynchronizer#keep}: the existing edges of this mapping by element, for elements that did not change. */
		Map<EObject, List<Edge>> unchangedEdges(EdgeMapping mapping) {
			List<String> layers = List.copyOf(diagram.getActiveLayers());
			Dependencies ends = reads(mapping.getSourceExpression(), layers).and(reads(mapping.getTargetExpression(), layers))
					.and(reads(mapping.getPrecondition(), layers));
			boolean nodesSame = mapping.getSourceMappings().stream().noneMatch(m -> nodeSetChanged.contains(m.getId()))
					&& mapping.getTargetMappings().stream().noneMatch(m -> nodeSetChanged.contains(m.getId()));
			if (!nodesSame || ends.everything() || ends.readsContainers() || !ends.otherFeatures().isEmpty()) {
				return Map.of();
			}
			Set<EObject> changed = new HashSet<>();
			for (String feature : ends.selfFeatures()) {
				changed.addAll(objectsByFeature.getOrDefault(feature, Set.of()));
			}
			Map<EObject, List<Edge>> edges = new HashMap<>();
			for (Edge edge : diagram.getEdges()) {
				if (mapping.getId().equals(edge.getMappingId()) && !changed.contains(edge.getSemanticElement())) {
					edges.computeIfAbsent(edge.getSemanticElement(), k -> new ArrayList<>()).add(edge);
				}
			}
			return edges;
		}

		private static Dependencies reads(String expression, List<String> layers) {
			if (blank(expression)) {
				return Dependencies.NONE;
			}
			try {
				return Dependencies.of(Expressions.parse(expression), layers);
			} catch (ExpressionException e) {
				return Dependencies.EVERYTHING; // a refresh reports it; here it only must not be missed
			}
		}
	}

	/** The elements a change reaches: all, none, or those with these semantic elements. */
	private record Reach(Set<EObject> objects) {
		static final Reach ALL = new Reach(null);
		static final Reach NONE = new Reach(Set.of());

		boolean contains(EObject semantic) {
			return objects == null || objects.contains(semantic);
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** Whether a refresh re-evaluates this element: always in a full refresh, else when a change may reach it. */
	private boolean needsUpdate(DiagramElementMapping mapping, EObject semantic, List<Filter> filters, boolean forced) {
		return scope == null || forced || scope.elements(mapping, filters).contains(semantic);
	}

	private boolean isActive(Layer layer) {
		return !layer.isOptional() || diagram.getActiveLayers().contains(layer.getId());
	}

	/** @param parentChanged the parent node is new or its visibility changed: its children are re-evaluated too */
	private void syncNodes(Node parent, List<NodeMapping> mappings, EObject context, EList<Node> children,
			List<Filter> filters, Map<EObject, List<Node>> nodesBySemantic, boolean topLevel, boolean parentChanged) {
		Map<Key, Node> existing = new LinkedHashMap<>();
		for (Node node : children) {
			existing.put(new Key(node.getMappingId(), node.getSemanticElement()), node);
		}
		Set<Node> wanted = new HashSet<>();
		for (NodeMapping mapping : mappings) {
			List<EObject> candidates = candidates(mapping, context, topLevel);
			for (EObject candidate : candidates) {
				Key key = new Key(mapping.getId(), candidate);
				Node node = existing.get(key);
				boolean created = false;
				if (node == null) {
					if (!diagram.isSynchronized() && !requested.contains(new ShowRequest(mapping.getId(), candidate))) {
						continue;
					}
					node = createNode(mapping, candidate);
					children.add(node);
					existing.put(key, node);
					created = true;
					if (scope != null) {
						scope.nodeSetChanged.add(mapping.getId());
					}
				}
				if (!wanted.add(node)) {
					continue;
				}
				boolean changed = updateNode(node, mapping, candidate, filters, parent, created || parentChanged);
				nodesBySemantic.computeIfAbsent(candidate, k -> new ArrayList<>()).add(node);
				if (mapping instanceof ContainerMapping container) {
					syncNodes(node, container.getSubMappings(), candidate, node.getChildren(), filters, nodesBySemantic, false,
							created || changed);
				}
				if (!mapping.getBorderedNodeMappings().isEmpty() || !node.getBorderedNodes().isEmpty()) {
					// border nodes: candidates evaluated on this node's element, as for sub-mappings (Sirius does the same)
					syncNodes(node, mapping.getBorderedNodeMappings(), candidate, node.getBorderedNodes(), filters, nodesBySemantic,
							false, created || changed);
				}
			}
		}
		List<Node> stale = new ArrayList<>();
		for (Node node : children) {
			if (wanted.contains(node)) {
				continue;
			}
			EObject semantic = node.getSemanticElement();
			boolean dead = semantic == null || semantic.eIsProxy() || semantic.eResource() == null;
			DiagramElementMapping mapping = mappingsById.get(node.getMappingId());
			if (diagram.isSynchronized() || dead || !(mapping instanceof NodeMapping nodeMapping)) {
				stale.add(node);
			} else {
				// unsynchronized: the user's node stays as long as its element exists
				updateNode(node, nodeMapping, semantic, filters, parent, parentChanged);
				nodesBySemantic.computeIfAbsent(semantic, k -> new ArrayList<>()).add(node);
			}
		}
		if (!stale.isEmpty()) {
			if (scope != null) {
				stale.forEach(this::nodeSetChanged);
			}
			children.removeAll(stale);
		}
	}

	/** A node and the nodes inside it go: edges at them must be recomputed. */
	private void nodeSetChanged(Node node) {
		scope.nodeSetChanged.add(node.getMappingId());
		node.getChildren().forEach(this::nodeSetChanged);
		node.getBorderedNodes().forEach(this::nodeSetChanged);
	}

	/**
	 * Re-evaluates a node when a full refresh would or a change may reach it; returns whether its visibility or
	 * collapsed state changed, which its children and its edges then follow.
	 */
	private boolean updateNode(Node node, NodeMapping mapping, EObject semantic, List<Filter> filters, Node parent, boolean forced) {
		if (!needsUpdate(mapping, semantic, filters, forced)) {
			return false;
		}
		boolean visible = node.isVisible();
		boolean collapsed = node.isCollapsed();
		update(node, mapping, semantic, filters, parent);
		boolean changed = visible != node.isVisible() || collapsed != node.isCollapsed();
		if (changed && scope != null) {
			scope.visibilityChanged.add(node);
		}
		return changed;
	}

	private List<EObject> candidates(DiagramElementMapping mapping, EObject context, boolean topLevel) {
		EClass domainClass = domainClass(mapping, context.eResource().getResourceSet());
		List<EObject> result = new ArrayList<>();
		try {
			if (mapping.getSemanticCandidates() == null || mapping.getSemanticCandidates().isBlank()) {
				// default: top-level mappings take every element below the root, nested ones the direct children
				var contents = topLevel ? context.eAllContents() : context.eContents().iterator();
				contents.forEachRemaining(object -> addCandidate(result, object, domainClass, mapping));
			} else {
				// $root is the diagram's semantic root, $parent the element whose children are computed (the root at top
				// level, the container's element for sub-mappings), so a sub-mapping can collect elements that refer to
				// its container: $root.rawMaterials.activities[stage = $parent]
				Map<String, Object> variables = new HashMap<>();
				variables.put("root", diagram.getSemanticRoot());
				variables.put("parent", context);
				for (Object object : Expressions.parse(mapping.getSemanticCandidates()).evaluateList(context, variables)) {
					if (object instanceof EObject eObject) {
						addCandidate(result, eObject, domainClass, mapping);
					}
				}
			}
		} catch (ExpressionException | IllegalArgumentException e) {
			problems.add("mapping " + mapping.getId() + ": " + e.getMessage());
			return List.of();
		}
		return result;
	}

	private void addCandidate(List<EObject> result, EObject object, EClass domainClass, DiagramElementMapping mapping) {
		if (domainClass != null && !domainClass.isInstance(object)) {
			return;
		}
		String precondition = mapping.getPrecondition();
		if (precondition != null && !precondition.isBlank() && !Expressions.parse(precondition).test(object)) {
			return;
		}
		result.add(object);
	}

	private static EClass domainClass(DiagramElementMapping mapping, ResourceSet resourceSet) {
		String name = mapping.getDomainClass();
		return name == null || name.isBlank() ? null : ModelAccess.eClass(resourceSet, name);
	}

	private Node createNode(NodeMapping mapping, EObject semantic) {
		Node node = NotationFactory.eINSTANCE.createNode();
		node.setMappingId(mapping.getId());
		node.setSemanticElement(semantic);
		boolean container = mapping instanceof ContainerMapping;
		double width = container ? DEFAULT_CONTAINER_WIDTH : DEFAULT_WIDTH;
		double height = container ? DEFAULT_CONTAINER_HEIGHT : DEFAULT_HEIGHT;
		if (mapping.eContainingFeature() == org.helix.diagram.model.description.DescriptionPackage.Literals.NODE_MAPPING__BORDERED_NODE_MAPPINGS) {
			width = height = DEFAULT_BORDER_SIZE; // a port, not a box
		}
		if (mapping.getStyle() instanceof NodeStyle style) {
			width = style.getWidth() > 0 ? style.getWidth() : width;
			height = style.getHeight() > 0 ? style.getHeight() : height;
		}
		node.setWidth(width);
		node.setHeight(height);
		return node;
	}

	private void update(DiagramElement element, DiagramElementMapping mapping, EObject labelSource, List<Filter> filters,
			Node parent) {
		update(element, mapping, labelSource, filters, parent, true);
	}

	private void update(DiagramElement element, DiagramElementMapping mapping, EObject labelSource, List<Filter> filters,
			Node parent, boolean endsVisible) {
		updated++;
		touched.add(mapping.getId());
		String label = label(mapping, labelSource);
		if (!Objects.equals(label, element.getLabel())) {
			element.setLabel(label);
		}
		int index = styleIndex(mapping, labelSource);
		Style style = provided(mapping, labelSource,
				index < 0 ? mapping.getStyle() : mapping.getConditionalStyles().get(index).getStyle());
		String styleKey = index < 0 ? "default" : "conditional:" + index;
		if (!Objects.equals(styleKey, element.getStyleKey())) {
			element.setStyleKey(styleKey);
		}
		if (element.getAppliedStyle() != style) {
			element.setAppliedStyle(style);
		}
		if (element instanceof Node node && !node.isPinned() && style instanceof NodeStyle nodeStyle && sizes(mapping)) {
			resize(node, nodeStyle);
		}
		boolean hidden = false;
		boolean collapsed = false;
		EObject semantic = element.getSemanticElement();
		for (Filter filter : filters) {
			if (!filter.getMappings().isEmpty() && !filter.getMappings().contains(mapping)) {
				continue;
			}
			if (test(filter.getCondition(), semantic, "filter " + filter.getId())) {
				hidden |= filter.getKind() == FilterKind.HIDE;
				collapsed |= filter.getKind() == FilterKind.COLLAPSE;
			}
		}
		boolean focused = focus == null || !(element instanceof Node) || parent != null || focus.contains(semantic);
		boolean visible = !hidden && focused && endsVisible && (parent == null || (parent.isVisible() && !parent.isCollapsed()));
		if (element.isVisible() != visible) {
			element.setVisible(visible);
		}
		if (element instanceof Node node && collapsed && !node.isCollapsed()) {
			node.setCollapsed(true); // a filter collapses; expanding again is the user's choice
		}
	}

	/**
	 * The mapping's style with the attributes set by its style provider over it. The merged style is cached by the
	 * identity of both, so an unchanged look keeps the same applied style and a refresh changes nothing. It is not
	 * part of the styleKey, which is saved: a provider may depend on the date (RAG), and a saved diagram must not.
	 */
	private Style provided(DiagramElementMapping mapping, EObject semantic, Style base) {
		String id = mapping.getStyleProvider();
		if (id == null || id.isBlank()) {
			return base;
		}
		FunctionRegistry registry = FunctionRegistry.getDefault();
		StyleProvider provider = registry.styleProvider(id);
		if (provider == null) {
			problems.add("style provider of " + mapping.getId() + ": unknown style provider '" + id + "'");
			return base;
		}
		Style over;
		try {
			over = provider.style(semantic, variables());
		} catch (RuntimeException e) {
			registry.failed(id, e); // the element keeps the mapping's style; the refresh goes on
			problems.add("style provider " + id + " of " + mapping.getId() + " failed: " + e);
			return base;
		}
		if (over == null) {
			return base;
		}
		Map<Style, Style> byOver = mergedStyles.computeIfAbsent(base == null ? NO_STYLE : base, k -> new IdentityHashMap<>());
		return byOver.computeIfAbsent(over, k -> merge(base, over));
	}

	/** Whether the mapping's style provider sizes nodes ({@link StyleProvider#sizes()}), e.g. by a network metric. */
	private static boolean sizes(DiagramElementMapping mapping) {
		String id = mapping.getStyleProvider();
		StyleProvider provider = id == null || id.isBlank() ? null : FunctionRegistry.getDefault().styleProvider(id);
		return provider != null && provider.sizes();
	}

	/** A node of a sizing provider takes the applied style's size (a pinned node keeps the size the user gave it). */
	private static void resize(Node node, NodeStyle style) {
		if (style.getWidth() > 0 && node.getWidth() != style.getWidth()) {
			node.setX(node.getX() + (node.getWidth() - style.getWidth()) / 2); // grow around the centre
			node.setWidth(style.getWidth());
		}
		if (style.getHeight() > 0 && node.getHeight() != style.getHeight()) {
			node.setY(node.getY() + (node.getHeight() - style.getHeight()) / 2);
			node.setHeight(style.getHeight());
		}
	}

	private static Style merge(Style base, Style over) {
		if (base == null || !base.eClass().isSuperTypeOf(over.eClass()) && !over.eClass().isSuperTypeOf(base.eClass())) {
			return base == null ? EcoreUtil.copy(over) : base; // a node style over an edge mapping has nothing to say
		}
		Style merged = EcoreUtil.copy(base);
		for (EStructuralFeature feature : over.eClass().getEAllStructuralFeatures()) {
			if (over.eIsSet(feature) && merged.eClass().getEAllStructuralFeatures().contains(feature)) {
				merged.eSet(feature, over.eGet(feature));
			}
		}
		return merged;
	}

	private String label(DiagramElementMapping mapping, EObject semantic) {
		String expression = mapping.getLabelExpression();
		try {
			if (expression != null && !expression.isBlank()) {
				return Expressions.parse(expression).evaluateString(semantic);
			}
		} catch (ExpressionException e) {
			problems.add("label of " + mapping.getId() + ": " + e.getMessage());
			return "?";
		}
		EStructuralFeature name = semantic.eClass().getEStructuralFeature("name");
		Object value = name == null ? null : semantic.eGet(name);
		return value != null ? value.toString() : semantic.eClass().getName();
	}

	private int styleIndex(DiagramElementMapping mapping, EObject semantic) {
		List<ConditionalStyle> conditional = mapping.getConditionalStyles();
		for (int i = 0; i < conditional.size(); i++) {
			if (test(conditional.get(i).getCondition(), semantic, "conditional style " + i + " of " + mapping.getId())) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * What conditions and style providers see besides the element: {@code $root}, and {@code $layers}, the ids of the
	 * active layers, so that a conditional style can be a style option the user switches with an (otherwise empty)
	 * optional layer: {@code $layers.contains('eco.colour.community') and ...}.
	 */
	private Map<String, Object> variables() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("root", diagram.getSemanticRoot());
		variables.put("layers", List.copyOf(diagram.getActiveLayers()));
		return variables;
	}

	private boolean test(String condition, EObject semantic, String where) {
		try {
			return Expressions.parse(condition).test(semantic, variables());
		} catch (ExpressionException e) {
			problems.add(where + ": " + e.getMessage());
			return false;
		}
	}

	private void syncEdges(EObject root, List<EdgeMapping> mappings, List<Filter> filters,
			Map<EObject, List<Node>> nodesBySemantic) {
		Map<EdgeKey, Edge> existing = new HashMap<>();
		for (Edge edge : diagram.getEdges()) {
			existing.put(new EdgeKey(edge.getMappingId(), edge.getSemanticElement(), edge.getSource(), edge.getTarget()), edge);
		}
		Set<Edge> wanted = new HashSet<>();
		Set<String> kept = new HashSet<>(); // edge mappings whose edges stay as they are (incremental refresh)
		for (EdgeMapping mapping : mappings) {
			if (scope != null && !scope.edgesChange(mapping)) {
				kept.add(mapping.getId());
				updateKept(mapping, filters);
				continue;
			}
			if (scope != null) {
				touched.add(mapping.getId());
			}
			Set<String> sourceIds = ids(mapping.getSourceMappings());
			Set<String> targetIds = ids(mapping.getTargetMappings());
			try {
				Expression targetExpression = Expressions.parse(mapping.getTargetExpression());
				if (mapping.getDomainClass() != null && !mapping.getDomainClass().isBlank()) {
					Expression sourceExpression = Expressions.parse(mapping.getSourceExpression());
					Map<EObject, List<Edge>> unchanged = scope == null ? Map.of() : scope.unchangedEdges(mapping);
					for (EObject element : candidates(mapping, root, true)) {
						List<Edge> same = unchanged.get(element);
						if (same != null) {
							keep(mapping, element, same, wanted, filters);
							continue;
						}
						for (Object source : sourceExpression.evaluateList(element)) {
							for (Object target : targetExpression.evaluateList(element)) {
								connect(mapping, element, element, nodes(nodesBySemantic, source, sourceIds),
										nodes(nodesBySemantic, target, targetIds), existing, wanted, filters);
							}
						}
					}
				} else {
					for (Map.Entry<EObject, List<Node>> entry : List.copyOf(nodesBySemantic.entrySet())) {
						List<Node> sources = entry.getValue().stream().filter(n -> sourceIds.contains(n.getMappingId())).toList();
						if (sources.isEmpty()) {
							continue;
						}
						for (Object target : targetExpression.evaluateList(entry.getKey())) {
							connect(mapping, entry.getKey(), entry.getKey(), sources, nodes(nodesBySemantic, target, targetIds),
									existing, wanted, filters);
						}
					}
				}
			} catch (ExpressionException | IllegalArgumentException e) {
				problems.add("mapping " + mapping.getId() + ": " + e.getMessage());
			}
		}
		List<Edge> stale = diagram.getEdges().stream().filter(edge -> !wanted.contains(edge) && !kept.contains(edge.getMappingId())).toList();
		if (!stale.isEmpty()) {
			diagram.getEdges().removeAll(stale);
		}
	}

	private void connect(EdgeMapping mapping, EObject semantic, EObject labelSource, List<Node> sources, List<Node> targets,
			Map<EdgeKey, Edge> existing, Set<Edge> wanted, List<Filter> filters) {
		for (Node source : sources) {
			for (Node target : targets) {
				EdgeKey key = new EdgeKey(mapping.getId(), semantic, source, target);
				Edge edge = existing.get(key);
				boolean created = edge == null;
				if (edge == null) {
					edge = NotationFactory.eINSTANCE.createEdge();
					edge.setMappingId(mapping.getId());
					edge.setSemanticElement(semantic);
					edge.setSource(source);
					edge.setTarget(target);
					diagram.getEdges().add(edge);
					existing.put(key, edge);
				}
				if (wanted.add(edge) && needsUpdate(mapping, labelSource, filters, created || endChanged(edge))) {
					update(edge, mapping, labelSource, filters, null, source.isVisible() && target.isVisible());
				}
			}
		}
	}

	/**
	 * The edges of a recomputed edge mapping that an unchanged candidate keeps as they are: those of an element none of
	 * whose features read by the source, target and precondition changed, when these read nothing but the element's
	 * own features and the end mappings got and lost no node (so its ends and their nodes are what they were).
	 */
	private void keep(EdgeMapping mapping, EObject element, List<Edge> edges, Set<Edge> wanted, List<Filter> filters) {
		for (Edge edge : edges) {
			if (wanted.add(edge) && needsUpdate(mapping, element, filters, endChanged(edge))) {
				update(edge, mapping, element, filters, null, edge.getSource().isVisible() && edge.getTarget().isVisible());
			}
		}
	}

	/** Whether an end of the edge changed its visibility in this refresh (the edge is visible only with both ends). */
	private boolean endChanged(Edge edge) {
		return scope != null && (scope.visibilityChanged.contains(edge.getSource()) || scope.visibilityChanged.contains(edge.getTarget()));
	}

	/**
	 * An edge mapping whose edges stay: only the edges a change reaches (label, style, filters) or whose ends changed
	 * visibility are re-evaluated, as {@link #connect} would.
	 */
	private void updateKept(EdgeMapping mapping, List<Filter> filters) {
		Reach reach = scope.elements(mapping, filters);
		if (reach == Reach.NONE && scope.visibilityChanged.isEmpty()) {
			return;
		}
		for (Edge edge : diagram.getEdges()) {
			if (mapping.getId().equals(edge.getMappingId()) && (reach.contains(edge.getSemanticElement()) || endChanged(edge))) {
				update(edge, mapping, edge.getSemanticElement(), filters, null, edge.getSource().isVisible() && edge.getTarget().isVisible());
			}
		}
	}

	private static List<Node> nodes(Map<EObject, List<Node>> nodesBySemantic, Object semantic, Set<String> mappingIds) {
		List<Node> nodes = nodesBySemantic.get(semantic);
		if (nodes == null) {
			return List.of();
		}
		return nodes.stream().filter(node -> mappingIds.contains(node.getMappingId())).toList();
	}

	private static Set<String> ids(List<? extends DiagramElementMapping> mappings) {
		Set<String> ids = new HashSet<>();
		mappings.forEach(mapping -> ids.add(mapping.getId()));
		return ids;
	}
}
