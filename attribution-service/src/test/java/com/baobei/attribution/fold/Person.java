package com.baobei.attribution.fold;

import com.baobei.contracts.Phones;

/** A test person: what the office knows (full number) and what travels (masked number, keyed hash). */
record Person(String surname, String fullPhone) {

    static final String TENANT_SECRET = "test-tenant-secret";

    String masked() {
        return Phones.mask(fullPhone);
    }

    String hash() {
        return Phones.keyedHash(TENANT_SECRET, fullPhone);
    }

    String key() {
        return Scenario.TENANT + ":" + Scenario.PROJECT + ":" + masked();
    }

    static Person of(String surname, String fullPhone) {
        return new Person(surname, fullPhone);
    }
}
