package com.baobei.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSA key that signs every token, kept in {@code <data dir>/jwk.json} (a JWK set with the private key, readable
 * by the owner only): made on the first start, read on every later one, so tokens and their key id stay valid
 * across restarts on the same data.
 */
public final class SigningKey {

    public static final String FILE = "jwk.json";
    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private SigningKey() {
    }

    /** The key in {@code dataDirectory}, made and stored there first if there is none. */
    public static RSAKey loadOrCreate(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        try {
            if (Files.exists(file)) {
                RSAKey key = read(file);
                ownerOnly(file, OWNER_FILE);
                log.info("Signing key {} from {}", key.getKeyID(), file.toAbsolutePath());
                return key;
            }
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
            write(dataDirectory, file, key);
            log.info("Signing key {} made and stored in {}", key.getKeyID(), file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the signing key in " + file.toAbsolutePath(), e);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot make an RSA key", e);
        }
    }

    private static RSAKey read(Path file) throws IOException {
        try {
            JWKSet set = JWKSet.parse(Files.readString(file, StandardCharsets.UTF_8));
            for (JWK jwk : set.getKeys()) {
                if (jwk instanceof RSAKey rsa && rsa.isPrivate() && rsa.getKeyID() != null) {
                    return rsa;
                }
            }
        } catch (ParseException e) {
            throw new IllegalStateException(file.toAbsolutePath() + " is not a JWK set; move it away to make a new key "
                    + "(tokens signed with the old one then stop being accepted)", e);
        }
        throw new IllegalStateException(file.toAbsolutePath() + " holds no private RSA key with a key id");
    }

    private static void write(Path directory, Path file, RSAKey key) throws IOException {
        Files.createDirectories(directory);
        ownerOnly(directory, OWNER_DIRECTORY);
        Path temporary = directory.resolve(FILE + "." + UUID.randomUUID() + ".tmp");
        if (posix()) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_FILE));
        } else {
            Files.createFile(temporary);
        }
        try {
            Files.writeString(temporary, new JWKSet(key).toString(false), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void ownerOnly(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(path).equals(permissions)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
