package com.baobei.demo.feed;

import java.util.LinkedHashMap;

/** A JSON object in the making: fields in the order written, nulls left out (absent means "not given"). */
public final class Body extends LinkedHashMap<String, Object> {

    public static Body of() {
        return new Body();
    }

    public Body with(String field, Object value) {
        if (value != null) {
            put(field, value);
        }
        return this;
    }
}
