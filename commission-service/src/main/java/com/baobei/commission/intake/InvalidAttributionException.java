package com.baobei.commission.intake;

/** A readable event this service cannot use (wrong type for the topic, missing facts): it goes to the dead-letter topic. */
public class InvalidAttributionException extends RuntimeException {

    public InvalidAttributionException(String message) {
        super(message);
    }
}
