package org.helix.governance;

import org.helix.analysis.Analyzer;

/** What the governance analyzers share: version and category. */
abstract class GovernanceAnalyzer implements Analyzer {

	@Override
	public String version() {
		return "1.0";
	}

	@Override
	public String category() {
		return "Governance";
	}
}
