package org.helix.governance;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.helix.analysis.AnalysisContext;
import org.helix.analysis.results.Severity;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammePackage;

/**
 * Completeness of each action fiche against the fields the rules of procedure ask for (seed 001 L383-384,
 * L3309-3312; programme-note-001.md §2.3): project leader (projectLeader, else lead), timing (timing text or priority
 * years), scope, plan of approach, deliverables and a planned budget. A fiche missing any is a WARNING naming the
 * missing fields.
 */
public class FicheCompletenessAnalyzer extends GovernanceAnalyzer {

	@Override
	public String id() {
		return "org.helix.governance.ficheCompleteness";
	}

	@Override
	public String label() {
		return "Project fiche completeness";
	}

	@Override
	public List<EClass> appliesTo() {
		return List.of(ProgrammePackage.Literals.PRIORITY_ACTION);
	}

	@Override
	public void analyze(AnalysisContext context) {
		for (Programme programme : context.model().getProgrammes()) {
			int complete = 0;
			for (PriorityAction action : programme.getActions()) {
				if (context.isCancelled()) {
					return;
				}
				List<String> missing = missing(action);
				if (missing.isEmpty()) {
					complete++;
				} else {
					context.report(Severity.WARNING, "fiche.incomplete", "Fiche lacks: " + String.join(", ", missing), action)
							.value("missing", missing.size());
				}
			}
			context.report(Severity.INFO, "fiche.summary", complete + " of " + programme.getActions().size() + " fiches complete", programme)
					.value("complete", complete).value("actions", programme.getActions().size());
		}
	}

	static List<String> missing(PriorityAction action) {
		List<String> missing = new ArrayList<>();
		if (action.getProjectLeader() == null && action.getLead() == null) {
			missing.add("project leader");
		}
		if (GroupMandateAnalyzer.blank(action.getTiming()) && action.getPriorityYears().isEmpty()) {
			missing.add("timing");
		}
		if (GroupMandateAnalyzer.blank(action.getScope())) {
			missing.add("scope");
		}
		if (GroupMandateAnalyzer.blank(action.getPlanOfApproach())) {
			missing.add("plan of approach");
		}
		if (action.getDeliverables().isEmpty()) {
			missing.add("deliverables");
		}
		if (action.getBudgetPlanned() == null) {
			missing.add("budget");
		}
		return missing;
	}
}
