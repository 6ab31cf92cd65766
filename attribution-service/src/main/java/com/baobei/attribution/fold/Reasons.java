package com.baobei.attribution.fold;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Reason texts that name a channel, a date or a number, made once per fold for each distinct text: a big
 * project gives the same few thousand reasons to a hundred thousand decisions, and a shared text costs no
 * copy. One instance per fold (never shared between folds or threads); the texts stay where they are used,
 * each written as a template of its arguments.
 */
final class Reasons {

    /** The reason in Chinese and in English. */
    record Text(String zh, String en) {
    }

    interface Template<A, B, C> {
        Text make(A a, B b, C c);
    }

    /**
     * A template is one constant lambda at its place of use, so the template itself tells the texts apart. Its
     * identity is compared and hashed directly: the record's own methods would call the lambdas' inherited
     * {@code hashCode} and {@code equals} through one call site for every template class, which is slow.
     */
    private record Key(Object template, Object a, Object b, Object c) {

        @Override
        public int hashCode() {
            return ((System.identityHashCode(template) * 31 + Objects.hashCode(a)) * 31 + Objects.hashCode(b)) * 31
                    + Objects.hashCode(c);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && template == k.template && Objects.equals(a, k.a) && Objects.equals(b, k.b)
                    && Objects.equals(c, k.c);
        }
    }

    private final Map<Key, Text> made = new HashMap<>();

    <A, B, C> Text of(Template<A, B, C> template, A a, B b, C c) {
        Key key = new Key(template, a, b, c);
        Text text = made.get(key);
        if (text == null) {
            text = template.make(a, b, c);
            made.put(key, text);
        }
        return text;
    }
}
