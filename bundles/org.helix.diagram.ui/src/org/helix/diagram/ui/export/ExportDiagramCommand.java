package org.helix.diagram.ui.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;

import org.helix.cli.Arguments;
import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.cli.HelixCommand;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.ui.scene.Scene;
import org.helix.diagram.ui.scene.SceneBuilder;
import org.helix.diagram.ui.scene.SvgWriter;
import org.helix.diagram.viewpoint.ViewpointProblem;
import org.helix.diagram.viewpoint.ViewpointRegistry;

/**
 * {@code export-diagram FILE.helix --viewpoint ID|PATH.helix-viewpoint [--diagram NAME] --format png|svg --output PATH}:
 * the viewpoint is an installed one or a specification file (its first diagram description; a file with problems is
 * refused with each problem's element and position). SVG needs no
 * toolkit; PNG is painted by the SWT renderer and therefore needs a display (this class only touches SWT through
 * {@link PngWriter}, so SVG export never loads it).
 */
public class ExportDiagramCommand implements HelixCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws CommandException {
		Arguments parsed = Arguments.parse(arguments, Set.of("viewpoint", "diagram", "format", "output"));
		String file = parsed.singleFile();
		String viewpoint = required(parsed, "viewpoint");
		String format = required(parsed, "format");
		Path output = context.resolve(required(parsed, "output"));
		if (!format.equals("png") && !format.equals("svg")) {
			throw CommandException.usage("--format must be png or svg, not '" + format + "'");
		}
		ViewpointRegistry registry = ViewpointRegistry.getDefault();
		DiagramDescription description;
		Function<String, DiagramDescription> descriptions = registry::diagram;
		if (viewpoint.endsWith("." + ViewpointRegistry.FILE_EXTENSION)) {
			// a specification file (e.g. in a workspace project): its own registry, so that it may reuse an installed id
			Path specification = context.resolve(viewpoint);
			if (!Files.isRegularFile(specification)) {
				throw CommandException.usage("no viewpoint file " + specification);
			}
			ViewpointRegistry fromFile = new ViewpointRegistry();
			List<ViewpointProblem> problems = fromFile.loadFile(URI.createFileURI(specification.toAbsolutePath().toString()),
					specification.toString());
			// warnings (a double-click target not found) do not keep a diagram from being exported
			if (problems.stream().anyMatch(p -> p.severity() == ViewpointProblem.Severity.ERROR) || fromFile.viewpoints().isEmpty()) {
				throw CommandException.usage("the viewpoint file cannot be used:" + System.lineSeparator() + String.join(
						System.lineSeparator(), problems.stream().map(problem -> "  " + problem).toList()));
			}
			description = fromFile.viewpoints().get(0).getDiagrams().get(0);
			descriptions = id -> fromFile.diagram(id) != null ? fromFile.diagram(id) : registry.diagram(id);
		} else {
			description = DiagramExports.find(registry, viewpoint);
		}
		if (description == null) {
			StringBuilder message = new StringBuilder("unknown viewpoint '" + viewpoint + "'; installed: "
					+ String.join(", ", DiagramExports.knownIds(registry)));
			for (ViewpointRegistry.Broken broken : registry.broken()) {
				message.append(System.lineSeparator()).append("  not loaded: ")
						.append(broken.viewpointId() != null ? broken.viewpointId() + ", " : "").append(broken.reason());
			}
			throw CommandException.usage(message.toString());
		}
		if (format.equals("png") && !PngWriter.displayAvailable()) {
			throw new CommandException(USAGE_OR_IO_ERROR, "PNG export needs a display and none is available (DISPLAY is"
					+ " not set): run it under xvfb-run, or export --format svg, which needs none");
		}
		DiagramExports.Opened opened;
		try {
			opened = DiagramExports.open(context.resolve(file), description, parsed.option("diagram"), descriptions);
		} catch (IOException e) {
			throw new CommandException(USAGE_OR_IO_ERROR, e.getMessage(), e);
		}
		try {
			Scene scene = SceneBuilder.build(opened.diagram());
			if (format.equals("svg")) {
				Files.writeString(output, SvgWriter.write(scene, opened.diagram().getName()), StandardCharsets.UTF_8);
			} else {
				PngWriter.write(scene, output);
			}
			context.out().printf("%s: %d nodes, %d edges -> %s%n", opened.diagram().getName(), scene.nodes().size(),
					scene.edges().size(), output);
			return OK;
		} catch (IOException e) {
			throw new CommandException(USAGE_OR_IO_ERROR, "cannot write " + output + ": " + e.getMessage(), e);
		} finally {
			opened.dispose();
		}
	}

	private static String required(Arguments parsed, String name) throws CommandException {
		String value = parsed.option(name);
		if (value == null || value.isBlank()) {
			throw CommandException.usage("--" + name + " is required");
		}
		return value;
	}
}
