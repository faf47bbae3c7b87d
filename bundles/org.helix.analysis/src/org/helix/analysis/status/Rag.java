package org.helix.analysis.status;

/** Red, amber, green: the status colour of an element, ordered from best to worst. */
public enum Rag {
	GREEN, AMBER, RED
}
