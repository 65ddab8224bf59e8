package org.kappractice.base.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The one way the app shows a date: 12 Dec 2026, unambiguous in every country (date fields take 2026-12-12). */
public final class Formats {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    public static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
