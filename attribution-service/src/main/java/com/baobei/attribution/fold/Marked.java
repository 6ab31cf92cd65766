package com.baobei.attribution.fold;

/**
 * A client, registration, purchase or dispute: an item whose decision a marked read visits again when the pass
 * touched it since the last read ({@link Marks}, ADR 0031, third round).
 */
abstract class Marked {

    /** Touched by the pass since the last read of the decisions: on one of {@link Marks}' lists. */
    boolean marked;
}
