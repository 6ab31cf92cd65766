package com.baobei.contracts;

import java.util.UUID;

/**
 * The ids this system mints (registrations, visits, purchases, disputes, fines). A random UUID can
 * hold eleven digits shaped like a mainland mobile number (about one in two thousand do); the ID-4
 * checks refuse or redact such a run wherever it appears, so a minted id never holds one: a
 * contract naming its subscription's id must not be refused because the id looked like a phone.
 * The test is the ID-4 check itself ({@link Texts#holdsFullPhone}), which also reads digits across
 * the UUID's dashes ({@code …1381-2345-678a…}): a plain eleven-digit search missed those, and a
 * dispute naming such a registration was refused with 422 about once in a few thousand.
 */
public final class Ids {

    private Ids() {
    }

    public static String newId() {
        while (true) {
            String id = UUID.randomUUID().toString();
            if (mintable(id)) {
                return id;
            }
        }
    }

    static boolean mintable(String id) {
        return !Texts.holdsFullPhone(id);
    }
}
