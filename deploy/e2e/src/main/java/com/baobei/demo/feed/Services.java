package com.baobei.demo.feed;

import java.net.URI;

/** Where the four services listen. */
public record Services(URI registration, URI visit, URI attribution, URI commission) {

    public static Services localDefaults() {
        return new Services(URI.create("http://localhost:8081"), URI.create("http://localhost:8082"),
                URI.create("http://localhost:8083"), URI.create("http://localhost:8084"));
    }
}
