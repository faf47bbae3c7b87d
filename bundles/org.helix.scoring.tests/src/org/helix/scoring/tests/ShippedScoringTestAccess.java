package org.helix.scoring.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** What other test packages use of {@link ShippedScoringTest} (it is package-private, as JUnit tests are). */
public final class ShippedScoringTestAccess {

	public static final List<String> HAND_RANKING = ShippedScoringTest.HAND_RANKING;

	private ShippedScoringTestAccess() {
	}

	public static Path copyExample(Path folder, boolean withScorings) throws IOException {
		return ShippedScoringTest.copyExample(folder, withScorings);
	}
}
