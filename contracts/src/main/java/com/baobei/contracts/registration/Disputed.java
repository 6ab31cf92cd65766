package com.baobei.contracts.registration;

import com.baobei.contracts.EventData;
import java.util.List;

/**
 * {@code registration.Disputed.v1}: a channel contests an attribution (DSP-1), or claims a buyer
 * it had not registered (PUR-7 late claim).
 */
public record Disputed(
        String disputeId,
        String channelId,
        String agentId,
        Kind kind,
        String clientSurname,
        String maskedPhone,
        String registrationId,
        String purchaseId,
        List<String> evidenceRefs,
        String statement) implements EventData {

    public Disputed {
        evidenceRefs = evidenceRefs == null ? List.of() : List.copyOf(evidenceRefs);
    }

    public enum Kind { OWNERSHIP, LATE_CLAIM }
}
