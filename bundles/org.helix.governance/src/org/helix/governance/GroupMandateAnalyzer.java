package org.helix.governance;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.helix.analysis.AnalysisContext;
import org.helix.analysis.results.Severity;
import org.helix.model.governance.BodyKind;
import org.helix.model.governance.BodyStatus;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.GovernancePackage;
import org.helix.model.governance.MembershipRole;
import org.helix.model.governance.WorkingGroup;

/**
 * Every working or project group has a trekker (the trekker reference, or a member with role TREKKER) and an
 * assignment (WorkingGroup.assignment, else the body's mandate), as the rules of procedure ask (seed 001 L440-445,
 * L3294-3312). Groups not started or dissolved are left out.
 */
public class GroupMandateAnalyzer extends GovernanceAnalyzer {

	@Override
	public String id() {
		return "org.helix.governance.groupMandates";
	}

	/** 1.1: groups not started or dissolved are left out. */
	@Override
	public String version() {
		return "1.1";
	}

	@Override
	public String label() {
		return "Working groups: trekker and assignment";
	}

	@Override
	public List<EClass> appliesTo() {
		return List.of(GovernancePackage.Literals.WORKING_GROUP);
	}

	@Override
	public void analyze(AnalysisContext context) {
		for (GovernanceBody body : context.model().getGovernanceBodies()) {
			boolean group = body instanceof WorkingGroup || body.getKind() == BodyKind.WORKING_GROUP || body.getKind() == BodyKind.PROJECT_GROUP;
			// a group that was never started or has been dissolved needs no trekker (the werkgroep energie "werd
			// uiteindelijk niet opgestart", seed 001 L183-184), as the meeting cadence skips it too
			if (!group || body.getStatus() == BodyStatus.NOT_STARTED || body.getStatus() == BodyStatus.DISSOLVED) {
				continue;
			}
			List<String> missing = new ArrayList<>();
			boolean trekker = body.getTrekker() != null
					|| body.getMemberships().stream().anyMatch(m -> m.getRole() == MembershipRole.TREKKER);
			if (!trekker) {
				missing.add("trekker");
			}
			String assignment = body instanceof WorkingGroup wg && !blank(wg.getAssignment()) ? wg.getAssignment() : body.getMandate();
			if (blank(assignment)) {
				missing.add("assignment");
			}
			if (missing.isEmpty()) {
				context.report(Severity.INFO, "group.complete", "Group has a trekker and an assignment", body);
			} else {
				context.report(Severity.WARNING, "group.incomplete", "Group lacks: " + String.join(", ", missing), body);
			}
		}
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
