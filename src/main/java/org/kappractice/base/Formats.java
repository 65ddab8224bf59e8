package org.kappractice.base;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way the app writes a date or time, on screen and in rule messages: 12 Dec 2026, 14:05,
 * unambiguous in every country (date fields take 2026-12-12).
 */
public final class Formats {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    public static String time(LocalTime time) {
        return time == null ? "—" : TIME.format(time);
    }

    /** A moment in the clinic's time zone (the server's). */
    public static String dateTime(OffsetDateTime at) {
        return at == null ? "—" : DATE_TIME.format(at.atZoneSameInstant(ZoneId.systemDefault()));
    }

    public static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
