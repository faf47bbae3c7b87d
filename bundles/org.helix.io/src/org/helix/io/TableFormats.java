package org.helix.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;

/** The table formats contributed to {@code org.helix.io.formats}, read from the extension registry. */
public final class TableFormats {

	public static final String EXTENSION_POINT = "org.helix.io.formats";

	/** A declared format; the implementation is created when it is used. */
	public record Descriptor(String id, String name, List<String> extensions, String contributor,
			IConfigurationElement element) {

		public TableFormat create() {
			try {
				return (TableFormat) element.createExecutableExtension("class");
			} catch (CoreException | ClassCastException e) {
				throw new IllegalStateException("cannot create table format '" + id + "' of " + contributor + ": "
						+ e.getMessage(), e);
			}
		}
	}

	private TableFormats() {
	}

	/** All declared formats sorted by id; declarations without id or class are skipped. */
	public static List<Descriptor> all() {
		List<Descriptor> formats = new ArrayList<>();
		if (Platform.getExtensionRegistry() == null) {
			return formats;
		}
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			String id = element.getAttribute("id");
			if (id == null || element.getAttribute("class") == null) {
				continue;
			}
			String extensions = element.getAttribute("extensions");
			List<String> list = new ArrayList<>();
			for (String extension : (extensions == null ? id : extensions).split(",")) {
				if (!extension.isBlank()) {
					list.add(extension.trim().toLowerCase(Locale.ROOT));
				}
			}
			String name = element.getAttribute("name");
			formats.add(new Descriptor(id, name == null ? id : name, List.copyOf(list),
					element.getContributor().getName(), element));
		}
		formats.sort(Comparator.comparing(Descriptor::id));
		return formats;
	}

	public static Optional<Descriptor> byId(String id) {
		return all().stream().filter(format -> format.id().equalsIgnoreCase(id)).findFirst();
	}

	/** The format whose extensions include the file's extension. */
	public static Optional<Descriptor> forFile(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		String extension = name.substring(dot + 1);
		return all().stream().filter(format -> format.extensions().contains(extension)).findFirst();
	}
}
