package com.baobei.console.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The text of every entry of a zip (an XLSX is one): fails when the bytes are no zip with an XLSX's content types.
 * Read through the central directory (ZipFile): ZipInputStream refuses the entries POI's writer sizes afterwards.
 */
final class Zips {

    private Zips() {
    }

    static String text(byte[] zip) throws IOException {
        Path file = Files.createTempFile("console-download", ".zip");
        try {
            Files.write(file, zip);
            StringBuilder text = new StringBuilder();
            boolean contentTypes = false;
            try (ZipFile archive = new ZipFile(file.toFile())) {
                for (Enumeration<? extends ZipEntry> entries = archive.entries(); entries.hasMoreElements(); ) {
                    ZipEntry entry = entries.nextElement();
                    contentTypes |= entry.getName().equals("[Content_Types].xml");
                    try (InputStream in = archive.getInputStream(entry)) {
                        text.append(entry.getName()).append('\n')
                                .append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                    }
                }
            }
            if (!contentTypes) {
                throw new AssertionError("not an XLSX (no [Content_Types].xml): " + zip.length + " bytes");
            }
            return text.toString();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
