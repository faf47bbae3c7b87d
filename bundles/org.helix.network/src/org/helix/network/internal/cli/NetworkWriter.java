package org.helix.network.internal.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

import org.helix.network.EcosystemNetwork;
import org.helix.network.NetworkMetrics;
import org.helix.network.NetworkNode;
import org.helix.network.NodeMetrics;
import org.helix.network.TieKind;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** JSON and CSV output of the {@code network} command; the shapes are documented in docs/network.md. */
final class NetworkWriter {

	private NetworkWriter() {
	}

	static void json(String source, EcosystemNetwork network, Set<TieKind> kinds, NetworkMetrics metrics, PrintStream out) {
		try (JsonGenerator json = new JsonFactory().createGenerator(nonClosing(out), JsonEncoding.UTF8)) {
			json.useDefaultPrettyPrinter();
			json.writeStartObject();
			json.writeStringField("source", source);
			json.writeBooleanField("directed", metrics.directed());
			json.writeNumberField("nodeCount", metrics.nodeCount());
			json.writeNumberField("edgeCount", metrics.edgeCount());
			json.writeNumberField("modularity", metrics.modularity());
			json.writeNumberField("communityCount", metrics.communityCount());
			json.writeNumberField("componentCount", metrics.componentCount());
			json.writeObjectFieldStart("ties");
			for (Map.Entry<TieKind, Integer> entry : network.tieCounts().entrySet()) {
				if (kinds.contains(entry.getKey())) {
					json.writeNumberField(entry.getKey().id(), entry.getValue());
				}
			}
			json.writeEndObject();
			json.writeArrayFieldStart("nodes");
			for (NodeMetrics node : metrics.nodes()) {
				NetworkNode info = network.node(node.id());
				json.writeStartObject();
				json.writeStringField("id", node.id());
				json.writeStringField("label", info.label());
				json.writeStringField("type", info.type());
				json.writeStringField("helix", info.group());
				json.writeNumberField("degree", node.degree());
				json.writeNumberField("inDegree", node.inDegree());
				json.writeNumberField("outDegree", node.outDegree());
				json.writeNumberField("betweenness", node.betweenness());
				json.writeNumberField("closeness", node.closeness());
				json.writeNumberField("eigenvector", node.eigenvector());
				json.writeNumberField("pagerank", node.pagerank());
				json.writeNumberField("community", node.community());
				json.writeNumberField("component", node.component());
				if (Double.isNaN(node.constraint())) {
					json.writeNullField("constraint");
				} else {
					json.writeNumberField("constraint", node.constraint());
				}
				NodeMetrics.Brokerage brokerage = node.brokerage();
				json.writeObjectFieldStart("brokerage");
				json.writeNumberField("coordinator", brokerage.coordinator());
				json.writeNumberField("itinerant", brokerage.itinerant());
				json.writeNumberField("representative", brokerage.representative());
				json.writeNumberField("gatekeeper", brokerage.gatekeeper());
				json.writeNumberField("liaison", brokerage.liaison());
				json.writeNumberField("total", brokerage.total());
				json.writeEndObject();
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeEndObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		out.println();
	}

	static void csv(EcosystemNetwork network, NetworkMetrics metrics, PrintStream out) {
		out.println("id,label,type,helix,degree,in_degree,out_degree,betweenness,closeness,eigenvector,pagerank,community,component,constraint,"
				+ "coordinator,itinerant,representative,gatekeeper,liaison");
		for (NodeMetrics node : metrics.nodes()) {
			NetworkNode info = network.node(node.id());
			NodeMetrics.Brokerage b = node.brokerage();
			out.println(String.join(",", cell(node.id()), cell(info.label()), cell(info.type()), cell(info.group()), "" + node.degree(),
					"" + node.inDegree(), "" + node.outDegree(), "" + node.betweenness(), "" + node.closeness(), "" + node.eigenvector(),
					"" + node.pagerank(), "" + node.community(), "" + node.component(), Double.isNaN(node.constraint()) ? "" : "" + node.constraint(),
					"" + b.coordinator(), "" + b.itinerant(), "" + b.representative(), "" + b.gatekeeper(), "" + b.liaison()));
		}
	}

	/** RFC 4180 quoting when needed. */
	private static String cell(String text) {
		if (text == null) {
			return "";
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	private static OutputStream nonClosing(PrintStream out) {
		return new OutputStream() {
			@Override
			public void write(int b) {
				out.write(b);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) {
				out.write(bytes, offset, length);
			}

			@Override
			public void flush() {
				out.flush();
			}
		};
	}
}
