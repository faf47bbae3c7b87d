package org.helix.examples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.function.Supplier;

import org.helix.model.core.HelixModel;

/**
 * The example models shipped with Helix: each is built from one seed document by its builder and stored as a
 * {@code .helix} file in this bundle's {@code models/} folder.
 */
public enum Example {

	KLIMAATSPRONG("klimaatsprong.helix", "Klimaatsprong voor de Industrie 2026-2030 (programme note and SERV advice)",
			KlimaatsprongExample::build),
	RAW_MATERIALS("grondstoffen.helix", "Kritieke grondstoffenzekerheid (SERV advice on critical raw materials)",
			RawMaterialsExample::build),
	STRATEGIC_CHOICES("strategische-keuzes.helix", "Strategische keuzes voor Vlaanderen (VARIO)",
			StrategicChoicesExample::build),
	DUTCH_MANUFACTURING("maakindustrie-nl.helix", "Verduurzaming maakindustrie (SER, the Netherlands)",
			DutchManufacturingExample::build);

	private final String fileName;
	private final String label;
	private final Supplier<HelixModel> builder;

	Example(String fileName, String label, Supplier<HelixModel> builder) {
		this.fileName = fileName;
		this.label = label;
		this.builder = builder;
	}

	public String fileName() {
		return fileName;
	}

	public String label() {
		return label;
	}

	/** Builds the model afresh from its builder (the source of the shipped file). */
	public HelixModel build() {
		return builder.get();
	}

	/** The shipped file inside this bundle. */
	public URL url() {
		URL url = Example.class.getResource("/models/" + fileName);
		if (url == null) {
			throw new IllegalStateException("example file models/" + fileName + " is missing from org.helix.examples");
		}
		return url;
	}

	public InputStream open() throws IOException {
		return url().openStream();
	}

	/**
	 * {@code NAME.helix-diagrams} beside {@code NAME.helix}: the example's diagrams, laid out (written by
	 * {@code ShippedDiagramsTest} in org.helix.diagram.tests).
	 */
	public String diagramsFileName() {
		return fileName.substring(0, fileName.lastIndexOf('.')) + ".helix-diagrams";
	}

	/** The shipped diagrams of this example, or null when it ships none. */
	public URL diagramsUrl() {
		return Example.class.getResource("/models/" + diagramsFileName());
	}

	/**
	 * {@code NAME.helix-scorings} beside {@code NAME.helix}: the example's saved scorings (written by
	 * {@code ShippedScoringTest} in org.helix.scoring.tests; docs/scoring.md).
	 */
	public String scoringsFileName() {
		return fileName.substring(0, fileName.lastIndexOf('.')) + ".helix-scorings";
	}

	/** The shipped scorings of this example, or null when it ships none. */
	public URL scoringsUrl() {
		return Example.class.getResource("/models/" + scoringsFileName());
	}
}
