package org.helix.governance.tests;

import static org.helix.governance.tests.GovernanceTesting.describe;
import static org.helix.governance.tests.GovernanceTesting.only;
import static org.helix.governance.tests.GovernanceTesting.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.helix.analysis.results.Finding;
import org.helix.analysis.results.Severity;
import org.helix.examples.Example;
import org.helix.governance.GroupMandateAnalyzer;
import org.helix.model.core.CoreFactory;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.EcosystemFactory;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.governance.BodyKind;
import org.helix.model.governance.BodyStatus;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.GovernanceFactory;
import org.helix.model.governance.Membership;
import org.helix.model.governance.MembershipRole;
import org.helix.model.governance.WorkingGroup;
import org.junit.jupiter.api.Test;

/**
 * Working groups: trekker and assignment (docs/analysis.md, Governance; rules of procedure, seed 001 L440-445,
 * L3294-3312): each working or project group has a trekker (the reference, or a member with role TREKKER) and an
 * assignment (WorkingGroup.assignment, else the body's mandate).
 */
class GroupMandateAnalyzerTest {

	@Test
	void klimaatsprongGroups() {
		HelixModel klimaatsprong = Example.KLIMAATSPRONG.build();
		List<Finding> findings = run(klimaatsprong, new GroupMandateAnalyzer());
		// KsGovernance: the fixed groups financiering and innovatie have VLAIO as trekker (L449-454) and an assignment
		assertEquals(Severity.INFO, only(findings, "group.complete", named(klimaatsprong, "werkgroep financiering van de transitie")).getSeverity());
		only(findings, "group.complete", named(klimaatsprong, "werkgroep innovatie"));
		// infrastructuur (no trekker named) and the template of the temporary project groups (trekker appointed per
		// group, none named, L3306-3309) have an assignment only
		assertEquals("Group lacks: trekker", only(findings, "group.incomplete", named(klimaatsprong, "werkgroep infrastructuur")).getMessage());
		assertEquals("Group lacks: trekker", only(findings, "group.incomplete", named(klimaatsprong, "tijdelijke projectgroepen")).getMessage());
		// the Industrieforum's werkgroep Klimaattransitie (L3434-3436): VLAIO's programme manager is a member, not
		// its trekker, and no assignment is given
		Finding klimaattransitie = only(findings, "group.incomplete", named(klimaatsprong, "werkgroep Klimaattransitie"));
		assertEquals(Severity.WARNING, klimaattransitie.getSeverity());
		assertEquals("Group lacks: trekker, assignment", klimaattransitie.getMessage());
		// the werkgroep energie was never started (L183-184): left out; no other body is a working or project group
		assertEquals(5, findings.size(), describe(findings));
	}

	@Test
	void trekkerFromReferenceOrRoleAndAssignmentFromMandate() {
		HelixModel model = CoreFactory.eINSTANCE.createHelixModel();
		Organisation vlaio = EcosystemFactory.eINSTANCE.createOrganisation();
		vlaio.setName("VLAIO");
		model.getActors().add(vlaio);
		// a WorkingGroup with a trekker and only a mandate: the mandate is its assignment
		WorkingGroup byReference = group(model, "by reference");
		byReference.setTrekker(vlaio);
		byReference.setAssignment("  ");
		byReference.setMandate("roadmap logistieke keten");
		// a plain body of kind PROJECT_GROUP whose trekker is a member with that role
		GovernanceBody byRole = GovernanceFactory.eINSTANCE.createGovernanceBody();
		byRole.setName("by role");
		byRole.setKind(BodyKind.PROJECT_GROUP);
		byRole.setMandate("pilootproject");
		Membership trekker = GovernanceFactory.eINSTANCE.createMembership();
		trekker.setOrganisation(vlaio);
		trekker.setRole(MembershipRole.TREKKER);
		byRole.getMemberships().add(trekker);
		model.getGovernanceBodies().add(byRole);
		// a member with another role is not a trekker; a blank assignment and no mandate is no assignment
		WorkingGroup lacking = group(model, "lacking");
		Membership chair = GovernanceFactory.eINSTANCE.createMembership();
		chair.setOrganisation(vlaio);
		chair.setRole(MembershipRole.CHAIR);
		lacking.getMemberships().add(chair);
		lacking.setAssignment("");
		// dissolved and never-started groups are left out, and so is a body that is no group
		group(model, "dissolved").setStatus(BodyStatus.DISSOLVED);
		group(model, "not started").setStatus(BodyStatus.NOT_STARTED);
		GovernanceBody council = GovernanceFactory.eINSTANCE.createPermanentCouncil();
		council.setKind(BodyKind.PERMANENT_COUNCIL);
		model.getGovernanceBodies().add(council);

		List<Finding> findings = run(model, new GroupMandateAnalyzer());
		assertEquals("Group has a trekker and an assignment", only(findings, "group.complete", byReference).getMessage());
		only(findings, "group.complete", byRole);
		assertEquals("Group lacks: trekker, assignment", only(findings, "group.incomplete", lacking).getMessage());
		assertEquals(3, findings.size(), describe(findings));
	}

	private static WorkingGroup group(HelixModel model, String name) {
		WorkingGroup group = GovernanceFactory.eINSTANCE.createWorkingGroup();
		group.setName(name);
		group.setKind(BodyKind.WORKING_GROUP);
		model.getGovernanceBodies().add(group);
		return group;
	}

	private static GovernanceBody named(HelixModel model, String name) {
		return model.getGovernanceBodies().stream().filter(b -> name.equals(b.getName())).findFirst().orElseThrow();
	}
}
