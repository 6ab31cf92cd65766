package com.baobei.contracts;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The ids this system mints (registrations, visits, purchases, disputes, fines). A random UUID can
 * hold eleven digits shaped like a mainland mobile number (about one in two thousand do); the ID-4
 * checks refuse or redact such a run wherever it appears, so a minted id never holds one: a
 * contract naming its subscription's id must not be refused because the id looked like a phone.
 */
public final class Ids {

    private static final Pattern PHONE_SHAPED = Pattern.compile("1[3-9]\\d{9}");

    private Ids() {
    }

    public static String newId() {
        while (true) {
            String id = UUID.randomUUID().toString();
            if (!PHONE_SHAPED.matcher(id).find()) {
                return id;
            }
        }
    }
}
