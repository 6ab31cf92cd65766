package com.baobei.attribution.web;

/** Nothing known (yet) under this id: a 404 problem. */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
