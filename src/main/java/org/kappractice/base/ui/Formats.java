package org.kappractice.base.ui;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The one date format of the app: 12 Dec 2026, unambiguous in every country. */
public final class Formats {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    public static String dateTime(OffsetDateTime at) {
        return at == null ? "—" : DATE_TIME.format(at.atZoneSameInstant(ZoneId.systemDefault()));
    }

    public static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
