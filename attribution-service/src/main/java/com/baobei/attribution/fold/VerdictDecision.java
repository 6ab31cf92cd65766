package com.baobei.attribution.fold;

import com.baobei.contracts.attribution.RegistrationVerdict;

/** What became of one registration (REG-*, ID-*). */
public record VerdictDecision(String clientKey, RegistrationVerdict verdict) {
}
