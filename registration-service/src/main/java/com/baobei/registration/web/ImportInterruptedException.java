package com.baobei.registration.web;

/**
 * A history import stopped between chunks (the database went away, the service is stopping): the chunks before it
 * are stored and listed, nothing of the failed chunk is. Sending the same import again resumes it (ADR 0034).
 */
class ImportInterruptedException extends RuntimeException {

    private final String batchId;
    private final int rowsDone;
    private final int rowCount;

    ImportInterruptedException(String batchId, int rowsDone, int rowCount, Throwable cause) {
        super("import " + batchId + " stopped after " + rowsDone + " of " + rowCount
                + " rows; send the same import again to resume it", cause);
        this.batchId = batchId;
        this.rowsDone = rowsDone;
        this.rowCount = rowCount;
    }

    String batchId() { return batchId; }
    int rowsDone() { return rowsDone; }
    int rowCount() { return rowCount; }
}
