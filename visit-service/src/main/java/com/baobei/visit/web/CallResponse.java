package com.baobei.visit.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** ROT-3: a call and whose it is: the agency that took it, the one on duty that day, the rule ids and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallResponse(
        String callId,
        String tenantId,
        String projectId,
        LocalDate day,
        Instant calledAt,
        String callerSurname,
        String maskedPhone,
        String agencyOnDuty,
        String agencyId,
        List<String> ruleIds,
        String reason) {
}
