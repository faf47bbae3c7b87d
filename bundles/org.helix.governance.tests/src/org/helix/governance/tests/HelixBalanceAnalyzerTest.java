package org.helix.governance.tests;

import static org.helix.governance.tests.GovernanceTesting.day;
import static org.helix.governance.tests.GovernanceTesting.describe;
import static org.helix.governance.tests.GovernanceTesting.number;
import static org.helix.governance.tests.GovernanceTesting.only;
import static org.helix.governance.tests.GovernanceTesting.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.helix.analysis.results.Finding;
import org.helix.analysis.results.Severity;
import org.helix.examples.Example;
import org.helix.governance.HelixBalanceAnalyzer;
import org.helix.model.core.CoreFactory;
import org.helix.model.core.HelixKind;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.EcosystemFactory;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.Person;
import org.helix.model.governance.BodyKind;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.GovernanceFactory;
import org.helix.model.governance.Membership;
import org.helix.model.governance.MembershipRole;
import org.junit.jupiter.api.Test;

/**
 * Quadruple-helix balance (docs/analysis.md, Governance): for the permanent council and sounding boards, a missing
 * helix or one helix holding more than {@code maxShare} (0.5) of the members with a known helix is a WARNING; other
 * bodies get the counts as INFO. Counts are worked out by hand in the comments.
 */
class HelixBalanceAnalyzerTest {

	private final HelixModel model = CoreFactory.eINSTANCE.createHelixModel();

	private Organisation org(String name, HelixKind helix) {
		Organisation organisation = EcosystemFactory.eINSTANCE.createOrganisation();
		organisation.setName(name);
		organisation.setHelix(helix);
		model.getActors().add(organisation);
		return organisation;
	}

	private GovernanceBody body(String name, BodyKind kind, HelixKind... memberHelices) {
		GovernanceBody body = GovernanceFactory.eINSTANCE.createGovernanceBody();
		body.setName(name);
		body.setKind(kind);
		for (HelixKind helix : memberHelices) {
			member(body, org(name + " member " + body.getMemberships().size(), helix), MembershipRole.MEMBER);
		}
		model.getGovernanceBodies().add(body);
		return body;
	}

	private static Membership member(GovernanceBody body, Organisation organisation, MembershipRole role) {
		Membership membership = GovernanceFactory.eINSTANCE.createMembership();
		membership.setOrganisation(organisation);
		membership.setRole(role);
		body.getMemberships().add(membership);
		return membership;
	}

	private static final HelixKind G = HelixKind.GOVERNMENT;
	private static final HelixKind I = HelixKind.INDUSTRY;
	private static final HelixKind K = HelixKind.KNOWLEDGE;
	private static final HelixKind C = HelixKind.CIVIL_SOCIETY;
	private static final HelixKind U = HelixKind.UNSPECIFIED;

	@Test
	void klimaatsprongCouncilAndSoundingBoard() {
		HelixModel klimaatsprong = Example.KLIMAATSPRONG.build();
		List<Finding> findings = run(klimaatsprong, new HelixBalanceAnalyzer());
		// the permanent overlegorgaan (seed 001 L3365-3386), one seat per organisation (L3384): government VR, VLAIO
		// (member, and also chair, programme manager and secretariat: one seat), VEKA, WEWIS, Omgeving, OVAM = 6;
		// industry GSV, Energia, essenscia = 3; no helix given: Catalisti, SERV, North Sea Port, Port of
		// Antwerp-Bruges = 4. Government holds 6 of the 9 with a known helix = 67 % > 50 %; knowledge and civil
		// society are missing.
		GovernanceBody council = named(klimaatsprong, "permanent overlegorgaan");
		Finding councilBalance = only(findings, "body.helixBalance", council);
		assertEquals(Severity.WARNING, councilBalance.getSeverity());
		assertEquals("Members by helix: government 6, industry 3, knowledge 0, civil society 0, unknown 4; missing: knowledge, "
				+ "civil society; government holds 67 % of the members with a known helix (more than 50 %)", councilBalance.getMessage());
		assertEquals(6 / 9.0, number(councilBalance, "largestShare"), 1e-12);
		assertEquals(6, number(councilBalance, "GOVERNMENT"));
		assertEquals(4, number(councilBalance, "UNSPECIFIED"));
		// the klankbordgroep (L3390-3403), invited by type: knowledge institutions, government organisations, nature
		// and environment movements, three types without a helix, and VLAIO as chair (government): government 2 of
		// the 4 with a known helix is exactly 50 %, not more; but industry is missing
		GovernanceBody soundingBoard = named(klimaatsprong, "klankbordgroep");
		Finding boardBalance = only(findings, "body.helixBalance", soundingBoard);
		assertEquals(Severity.WARNING, boardBalance.getSeverity());
		assertEquals("Members by helix: government 2, industry 0, knowledge 1, civil society 1, unknown 3; missing: industry",
				boardBalance.getMessage());
		assertEquals(0.5, number(boardBalance, "largestShare"), 1e-12);
		// every other body with members is not meant to be quadruple-helix: INFO only
		assertEquals(List.of(council, soundingBoard), findings.stream().filter(f -> f.getSeverity() == Severity.WARNING)
				.map(f -> f.getTargets().get(0)).toList(), describe(findings));
		// the Vlaams Industrieforum (L3426-3429): the Flemish Government and four industry federations, 4 of 5 industry
		Finding forum = only(findings, "body.helixBalance", named(klimaatsprong, "Vlaams Industrieforum"));
		assertEquals(Severity.INFO, forum.getSeverity());
		assertEquals(0.8, number(forum, "largestShare"), 1e-12);
	}

	@Test
	void shareLimitExactlyAtAboveAndBelow() {
		GovernanceBody at = body("at", BodyKind.SOUNDING_BOARD, G, G, G, I, K, C); // 3 of 6 = 0.5: not more than 0.5
		GovernanceBody above = body("above", BodyKind.PERMANENT_COUNCIL, G, G, G, G, I, K, C); // 4 of 7 = 0.571
		GovernanceBody below = body("below", BodyKind.SOUNDING_BOARD, G, G, I, K, C); // 2 of 5 = 0.4
		GovernanceBody unknownLeftOut = body("unknown", BodyKind.SOUNDING_BOARD, G, G, G, I, K, C, U, U); // still 3 of 6
		List<Finding> findings = run(model, new HelixBalanceAnalyzer());
		assertEquals(Severity.INFO, only(findings, "body.helixBalance", at).getSeverity(), describe(findings));
		assertEquals(0.5, number(only(findings, "body.helixBalance", at), "largestShare"), 1e-12);
		Finding tooMuch = only(findings, "body.helixBalance", above);
		assertEquals(Severity.WARNING, tooMuch.getSeverity());
		assertEquals("Members by helix: government 4, industry 1, knowledge 1, civil society 1; government holds 57 % of the members "
				+ "with a known helix (more than 50 %)", tooMuch.getMessage());
		assertEquals(Severity.INFO, only(findings, "body.helixBalance", below).getSeverity());
		Finding unknown = only(findings, "body.helixBalance", unknownLeftOut);
		assertEquals(Severity.INFO, unknown.getSeverity());
		assertEquals(0.5, number(unknown, "largestShare"), 1e-12);

		// maxShare 0.6: 4 of 7 = 0.571 is within; maxShare 0.45: 3 of 6 is over, 2 of 5 = 0.4 still within
		assertEquals(Severity.INFO, only(run(model, new HelixBalanceAnalyzer(), "maxShare", "0.6"), "body.helixBalance", above).getSeverity());
		List<Finding> strict = run(model, new HelixBalanceAnalyzer(), "maxShare", "0.45");
		assertEquals(Severity.WARNING, only(strict, "body.helixBalance", at).getSeverity());
		assertEquals(Severity.INFO, only(strict, "body.helixBalance", below).getSeverity());
	}

	@Test
	void missingHelixOnlyMattersForQuadrupleHelixBodies() {
		GovernanceBody board = body("board", BodyKind.SOUNDING_BOARD, G, I, K); // 1 of 3 each, civil society missing
		GovernanceBody group = body("group", BodyKind.WORKING_GROUP, G, G, G); // all government, 100 %
		body("empty", BodyKind.PERMANENT_COUNCIL); // no members: nothing to say
		List<Finding> findings = run(model, new HelixBalanceAnalyzer());
		Finding missing = only(findings, "body.helixBalance", board);
		assertEquals(Severity.WARNING, missing.getSeverity());
		assertEquals("Members by helix: government 1, industry 1, knowledge 1, civil society 0; missing: civil society", missing.getMessage());
		Finding counts = only(findings, "body.helixBalance", group);
		assertEquals(Severity.INFO, counts.getSeverity());
		assertEquals(1.0, number(counts, "largestShare"), 1e-12);
		assertEquals(2, findings.size(), describe(findings));
	}

	@Test
	void helixOfAMemberFromMembershipOrganisationOrPerson() {
		GovernanceBody board = body("board", BodyKind.SOUNDING_BOARD);
		// the membership's own helix wins over its organisation's
		member(board, org("federation", I), MembershipRole.MEMBER).setHelix(C);
		// else the organisation's
		member(board, org("agency", G), MembershipRole.MEMBER);
		// else the person's own (a researcher without organisation)
		Person researcher = EcosystemFactory.eINSTANCE.createPerson();
		researcher.setName("researcher");
		researcher.setHelix(K);
		model.getActors().add(researcher);
		Membership byPerson = GovernanceFactory.eINSTANCE.createMembership();
		byPerson.setPerson(researcher);
		board.getMemberships().add(byPerson);
		// else the person's organisation's
		Person engineer = EcosystemFactory.eINSTANCE.createPerson();
		engineer.setName("engineer");
		engineer.setOrganisation(org("company", I));
		model.getActors().add(engineer);
		Membership byEmployer = GovernanceFactory.eINSTANCE.createMembership();
		byEmployer.setPerson(engineer);
		board.getMemberships().add(byEmployer);
		Finding finding = only(run(model, new HelixBalanceAnalyzer()), "body.helixBalance", board);
		assertEquals("Members by helix: government 1, industry 1, knowledge 1, civil society 1", finding.getMessage());
		assertEquals(Severity.INFO, finding.getSeverity());
	}

	@Test
	void membersCountOnceAndOnlyWhileTheyAreMembers() {
		GovernanceBody council = body("council", BodyKind.PERMANENT_COUNCIL, I, K, C);
		Organisation agency = org("agency", G);
		member(council, agency, MembershipRole.MEMBER);
		member(council, agency, MembershipRole.CHAIR); // one organisation, one seat
		member(council, agency, MembershipRole.SECRETARIAT);
		member(council, org("left", G), MembershipRole.MEMBER).setUntil(day("2026-12-31")); // left the day before
		member(council, org("joins", G), MembershipRole.MEMBER).setSince(day("2027-02-01")); // not yet a member
		member(council, org("leaves today", G), MembershipRole.MEMBER).setUntil(day("2027-01-01")); // still a member
		// government: agency and "leaves today" = 2 of 5 = 0.4 (counting roles and past members gave 6 of 9)
		Finding finding = only(run(model, new HelixBalanceAnalyzer()), "body.helixBalance", council);
		assertEquals(Severity.INFO, finding.getSeverity());
		assertEquals("Members by helix: government 2, industry 1, knowledge 1, civil society 1", finding.getMessage());
		assertEquals(0.4, number(finding, "largestShare"), 1e-12);
	}

	private static GovernanceBody named(HelixModel model, String name) {
		return model.getGovernanceBodies().stream().filter(b -> name.equals(b.getName())).findFirst().orElseThrow();
	}
}
