package org.helix.core.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

import org.helix.model.core.HelixModel;

/**
 * Format 1.0 to 1.1: dates become calendar dates.
 *
 * <p>Format 1.0 stored every date as an {@code EDate}, a point in time written as
 * {@code 2026-07-01T00:00:00.000+0000}: the midnight of the day in the zone of the machine that wrote it. Format 1.1
 * stores the day itself, {@code 2026-07-01}. The 1.1 metamodel has no type that can hold a 1.0 value, so the
 * conversion happens while the file is read ({@link HelixResource} hands every date value in the old form to
 * {@link #calendarDay(String)}); {@link #migrate(HelixModel)} has nothing left to do.
 *
 * <p>No day moves: a 1.0 value is the midnight of the intended day in <em>some</em> zone, written with the offset of
 * the writing machine, so the intended day is the nearest midnight to the written wall-clock time.
 * {@code 2026-07-01T00:00:00.000+0000} (written where the day was entered) is 2026-07-01;
 * {@code 2026-06-30T22:00:00.000+0000} (entered in Brussels, midnight +02:00, saved on a UTC machine) is 2026-07-01 too;
 * {@code 2026-07-01T04:00:00.000+0000} (entered in New York) is 2026-07-01. The machine reading the file plays no part.
 */
public final class CalendarDatesMigration implements FormatMigration {

	public static final String SOURCE_VERSION = "1.0";
	public static final String TARGET_VERSION = "1.1";

	/** The forms EMF wrote (and read) for EDate: a date, optionally a time, optionally an offset. */
	private static final DateTimeFormatter LEGACY = new DateTimeFormatterBuilder()
			.append(DateTimeFormatter.ISO_LOCAL_DATE)
			.optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd()
			.optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
			.optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
			.toFormatter();

	@Override
	public String sourceVersion() {
		return SOURCE_VERSION;
	}

	@Override
	public String targetVersion() {
		return TARGET_VERSION;
	}

	@Override
	public void migrate(HelixModel model) {
		// the date values were converted while the file was read (see the class comment)
	}

	/** Whether {@code text} is a date in the 1.0 form (it has a time), rather than a 1.1 calendar date. */
	public static boolean isLegacy(String text) {
		return text != null && text.indexOf('T') >= 0;
	}

	/**
	 * The calendar day a 1.0 date value names: the nearest midnight to its wall-clock time, in the offset it was
	 * written with.
	 *
	 * @throws IllegalArgumentException if {@code text} is not a date EMF could have written
	 */
	public static LocalDate calendarDay(String text) {
		TemporalAccessor parsed;
		try {
			parsed = LEGACY.parse(text.strip());
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("'" + text + "' is not a date (yyyy-MM-dd)", e);
		}
		LocalDate day = LocalDate.from(parsed);
		LocalTime time = parsed.isSupported(ChronoField.HOUR_OF_DAY) ? LocalTime.from(parsed) : LocalTime.MIDNIGHT;
		return LocalDateTime.of(day, time).plusHours(12).toLocalDate();
	}
}
