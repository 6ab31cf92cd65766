package com.baobei.inputs;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code baobei.inputs.*}: a request body's size (every write is small; the few that are not, such as history
 * imports or simulations, are named with their own cap), how long a caller is told to wait when the database is
 * out, and the largest header block a request may bring.
 */
@ConfigurationProperties("baobei.inputs")
public class InputLimits {

    private DataSize maxBody = DataSize.ofKilobytes(256);
    /** Path patterns (Spring's, e.g. {@code /api/v1/simulations}) with a larger cap than {@link #maxBody}. */
    private Map<String, DataSize> largeBodies = new LinkedHashMap<>();
    private DataSize maxHeaders = DataSize.ofKilobytes(16);
    /**
     * How much of a refused body the service still reads (and drops) so that a caller that sends its whole body
     * before reading gets its 413: closing with data unread resets the connection, and the answer is lost with it.
     * Above the largest cap of any path (48 MB, simulations); a body larger than this has its connection cut.
     */
    private DataSize drainRefusedBody = DataSize.ofMegabytes(64);
    private int retryAfterSeconds = 5;

    public DataSize getMaxBody() {
        return maxBody;
    }

    public void setMaxBody(DataSize maxBody) {
        this.maxBody = maxBody;
    }

    public Map<String, DataSize> getLargeBodies() {
        return largeBodies;
    }

    public void setLargeBodies(Map<String, DataSize> largeBodies) {
        this.largeBodies = largeBodies;
    }

    public DataSize getMaxHeaders() {
        return maxHeaders;
    }

    public void setMaxHeaders(DataSize maxHeaders) {
        this.maxHeaders = maxHeaders;
    }

    public DataSize getDrainRefusedBody() {
        return drainRefusedBody;
    }

    public void setDrainRefusedBody(DataSize drainRefusedBody) {
        this.drainRefusedBody = drainRefusedBody;
    }

    public int getRetryAfterSeconds() {
        return retryAfterSeconds;
    }

    public void setRetryAfterSeconds(int retryAfterSeconds) {
        this.retryAfterSeconds = retryAfterSeconds;
    }
}
