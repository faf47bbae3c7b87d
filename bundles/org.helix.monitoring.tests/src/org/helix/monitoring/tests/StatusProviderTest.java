package org.helix.monitoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.helix.analysis.AnalysisRunner;
import org.helix.analysis.results.AnalysisRun;
import org.helix.analysis.results.Finding;
import org.helix.analysis.results.FindingValue;
import org.helix.analysis.status.ElementStatus;
import org.helix.analysis.status.Rag;
import org.helix.analysis.status.StatusProviders;
import org.helix.model.programme.RagStatus;
import org.helix.monitoring.ActionStatusAnalyzer;
import org.helix.monitoring.MonitoringStatusProvider;
import org.junit.jupiter.api.Test;

/**
 * The RAG monitoring contributes to {@code org.helix.analysis.statusProviders}, which the workbench (fiche table,
 * fiche, decorations, diagrams) shows: the same colours as the action-status analyzer, on the monitoring fixture as of
 * 1 January 2027 (hand-computed in MonitoringAnalyzersTest: a1 GREEN, a2 RED, a3 AMBER).
 */
class StatusProviderTest {

	private final MonitoringFixture fixture = new MonitoringFixture();

	@Test
	void monitoringIsTheContributedStatusProvider() {
		assertEquals(1, StatusProviders.all().size(), StatusProviders.all().toString());
		assertInstanceOf(MonitoringStatusProvider.class, StatusProviders.all().get(0));
	}

	@Test
	void statusesAreThoseOfTheActionStatusAnalyzer() {
		assertEquals(Rag.GREEN, StatusProviders.status(fixture.a1, MonitoringFixture.AS_OF).rag());
		assertEquals(Rag.RED, StatusProviders.status(fixture.a2, MonitoringFixture.AS_OF).rag());
		ElementStatus a3 = StatusProviders.status(fixture.a3, MonitoringFixture.AS_OF);
		assertEquals(Rag.AMBER, a3.rag());
		assertEquals("40 % done, 50 % expected by 2027-01-01", a3.explanation());
		// worst-of roll-up: the test dimension holds a1 and a3
		assertEquals(Rag.AMBER, StatusProviders.status(fixture.testDimension, MonitoringFixture.AS_OF).rag());
		assertNull(StatusProviders.status(fixture.model, MonitoringFixture.AS_OF), "the model itself is not rated");

		// the whole model at once, by id: every action.rag, dimension.rag and programme.rag finding agrees
		Map<String, ElementStatus> statuses = StatusProviders.statuses(fixture.model, MonitoringFixture.AS_OF);
		AnalysisRun run = new AnalysisRunner().asOf(MonitoringFixture.AS_OF).run(fixture.model, List.of(new ActionStatusAnalyzer()));
		Map<String, String> analyzed = new HashMap<>();
		for (Finding finding : run.getResults().get(0).getFindings()) {
			if (finding.getCode().endsWith(".rag") && !finding.getTargetIds().get(0).isEmpty()) {
				analyzed.put(finding.getTargetIds().get(0), text(finding, "rag"));
			}
		}
		assertEquals("GREEN", analyzed.get(fixture.a1.getId()));
		assertEquals("RED", analyzed.get(fixture.a2.getId()));
		assertEquals("AMBER", analyzed.get(fixture.a3.getId()));
		assertEquals("RED", analyzed.get(fixture.programme.getId()));
		analyzed.forEach((id, rag) -> assertEquals(String.valueOf(rag), String.valueOf(statuses.get(id) == null ? null : statuses.get(id).rag()), id));
		statuses.forEach((id, status) -> assertEquals(String.valueOf(analyzed.get(id)), String.valueOf(status.rag()), id));
	}

	@Test
	void overridesAreReportedJustifiedOrIgnored() {
		fixture.a2.setRagOverride(RagStatus.GREEN);
		ElementStatus ignored = StatusProviders.status(fixture.a2, MonitoringFixture.AS_OF);
		assertEquals(Rag.RED, ignored.rag(), "an override without a justification is ignored");
		assertTrue(ignored.overrideIgnored());
		assertFalse(ignored.overridden());

		fixture.a2.setRagOverrideJustification("Ontwerp mechanisme is goedgekeurd; rapport volgt");
		ElementStatus justified = StatusProviders.status(fixture.a2, MonitoringFixture.AS_OF);
		assertEquals(Rag.GREEN, justified.rag());
		assertEquals(Rag.RED, justified.computed());
		assertTrue(justified.overridden());
		assertTrue(StatusProviders.status(fixture.programme, MonitoringFixture.AS_OF).overridden(), "the programme counts the override");
	}

	private static String text(Finding finding, String key) {
		return finding.getValues().stream().filter(v -> v.getKey().equals(key)).map(FindingValue::getText).findFirst().orElse(null);
	}
}
