package com.baobei.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The passwords of the broker's users, generated on first use and kept in one file readable by its owner only
 * ({@code <data>/kafka/credentials.properties}), so that they survive restarts and nobody else on the machine can
 * read them. {@link #ADMIN} is the platform's own super user.
 */
public final class KafkaCredentials {

    public static final String ADMIN = "admin";
    public static final String SCRAM_MECHANISM = "SCRAM-SHA-512";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Map<String, String> passwords;

    private KafkaCredentials(Path file, Map<String, String> passwords) {
        this.file = file;
        this.passwords = passwords;
    }

    /** The credentials in {@code file}, or none yet if it does not exist. */
    static KafkaCredentials load(Path file) {
        Map<String, String> passwords = new TreeMap<>();
        if (Files.exists(file)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
            properties.stringPropertyNames().forEach(user -> passwords.put(user, properties.getProperty(user)));
        }
        return new KafkaCredentials(file, passwords);
    }

    boolean fileExists() {
        return Files.exists(file);
    }

    Path file() {
        return file;
    }

    /** The user's password; a new user gets a random one, written to the file before it is returned. */
    public synchronized String password(String user) {
        String password = passwords.get(user);
        if (password == null) {
            password = randomPassword();
            passwords.put(user, password);
            save();
        }
        return password;
    }

    /** What a Kafka client needs to log in as {@code user}, besides {@code bootstrap.servers}. */
    public Map<String, Object> clientProperties(String user) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("security.protocol", "SASL_PLAINTEXT");
        properties.put("sasl.mechanism", SCRAM_MECHANISM);
        properties.put("sasl.jaas.config", jaasConfig("org.apache.kafka.common.security.scram.ScramLoginModule", user,
                password(user)));
        return properties;
    }

    /**
     * The same as Spring Boot environment variables: they bind to {@code spring.kafka.properties.*}, which Boot
     * gives every client it builds (producers, consumers, the admin client and what is made from it).
     */
    Map<String, String> springEnvironment(String user) {
        Map<String, String> environment = new LinkedHashMap<>();
        clientProperties(user).forEach((name, value) -> environment.put(
                "SPRING_KAFKA_PROPERTIES_" + name.toUpperCase(java.util.Locale.ROOT).replace('.', '_'),
                String.valueOf(value)));
        return environment;
    }

    static String jaasConfig(String loginModule, String user, String password) {
        return loginModule + " required username=\"" + user + "\" password=\"" + password + "\";";
    }

    /** Letters and digits only: safe inside JAAS quotes, properties files and the storage tool's arguments. */
    private static String randomPassword() {
        StringBuilder password = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private void save() {
        Properties properties = new Properties();
        properties.putAll(passwords);
        try {
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.deleteIfExists(next);
            writeOwnerOnly(next, writer -> properties.store(writer,
                    "Kafka users of this platform (SCRAM-SHA-512): user=password. Keep it private."));
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    /** Creates {@code file} readable and writable by its owner only, from the start (never briefly wider). */
    static void writeOwnerOnly(Path file, Content content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            content.writeTo(writer);
        }
    }
}
