package com.baobei.attribution.live;

/** A project of a poll could not be folded for a reason retrying will not cure; index = its first record. */
public final class PollFailedException extends RuntimeException {

    private final int index;

    public PollFailedException(int index, String message, Throwable cause) {
        super(message, cause);
        this.index = index;
    }

    public int index() {
        return index;
    }
}
