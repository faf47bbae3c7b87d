package org.helix.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.helix.core.export.CsvExporter;
import org.helix.core.export.JsonExporter;
import org.helix.core.summary.HelixSummary;
import org.helix.core.summary.HelixSummary.ProgrammeSummary;
import org.helix.model.programme.ActionStatus;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

class SummaryAndExportTest {

	private final Klimaatsprong ks = new Klimaatsprong();

	@Test
	void summaryCountsTypesAndActionsPerDimensionAndStatus() {
		ks.innovatie.getThemes().clear();
		ks.valleyOfDeath.getDimensions().add(ks.financiering);
		ks.monitoring.getDimensions().clear();

		HelixSummary summary = HelixSummary.of(ks.model);

		assertEquals(PersistenceTest.identifiables(ks.model).size(), summary.total());
		assertEquals(4, summary.countsByType().get("PriorityAction"));
		assertEquals(2, summary.countsByType().get("Organisation"));
		assertEquals(1, summary.countsByType().get("PermanentCouncil"));
		assertEquals(1, summary.countsByType().get("HelixModel"));
		ProgrammeSummary programme = summary.programmes().get(0);
		assertEquals(4, programme.actions());
		Map<String, Integer> expected = new LinkedHashMap<>();
		expected.put("D1 beleidsaansturing en regelgeving", 0);
		expected.put("D2 financiering van de transitie", 2);
		expected.put("D3 infrastructuur en beschikbaarheid van betaalbare energie", 1);
		expected.put("D4 innovatie en talent", 1);
		expected.put(HelixSummary.NO_DIMENSION, 1);
		assertEquals(expected, programme.actionsByDimension());
		assertEquals(List.of("D1 beleidsaansturing en regelgeving", "D2 financiering van de transitie",
				"D3 infrastructuur en beschikbaarheid van betaalbare energie", "D4 innovatie en talent", HelixSummary.NO_DIMENSION),
				new ArrayList<>(programme.actionsByDimension().keySet()));
		assertEquals(Map.of(ActionStatus.PLANNED.getLiteral(), 2, ActionStatus.ONGOING.getLiteral(), 2), programme.actionsByStatus());
	}

	@Test
	void jsonHasOneObjectPerElementAndReferencesById() throws IOException {
		PersistenceTest.identifiables(ks.model).forEach(e -> e.setId(e.eClass().getName() + "-" + System.identityHashCode(e)));
		StringWriter out = new StringWriter();
		JsonExporter.export(ks.model, out);

		Set<String> ids = new HashSet<>();
		String coordinator = null;
		int objectsWithType = 0;
		try (JsonParser json = new JsonFactory().createParser(out.toString())) {
			while (json.nextToken() != null) {
				if (json.currentToken() == JsonToken.FIELD_NAME) {
					String field = json.currentName();
					json.nextToken();
					switch (field) {
					case "type" -> objectsWithType++;
					case "id" -> ids.add(json.getText());
					case "coordinator" -> coordinator = json.getText();
					default -> { }
					}
				}
			}
		}
		assertEquals(PersistenceTest.identifiables(ks.model).size(), objectsWithType);
		assertEquals(objectsWithType, ids.size());
		assertEquals(ks.vlaio.getId(), coordinator);
		assertTrue(out.toString().contains("\"startYear\" : 2026"), out.toString());
		assertTrue(out.toString().contains("\"status\" : \"ONGOING\""), out.toString());
		assertTrue(out.toString().contains("\"value\" : 31.4"), out.toString());
	}

	@Test
	void csvHasOneRowPerElementWithContainerAndKeyAttributes() throws IOException {
		PersistenceTest.identifiables(ks.model).forEach(e -> e.setId(e.eClass().getName() + "-" + System.identityHashCode(e)));
		StringBuilder out = new StringBuilder();
		CsvExporter.export(ks.model, out);

		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(out.toString()), format)) {
			assertEquals(CsvExporter.COLUMNS, parser.getHeaderNames());
			List<CSVRecord> rows = parser.getRecords();
			assertEquals(PersistenceTest.identifiables(ks.model).size(), rows.size());
			CSVRecord vlaio = rows.stream().filter(r -> r.get("id").equals(ks.vlaio.getId())).findFirst().orElseThrow();
			assertEquals("ecosystem.Organisation", vlaio.get("type"));
			assertEquals("Agentschap Innoveren en Ondernemen", vlaio.get("name"));
			assertEquals(ks.model.getId(), vlaio.get("container_id"));
			assertEquals("actors", vlaio.get("container_feature"));
			assertEquals("GOVERNMENT_AGENCY", vlaio.get("kind"));
			CSVRecord action = rows.stream().filter(r -> r.get("id").equals(ks.monitoring.getId())).findFirst().orElseThrow();
			assertEquals("ONGOING", action.get("status"));
			assertEquals("001:2919-2981", action.get("citations"));
			CSVRecord programme = rows.stream().filter(r -> r.get("id").equals(ks.programme.getId())).findFirst().orElseThrow();
			assertEquals("2026", programme.get("start"));
			assertEquals("2030", programme.get("end"));
		}
	}
}
