package com.baobei.contracts.attribution;

import com.baobei.contracts.EventData;
import com.baobei.contracts.Explanation;
import java.time.Instant;

/**
 * {@code attribution.RegistrationVerdict.v1}: what became of one registration (REG-*, ID-*).
 *
 * @param validUntil end of the registration's validity (REG-3), when accepted
 */
public record RegistrationVerdict(
        String registrationId,
        String channelId,
        String agentId,
        String maskedPhone,
        Verdict verdict,
        Instant validUntil,
        Explanation explanation) implements EventData {

    /** ACCEPTED: valid claim; USED: it brought the client's confirmed visit; REJECTED; LAPSED (REG-3). */
    public enum Verdict { ACCEPTED, USED, REJECTED, LAPSED }
}
