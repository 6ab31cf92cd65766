package com.baobei.attribution.live;

import com.baobei.contracts.EventEnvelope;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A kept project's events ({@link ProjectMemory.Snapshot}): the first {@link #size} of a list that only grows. A poll
 * appends its few events to that list and takes a longer view, where it used to copy the project's whole list: at
 * 1,000,000 events that was 4 MB copied per poll, a cost that grew with the project's age (issue 16, ADR 0031 "Three
 * sizes"). A view never changes: a view that is no longer the list's end (a later one was made from it, then its
 * transaction rolled back) grows by copying its own part, so what it shows stays what it was made with.
 * <p>
 * Not thread-safe by itself: a project's snapshot is used by one thread at a time (the project's row lock) and
 * handed on through {@link ProjectMemory}'s synchronized methods.
 */
final class KeptEvents extends AbstractList<EventEnvelope> implements RandomAccess {

    private final ArrayList<EventEnvelope> list;
    private final int size;

    private KeptEvents(ArrayList<EventEnvelope> list, int size) {
        this.list = list;
        this.size = size;
    }

    /** These events as a view of a list of their own (copied once), or the very view when they are one already. */
    static KeptEvents of(List<EventEnvelope> events) {
        if (events instanceof KeptEvents kept) {
            return kept;
        }
        ArrayList<EventEnvelope> copy = new ArrayList<>(events);
        return new KeptEvents(copy, copy.size());
    }

    /** This view's events followed by {@code added}, appended in place when this view is the list's end. */
    KeptEvents plus(List<EventEnvelope> added) {
        ArrayList<EventEnvelope> to = list;
        if (list.size() != size) {
            to = new ArrayList<>(size + added.size());
            to.addAll(list.subList(0, size));
        }
        to.addAll(added);
        return new KeptEvents(to, to.size());
    }

    @Override
    public EventEnvelope get(int index) {
        Objects.checkIndex(index, size);
        return list.get(index);
    }

    @Override
    public int size() {
        return size;
    }
}
