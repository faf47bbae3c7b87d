package org.helix.scoring.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.helix.cli.HelixCli;
import org.helix.cli.internal.CommandRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./helix cli mcda} in-process, through the command extension point: the JSON answer named as in the issue, and
 * exit code 2 with the place of the error for bad input. (In this package to read the answer with {@link JsonTree}.)
 */
class McdaCommandTest {

	@TempDir
	Path folder;

	record Run(int code, String out, String err) {
	}

	private Run mcda(String json, String... options) throws Exception {
		Files.writeString(folder.resolve("problem.json"), json, StandardCharsets.UTF_8);
		ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		String[] args = new String[3 + options.length];
		args[0] = "mcda";
		args[1] = "--input";
		args[2] = "problem.json";
		System.arraycopy(options, 0, args, 3, options.length);
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			int code = HelixCli.run(args, o, e, folder, CommandRegistry.commands(e));
			return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parse(String json) throws Exception {
		return (Map<String, Object>) JsonTree.read(new StringReader(json));
	}

	/** Hwang &amp; Yoon's fighter aircraft as a file: closeness and both distances per alternative. */
	@Test
	@SuppressWarnings("unchecked")
	void topsisAnswer() throws Exception {
		Run run = mcda("""
				{"method": "topsis",
				 "alternatives": ["A1", "A2", "A3", "A4"],
				 "criteria": [{"name": "Speed", "direction": "max", "weight": 0.2},
				              {"name": "Range", "direction": "max", "weight": 0.1},
				              {"name": "Payload", "direction": "max", "weight": 0.1},
				              {"name": "Cost", "direction": "min", "weight": 0.1, "unit": "M USD"},
				              {"name": "Reliability", "direction": "max", "weight": 0.2},
				              {"name": "Maneuverability", "direction": "max", "weight": 0.3}],
				 "matrix": [[2.0, 1500, 20000, 5.5, 5, 9], [2.5, 2700, 18000, 6.5, 3, 5],
				            [1.8, 2000, 21000, 4.5, 7, 7], [2.2, 1800, 20000, 5.0, 5, 5]],
				 "normalisation": "vector"}
				""");
		assertEquals(0, run.code(), run.err());
		Map<String, Object> answer = parse(run.out());
		assertEquals(List.of("A1", "A3", "A4", "A2"), answer.get("ranking"));
		assertEquals(0.643, (Double) ((Map<String, Object>) answer.get("scores")).get("A1"), 5e-4);
		assertEquals(0.0546, (Double) ((Map<String, Object>) answer.get("distanceToIdeal")).get("A1"), 5e-4);
		assertEquals(0.0984, (Double) ((Map<String, Object>) answer.get("distanceToAntiIdeal")).get("A1"), 5e-4);
	}

	@Test
	@SuppressWarnings("unchecked")
	void prometheeWithSensitivity() throws Exception {
		Run run = mcda("""
				{"method": "promethee2",
				 "alternatives": ["A", "B", "C"],
				 "criteria": [{"name": "Benefit", "direction": "max", "weight": 3, "preference": {"function": "linear", "q": 1, "p": 3}},
				              {"name": "Cost", "direction": "min", "weight": 2}],
				 "matrix": [[10, 5], [8, 3], [9, 4]],
				 "sensitivity": {"oat": true, "monteCarlo": {"samples": 2000, "seed": 7}}}
				""");
		assertEquals(0, run.code(), run.err());
		Map<String, Object> answer = parse(run.out());
		assertEquals(List.of("B", "C", "A"), answer.get("ranking"));
		assertEquals(-0.25, (Double) ((Map<String, Object>) answer.get("netFlow")).get("A"), 1e-12);
		assertEquals(0.15, (Double) ((Map<String, Object>) answer.get("positiveFlow")).get("A"), 1e-12);
		assertEquals(0.4, (Double) ((Map<String, Object>) answer.get("negativeFlow")).get("A"), 1e-12);
		Map<String, Object> cost = (Map<String, Object>) ((Map<String, Object>) answer.get("oat")).get("Cost");
		// single-criterion net flows: Benefit A 0.25, B -0.25, C 0; Cost A -1, B 1, C 0. With Cost weight t:
		// A = 0.25 - 1.25t, B = -0.25 + 1.25t, C = 0: all three cross at t = 0.2
		assertEquals(0.2, (Double) ((List<Object>) cost.get("breakpoints")).get(0), 1e-12);
		assertEquals(1, ((List<Object>) cost.get("breakpoints")).size());
		List<Object> intervals = (List<Object>) cost.get("intervals");
		assertEquals(List.of("A", "C", "B"), ((Map<String, Object>) intervals.get(0)).get("ranking"));
		assertEquals(List.of("B", "C", "A"), ((Map<String, Object>) intervals.get(1)).get("ranking"));
		assertEquals(0.0, ((Map<String, Object>) intervals.get(0)).get("from"));
		assertEquals(1.0, ((Map<String, Object>) intervals.get(1)).get("to"));
		List<Double> shares = (List<Double>) ((Map<String, Object>) answer.get("rankAcceptability")).get("B");
		assertEquals(3, shares.size());
		assertEquals(1.0, shares.stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
	}

	/** AHP without alternative matrices: the weights and their consistency only. */
	@Test
	@SuppressWarnings("unchecked")
	void ahpWeightsOnly() throws Exception {
		Run run = mcda("""
				{"method": "ahp", "alternatives": ["A1", "A2"],
				 "criteria": [{"name": "Cost"}, {"name": "Quality"}],
				 "ahp": {"criteria": [[1, 3], [0.333, 1]]}}
				""");
		assertEquals(0, run.code(), run.err());
		Map<String, Object> answer = parse(run.out());
		assertEquals(0.75, (Double) ((Map<String, Object>) answer.get("weights")).get("Cost"), 1e-3);
		assertEquals(0.0, answer.get("consistencyRatio"));
		assertEquals(List.of(), answer.get("ranking"));
	}

	/**
	 * Both {@code ahp.criteria} and {@code ahp.judges}, as in the issue's own example (one judge, the same matrix typed
	 * with 0.333): accepted because they agree, and the weights are the matrix's (3 : 1 gives 0.75 / 0.25). Two judges
	 * saying 2 and 8 have the geometric mean 4; a criteria matrix saying 4 (typed 0.25 below the diagonal) agrees.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void criteriaAndJudgesThatAgreeAreAccepted() throws Exception {
		Run issueExample = mcda("""
				{"method": "ahp", "alternatives": ["A1", "A2"],
				 "criteria": [{"name": "Cost"}, {"name": "Quality"}],
				 "ahp": {"criteria": [[1, 3], [0.333, 1]], "judges": [[[1, 3], [0.333, 1]]]}}
				""");
		assertEquals(0, issueExample.code(), issueExample.err());
		assertEquals(0.75, (Double) ((Map<String, Object>) parse(issueExample.out()).get("weights")).get("Cost"), 1e-3);

		Run group = mcda("""
				{"method": "ahp", "alternatives": ["A1", "A2"],
				 "criteria": [{"name": "Cost"}, {"name": "Quality"}],
				 "ahp": {"criteria": [[1, 4], [0.25, 1]], "judges": [[[1, 2], [0.5, 1]], [[1, 8], [0.125, 1]]]}}
				""");
		assertEquals(0, group.code(), group.err());
		assertEquals(0.8, (Double) ((Map<String, Object>) parse(group.out()).get("weights")).get("Cost"), 1e-9);
	}

	/** Criteria and judges that say different things: exit 2, naming the entry and both values; no silent precedence. */
	@Test
	void criteriaAndJudgesThatDisagreeAreRefusedSayingWhere() throws Exception {
		Run run = mcda("""
				{"method": "ahp", "alternatives": ["A1", "A2"],
				 "criteria": [{"name": "Cost"}, {"name": "Quality"}],
				 "ahp": {"criteria": [[1, 3], [0.333, 1]], "judges": [[[1, 2], [0.5, 1]], [[1, 8], [0.125, 1]]]}}
				""");
		assertEquals(2, run.code());
		assertTrue(run.err().contains("ahp.criteria[0][1]: 3.002, but the judges' geometric mean (ahp.judges) gives 4.000 there"), run.err());
	}

	@Test
	void textFormat() throws Exception {
		Run run = mcda("""
				{"method": "wsm", "alternatives": ["A1", "A2"], "criteria": [{"name": "x", "weight": 1}, {"name": "y", "direction": "min", "weight": 1}],
				 "matrix": [[1, 2], [2, 1]], "sensitivity": {"oat": true}}
				""", "--format", "text");
		assertEquals(0, run.code(), run.err());
		assertTrue(run.out().contains("   1  A2"), run.out());
		assertTrue(run.out().contains("One-at-a-time weight sweeps"), run.out());
	}

	@Test
	void badInputSaysWhere() throws Exception {
		String criteria = "\"criteria\": [{\"name\": \"x\", \"weight\": 1}, {\"name\": \"y\", \"weight\": 1}]";
		Run ragged = mcda("{\"method\": \"wsm\", \"alternatives\": [\"A1\", \"A2\"], " + criteria + ", \"matrix\": [[1, 2], [3]]}");
		assertEquals(2, ragged.code());
		assertTrue(ragged.err().contains("problem.json: matrix[1] (A2): 1 value, but there are 2 criteria"), ragged.err());

		Run unknown = mcda("{\"method\": \"electre\", \"alternatives\": [\"A1\", \"A2\"], " + criteria + ", \"matrix\": [[1, 2], [3, 4]]}");
		assertEquals(2, unknown.code());
		assertTrue(unknown.err().contains("method: unknown method 'electre'; known: wsm, wpm, ahp, topsis, promethee2"), unknown.err());

		Run reciprocal = mcda("{\"method\": \"ahp\", \"alternatives\": [\"A1\", \"A2\"], " + criteria + ", \"ahp\": {\"criteria\": [[1, 3], [3, 1]]}}");
		assertEquals(2, reciprocal.code());
		assertTrue(reciprocal.err().contains("ahp.criteria[0][1]: not reciprocal"), reciprocal.err());

		Run negative = mcda("{\"method\": \"wsm\", \"alternatives\": [\"A1\"], \"criteria\": [{\"name\": \"x\", \"weight\": -1}], \"matrix\": [[1]]}");
		assertEquals(2, negative.code());
		assertTrue(negative.err().contains("criteria[0].weight: weights must not be negative, got -1.0"), negative.err());

		Run syntax = mcda("{\"method\": \"wsm\", ");
		assertEquals(2, syntax.code());
		assertTrue(syntax.err().contains("problem.json: line 1, column"), syntax.err());
	}

	@Test
	@SuppressWarnings("unchecked")
	void missingValuesAreReported() throws Exception {
		Run run = mcda("""
				{"method": "wsm", "alternatives": ["A1", "A2", "A3"], "criteria": [{"name": "x", "weight": 1}, {"name": "y", "weight": 1}],
				 "matrix": [[1, 2], [2, null], [2, 1]]}
				""");
		assertEquals(0, run.code(), run.err());
		Map<String, Object> answer = parse(run.out());
		assertEquals(List.of("A1", "A3"), answer.get("ranking"));
		assertEquals(Map.of("A2", List.of("y")), answer.get("missing"));
		assertTrue(!((Map<String, Object>) answer.get("scores")).containsKey("A2"));
	}
}
