package org.helix.scoring.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.helix.scoring.ScoringException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads JSON into plain maps (in file order), lists, doubles, strings, booleans and nulls with Jackson's streaming
 * parser (the target platform has jackson-core, not databind; a decision problem is small).
 */
final class JsonTree {

	private static final JsonFactory FACTORY = new JsonFactory();

	private JsonTree() {
	}

	static Object read(Reader reader) throws ScoringException, IOException {
		try (JsonParser parser = FACTORY.createParser(reader)) {
			JsonToken token = parser.nextToken();
			if (token == null) {
				throw new ScoringException("", "the file is empty");
			}
			Object value = value(parser, token);
			if (parser.nextToken() != null) {
				throw new ScoringException(at(parser.currentLocation()), "unexpected content after the JSON object");
			}
			return value;
		} catch (JsonParseException e) {
			throw new ScoringException(at(e.getLocation()), "not valid JSON: " + e.getOriginalMessage());
		}
	}

	private static String at(JsonLocation location) {
		return location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
	}

	private static Object value(JsonParser parser, JsonToken token) throws IOException {
		switch (token) {
		case START_OBJECT: {
			Map<String, Object> object = new LinkedHashMap<>();
			for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
				String name = parser.currentName();
				object.put(name, value(parser, parser.nextToken()));
			}
			return object;
		}
		case START_ARRAY: {
			List<Object> array = new ArrayList<>();
			for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
				array.add(value(parser, next));
			}
			return array;
		}
		case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT:
			return parser.getDoubleValue();
		case VALUE_STRING:
			return parser.getText();
		case VALUE_TRUE:
			return Boolean.TRUE;
		case VALUE_FALSE:
			return Boolean.FALSE;
		case VALUE_NULL:
			return null;
		default:
			throw new JsonParseException(parser, "unexpected " + token);
		}
	}
}
