package org.kappractice.course;

import java.util.List;

/** A patient's course: every session and decision in date order, and what is due next. */
public record CourseTimeline(List<TimelineEntry> entries, List<DueItem> due) {

    public CourseTimeline {
        entries = List.copyOf(entries);
        due = List.copyOf(due);
    }
}
