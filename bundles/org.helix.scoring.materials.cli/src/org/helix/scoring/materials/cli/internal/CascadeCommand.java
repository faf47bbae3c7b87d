package org.helix.scoring.materials.cli.internal;

import java.util.List;

import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.cli.HelixCommand;
import org.helix.model.core.HelixModel;
import org.helix.model.materials.RawMaterial;
import org.helix.scoring.materials.Cascade;

/** {@code cascade FILE MATERIAL}: the dependency cascade of a raw material (by name or alias) as an indented tree. */
public class CascadeCommand implements HelixCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws CommandException {
		if (arguments.size() != 2) {
			throw CommandException.usage("usage: cascade FILE MATERIAL");
		}
		HelixModel model = context.loadModel(arguments.get(0));
		String name = arguments.get(1);
		RawMaterial material = model.getRawMaterials().stream()
				.filter(m -> name.equalsIgnoreCase(m.getName())
						|| m.getAliases().stream().anyMatch(name::equalsIgnoreCase))
				.findFirst().orElseThrow(() -> CommandException.usage("no raw material '" + name + "' in "
						+ arguments.get(0) + "; known: " + String.join(", ",
								model.getRawMaterials().stream().map(RawMaterial::getName).toList())));
		context.out().print(Cascade.of(material).render());
		return OK;
	}
}
