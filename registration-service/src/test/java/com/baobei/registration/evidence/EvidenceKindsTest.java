package com.baobei.registration.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A file is what its first bytes say, whatever its name or the sender's Content-Type claim. */
class EvidenceKindsTest {

    @Test
    void photosScreenshotsDocumentsAndRecordingsAreKnownByTheirFirstBytes() {
        assertThat(EvidenceKinds.of(bytes(0xFF, 0xD8, 0xFF, 0xE1))).contains("image/jpeg");
        assertThat(EvidenceKinds.of(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0))).contains("image/png");
        assertThat(EvidenceKinds.of(ascii("RIFF\0\0\0\0WEBPVP8 "))).contains("image/webp");
        assertThat(EvidenceKinds.of(ascii("GIF89a..."))).contains("image/gif");
        assertThat(EvidenceKinds.of(ascii("%PDF-1.7\n"))).contains("application/pdf");
        assertThat(EvidenceKinds.of(ascii("#!AMR\n"))).contains("audio/amr");
        assertThat(EvidenceKinds.of(ascii("ID3\u0004\0"))).contains("audio/mpeg");
        assertThat(EvidenceKinds.of(ascii("RIFF\0\0\0\0WAVEfmt "))).contains("audio/wav");
        assertThat(EvidenceKinds.of(ascii("\0\0\0\u0020ftypM4A \0"))).contains("audio/mp4");
    }

    @Test
    void anythingElseIsNotEvidence() {
        assertThat(EvidenceKinds.of(ascii("<!DOCTYPE html><script>"))).isEmpty();
        assertThat(EvidenceKinds.of(ascii("MZ\u0090\0"))).as("a Windows program").isEmpty();
        assertThat(EvidenceKinds.of(ascii("PK\u0003\u0004"))).as("a zip").isEmpty();
        assertThat(EvidenceKinds.of(new byte[] {(byte) 0xFF})).isEmpty();
        assertThat(EvidenceKinds.of(new byte[0])).isEmpty();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
