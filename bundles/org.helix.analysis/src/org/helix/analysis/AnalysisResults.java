package org.helix.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.helix.analysis.results.AnalysisRun;
import org.helix.analysis.results.AnalyzerResult;
import org.helix.analysis.results.Finding;
import org.helix.analysis.results.ResultsPackage;

/** Saving, loading and comparing analysis runs. */
public final class AnalysisResults {

	public static final String FILE_EXTENSION = "helixresults";

	private AnalysisResults() {
	}

	/**
	 * Saves a run as XMI. Targets are saved as references into the analysed model's file when that model was loaded
	 * from one; the target labels and ids keep the run readable without it.
	 */
	public static void save(AnalysisRun run, Path file) throws IOException {
		ResourceSet resourceSet = run.eResource() != null && run.eResource().getResourceSet() != null
				? run.eResource().getResourceSet() : new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, new XMIResourceFactoryImpl());
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.getContents().add(run);
		// findings whose targets are in no resource (a model built in memory) keep only their labels and ids
		for (AnalyzerResult result : run.getResults()) {
			for (Finding finding : result.getFindings()) {
				finding.getTargets().removeIf(target -> target.eResource() == null);
			}
		}
		resource.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_PROCESS_DANGLING_HREF,
				XMLResource.OPTION_PROCESS_DANGLING_HREF_DISCARD));
	}

	public static AnalysisRun load(Path file) throws IOException {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(ResultsPackage.eNS_URI, ResultsPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, new XMIResourceFactoryImpl());
		org.helix.core.persistence.HelixPersistence.configure(resourceSet);
		Resource resource = resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		return (AnalysisRun) resource.getContents().get(0);
	}

	/** What changed between two runs. */
	public record Comparison(List<Finding> added, List<Finding> resolved, List<Finding> changed) {
	}

	/**
	 * Compares two runs finding by finding. Findings match when they have the same analyzer, code and target ids (or
	 * target labels, for targets without id); a matched finding whose severity or message differs is "changed".
	 */
	public static Comparison compare(AnalysisRun before, AnalysisRun after) {
		Map<String, Finding> old = index(before);
		Map<String, Finding> now = index(after);
		List<Finding> added = new ArrayList<>();
		List<Finding> changed = new ArrayList<>();
		now.forEach((key, finding) -> {
			Finding previous = old.get(key);
			if (previous == null) {
				added.add(finding);
			} else if (previous.getSeverity() != finding.getSeverity() || !String.valueOf(previous.getMessage()).equals(finding.getMessage())) {
				changed.add(finding);
			}
		});
		List<Finding> resolved = old.entrySet().stream().filter(entry -> !now.containsKey(entry.getKey())).map(Map.Entry::getValue).toList();
		return new Comparison(added, resolved, changed);
	}

	private static Map<String, Finding> index(AnalysisRun run) {
		Map<String, Finding> index = new LinkedHashMap<>();
		for (AnalyzerResult result : run.getResults()) {
			for (Finding finding : result.getFindings()) {
				List<String> keys = new ArrayList<>();
				for (int i = 0; i < finding.getTargetLabels().size(); i++) {
					String id = i < finding.getTargetIds().size() ? finding.getTargetIds().get(i) : "";
					keys.add(id.isEmpty() ? finding.getTargetLabels().get(i) : id);
				}
				String key = result.getAnalyzerId() + "|" + finding.getCode() + "|" + String.join(",", keys);
				// two findings with the same key: number them so that neither hides the other
				String unique = key;
				for (int n = 2; index.containsKey(unique); n++) {
					unique = key + "#" + n;
				}
				index.put(unique, finding);
			}
		}
		return index;
	}
}
