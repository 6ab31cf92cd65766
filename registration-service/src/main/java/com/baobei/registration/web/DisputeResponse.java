package com.baobei.registration.web;

import java.time.Instant;

public record DisputeResponse(String disputeId, String kind, Instant raisedAt) {
}
