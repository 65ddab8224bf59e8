package org.kappractice.course;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One step of a patient's course on the timeline, with the page that shows it; {@code recordedAt}
 * orders the steps of one day.
 */
public record TimelineEntry(LocalDate date, OffsetDateTime recordedAt, String kind, String title, String status,
                            String route, boolean inError) {
}
