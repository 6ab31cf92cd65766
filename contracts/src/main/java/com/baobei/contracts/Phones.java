package com.baobei.contracts;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Mainland mobile numbers: the full form stays home, the masked form and a keyed hash travel (ID-1, ID-4). */
public final class Phones {

    private static final Pattern FULL = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern MASKED = Pattern.compile("1[3-9]\\d\\*{4}\\d{4}");

    private Phones() {
    }

    public static boolean isFull(String phone) {
        return phone != null && FULL.matcher(phone).matches();
    }

    /** ID-1: 11 digits with exactly the middle four hidden, e.g. {@code 138****5678}. */
    public static boolean isMasked(String phone) {
        return phone != null && MASKED.matcher(phone).matches();
    }

    public static String mask(String fullPhone) {
        if (!isFull(fullPhone)) {
            throw new IllegalArgumentException("not an 11-digit mainland mobile number");
        }
        return fullPhone.substring(0, 3) + "****" + fullPhone.substring(7);
    }

    /** HMAC-SHA-256 of the full number under the tenant's secret, hex encoded: matchable, not reversible without the secret. */
    public static String keyedHash(String tenantSecret, String fullPhone) {
        if (!isFull(fullPhone)) {
            throw new IllegalArgumentException("not an 11-digit mainland mobile number");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(tenantSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(fullPhone.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
