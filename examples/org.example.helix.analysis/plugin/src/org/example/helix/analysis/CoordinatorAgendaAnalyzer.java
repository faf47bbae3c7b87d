package org.example.helix.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.helix.analysis.AnalysisContext;
import org.helix.analysis.Analyzer;
import org.helix.analysis.ParameterSpec;
import org.helix.analysis.ParameterType;
import org.helix.analysis.results.Severity;
import org.helix.core.validation.ElementLabels;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.programme.Deliverable;
import org.helix.model.programme.DeliverableStatus;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammePackage;

/**
 * A coordinator's agenda, the example of docs/write-your-own-analyzer.md:
 * <ul>
 * <li>WARNING {@code action.unled}: a priority action with no lead (organisation) and no project leader (person), so
 * nobody answers for it;</li>
 * <li>INFO {@code body.agenda}: per governance body that steers actions (PriorityAction.group), how many actions it
 * steers and how many open deliverables are due in the next {@code withinDays} days, so that the secretariat can put
 * them on the next meeting's agenda; actions without a body are listed under the programme.</li>
 * </ul>
 * It only reads the model, and checks for cancellation once per action.
 */
public class CoordinatorAgendaAnalyzer implements Analyzer {

	public static final String ID = "org.example.helix.analysis.coordinatorAgenda";

	@Override
	public String id() {
		return ID; // must equal the id in plugin.xml
	}

	@Override
	public String version() {
		return "1.0";
	}

	@Override
	public String label() {
		return "Coordinator's agenda (example)";
	}

	@Override
	public String category() {
		return "Example";
	}

	@Override
	public List<EClass> appliesTo() {
		return List.of(ProgrammePackage.Literals.PRIORITY_ACTION, ProgrammePackage.Literals.DELIVERABLE);
	}

	@Override
	public List<ParameterSpec> parameters() {
		return List.of(new ParameterSpec("withinDays", ParameterType.INTEGER, "30", "count open deliverables due within this many days after the as-of date"));
	}

	@Override
	public void analyze(AnalysisContext context) {
		int within = context.integer("withinDays");
		LocalDate asOf = context.asOf();
		for (Programme programme : context.model().getProgrammes()) {
			// null key: the actions no body steers; insertion order keeps the report stable from run to run
			Map<GovernanceBody, List<PriorityAction>> byBody = new LinkedHashMap<>();
			for (PriorityAction action : programme.getActions()) {
				if (context.isCancelled()) {
					return;
				}
				if (action.getLead() == null && action.getProjectLeader() == null) {
					context.report(Severity.WARNING, "action.unled", "Action has no lead and no project leader", action);
				}
				byBody.computeIfAbsent(action.getGroup(), body -> new ArrayList<>()).add(action);
			}
			byBody.forEach((body, actions) -> {
				int due = 0;
				for (PriorityAction action : actions) {
					for (Deliverable deliverable : action.getDeliverables()) {
						if (isOpen(deliverable) && deliverable.getDueDate() != null) {
							long days = ChronoUnit.DAYS.between(asOf, deliverable.getDueDate());
							if (days >= 0 && days <= within) {
								due++;
							}
						}
					}
				}
				String who = body == null ? "No body steers" : ElementLabels.nameOf(body) + " steers";
				context.report(Severity.INFO, "body.agenda", who + " " + actions.size() + " action(s); " + due
						+ " open deliverable(s) due within " + within + " days of " + asOf, body == null ? programme : body)
						.value("actions", actions.size()).value("deliverablesDue", due);
			});
		}
	}

	private static boolean isOpen(Deliverable deliverable) {
		DeliverableStatus status = deliverable.getStatus();
		return deliverable.getDeliveredOn() == null && status != DeliverableStatus.CANCELLED && status != DeliverableStatus.DELIVERED
				&& status != DeliverableStatus.ACCEPTED && status != DeliverableStatus.RATIFIED && status != DeliverableStatus.SUBMITTED;
	}
}
