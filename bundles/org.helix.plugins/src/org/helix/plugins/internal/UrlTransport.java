package org.helix.plugins.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLConnection;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.internal.p2.repository.Transport;
import org.eclipse.equinox.p2.core.ProvisionException;

/**
 * How p2 reads a repository that is not a plain folder: a zipped site ({@code jar:file:...!/}) or a web server
 * ({@code http:}, {@code https:}). p2 ships no transport of its own; Eclipse's (ECF) is not on Maven Central, so this one
 * uses the JDK's URL connections. p2 tells "not there" (it then tries the next index file, e.g. content.xml after
 * content.jar) from a {@link FileNotFoundException}, or a status with the code {@code ARTIFACT_NOT_FOUND}.
 */
public final class UrlTransport extends Transport {

	private static final String BUNDLE = "org.helix.plugins";
	private static final int TIMEOUT_MS = 30_000;

	@Override
	public IStatus download(URI toDownload, OutputStream target, IProgressMonitor monitor) {
		try (InputStream in = open(toDownload).getInputStream()) {
			byte[] buffer = new byte[64 * 1024];
			for (int read; (read = in.read(buffer)) >= 0;) {
				if (monitor != null && monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				target.write(buffer, 0, read);
			}
			return Status.OK_STATUS;
		} catch (FileNotFoundException e) {
			return new Status(IStatus.ERROR, BUNDLE, ProvisionException.ARTIFACT_NOT_FOUND, "not found: " + toDownload, e);
		} catch (IOException e) {
			return new Status(IStatus.ERROR, BUNDLE, ProvisionException.REPOSITORY_FAILED_READ,
					"cannot read " + toDownload + ": " + e.getMessage(), e);
		}
	}

	@Override
	public InputStream stream(URI toDownload, IProgressMonitor monitor) throws FileNotFoundException, CoreException {
		try {
			return open(toDownload).getInputStream();
		} catch (FileNotFoundException e) {
			throw e;
		} catch (IOException e) {
			throw new CoreException(new Status(IStatus.ERROR, BUNDLE, ProvisionException.REPOSITORY_FAILED_READ,
					"cannot read " + toDownload + ": " + e.getMessage(), e));
		}
	}

	@Override
	public long getLastModified(URI toDownload, IProgressMonitor monitor) throws CoreException, FileNotFoundException {
		try {
			URLConnection connection = open(toDownload);
			if (connection instanceof HttpURLConnection http) {
				http.setRequestMethod("HEAD");
				int code = http.getResponseCode();
				if (code == HttpURLConnection.HTTP_NOT_FOUND || code == HttpURLConnection.HTTP_GONE) {
					throw new FileNotFoundException(toDownload.toString());
				}
				if (code >= 400) {
					throw new IOException("HTTP " + code);
				}
				return http.getLastModified();
			}
			// a jar: entry or a file: throw FileNotFoundException when missing
			try (InputStream in = connection.getInputStream()) {
				return connection.getLastModified();
			}
		} catch (FileNotFoundException e) {
			throw e;
		} catch (IOException e) {
			throw new CoreException(new Status(IStatus.ERROR, BUNDLE, ProvisionException.REPOSITORY_FAILED_READ,
					"cannot reach " + toDownload + ": " + e.getMessage(), e));
		}
	}

	private static URLConnection open(URI location) throws IOException {
		URLConnection connection = location.toURL().openConnection();
		connection.setConnectTimeout(TIMEOUT_MS);
		connection.setReadTimeout(TIMEOUT_MS);
		// a zip rewritten between two reads must not be served from the JDK's cache of open jar files
		connection.setUseCaches(false);
		if (connection instanceof HttpURLConnection http && http.getResponseCode() == HttpURLConnection.HTTP_NOT_FOUND) {
			throw new FileNotFoundException(location.toString());
		}
		return connection;
	}
}
