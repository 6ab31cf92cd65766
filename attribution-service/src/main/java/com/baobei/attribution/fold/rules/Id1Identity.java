package com.baobei.attribution.fold.rules;

import com.baobei.contracts.Phones;

/**
 * ID-1: a channel identifies a client by surname and the mobile number with the middle four digits
 * hidden ({@code 138****5678}); without a surname, or with any other number form, the registration
 * is rejected. Producers check this too; the fold does not trust its input (imports, partner bugs).
 */
public final class Id1Identity {

    public static final String ID = "ID-1";

    private Id1Identity() {
    }

    public static boolean wellFormed(String surname, String maskedPhone) {
        return surname != null && !surname.isBlank() && Phones.isMasked(maskedPhone);
    }
}
