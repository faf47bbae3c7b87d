package org.helix.governance.tests;

import static org.helix.governance.tests.GovernanceTesting.AS_OF;
import static org.helix.governance.tests.GovernanceTesting.codes;
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
import org.helix.governance.MeetingCadenceAnalyzer;
import org.helix.model.core.CoreFactory;
import org.helix.model.core.HelixModel;
import org.helix.model.governance.BodyKind;
import org.helix.model.governance.BodyStatus;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.GovernanceFactory;
import org.helix.model.governance.Meeting;
import org.helix.model.governance.MeetingCadence;
import org.helix.model.governance.MeetingKind;
import org.junit.jupiter.api.Test;

/**
 * Meeting cadence (docs/analysis.md, Governance): over the 365 days up to the as-of date (or since establishment) a
 * body is expected to meet window / interval times; fewer than {@code tolerance} (0.75) times that is
 * {@code body.meetsTooRarely}; a last meeting more than 1.5 intervals back is {@code body.longGap}; a body with a
 * yearly reflection moment without one in the last 365 days is {@code body.noReflection}. All expectations are
 * worked out by hand in the comments; the window up to 2027-01-01 starts on 2026-01-01 (2026 has 365 days).
 */
class MeetingCadenceAnalyzerTest {

	private final HelixModel model = CoreFactory.eINSTANCE.createHelixModel();

	private GovernanceBody body(String name, MeetingCadence cadence, Integer meetingsPerYear, String... meetingDates) {
		GovernanceBody body = GovernanceFactory.eINSTANCE.createGovernanceBody();
		body.setName(name);
		body.setKind(BodyKind.STEERING_GROUP);
		body.setStatus(BodyStatus.ACTIVE);
		body.setMeetingCadence(cadence);
		body.setMeetingsPerYear(meetingsPerYear);
		for (String date : meetingDates) {
			meeting(body, date, MeetingKind.REGULAR_MEETING);
		}
		model.getGovernanceBodies().add(body);
		return body;
	}

	private static Meeting meeting(GovernanceBody body, String date, MeetingKind kind) {
		Meeting meeting = GovernanceFactory.eINSTANCE.createMeeting();
		meeting.setDate(day(date));
		meeting.setKind(kind);
		body.getMeetings().add(meeting);
		return meeting;
	}

	@Test
	void klimaatsprongBodiesAgainstTheirOwnRules() {
		HelixModel klimaatsprong = Example.KLIMAATSPRONG.build();
		GovernanceBody council = named(klimaatsprong, "permanent overlegorgaan");
		GovernanceBody soundingBoard = named(klimaatsprong, "klankbordgroep");
		GovernanceBody assembly = named(klimaatsprong, "Jaarvergadering Klimaatsprong voor de Industrie");
		// the seed records no meetings after June 2025 (KsGovernance); a year of six-weekly meetings in 2026, the
		// last one on 2026-10-27
		for (String date : List.of("2026-01-20", "2026-03-03", "2026-04-14", "2026-05-26", "2026-07-07", "2026-09-15", "2026-10-27")) {
			meeting(council, date, MeetingKind.REGULAR_MEETING);
		}
		meeting(soundingBoard, "2026-05-01", MeetingKind.REGULAR_MEETING);
		List<Finding> findings = run(klimaatsprong, new MeetingCadenceAnalyzer());

		// the council is SIX_WEEKLY ("ongeveer zeswekelijks", seed 001 L403): 365 / 42 = 8.69 expected, 0.75 x 8.69
		// = 6.52 needed, 7 held: kept. The last, 2026-10-27, is 66 days back, more than 1.5 x 42 = 63: a long gap.
		assertEquals(List.of("body.cadenceKept", "body.longGap"), codes(findings, council), describe(findings));
		Finding kept = only(findings, "body.cadenceKept", council);
		assertEquals(7, number(kept, "meetings"));
		assertEquals(365 / 42.0, number(kept, "expected"), 1e-9);
		assertEquals("Met 7 times in the 365 days up to 2027-01-01; its cadence (six weekly) expects about 8.7", kept.getMessage());
		assertEquals("Last meeting on 2026-10-27, 66 days before 2027-01-01; its cadence (six weekly) is about every 42 days",
				only(findings, "body.longGap", council).getMessage());
		// the sounding board meets 3 times a year (L403-408): 3 expected, 2.25 needed, 1 held: too rarely; 2026-05-01
		// is 245 days back > 1.5 x 121.7 = 182.5: a long gap; its tasks name a yearly reflection moment (L410), none held
		assertEquals(List.of("body.meetsTooRarely", "body.longGap", "body.noReflection"), codes(findings, soundingBoard));
		assertEquals(Severity.WARNING, only(findings, "body.meetsTooRarely", soundingBoard).getSeverity());
		// the annual assembly (meetingsPerYear 1, L526-535): its September 2026 event has no day in the seed, so no
		// dated meeting: 0 held < 0.75 x 1 expected
		assertEquals(List.of("body.meetsTooRarely"), codes(findings, assembly));
		assertEquals(2 + 3 + 1, findings.size(), "no other body of the seed has a cadence rule: " + describe(findings));

		// a reflection moment on 2026-11-15: 2 meetings < 2.25 still too rarely, but 47 days back is no long gap
		meeting(soundingBoard, "2026-11-15", MeetingKind.REFLECTION_MOMENT);
		assertEquals(List.of("body.meetsTooRarely"), codes(run(klimaatsprong, new MeetingCadenceAnalyzer()), soundingBoard));
	}

	@Test
	void toleranceAtItsEdge() {
		// 4 meetings a year: an interval of 91.25 days, 365 / 91.25 = 4.0 expected, 0.75 x 4.0 = 3.0 needed exactly
		GovernanceBody three = body("three", MeetingCadence.QUARTERLY, 4, "2026-03-01", "2026-06-01", "2026-11-01");
		GovernanceBody two = body("two", MeetingCadence.QUARTERLY, 4, "2026-06-01", "2026-11-01");
		List<Finding> findings = run(model, new MeetingCadenceAnalyzer());
		assertEquals(List.of("body.cadenceKept"), codes(findings, three), describe(findings));
		assertEquals(4.0, number(only(findings, "body.cadenceKept", three), "expected"), 1e-12);
		assertEquals(List.of("body.meetsTooRarely"), codes(findings, two));
		assertEquals(2, number(only(findings, "body.meetsTooRarely", two), "meetings"));
		// tolerance 0.5: 2.0 needed, so 2 is enough
		assertEquals(List.of("body.cadenceKept"), codes(run(model, new MeetingCadenceAnalyzer(), "tolerance", "0.5"), two));
	}

	@Test
	void meetingsPerYearWinsOverTheCadence() {
		// SIX_WEEKLY would expect 8.69, but 2 meetings a year is the body's own rule: 2.0 expected, 1.5 needed, 2 held
		GovernanceBody body = body("twice", MeetingCadence.SIX_WEEKLY, 2, "2026-04-01", "2026-10-01");
		Finding kept = only(run(model, new MeetingCadenceAnalyzer()), "body.cadenceKept", body);
		assertEquals(2.0, number(kept, "expected"), 1e-12);
		assertEquals("Met 2 times in the 365 days up to 2027-01-01; its cadence (2 meetings a year) expects about 2.0", kept.getMessage());
	}

	@Test
	void longGapAtOneAndAHalfIntervals() {
		// SIX_WEEKLY: a gap is more than 1.5 x 42 = 63 days. 2026-10-30 is 63 days before 2027-01-01, 2026-10-29 is 64.
		GovernanceBody at = body("63 days", MeetingCadence.SIX_WEEKLY, null, "2026-10-30");
		GovernanceBody over = body("64 days", MeetingCadence.SIX_WEEKLY, null, "2026-10-29");
		List<Finding> findings = run(model, new MeetingCadenceAnalyzer());
		assertEquals(List.of("body.meetsTooRarely"), codes(findings, at), describe(findings));
		assertEquals(List.of("body.meetsTooRarely", "body.longGap"), codes(findings, over));
		assertEquals("Last meeting on 2026-10-29, 64 days before 2027-01-01; its cadence (six weekly) is about every 42 days",
				only(findings, "body.longGap", over).getMessage());
	}

	@Test
	void windowStartsAtEstablishmentAndEndsAtTheAsOfDate() {
		// established 2026-07-05: a window of 180 days, 180 / 42 = 4.29 expected, 3.21 needed. The meeting before
		// establishment and the one after the as-of date do not count.
		GovernanceBody three = body("three", MeetingCadence.SIX_WEEKLY, null, "2026-06-01", "2026-08-01", "2026-10-01", "2026-12-01", "2027-01-02");
		three.setEstablished(day("2026-07-05"));
		GovernanceBody four = body("four", MeetingCadence.SIX_WEEKLY, null, "2026-07-05", "2026-08-15", "2026-10-01", "2026-12-01");
		four.setEstablished(day("2026-07-05"));
		List<Finding> findings = run(model, new MeetingCadenceAnalyzer());
		Finding rarely = only(findings, "body.meetsTooRarely", three);
		assertEquals("Met 3 times in the 180 days up to 2027-01-01; its cadence (six weekly) expects about 4.3", rarely.getMessage());
		assertEquals(180 / 42.0, number(rarely, "expected"), 1e-9);
		assertEquals(List.of("body.cadenceKept"), codes(findings, four), "the meeting on the day of establishment counts");
	}

	@Test
	void onlyRunningBodiesWithARuleAreChecked() {
		for (BodyStatus stopped : List.of(BodyStatus.DISSOLVED, BodyStatus.PLANNED, BodyStatus.NOT_STARTED)) {
			body(stopped.getLiteral(), MeetingCadence.SIX_WEEKLY, null).setStatus(stopped);
		}
		for (MeetingCadence noRule : List.of(MeetingCadence.REGULAR, MeetingCadence.AD_HOC, MeetingCadence.CONTINUOUS, MeetingCadence.UNSPECIFIED)) {
			body(noRule.getLiteral(), noRule, null);
		}
		// established after the as-of date: no window yet (it used to give "Met 0 times in the -59 days")
		body("future", MeetingCadence.SIX_WEEKLY, null).setEstablished(day("2027-03-01"));
		List<Finding> findings = run(model, new MeetingCadenceAnalyzer());
		assertEquals(List.of(), findings, describe(findings));
	}

	@Test
	void yearlyReflectionWithinTheLast365Days() {
		// a body that held a reflection moment before is expected to hold one each year; the window is
		// 2026-01-01..2027-01-01, both ends included
		GovernanceBody missed = body("missed", MeetingCadence.ANNUAL, null);
		meeting(missed, "2025-12-31", MeetingKind.REFLECTION_MOMENT);
		meeting(missed, "2026-06-01", MeetingKind.REGULAR_MEETING);
		GovernanceBody held = body("held", MeetingCadence.ANNUAL, null);
		meeting(held, "2025-06-01", MeetingKind.REFLECTION_MOMENT);
		meeting(held, "2026-01-01", MeetingKind.REFLECTION_MOMENT);
		// or whose tasks name one (the sounding board's "jaarlijks reflectiemoment", seed 001 L410)
		GovernanceBody tasked = body("tasked", MeetingCadence.ANNUAL, null, "2026-06-01");
		tasked.getTasks().add("a yearly Reflection Moment with the stakeholders");
		// a window shorter than a year (established 2026-03-01) is not checked
		GovernanceBody young = body("young", MeetingCadence.ANNUAL, null, "2026-06-01");
		young.setEstablished(day("2026-03-01"));
		young.getTasks().add("jaarlijks reflectiemoment");
		List<Finding> findings = run(model, new MeetingCadenceAnalyzer());
		assertEquals(List.of("body.cadenceKept", "body.noReflection"), codes(findings, missed), describe(findings));
		assertEquals("No reflection moment in the 365 days up to 2027-01-01", only(findings, "body.noReflection", missed).getMessage());
		assertEquals(List.of("body.cadenceKept"), codes(findings, held));
		assertEquals(List.of("body.cadenceKept", "body.noReflection"), codes(findings, tasked));
		assertEquals(List.of("body.cadenceKept"), codes(findings, young));
	}

	private static GovernanceBody named(HelixModel model, String name) {
		return model.getGovernanceBodies().stream().filter(b -> name.equals(b.getName())).findFirst().orElseThrow();
	}
}
