package com.baobei.attribution.persistence;

/**
 * What the projection holds for one decision.
 *
 * @param contentHash  hash of the decision as last published (for a client: its current ownership)
 * @param rowHash      hash of everything the row stores (for a client: current and history)
 * @param publications how many times it was published, which is the next purchase revision
 */
public record KnownDecision(String contentHash, String rowHash, int publications) {
}
