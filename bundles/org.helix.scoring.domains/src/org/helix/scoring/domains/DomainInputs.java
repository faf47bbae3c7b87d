package org.helix.scoring.domains;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The inputs of one candidate domain; a factor without an input is unknown ("not given"). */
public record DomainInputs(String domain, Map<Factor, Input> inputs) {

	public DomainInputs {
		EnumMap<Factor, Input> copy = new EnumMap<>(Factor.class);
		copy.putAll(inputs);
		inputs = Collections.unmodifiableMap(copy);
	}

	public static DomainInputs of(String domain) {
		return new DomainInputs(domain, Map.of());
	}

	public Input get(Factor factor) {
		Input input = inputs.get(factor);
		return input != null ? input : Input.unknown("not given");
	}

	/** A copy with one input set. */
	public DomainInputs with(Factor factor, Input input) {
		EnumMap<Factor, Input> copy = new EnumMap<>(Factor.class);
		copy.putAll(inputs);
		copy.put(factor, input);
		return new DomainInputs(domain, copy);
	}

	public DomainInputs with(Factor factor, boolean value, String basis) {
		return with(factor, value ? Input.yes(basis) : Input.no(basis));
	}
}
