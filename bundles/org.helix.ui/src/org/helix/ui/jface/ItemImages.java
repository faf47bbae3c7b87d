package org.helix.ui.jface;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.CompositeImageDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/**
 * Turns the image objects of EMF.Edit item providers (URLs, {@link ComposedImage}s, image descriptors) into SWT
 * images. Item providers hand out the same URL for every element of a class, so each image is made once; the cache
 * owns the images and frees them in {@link #dispose()}.
 */
public class ItemImages {

	private final Map<Object, Image> cache = new HashMap<>();
	private boolean disposed;

	/** The SWT image for an item provider's image object, or null when there is none or it cannot be read. */
	public Image get(Object imageObject) {
		if (imageObject == null || disposed) {
			return null;
		}
		if (imageObject instanceof Image image) {
			return image;
		}
		Image image = cache.get(imageObject);
		if (image == null) {
			ImageDescriptor descriptor = descriptorOf(imageObject);
			image = descriptor == null ? null : descriptor.createImage(false);
			if (image != null) {
				cache.put(imageObject, image);
			}
		}
		return image;
	}

	/** An image descriptor for an item-provider image object, for places (menus) that make and free images themselves. */
	public static ImageDescriptor descriptor(Object imageObject) {
		return descriptorOf(imageObject);
	}

	static ImageDescriptor descriptorOf(Object imageObject) {
		if (imageObject instanceof ImageDescriptor descriptor) {
			return descriptor;
		}
		if (imageObject instanceof URL url) {
			return ImageDescriptor.createFromURL(url);
		}
		if (imageObject instanceof ComposedImage composed) {
			return new ComposedImageDescriptor(composed);
		}
		return null;
	}

	/** Number of images held; for tests of the cache. */
	public int size() {
		return cache.size();
	}

	public void dispose() {
		disposed = true;
		cache.values().forEach(Image::dispose);
		cache.clear();
	}

	/** Draws the layers of a composed image (e.g. a base icon with an overlay) on top of each other. */
	private static final class ComposedImageDescriptor extends CompositeImageDescriptor {

		private final List<ImageDescriptor> layers;

		ComposedImageDescriptor(ComposedImage composed) {
			this.layers = composed.getImages().stream().map(ItemImages::descriptorOf)
					.filter(descriptor -> descriptor != null).toList();
		}

		@Override
		protected void drawCompositeImage(int width, int height) {
			for (ImageDescriptor layer : layers) {
				drawImage(createCachedImageDataProvider(layer), 0, 0);
			}
		}

		@Override
		protected Point getSize() {
			return new Point(16, 16);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof ComposedImageDescriptor composed && composed.layers.equals(layers);
		}

		@Override
		public int hashCode() {
			return layers.hashCode();
		}
	}
}
