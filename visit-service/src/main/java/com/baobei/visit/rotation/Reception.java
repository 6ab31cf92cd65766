package com.baobei.visit.rotation;

/** Who receives a visitor, and whether that used the rotation's turn. */
public record Reception(String consultantId, boolean turnTaken) {
}
