package org.helix.app;

/** Names that tests, the run script and other bundles rely on. */
public final class HelixBranding {

	public static final String PRODUCT_NAME = "Helix";
	public static final String PRODUCT_ID = "org.helix.app.product";
	public static final String APPLICATION_ID = "org.helix.app.application";
	/** Context active in every Helix window; holds the Helix key bindings. */
	public static final String WINDOW_CONTEXT_ID = "org.helix.app.context.window";

	private HelixBranding() {
	}
}
