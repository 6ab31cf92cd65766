package com.baobei.demo.month;

import com.baobei.contracts.Phones;

/**
 * A client (or a buyer, a companion, a referrer). The sales office knows the full number; a channel only ever
 * sees {@link #maskedPhone()} (ID-1, ID-4).
 */
public record Person(String surname, String givenName, String phone) {

    public String name() {
        return surname + givenName;
    }

    public String maskedPhone() {
        return Phones.mask(phone);
    }
}
