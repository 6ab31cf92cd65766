package com.baobei.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.FileUrlResource;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The people who may log in, read once at startup from a YAML file:
 * <pre>
 * users:
 *   - username: huajing.jiayuan-01
 *     password: "{noop}demo"          # real installations: "{bcrypt}$2a$10$…"
 *     name: 孙志强
 *     tenant: huajing
 *     roles: [CHANNEL_AGENT]
 *     channel: jiayuan                # optional
 *     agent: jiayuan-01               # optional
 *     projects: [hj-binjiang]         # optional; absent = every project of the tenant
 *     enabled: true                   # optional
 * </pre>
 * A mistake stops the start with a message naming the user and the field (never the password).
 */
public final class UsersFile {

    /** A name {@code curl -u name:password} and HTTP Basic can carry, and a JWT subject can hold as it is. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,127}");
    private static final Pattern ENCODED = Pattern.compile("\\{([A-Za-z0-9_.@-]+)}.+", Pattern.DOTALL);
    /** The encodings Spring Security checks without further libraries. */
    private static final Set<String> ENCODINGS = Set.of("bcrypt", "noop", "pbkdf2", "pbkdf2@SpringSecurity_v5_8");
    private static final Set<String> FIELDS =
            Set.of("username", "password", "name", "tenant", "roles", "channel", "agent", "projects", "enabled");

    private final String source;
    private final Map<String, User> users;

    private UsersFile(String source, Map<String, User> users) {
        this.source = source;
        this.users = users;
    }

    /** {@code classpath:…}, {@code file:…} or a plain path. */
    public static UsersFile load(String location) {
        Resource resource = resource(location);
        if (!resource.exists()) {
            throw new IllegalStateException("The users file " + location + " does not exist (baobei.identity.users, "
                    + "env BAOBEI_IDENTITY_USERS)");
        }
        try (InputStream in = resource.getInputStream()) {
            return parse(location, new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the users file " + location, e);
        }
    }

    static Resource resource(String location) {
        try {
            if (location.startsWith("classpath:")) {
                return new ClassPathResource(location.substring("classpath:".length()).replaceFirst("^/", ""));
            }
            if (location.startsWith("file:")) {
                return new FileUrlResource(new java.net.URL(location));
            }
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException("Not a file address: " + location, e);
        }
        return new FileSystemResource(location);
    }

    static UsersFile parse(String source, Object document) {
        if (!(document instanceof Map<?, ?> root) || !(root.get("users") instanceof List<?> entries)) {
            throw new IllegalStateException("The users file " + source + " must have a list under 'users:'");
        }
        Map<String, User> users = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                throw new IllegalStateException(source + ": users entry " + (i + 1) + " is not a mapping");
            }
            User user = user(source, i + 1, entry);
            if (users.putIfAbsent(user.username(), user) != null) {
                throw new IllegalStateException(source + ": user " + user.username() + " appears twice");
            }
        }
        if (users.isEmpty()) {
            throw new IllegalStateException("The users file " + source + " has no users");
        }
        return new UsersFile(source, users);
    }

    private static User user(String source, int number, Map<?, ?> entry) {
        String username = text(entry, "username");
        String who = source + ": user " + (username == null ? "number " + number : username);
        for (Object key : entry.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) {
                throw new IllegalStateException(who + " has an unknown field '" + key + "' (known: " + FIELDS + ")");
            }
        }
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalStateException(who + ": username must be letters, digits and . _ @ - (at most 128)");
        }
        if (UserClients.CONSOLE_CLIENT_ID.equals(username)) {
            throw new IllegalStateException(who + ": the name " + username + " is the console's client id");
        }
        String password = text(entry, "password");
        java.util.regex.Matcher encoded = password == null ? null : ENCODED.matcher(password);
        if (encoded == null || !encoded.matches() || !ENCODINGS.contains(encoded.group(1))) {
            throw new IllegalStateException(who + ": password must be stored with its encoding in front, "
                    + "e.g. \"{bcrypt}$2a$10$…\" (or \"{noop}…\" for a demo); known encodings " + ENCODINGS);
        }
        String tenant = text(entry, "tenant");
        if (tenant == null) {
            throw new IllegalStateException(who + ": tenant is missing");
        }
        List<String> roles = list(who, entry, "roles");
        if (roles.isEmpty()) {
            throw new IllegalStateException(who + ": roles is missing (one or more of " + User.ROLES + ")");
        }
        for (String role : roles) {
            if (!User.ROLES.contains(role)) {
                throw new IllegalStateException(who + ": unknown role " + role + " (known: " + User.ROLES + ")");
            }
        }
        String name = Optional.ofNullable(text(entry, "name")).orElse(username);
        Object enabled = entry.get("enabled");
        if (enabled != null && !(enabled instanceof Boolean)) {
            throw new IllegalStateException(who + ": enabled must be true or false");
        }
        return new User(username, password, name, tenant, roles, text(entry, "channel"), text(entry, "agent"),
                list(who, entry, "projects"), enabled == null || (Boolean) enabled);
    }

    private static String text(Map<?, ?> entry, String field) {
        Object value = entry.get(field);
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value).trim();
        return text.isEmpty() ? null : text;
    }

    private static List<String> list(String who, Map<?, ?> entry, String field) {
        Object value = entry.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof Collection<?> items)) {
            throw new IllegalStateException(who + ": " + field + " must be a list, e.g. [A, B]");
        }
        List<String> result = new ArrayList<>();
        for (Object item : items) {
            String text = item == null ? "" : String.valueOf(item).trim();
            if (text.isEmpty()) {
                throw new IllegalStateException(who + ": " + field + " has an empty item");
            }
            if (!result.contains(text)) {
                result.add(text);
            }
        }
        return result;
    }

    public String source() {
        return source;
    }

    /** The user of this name, if any (enabled or not). */
    public Optional<User> find(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(users.get(username));
    }

    public Collection<User> all() {
        return users.values();
    }
}
