package com.baobei.visit.web;

import java.util.List;

/** The {@code X-Actor} header becomes recordedBy / ruledBy in events, so it has the shape of an id. */
final class Actors {

    private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile(Patterns.ID);

    private Actors() {
    }

    static String require(String actor) {
        if (actor == null || actor.length() > 64 || !SHAPE.matcher(actor).matches()) {
            throw new InvalidRequestException(List.of(new FieldProblem("X-Actor", Patterns.ID_MESSAGE + ", at most 64")));
        }
        return actor;
    }
}
