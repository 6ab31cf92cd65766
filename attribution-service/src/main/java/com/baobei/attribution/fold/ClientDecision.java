package com.baobei.attribution.fold;

import com.baobei.contracts.attribution.OwnershipChanged;
import java.util.List;

/** Who owns one client now, and every change of owner or status before, oldest first (VIS-*, REG-*, DSP-2). */
public record ClientDecision(String clientKey, OwnershipChanged current, List<OwnershipChanged> history) {

    public ClientDecision {
        history = List.copyOf(history);
    }
}
