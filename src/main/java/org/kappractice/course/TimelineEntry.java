package org.kappractice.course;

import java.time.LocalDate;

/** One step of a patient's course on the timeline, with the page that shows it. */
public record TimelineEntry(LocalDate date, String kind, String title, String status, String route, boolean inError) {
}
