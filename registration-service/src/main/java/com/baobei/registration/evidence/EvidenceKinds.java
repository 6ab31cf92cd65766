package com.baobei.registration.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a file is, read from its first bytes rather than from its name or the sender's Content-Type: photos and
 * screenshots (JPEG, PNG, WebP, GIF), documents (PDF) and call recordings (MP3, M4A, AMR, WAV) are what offices accept
 * as evidence. Anything else (an executable, an HTML page, a file renamed to .jpg) is refused, so that what a site
 * manager opens is what it says it is.
 */
public final class EvidenceKinds {

    private EvidenceKinds() {
    }

    public static Optional<String> of(byte[] head) {
        if (starts(head, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (text(head, 0, "GIF87a") || text(head, 0, "GIF89a")) {
            return Optional.of("image/gif");
        }
        if (text(head, 0, "RIFF") && text(head, 8, "WEBP")) {
            return Optional.of("image/webp");
        }
        if (text(head, 0, "RIFF") && text(head, 8, "WAVE")) {
            return Optional.of("audio/wav");
        }
        if (text(head, 0, "%PDF-")) {
            return Optional.of("application/pdf");
        }
        if (text(head, 0, "#!AMR")) {
            return Optional.of("audio/amr");
        }
        if (text(head, 0, "ID3") || head.length > 1 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0) {
            return Optional.of("audio/mpeg");
        }
        if (text(head, 4, "ftyp")) {
            return Optional.of(text(head, 8, "M4A ") ? "audio/mp4" : "video/mp4");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] bytes, int at, int... expected) {
        if (bytes.length < at + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[at + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean text(byte[] bytes, int at, String expected) {
        byte[] wanted = expected.getBytes(StandardCharsets.US_ASCII);
        return bytes.length >= at + wanted.length
                && Arrays.equals(bytes, at, at + wanted.length, wanted, 0, wanted.length);
    }
}
