package org.helix.cli.internal.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies a jar without its signature files. The launcher loads the OSGi framework ({@code org.eclipse.osgi}, some 500
 * classes on every start) from a signed jar: the JDK then checks every class's digest while loading it, and the
 * class-data-sharing archive cannot keep any class of a signed jar, nor any class that implements one of its
 * interfaces (every bundle activator, service tracker, ...). Nothing uses the signature at run time (no security
 * manager), so the command line's lean configuration starts the framework from an unsigned copy in the user's cache;
 * the installation keeps its signed jar. {@code UnsignedJar SIGNED.jar COPY.jar}.
 */
public final class UnsignedJar {

	private UnsignedJar() {
	}

	public static void main(String[] args) {
		if (args.length != 2) {
			System.err.println("usage: UnsignedJar SIGNED.jar COPY.jar");
			System.exit(2);
		}
		try {
			copy(Path.of(args[0]), Path.of(args[1]));
		} catch (IOException e) {
			System.err.println("helix: cannot copy " + args[0] + ": " + e);
			System.exit(2);
		}
	}

	/** Writes {@code target} (through a temporary file renamed into place) with every entry but the signature files. */
	static void copy(Path signed, Path target) throws IOException {
		Path temporary = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
		try (ZipFile jar = new ZipFile(signed.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temporary))) {
			Enumeration<? extends ZipEntry> entries = jar.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				if (isSignatureFile(entry.getName())) {
					continue;
				}
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTime(entry.getTime());
				out.putNextEntry(copy);
				try (InputStream in = jar.getInputStream(entry)) {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		} catch (IOException e) {
			Files.deleteIfExists(temporary);
			throw e;
		}
		Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** META-INF/*.SF and the signature blocks (.RSA, .DSA, .EC) and SIG-* files that go with them. */
	static boolean isSignatureFile(String name) {
		String upper = name.toUpperCase(Locale.ROOT);
		if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
			return false;
		}
		String file = upper.substring("META-INF/".length());
		return file.endsWith(".SF") || file.endsWith(".RSA") || file.endsWith(".DSA") || file.endsWith(".EC")
				|| file.startsWith("SIG-");
	}
}
