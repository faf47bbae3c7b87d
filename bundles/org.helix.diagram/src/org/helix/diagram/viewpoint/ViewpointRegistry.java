package org.helix.diagram.viewpoint;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.helix.diagram.expression.ExpressionException;
import org.helix.diagram.expression.Expressions;
import org.helix.diagram.functions.FunctionRegistry;
import org.helix.diagram.model.description.DescriptionPackage;
import org.helix.diagram.model.description.DiagramElementMapping;
import org.helix.diagram.model.description.AbstractTableDescription;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.Viewpoint;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The viewpoints known to Helix: those contributed through the extension point {@code org.helix.diagram.viewpoints}
 * (files in the contributing bundle, see schema/viewpoints.exsd) plus any added in code. Loading checks every
 * expression of a viewpoint, so a broken contribution is reported once, with its file and the expression's column,
 * instead of failing each time a diagram refreshes.
 */
public final class ViewpointRegistry {

	public static final String EXTENSION_POINT = "org.helix.diagram.viewpoints";
	public static final String FILE_EXTENSION = "helix-viewpoint";

	private static ViewpointRegistry instance;

	private final ResourceSet resourceSet = new ResourceSetImpl();
	private final Map<String, Viewpoint> viewpoints = new LinkedHashMap<>();
	private final Map<String, DiagramDescription> diagrams = new LinkedHashMap<>();
	private final Map<String, AbstractTableDescription> tables = new LinkedHashMap<>();
	private final List<String> problems = new ArrayList<>();

	public ViewpointRegistry() {
		resourceSet.getPackageRegistry().put(DescriptionPackage.eNS_URI, DescriptionPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
	}

	/** The registry filled from the extension registry (read once). */
	public static synchronized ViewpointRegistry getDefault() {
		if (instance == null) {
			instance = new ViewpointRegistry();
			instance.readExtensions(RegistryFactory.getRegistry());
		}
		return instance;
	}

	/** Reads the contributions of {@link #EXTENSION_POINT}; problems are collected, not thrown. */
	public void readExtensions(IExtensionRegistry registry) {
		if (registry == null) {
			return;
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String contributor = element.getContributor().getName();
			String file = element.getAttribute("file");
			try {
				Bundle bundle = bundle(contributor);
				URL url = bundle == null ? null : bundle.getEntry(file);
				if (url == null) {
					problems.add(contributor + ": no file " + file);
					continue;
				}
				load(URI.createURI(url.toString()), contributor + "/" + file);
			} catch (RuntimeException e) {
				problems.add(contributor + "/" + file + ": " + e.getMessage());
			}
		}
	}

	private static Bundle bundle(String symbolicName) {
		Bundle self = FrameworkUtil.getBundle(ViewpointRegistry.class);
		if (self == null || self.getBundleContext() == null) {
			return null;
		}
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			if (bundle.getSymbolicName().equals(symbolicName)) {
				return bundle;
			}
		}
		return null;
	}

	/** Loads a viewpoint file and adds its viewpoints; returns them. {@code origin} names the file in problems. */
	public List<Viewpoint> load(URI uri, String origin) {
		Resource resource = resourceSet.getResource(uri, true);
		List<Viewpoint> loaded = new ArrayList<>();
		for (EObject root : resource.getContents()) {
			if (root instanceof Viewpoint viewpoint) {
				if (add(viewpoint, origin)) {
					loaded.add(viewpoint);
				}
			} else {
				problems.add(origin + ": root is a " + root.eClass().getName() + ", not a Viewpoint");
			}
		}
		return loaded;
	}

	/** Adds a viewpoint built in code; false (and a problem) when an id is taken or an expression is bad. */
	public boolean add(Viewpoint viewpoint, String origin) {
		List<String> errors = check(viewpoint);
		if (viewpoints.containsKey(viewpoint.getId())) {
			errors.add("viewpoint id " + viewpoint.getId() + " is already used");
		}
		for (DiagramDescription diagram : viewpoint.getDiagrams()) {
			if (diagrams.containsKey(diagram.getId())) {
				errors.add("diagram description id " + diagram.getId() + " is already used");
			}
		}
		for (AbstractTableDescription table : viewpoint.getTables()) {
			if (tables.containsKey(table.getId())) {
				errors.add("table description id " + table.getId() + " is already used");
			}
		}
		if (!errors.isEmpty()) {
			errors.forEach(error -> problems.add(origin + ": " + error));
			return false;
		}
		viewpoints.put(viewpoint.getId(), viewpoint);
		viewpoint.getDiagrams().forEach(diagram -> diagrams.put(diagram.getId(), diagram));
		viewpoint.getTables().forEach(table -> tables.put(table.getId(), table));
		return true;
	}

	/** Parses every expression-valued attribute (names ending in Expression, semanticCandidates, precondition, condition). */
	public static List<String> check(Viewpoint viewpoint) {
		List<String> errors = new ArrayList<>();
		Consumer<EObject> checkOne = object -> {
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				String name = attribute.getName();
				if (name.endsWith("Expression") || name.equals("semanticCandidates") || name.equals("precondition")
						|| name.equals("condition") || name.equals("linePrecondition") || name.equals("columnPrecondition")
						|| name.equals("columnCandidates")) {
					Object value = object.eGet(attribute);
					if (value instanceof String text && !text.isBlank()) {
						try {
							Expressions.parse(text);
						} catch (ExpressionException e) {
							errors.add(object.eClass().getName() + " " + id(object) + "." + name + ": " + e.getMessage());
						}
					}
				}
			}
		};
		checkOne = checkOne.andThen(object -> {
			if (object instanceof DiagramElementMapping mapping && mapping.getStyleProvider() != null
					&& !mapping.getStyleProvider().isBlank()
					&& FunctionRegistry.getDefault().styleProvider(mapping.getStyleProvider()) == null) {
				List<String> known = FunctionRegistry.getDefault().styleProviderIds();
				errors.add(object.eClass().getName() + " " + id(object) + ".styleProvider: unknown style provider '"
						+ mapping.getStyleProvider() + "'; "
						+ (known.isEmpty() ? "none is contributed" : "contributed are " + String.join(", ", known)));
			}
		});
		checkOne.accept(viewpoint);
		for (TreeIterator<EObject> it = viewpoint.eAllContents(); it.hasNext();) {
			checkOne.accept(it.next());
		}
		return errors;
	}

	private static String id(EObject object) {
		EAttribute idAttribute = object.eClass().getEIDAttribute();
		Object id = idAttribute == null ? null : object.eGet(idAttribute);
		return id != null ? id.toString() : "(in " + id(object.eContainer()) + ")";
	}

	public List<Viewpoint> viewpoints() {
		return List.copyOf(viewpoints.values());
	}

	public Viewpoint viewpoint(String id) {
		return viewpoints.get(id);
	}

	/** The diagram description with this id, or null. Diagram ids are unique across viewpoints. */
	public DiagramDescription diagram(String id) {
		return diagrams.get(id);
	}

	/** The table or cross-table description with this id, or null. Table ids are unique across viewpoints. */
	public AbstractTableDescription table(String id) {
		return tables.get(id);
	}

	/** What went wrong while loading contributions, one line each with its origin. */
	public List<String> problems() {
		return List.copyOf(problems);
	}
}
