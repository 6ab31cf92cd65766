package com.baobei.contracts;

import java.util.List;

/**
 * Why a decision is what it is: the rulebook ids applied, the events they used, the policy
 * version in force, and a short reason in Chinese and English.
 *
 * @param causedBy the event whose arrival changed this decision last (a late event names itself here)
 */
public record Explanation(
        List<String> ruleIds,
        List<String> eventIds,
        int policyVersion,
        String reasonZh,
        String reasonEn,
        String causedBy) {

    public Explanation {
        ruleIds = List.copyOf(ruleIds);
        eventIds = List.copyOf(eventIds);
    }
}
