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
        return surname != null && !surname.isBlank() && isMasked(maskedPhone);
    }

    /** {@link Phones#isMasked} without a regex (it runs for every event): {@code 1[3-9]\d\*{4}\d{4}}. */
    public static boolean isMasked(String phone) {
        if (phone == null || phone.length() != 11 || phone.charAt(0) != '1') {
            return false;
        }
        char second = phone.charAt(1);
        if (second < '3' || second > '9' || !digit(phone.charAt(2))) {
            return false;
        }
        for (int i = 3; i < 7; i++) {
            if (phone.charAt(i) != '*') {
                return false;
            }
        }
        for (int i = 7; i < 11; i++) {
            if (!digit(phone.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
