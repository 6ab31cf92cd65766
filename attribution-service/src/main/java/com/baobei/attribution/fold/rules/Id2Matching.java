package com.baobei.attribution.fold.rules;

/**
 * ID-2: a registration matches a client when the masked number and the surname match. A surname
 * matches a full name that starts with it ("王" matches "王小明"). Where two people share masked number
 * and surname, their phone hashes differ and the signed visit form, naming the registration, decides.
 */
public final class Id2Matching {

    public static final String ID = "ID-2";

    private Id2Matching() {
    }

    public static boolean surnamesMatch(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = a.strip();
        String y = b.strip();
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        return x.startsWith(y) || y.startsWith(x);
    }

    /** Two records of people under one masked number are different people only when both hashes are known and differ. */
    public static boolean samePersonByHash(String hashA, String hashB) {
        return hashA == null || hashB == null || hashA.equals(hashB);
    }
}
