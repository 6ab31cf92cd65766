package com.baobei.contracts;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** How every reader of the language names the field at fault: Jackson's reference chain as a JSON path. */
public final class JsonPaths {

    private JsonPaths() {
    }

    /** E.g. {@code events[3].data.visitId}; an empty chain is the empty path. */
    public static String of(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
