package org.kappractice.patients.ui;

import com.vaadin.flow.component.html.Span;
import org.kappractice.patients.CourseStatus;

/** A course status as a small coloured label. */
final class CourseStatusBadge {

    private CourseStatusBadge() {
    }

    static Span of(CourseStatus status) {
        Span badge = new Span(status.label());
        badge.addClassNames("badge", "status-" + status.name().toLowerCase());
        return badge;
    }
}
