package com.baobei.demo.feed;

import java.util.LinkedHashMap;

/** A JSON object in the making: fields in the order written, nulls left out (absent means "not given"). */
final class Body extends LinkedHashMap<String, Object> {

    static Body of() {
        return new Body();
    }

    Body with(String field, Object value) {
        if (value != null) {
            put(field, value);
        }
        return this;
    }
}
