package com.baobei.contracts;

/** Marker for the facts an {@link EventEnvelope} carries; every implementation is registered in {@link EventTypes}. */
public interface EventData {
}
