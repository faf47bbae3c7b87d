package org.helix.core.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.helix.model.core.CorePackage;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Identifiable;

/**
 * The XMI resource of a {@code .helix} file. Elements are identified by their {@code id} attribute (a UUID), so
 * references are written as ids rather than positional fragments and files diff and merge well. The load and save
 * options are tuned for large models (100k elements).
 */
public class HelixResource extends XMIResourceImpl {

	/** Shared by all Helix resources: parsers are expensive to create and safe to reuse one at a time. */
	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);

	public HelixResource(URI uri) {
		super(uri);
		// lookups by id go through a hash map instead of a scan of the whole tree
		setIntrinsicIDToEObjectMap(new HashMap<>());
		configureDefaultOptions();
	}

	private void configureDefaultOptions() {
		Map<Object, Object> load = getDefaultLoadOptions();
		load.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		// per resource, not shared: the handler fills it while parsing and HashMap is not thread-safe
		load.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		load.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		load.put(XMLResource.OPTION_USE_LEXICAL_HANDLER, Boolean.FALSE);
		load.put(XMLResource.OPTION_DISABLE_NOTIFY, Boolean.TRUE);
		load.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);

		Map<Object, Object> save = getDefaultSaveOptions();
		save.put(XMLResource.OPTION_ENCODING, "UTF-8");
		save.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
		save.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
		save.put(XMLResource.OPTION_FORMATTED, Boolean.TRUE);
		save.put(XMLResource.OPTION_LINE_WIDTH, 120);
		save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		save.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		save.put(XMLResource.OPTION_FLUSH_THRESHOLD, 1 << 20);
	}

	/** Reads dates written by format 1.0 (date-times) as the calendar days they named; see {@link CalendarDatesMigration}. */
	@Override
	protected XMLHelper createXMLHelper() {
		return new XMIHelperImpl(this) {
			@Override
			protected Object createFromString(EFactory eFactory, EDataType eDataType, String value) {
				if (eDataType == CorePackage.Literals.LOCAL_DATE && CalendarDatesMigration.isLegacy(value)) {
					return CalendarDatesMigration.calendarDay(value);
				}
				return super.createFromString(eFactory, eDataType, value);
			}
		};
	}

	/** Ids live in the {@code id} attribute; the resource must never add a separate {@code xmi:id}. */
	@Override
	protected boolean useUUIDs() {
		return false;
	}

	@Override
	protected boolean useIDs() {
		return false;
	}

	/** Gives ids to new elements and stamps the format version, whoever saves the resource. */
	@Override
	public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
		prepareForSave();
		super.doSave(outputStream, options);
	}

	void prepareForSave() {
		for (EObject root : getContents()) {
			assignMissingIds(root);
			if (root instanceof HelixModel model) {
				model.setFormatVersion(FormatMigrations.CURRENT_VERSION);
			}
		}
	}

	/** Every {@link Identifiable} under {@code root} (inclusive) without an id gets a random UUID; ids are kept. */
	public static int assignMissingIds(EObject root) {
		int assigned = assignId(root);
		for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
			assigned += assignId(it.next());
		}
		return assigned;
	}

	private static int assignId(EObject object) {
		if (object instanceof Identifiable identifiable && isBlank(identifiable.getId())) {
			identifiable.setId(UUID.randomUUID().toString());
			return 1;
		}
		return 0;
	}

	private static boolean isBlank(String id) {
		return id == null || id.isBlank();
	}
}
