package org.helix.io.log4j.internal;

import java.util.Dictionary;
import java.util.Hashtable;

import org.apache.logging.log4j.simple.SimpleLoggerContextFactory;
import org.apache.logging.log4j.spi.Provider;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Gives log4j-api a provider (its own simple logger, which prints errors only), so that Apache POI does not hang
 * under OSGi.
 * <p>
 * Why: log4j-api's bundle activator takes ProviderUtil's start-up lock and releases it only when it finds a Log4j
 * provider (an OSGi service, looked up when log4j-api starts and whenever another bundle has started). Helix ships
 * no Log4j implementation (POI only needs the API), so the lock stayed with the thread that activated log4j-api and
 * POI's first {@code LogManager} call waited forever. This bundle is started at start level 2 (product and tests), on
 * the framework's start-level thread: it registers the provider; either log4j-api starts later and finds it, or the
 * "started" event of this bundle reaches log4j-api's synchronous listener on that same thread, which then releases
 * the lock it holds. (log4j-provider.properties in a fragment does not work: log4j-api 2.24 ignores such providers as
 * having no API version.)
 */
public class Log4jProviderActivator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		Dictionary<String, Object> properties = new Hashtable<>();
		properties.put("APIVersion", "2.6.0");
		context.registerService(Provider.class, new Provider(1, "2.6.0", SimpleLoggerContextFactory.class), properties);
	}

	@Override
	public void stop(BundleContext context) {
		// the framework unregisters the service
	}
}
