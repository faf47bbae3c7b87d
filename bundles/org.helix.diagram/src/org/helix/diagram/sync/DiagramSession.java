package org.helix.diagram.sync;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.helix.core.command.TriggeringCommandStack;
import org.helix.core.persistence.HelixPersistence;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.model.notation.DiagramFile;
import org.helix.diagram.model.notation.NotationFactory;

/**
 * The diagrams of one semantic resource, kept in step with it.
 * <p>
 * A content adapter on the semantic resource tells every diagram what changed in the model (it refreshes only what the
 * changes can affect, see {@link DiagramSynchronizer#modelChanged}). When the change came
 * through the command stack, the {@link TriggeringCommandStack} appends the diagram refresh to that command, so undo
 * restores model and diagram together. Changes made outside the command stack are picked up by
 * {@link #refreshIfDirty()}, which refreshes as a command of its own.
 */
public class DiagramSession implements TriggeringCommandStack.Trigger {

	private final EditingDomain domain;
	private final Resource semanticResource;
	private final Resource diagramResource;
	private final Function<String, DiagramDescription> descriptions;
	private final Map<Diagram, DiagramSynchronizer> synchronizers = new LinkedHashMap<>();
	private final EContentAdapter changeListener = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			// each synchronizer collects the changes, so that its refresh re-evaluates only what they can affect
			synchronizers.values().forEach(synchronizer -> synchronizer.modelChanged(notification));
		}
	};

	/** An editing domain whose command stack supports the diagram triggers. */
	public static EditingDomain createEditingDomain(org.eclipse.emf.ecore.resource.ResourceSet resourceSet) {
		return new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
				new TriggeringCommandStack(), resourceSet);
	}

	/**
	 * Opens the diagrams of {@code semanticResource} (its {@code .helix-diagrams} file, or a new empty one) and
	 * refreshes them, since the model may have changed while they were closed. Diagrams whose description is not
	 * known are kept but not synchronized.
	 *
	 * @param descriptions finds a diagram description by id (for example the viewpoint registry)
	 */
	public static DiagramSession open(EditingDomain domain, Resource semanticResource,
			Function<String, DiagramDescription> descriptions) throws IOException {
		if (!(domain.getCommandStack() instanceof TriggeringCommandStack)) {
			throw new IllegalArgumentException("the editing domain needs a TriggeringCommandStack (see createEditingDomain)");
		}
		return new DiagramSession(domain, semanticResource, DiagramResources.diagramsOf(semanticResource), descriptions);
	}

	private DiagramSession(EditingDomain domain, Resource semanticResource, Resource diagramResource,
			Function<String, DiagramDescription> descriptions) {
		this.domain = domain;
		this.semanticResource = semanticResource;
		this.diagramResource = diagramResource;
		this.descriptions = descriptions;
		for (Diagram diagram : file().getDiagrams()) {
			DiagramDescription description = descriptions.apply(diagram.getDescriptionId());
			if (description != null) {
				DiagramSynchronizer synchronizer = new DiagramSynchronizer(description, diagram);
				synchronizers.put(diagram, synchronizer);
				synchronizer.refresh(); // opening is not a user action: nothing to undo
			}
		}
		semanticResource.eAdapters().add(changeListener);
		((TriggeringCommandStack) domain.getCommandStack()).addTrigger(this);
	}

	public EditingDomain domain() {
		return domain;
	}

	public Resource semanticResource() {
		return semanticResource;
	}

	public Resource diagramResource() {
		return diagramResource;
	}

	public DiagramFile file() {
		return (DiagramFile) diagramResource.getContents().get(0);
	}

	public List<Diagram> diagrams() {
		return List.copyOf(file().getDiagrams());
	}

	public DiagramSynchronizer synchronizer(Diagram diagram) {
		return synchronizers.get(diagram);
	}

	/** Creates a diagram of {@code description} for {@code root} and fills it, as one undoable command. */
	public Diagram createDiagram(DiagramDescription description, EObject root, String name) {
		Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
		diagram.setName(name);
		diagram.setDescriptionId(description.getId());
		if (description.eContainer() instanceof org.helix.diagram.model.description.Viewpoint viewpoint) {
			diagram.setViewpointId(viewpoint.getId());
		}
		diagram.setSemanticRoot(root);
		DiagramSynchronizer synchronizer = new DiagramSynchronizer(description, diagram);
		synchronizer.initialize();
		domain.getCommandStack().execute(new RecordingCommand("Create diagram " + name, List.of(diagramResource), () -> {
			file().getDiagrams().add(diagram);
			synchronizer.refresh();
		}));
		synchronizers.put(diagram, synchronizer);
		return diagram;
	}

	/**
	 * The descriptions with these ids changed (a viewpoint file was saved or deleted): each diagram of one of them gets
	 * a synchronizer for the description {@code descriptions} gives now and is refreshed, as one command. A diagram
	 * whose description is gone keeps its notation, unsynchronized, until it comes back. Returns whether any diagram
	 * of this session was concerned.
	 */
	public boolean descriptionsChanged(java.util.Collection<String> descriptionIds) {
		List<DiagramSynchronizer> renewed = new ArrayList<>();
		boolean concerned = false;
		for (Diagram diagram : file().getDiagrams()) {
			if (!descriptionIds.contains(diagram.getDescriptionId())) {
				continue;
			}
			concerned = true;
			DiagramDescription description = descriptions.apply(diagram.getDescriptionId());
			if (description == null) {
				synchronizers.remove(diagram);
				continue;
			}
			DiagramSynchronizer synchronizer = new DiagramSynchronizer(description, diagram);
			synchronizers.put(diagram, synchronizer);
			renewed.add(synchronizer);
		}
		if (!renewed.isEmpty()) {
			domain.getCommandStack().execute(new RecordingCommand("Apply the changed viewpoint", List.of(diagramResource),
					() -> renewed.forEach(DiagramSynchronizer::refresh)));
		}
		return concerned;
	}

	/** Refreshes dirty diagrams after changes made outside the command stack; one undoable command. */
	public void refreshIfDirty() {
		Command refresh = triggered();
		if (refresh != null) {
			domain.getCommandStack().execute(refresh);
		}
	}

	/** Forces a refresh of one diagram (for example after its layers or filters changed), as a command. */
	public void refresh(Diagram diagram) {
		synchronizers.get(diagram).markDirty();
		refreshIfDirty();
	}

	@Override
	public Command triggered() {
		List<DiagramSynchronizer> dirty = new ArrayList<>();
		for (Map.Entry<Diagram, DiagramSynchronizer> entry : synchronizers.entrySet()) {
			if (entry.getValue().isDirty() && entry.getKey().eResource() == diagramResource) {
				dirty.add(entry.getValue());
			}
		}
		if (dirty.isEmpty()) {
			return null;
		}
		return new RecordingCommand("Refresh diagrams", List.of(diagramResource), () -> dirty.forEach(DiagramSynchronizer::refresh));
	}

	@Override
	public void undoneOrRedone() {
		// undo and redo restore the notation that belonged to the model state: nothing to recompute
		synchronizers.values().forEach(DiagramSynchronizer::markClean);
	}

	/**
	 * The diagrams file, when the diagrams live on the local file system (they do whenever the model does), or null.
	 */
	public java.nio.file.Path path() {
		URI uri = diagramResource.getURI();
		return uri.isFile() ? java.nio.file.Path.of(uri.toFileString()) : null;
	}

	/**
	 * Saves the diagrams atomically with a backup, as {@code .helix} files are saved (see
	 * {@link HelixPersistence#save(Resource, java.nio.file.Path)}): a failed save leaves the previous file as it was.
	 * Called only when the user saves; nothing writes diagrams behind the user's back.
	 */
	public void save() throws IOException {
		java.nio.file.Path file = path();
		if (file == null) {
			throw new IOException("the diagrams of " + semanticResource.getURI() + " are not a local file: " + diagramResource.getURI());
		}
		HelixPersistence.save(diagramResource, file);
	}

	/** The diagrams as {@link #save()} would write them, for callers that write through the Eclipse workspace. */
	public byte[] toBytes() throws IOException {
		return HelixPersistence.toBytes(diagramResource);
	}

	/**
	 * Follows the model to a new file (after a Save As): the diagrams move beside it, {@code NAME.helix-diagrams}.
	 * Nothing is written; the next {@link #save()} writes the new file and references the model by its new name.
	 */
	public void moveWithModel() {
		diagramResource.setURI(DiagramResources.diagramsURI(semanticResource.getURI()));
	}

	public void dispose() {
		semanticResource.eAdapters().remove(changeListener);
		((TriggeringCommandStack) domain.getCommandStack()).removeTrigger(this);
		synchronizers.clear();
	}
}
