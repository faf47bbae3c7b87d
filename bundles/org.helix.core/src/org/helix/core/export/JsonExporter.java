package org.helix.core.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.helix.core.persistence.FormatMigrations;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Identifiable;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

/**
 * Writes a model as JSON, one object per element, nested by containment:
 *
 * <pre>
 * {"format":"helix-json","formatVersion":"1.1","model":{"type":"core.HelixModel","id":"…","title":"…",
 *   "programmes":[{"type":"programme.Programme","id":"…","coordinator":"&lt;id of VLAIO&gt;", …}]}}
 * </pre>
 *
 * Every element has {@code type} (package.Class) and {@code id}; attributes that are set follow under their feature
 * name (numbers as JSON numbers, enums by literal, dates as ISO calendar dates, yyyy-MM-dd); non-containment references hold the id of
 * the target (an array of ids when many-valued); containment references hold nested objects. Features that are not
 * set are left out. Streaming (Jackson core), so large models need no extra memory.
 */
public final class JsonExporter {

	/** The caller owns the stream: exporting to standard output must not close it. */
	private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

	private JsonExporter() {
	}

	public static void export(HelixModel model, Writer writer) throws IOException {
		try (JsonGenerator json = FACTORY.createGenerator(writer)) {
			write(model, json);
		}
	}

	public static void export(HelixModel model, java.io.OutputStream out) throws IOException {
		try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
			write(model, json);
		}
	}

	private static void write(HelixModel model, JsonGenerator json) throws IOException {
		json.useDefaultPrettyPrinter();
		json.writeStartObject();
		json.writeStringField("format", "helix-json");
		json.writeStringField("formatVersion", model.getFormatVersion() != null ? model.getFormatVersion() : FormatMigrations.CURRENT_VERSION);
		json.writeFieldName("model");
		writeElement(model, json);
		json.writeEndObject();
	}

	private static void writeElement(EObject object, JsonGenerator json) throws IOException {
		json.writeStartObject();
		json.writeStringField("type", typeName(object));
		if (object instanceof Identifiable identifiable && identifiable.getId() != null) {
			json.writeStringField("id", identifiable.getId());
		}
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature.isTransient() || feature.isDerived() || !object.eIsSet(feature) || "id".equals(feature.getName())) {
				continue;
			}
			json.writeFieldName(feature.getName());
			if (feature.isMany()) {
				json.writeStartArray();
				for (Object value : (List<?>) object.eGet(feature)) {
					writeValue(feature, value, json);
				}
				json.writeEndArray();
			} else {
				writeValue(feature, object.eGet(feature), json);
			}
		}
		json.writeEndObject();
	}

	private static void writeValue(EStructuralFeature feature, Object value, JsonGenerator json) throws IOException {
		if (value == null) {
			json.writeNull();
		} else if (feature instanceof EReference reference) {
			if (reference.isContainment()) {
				writeElement((EObject) value, json);
			} else {
				json.writeString(reference((EObject) value));
			}
		} else if (value instanceof BigDecimal decimal) {
			json.writeNumber(decimal);
		} else if (value instanceof Integer integer) {
			json.writeNumber(integer);
		} else if (value instanceof Long number) {
			json.writeNumber(number);
		} else if (value instanceof Double number && Double.isFinite(number)) {
			json.writeNumber(number);
		} else if (value instanceof Boolean bool) {
			json.writeBoolean(bool);
		} else {
			EDataType type = ((EAttribute) feature).getEAttributeType();
			json.writeString(EcoreUtil.convertToString(type, value));
		}
	}

	/** The id of a target in the same file; an unresolved or foreign target is written as its URI. */
	static String reference(EObject target) {
		if (target instanceof Identifiable identifiable && identifiable.getId() != null && !target.eIsProxy()) {
			return identifiable.getId();
		}
		return EcoreUtil.getURI(target).toString();
	}

	static String typeName(EObject object) {
		return object.eClass().getEPackage().getName() + "." + object.eClass().getName();
	}
}
