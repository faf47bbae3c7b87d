package org.helix.examples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.helix.model.core.CorePackage;
import org.helix.model.core.HelixElement;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Identifiable;
import org.helix.model.core.SourceCitation;
import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.governance.GovernancePackage;
import org.helix.model.materials.MaterialsPackage;
import org.helix.model.programme.ProgrammePackage;

/**
 * Checks shared by the example tests: citations against the seed text (copied into {@code seeds/} of this
 * fragment), deterministic ids, EMF validation and an XMI round trip.
 */
final class ExampleChecks {

	private ExampleChecks() {
	}

	/** The lines of a seed; element 0 is line 1. */
	static List<String> seedLines(String seed) {
		try (InputStream in = ExampleChecks.class.getResourceAsStream("/seeds/" + seed + ".txt")) {
			assertNotNull(in, "seed " + seed + " is bundled with the tests");
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
			if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
				lines.remove(lines.size() - 1);
			}
			return lines;
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	static String normalise(String text) {
		return text.replaceAll("\\s+", " ").trim();
	}

	/** The text of lines {@code from..to} (1-based, inclusive), whitespace normalised. */
	static String lines(List<String> seed, int from, int to) {
		return normalise(String.join("\n", seed.subList(from - 1, to)));
	}

	/**
	 * Every HelixElement has a citation; every citation names the seed, has a line range inside the seed file, and
	 * its quote (if any) occurs in the cited lines. Returns the number of elements checked.
	 */
	static int assertCitations(HelixModel model, String seed, int expectedLineCount) {
		return assertCitations(model, Map.of(seed, expectedLineCount));
	}

	/** As {@link #assertCitations(HelixModel, String, int)} for a model built from several seeds. */
	static int assertCitations(HelixModel model, Map<String, Integer> expectedLineCounts) {
		Map<String, List<String>> seeds = new HashMap<>();
		expectedLineCounts.forEach((seed, count) -> {
			List<String> seedLines = seedLines(seed);
			assertEquals(count, seedLines.size(), "line count of seed " + seed);
			seeds.put(seed, seedLines);
		});
		List<String> problems = new ArrayList<>();
		int elements = 0;
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			if (object instanceof HelixElement element) {
				elements++;
				if (element.getCitations().isEmpty()) {
					problems.add("no citation: " + describe(element));
				}
			}
			if (object instanceof SourceCitation citation) {
				Integer from = citation.getFromLine();
				Integer to = citation.getToLine();
				String seed = citation.getDocumentId();
				List<String> lines = seeds.get(seed);
				if (lines == null) {
					problems.add("wrong document " + citation.getDocumentId() + " on " + describe(citation.eContainer()));
				} else if (from == null || to == null || from < 1 || to < from || to > lines.size()) {
					problems.add("bad range " + from + "-" + to + " on " + describe(citation.eContainer()));
				} else if (citation.getQuote() != null
						&& !lines(lines, from, to).contains(normalise(citation.getQuote()))) {
					problems.add("quote not in L" + from + "-" + to + ": \"" + citation.getQuote() + "\" on "
							+ describe(citation.eContainer()));
				}
				if (citation.getDocument() == null || !seed.equals(citation.getDocument().getDocumentId())) {
					problems.add("citation not linked to the source document on " + describe(citation.eContainer()));
				}
			}
		}
		if (!problems.isEmpty()) {
			fail(problems.size() + " citation problems:\n" + String.join("\n", problems));
		}
		return elements;
	}

	private static String describe(EObject object) {
		String name = object instanceof org.helix.model.core.NamedElement named ? named.getName() : null;
		return object.eClass().getName() + (name != null ? " '" + name + "'" : "") + " in "
				+ (object.eContainer() == null ? "-" : object.eContainer().eClass().getName());
	}

	static List<String> ids(HelixModel model) {
		List<String> ids = new ArrayList<>();
		ids.add(model.getId());
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Identifiable identifiable) {
				ids.add(identifiable.getId());
			}
		}
		return ids;
	}

	static void assertDeterministicIds(Supplier<HelixModel> builder) {
		List<String> first = ids(builder.get());
		List<String> second = ids(builder.get());
		assertFalse(first.contains(null), "every element has an id");
		assertEquals(first, second, "two builds give the same ids");
		Set<String> unique = new HashSet<>(first);
		assertEquals(first.size(), unique.size(), "ids are unique within the model");
	}

	static void assertValid(HelixModel model) {
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(model);
		List<String> errors = diagnostic.getChildren().stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR)
				.map(Diagnostic::getMessage).collect(Collectors.toList());
		assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, "validation errors:\n" + String.join("\n", errors));
	}

	private static ResourceSet resourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getPackageRegistry().put(CorePackage.eNS_URI, CorePackage.eINSTANCE);
		set.getPackageRegistry().put(EcosystemPackage.eNS_URI, EcosystemPackage.eINSTANCE);
		set.getPackageRegistry().put(GovernancePackage.eNS_URI, GovernancePackage.eINSTANCE);
		set.getPackageRegistry().put(ProgrammePackage.eNS_URI, ProgrammePackage.eINSTANCE);
		set.getPackageRegistry().put(MaterialsPackage.eNS_URI, MaterialsPackage.eINSTANCE);
		return set;
	}

	/** Saves the model as XMI to memory, loads it back and compares. Returns the size of the XMI in bytes. */
	static int assertXmiRoundTrip(HelixModel model) throws IOException {
		Map<String, Object> options = Map.of(XMLResource.OPTION_ENCODING, "UTF-8");
		Resource out = new XMIResourceImpl(URI.createURI("memory:/example.xmi"));
		resourceSet().getResources().add(out);
		HelixModel copy = EcoreUtil.copy(model);
		out.getContents().add(copy);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		out.save(bytes, options);
		Resource in = new XMIResourceImpl(URI.createURI("memory:/example.xmi"));
		resourceSet().getResources().add(in);
		in.load(new ByteArrayInputStream(bytes.toByteArray()), options);
		assertEquals(1, in.getContents().size());
		assertTrue(in.getErrors().isEmpty(), () -> "load errors: " + in.getErrors());
		assertTrue(EcoreUtil.equals(model, in.getContents().get(0)), "model survives the XMI round trip");
		return bytes.size();
	}

	/** All contents of the given type, in containment order. */
	static <T> List<T> all(HelixModel model, Class<T> type) {
		List<T> result = new ArrayList<>();
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			if (type.isInstance(object)) {
				result.add(type.cast(object));
			}
		}
		return result;
	}

	static <T extends org.helix.model.core.NamedElement> T named(List<T> elements, String name) {
		return elements.stream().filter(e -> name.equals(e.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no element named " + name));
	}
}
