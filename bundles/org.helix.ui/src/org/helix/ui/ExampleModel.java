package org.helix.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;

/**
 * An example model contributed through the extension point {@value #EXTENSION_POINT}: a {@code .helix} file inside
 * the contributing bundle and, when shipped, its laid-out diagrams beside it. The UI only copies files, so content
 * bundles (org.helix.examples) contribute without depending on the UI and the UI does not depend on them.
 *
 * @param id               the contribution's id
 * @param label            what the wizard lists
 * @param fileName         the name the model is copied under
 * @param url              the shipped model
 * @param diagramsUrl      the shipped diagrams ({@link #diagramsFileName()}), or null when there are none
 * @param openOnFirstStart whether the first start opens this example
 */
public record ExampleModel(String id, String label, String fileName, URL url, URL diagramsUrl, boolean openOnFirstStart) {

	public static final String EXTENSION_POINT = "org.helix.ui.examples";

	/** Every contributed example, in registry order; broken contributions are logged and left out. */
	public static List<ExampleModel> contributed() {
		List<ExampleModel> examples = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			String contributor = element.getContributor().getName();
			String file = element.getAttribute("file");
			Bundle bundle = Platform.getBundle(contributor);
			URL url = bundle == null || file == null ? null : bundle.getEntry(file);
			if (url == null) {
				ILog.of(ExampleModel.class).log(Status.warning("Example '" + element.getAttribute("id") + "' of " + contributor
						+ " names the file '" + file + "', which the bundle does not contain; it is left out"));
				continue;
			}
			String fileName = file.substring(file.lastIndexOf('/') + 1);
			URL diagrams = bundle.getEntry(file.substring(0, file.length() - fileName.length()) + diagramsFileName(fileName));
			examples.add(new ExampleModel(element.getAttribute("id"), element.getAttribute("label"), fileName, url, diagrams,
					Boolean.parseBoolean(element.getAttribute("openOnFirstStart"))));
		}
		return examples;
	}

	/** The example the first start opens: the first marked so, else the first one; null when there are none. */
	public static ExampleModel openedOnFirstStart(List<ExampleModel> examples) {
		return examples.stream().filter(ExampleModel::openOnFirstStart).findFirst()
				.orElse(examples.isEmpty() ? null : examples.get(0));
	}

	public InputStream open() throws IOException {
		return url.openStream();
	}

	/** {@code NAME.helix-diagrams} beside {@code NAME.helix}. */
	public String diagramsFileName() {
		return diagramsFileName(fileName);
	}

	private static String diagramsFileName(String modelFileName) {
		int dot = modelFileName.lastIndexOf('.');
		return (dot < 0 ? modelFileName : modelFileName.substring(0, dot)) + ".helix-diagrams";
	}
}
