package org.helix.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TimeZone;

import org.helix.core.persistence.CalendarDatesMigration;
import org.helix.core.persistence.FormatMigrations;
import org.helix.core.persistence.HelixLoadException;
import org.helix.core.persistence.HelixPersistence;
import org.helix.model.core.HelixModel;
import org.helix.model.governance.StakeholderInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Format 1.0 wrote dates as EDate date-times: the midnight of the day in the writer's zone, with the writer's offset.
 * The SERV advice on the programme note was requested on 24 July 2025 (seed 000, A:17); each value below is how a 1.0
 * Helix could have written that day, depending on where it was typed and where it was saved.
 */
class CalendarDatesMigrationTest {

	private static final LocalDate REQUESTED = LocalDate.of(2025, 7, 24);

	/** value as written by format 1.0 -> where the day was typed / where the file was saved */
	private static final List<String> WRITTEN = List.of(
			"2025-07-24T00:00:00.000+0000", // typed and saved in UTC (the shipped examples)
			"2025-07-24T00:00:00.000+0200", // typed and saved in Brussels (summer time)
			"2025-07-23T22:00:00.000+0000", // typed in Brussels, saved on a UTC server
			"2025-07-24T02:00:00.000+0200", // built at midnight UTC, saved in Brussels
			"2025-07-23T20:00:00.000-0400", // built at midnight UTC, saved in New York
			"2025-07-24T04:00:00.000+0000", // typed in New York, saved on a UTC server
			"2025-07-24T00:00:00.000-0700", // typed and saved in Los Angeles
			"2025-07-24T00:00:00.000", // no offset
			"2025-07-24"); // already a calendar date

	private final TimeZone original = TimeZone.getDefault();

	@TempDir
	Path folder;

	@AfterEach
	void restoreZone() {
		TimeZone.setDefault(original);
	}

	@Test
	void everyFormOfTheOldValueNamesTheSameDay() {
		for (String value : WRITTEN) {
			LocalDate day = CalendarDatesMigration.isLegacy(value) ? CalendarDatesMigration.calendarDay(value) : LocalDate.parse(value);
			assertEquals(REQUESTED, day, value);
		}
	}

	@Test
	void aValueThatIsNoDateIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> CalendarDatesMigration.calendarDay("24 juli 2025T10:00"));
	}

	private Path oldFile() throws IOException {
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<core:HelixModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:core="http://www.helix.org/model/1.0/core"
				    xmlns:governance="http://www.helix.org/model/1.0/governance" id="m" title="SERV" formatVersion="1.0">
				""");
		for (int i = 0; i < WRITTEN.size(); i++) {
			xml.append("  <stakeholderInputs id=\"i").append(i).append("\" name=\"SERV-advies\" requestDate=\"")
					.append(WRITTEN.get(i)).append("\"/>\n");
		}
		xml.append("</core:HelixModel>\n");
		Path file = folder.resolve("serv-1.0.helix");
		Files.writeString(file, xml);
		return file;
	}

	@ParameterizedTest
	@ValueSource(strings = { "UTC", "Europe/Brussels", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago" })
	void aFormatOneZeroFileOpensWithTheSameDaysInEveryZone(String zone) throws Exception {
		TimeZone.setDefault(TimeZone.getTimeZone(zone));
		HelixModel model = HelixPersistence.load(oldFile());
		assertEquals(FormatMigrations.CURRENT_VERSION, model.getFormatVersion());
		assertEquals(WRITTEN.size(), model.getStakeholderInputs().size());
		for (StakeholderInput input : model.getStakeholderInputs()) {
			assertEquals(REQUESTED, input.getRequestDate(), input.getId() + " read in " + zone);
		}

		Path saved = folder.resolve("serv-1.1.helix");
		HelixPersistence.save(model, saved);
		String text = Files.readString(saved);
		assertTrue(text.contains("formatVersion=\"1.1\""), text);
		assertEquals(WRITTEN.size(), text.split("requestDate=\"2025-07-24\"", -1).length - 1, text);
	}

	@Test
	void aFormatOneOneFileWithABadDateIsAClearLoadError() throws IOException {
		Path file = folder.resolve("bad.helix");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<core:HelixModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:core="http://www.helix.org/model/1.0/core"
				    id="m" formatVersion="1.1">
				  <stakeholderInputs id="i" requestDate="24/07/2025"/>
				</core:HelixModel>
				""");
		HelixLoadException error = assertThrows(HelixLoadException.class, () -> HelixPersistence.load(file));
		assertTrue(error.getMessage().contains("24/07/2025"), error.getMessage());
		assertTrue(error.getMessage().contains(":4:"), "names the line: " + error.getMessage());
	}
}
