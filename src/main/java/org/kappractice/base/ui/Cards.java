package org.kappractice.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The one way a page shows a record: a header, cards of labelled facts, and small coloured badges. */
public final class Cards {

    private Cards() {
    }

    public static Div card(String title, Component... content) {
        var card = new Div(new H3(title));
        card.add(content);
        card.addClassName("card");
        return card;
    }

    public static Div fact(String label, String value) {
        var term = new Span(label);
        term.addClassName("fact-label");
        var text = new Span(value == null || value.isBlank() ? "—" : value);
        text.addClassName("fact-value");
        var fact = new Div(term, text);
        fact.addClassName("fact");
        return fact;
    }

    public static Div grid(Component... cards) {
        var grid = new Div(cards);
        grid.addClassName("card-grid");
        return grid;
    }

    /** A page's title on the left and its actions on the right. */
    public static HorizontalLayout header(Component title, Component... actions) {
        var header = new HorizontalLayout(title);
        header.add(actions);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return header;
    }

    /** A small label; {@code tone} is one of good, warn, bad, info, neutral. */
    public static Span badge(String text, String tone) {
        var badge = new Span(text);
        badge.addClassNames("badge", "tone-" + tone);
        return badge;
    }
}
