package com.baobei.visit.shared;

/**
 * A person's number as stored events carry it: the masked form and the tenant-keyed hash, never
 * the full number (ID-4). The full number is in {@code client_contact}, keyed by the hash.
 */
public record PhoneRef(String maskedPhone, String phoneHash) {
}
