package com.baobei.visit.web;

import com.baobei.contracts.Texts;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * ID-4 over a whole request: every string of it, nested records and list elements included, except the fields marked
 * {@link PhoneField}, is searched with {@link Texts#holdsFullPhone} (full-width digits, spaces and dashes included).
 * Walking the record rather than listing fields means a field added later is checked without anyone remembering to.
 */
final class FullPhonesInText {

    static final String MESSAGE = "ID-4: must not hold a full phone number (it would be published as written)";

    private FullPhonesInText() {
    }

    /** Each field holding a full number, by its JSON path ({@code relatedParty.evidenceRefs[1]}). */
    static List<FieldProblem> problems(Record request) {
        List<FieldProblem> problems = new ArrayList<>();
        walk(request, "", problems);
        return problems;
    }

    /** Throws {@link PhoneInTextException} (422) when any field holds a full number. */
    static void require(Record request) {
        List<FieldProblem> problems = problems(request);
        if (!problems.isEmpty()) {
            throw new PhoneInTextException(problems);
        }
    }

    private static void walk(Record record, String prefix, List<FieldProblem> problems) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.isAnnotationPresent(PhoneField.class)) {
                continue;
            }
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component.getName(), e);
            }
            value(value, prefix + component.getName(), problems);
        }
    }

    private static void value(Object value, String path, List<FieldProblem> problems) {
        if (value instanceof String text) {
            if (Texts.holdsFullPhone(text)) {
                problems.add(new FieldProblem(path, MESSAGE));
            }
        } else if (value instanceof Record nested) {
            walk(nested, path + ".", problems);
        } else if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object element : list) {
                value(element, path + "[" + i++ + "]", problems);
            }
        }
    }
}
