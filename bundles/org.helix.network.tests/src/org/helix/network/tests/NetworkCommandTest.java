package org.helix.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.helix.cli.HelixCli;
import org.helix.cli.internal.CommandRegistry;
import org.helix.examples.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** {@code ./helix cli network}, contributed through org.helix.cli.commands: the public JSON shape, CSV, exit codes. */
class NetworkCommandTest {

	@TempDir
	Path folder;

	record Run(int code, String out, String err) {
	}

	Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
		int code = HelixCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), errStream, Path.of("").toAbsolutePath(),
				CommandRegistry.commands(errStream));
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	@SuppressWarnings("unchecked")
	void jsonGivesTheMetricsPerNodeAndTheModularity() throws IOException {
		Run run = run("network", "data/kite.csv", "--format", "json");
		assertEquals(0, run.code(), run.err());
		Map<String, Object> json = (Map<String, Object>) parse(run.out());
		assertEquals(10, ((Number) json.get("nodeCount")).intValue());
		assertEquals(18, ((Number) json.get("edgeCount")).intValue());
		assertEquals(Boolean.FALSE, json.get("directed"));
		assertTrue(((Number) json.get("modularity")).doubleValue() > 0, json.toString());
		List<Object> nodes = (List<Object>) json.get("nodes");
		assertEquals(10, nodes.size());
		Map<String, Object> heather = nodes.stream().map(node -> (Map<String, Object>) node).filter(node -> "Heather".equals(node.get("id")))
				.findFirst().orElseThrow();
		for (String field : List.of("degree", "betweenness", "closeness", "eigenvector", "pagerank", "community")) {
			assertTrue(heather.containsKey(field), field + " in " + heather);
		}
		assertEquals(3, ((Number) heather.get("degree")).intValue());
		assertEquals(14.0 / 36, ((Number) heather.get("betweenness")).doubleValue(), 1e-12);
		assertEquals(0.6, ((Number) heather.get("closeness")).doubleValue(), 1e-12);
	}

	@Test
	void csvHasAHeaderAndOneRowPerNode() {
		Run run = run("network", "data/directed.csv", "--directed", "--format=csv");
		assertEquals(0, run.code(), run.err());
		List<String> lines = run.out().lines().toList();
		assertEquals(9, lines.size(), run.out());
		assertTrue(lines.get(0).startsWith("id,label,type,helix,degree,in_degree,out_degree,betweenness,closeness,eigenvector,pagerank,community"));
		assertTrue(lines.get(1).startsWith("a,a,node,,4,2,2,0.357142857142857"), lines.get(1));
		assertTrue(run.err().contains("modularity"), run.err());
	}

	@Test
	void aModelGivesItsEcosystem() throws IOException {
		Path file = folder.resolve("klimaatsprong.helix");
		try (InputStream in = Example.KLIMAATSPRONG.open()) {
			Files.copy(in, file);
		}
		Run run = run("network", file.toString(), "--ties", "body-membership,project-partner");
		assertEquals(0, run.code(), run.err());
		assertTrue(run.out().contains("\"nodeCount\" : 74"), run.out().substring(0, 400));
		assertTrue(run.out().contains("\"body-membership\" : 90") && run.out().contains("\"project-partner\" : 79"), run.out().substring(0, 400));
		assertTrue(!run.out().contains("\"advice\""), "only the chosen tie kinds");

		// all tie kinds; the output is kept in target/ for the example in docs/network.md
		Run all = run("network", file.toString());
		assertEquals(0, all.code(), all.err());
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "network-klimaatsprong.json"), all.out());
		Run csv = run("network", file.toString(), "--format", "csv");
		assertEquals(0, csv.code(), csv.err());
		assertEquals(75, csv.out().lines().count());
		Files.writeString(Path.of("target", "network-klimaatsprong.csv"), csv.out() + "# stderr: " + csv.err());
	}

	@Test
	void wrongUseExitsWith2AndSaysWhy() throws IOException {
		Run unknown = run("network", "data/kite.csv", "--weighted");
		assertEquals(2, unknown.code());
		assertTrue(unknown.err().contains("unknown option --weighted"), unknown.err());
		Run format = run("network", "data/kite.csv", "--format", "xml");
		assertEquals(2, format.code());
		assertTrue(format.err().contains("--format must be json or csv"), format.err());
		Run ties = run("network", "data/kite.csv", "--ties", "friendship");
		assertEquals(2, ties.code());
		assertTrue(ties.err().contains("unknown tie kind 'friendship'"), ties.err());
		Path bad = folder.resolve("bad.csv");
		Files.writeString(bad, "source,target,weight\nVLAIO,VITO,1\nVITO,UGent,zwaar\n");
		Run csv = run("network", bad.toString());
		assertEquals(2, csv.code());
		assertTrue(csv.err().contains("bad.csv, line 3: weight 'zwaar' is not a number"), csv.err());
		assertEquals("", csv.out());
		assertEquals(2, run("network").code());
	}

	static Object parse(String text) throws IOException {
		try (JsonParser parser = new JsonFactory().createParser(text)) {
			parser.nextToken();
			return value(parser);
		}
	}

	private static Object value(JsonParser parser) throws IOException {
		JsonToken token = parser.currentToken();
		switch (token) {
		case START_OBJECT -> {
			Map<String, Object> map = new LinkedHashMap<>();
			while (parser.nextToken() != JsonToken.END_OBJECT) {
				String name = parser.currentName();
				parser.nextToken();
				map.put(name, value(parser));
			}
			return map;
		}
		case START_ARRAY -> {
			List<Object> list = new ArrayList<>();
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				list.add(value(parser));
			}
			return list;
		}
		case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
			return parser.getNumberValue();
		}
		case VALUE_TRUE, VALUE_FALSE -> {
			return parser.getBooleanValue();
		}
		case VALUE_NULL -> {
			return null;
		}
		default -> {
			return parser.getText();
		}
		}
	}
}
