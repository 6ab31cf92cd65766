package com.baobei.visit.rotation;

import java.util.List;

/** Stored event: the head received a natural visit and went to the back; {@code queueAfter} is the new order. */
public record TurnTaken(String rotationId, String visitId, String consultantId, List<String> queueAfter) {
}
