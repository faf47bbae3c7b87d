package org.helix.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.helix.cli.HelixCli;

/** The headless application {@code org.helix.cli.app}; its return value becomes the process exit code. */
public class HelixCliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		return HelixCli.run(args == null ? new String[0] : args, System.out, System.err);
	}

	@Override
	public void stop() {
		// commands are short-lived; nothing to interrupt
	}
}
