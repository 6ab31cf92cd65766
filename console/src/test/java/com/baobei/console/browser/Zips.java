package com.baobei.console.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The text of every entry of a zip (an XLSX is one): fails when the bytes are no zip at all. */
final class Zips {

    private Zips() {
    }

    static String text(byte[] zip) throws IOException {
        StringBuilder text = new StringBuilder();
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries++;
                text.append(entry.getName()).append('\n')
                        .append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        if (entries == 0 || !text.toString().contains("[Content_Types].xml")) {
            throw new AssertionError("not an XLSX (a zip with [Content_Types].xml): " + zip.length + " bytes");
        }
        return text.toString();
    }
}
