package com.baobei.demo.feed;

import java.net.URI;

/** Where the four services and the identity provider (its issuer address) listen. */
public record Services(URI registration, URI visit, URI attribution, URI commission, URI identity) {

    public static Services localDefaults() {
        return new Services(URI.create("http://localhost:8081"), URI.create("http://localhost:8082"),
                URI.create("http://localhost:8083"), URI.create("http://localhost:8084"),
                URI.create("http://127.0.0.1:9000"));
    }
}
