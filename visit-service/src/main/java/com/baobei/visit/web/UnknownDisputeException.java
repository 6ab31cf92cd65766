package com.baobei.visit.web;

/** A ruling on a dispute no channel raised in the caller's tenant: 404 naming {@code disputeId}. */
class UnknownDisputeException extends RuntimeException {

    UnknownDisputeException(String message) {
        super(message);
    }
}
