package com.baobei.visit.masterdata;

/** One field a request names that the master data does not know, and why. */
public record Problem(String field, String message) {
}
