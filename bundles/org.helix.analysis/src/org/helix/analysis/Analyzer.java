package org.helix.analysis;

import java.util.List;

import org.eclipse.emf.ecore.EClass;

/**
 * An analysis of a Helix model, contributed through the extension point {@code org.helix.analysis.analyzers} (see
 * schema/analyzers.exsd and docs/write-your-own-analyzer.md).
 * <p>
 * An analyzer reads the model and reports findings through its {@link AnalysisContext}; it must not change the
 * model. It is run in a thread of its own, under a time limit: it should check {@link AnalysisContext#isCancelled()}
 * in long loops, and may throw; either way the other analyzers of the run go on.
 */
public interface Analyzer {

	/** Unique and stable, e.g. {@code org.helix.monitoring.actionStatus}; results of runs are compared by it. */
	String id();

	/** Changes when the analyzer's rules change, so that a saved run says which rules produced it. */
	String version();

	/** A short label for people, e.g. "Action status (RAG)". */
	String label();

	/** Groups analyzers in reports, e.g. "Monitoring" or "Governance". */
	String category();

	/** The element types the analyzer looks at (e.g. PriorityAction), so that a UI can offer it where it applies. */
	List<EClass> appliesTo();

	/** The parameters the analyzer reads, with their defaults; empty when it has none. */
	default List<ParameterSpec> parameters() {
		return List.of();
	}

	/** Analyzes {@link AnalysisContext#model()} and reports what it finds with {@link AnalysisContext#report}. */
	void analyze(AnalysisContext context) throws Exception;
}
