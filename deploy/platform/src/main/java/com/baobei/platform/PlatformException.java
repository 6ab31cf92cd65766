package com.baobei.platform;

/** A reason the platform cannot start, worded for the person who ran {@code ./run.sh}. */
public class PlatformException extends RuntimeException {

    public PlatformException(String message) {
        super(message);
    }

    public PlatformException(String message, Throwable cause) {
        super(message, cause);
    }
}
