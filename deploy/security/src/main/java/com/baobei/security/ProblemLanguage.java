package com.baobei.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a problem+json answer: English, or Simplified Chinese when the caller's {@code Accept-Language}
 * prefers Chinese (zh-CN, zh, zh-Hans). Titles come by status from the bundles {@code problems.properties} and
 * {@code problems_zh_CN.properties}; a detail is translated phrase by phrase (the English bundle holds each
 * phrase's pattern, the Chinese one its wording under the same key), field names kept as they are. Whatever the
 * language, no Java class name leaves: parser messages that name a type are reworded first ({@link #clean}).
 */
public final class ProblemLanguage {

    private static final Properties EN = load("problems.properties");
    private static final Properties ZH = load("problems_zh_CN.properties");
    private static final List<Phrase> PHRASES = phrases();
    /** "field: message", the form every service's detail takes; the field is a JSON path or a parameter name. */
    private static final Pattern FIELD_FIRST = Pattern.compile("^([A-Za-z_][\\w.\\[\\]-]*): (.+)$", Pattern.DOTALL);
    private static final Pattern ENUM = Pattern.compile(
            "Cannot deserialize value of type `[^`]*` from String (\"[^\"]*\"): not one of the values accepted for "
                    + "Enum class: (\\[[^\\]]*\\]).*", Pattern.DOTALL);
    private static final Pattern WRONG_TYPE = Pattern.compile(
            "Cannot (?:deserialize|coerce)[^`]*`([^`]*)`.*", Pattern.DOTALL);
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("Unrecognized field (\"[^\"]*\").*", Pattern.DOTALL);
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:java|javax|jakarta|com|org|sun)\\.[\\w$]+(?:\\.[\\w$]+)+|\\b\\w+(?:Exception|Error)\\b");

    private record Phrase(Pattern english, String key) {
    }

    private ProblemLanguage() {
    }

    /** Whether the caller's most preferred language (by q-weight, then order) is Chinese. */
    public static boolean chinese(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            return !ranges.isEmpty() && ranges.get(0).getRange().toLowerCase(Locale.ROOT).startsWith("zh");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The title of a status in the language asked for: in English the service's own, in Chinese the bundle's. */
    public static String title(int status, String english, boolean chinese) {
        String key = "title." + status;
        if (chinese && ZH.containsKey(key)) {
            return ZH.getProperty(key);
        }
        // a service's own English title stays (tests and clients read them); the bundle's only when it has none
        return english != null ? clean(english) : EN.getProperty(key, "Error");
    }

    /** A detail or a field's message, cleaned of class names and, for a Chinese caller, in Chinese. */
    public static String text(String english, boolean chinese) {
        if (english == null) {
            return null;
        }
        String clean = clean(english);
        if (!chinese) {
            return clean;
        }
        Matcher field = FIELD_FIRST.matcher(clean);
        if (field.matches()) {
            return field.group(1) + "：" + phrase(field.group(2));
        }
        return phrase(clean);
    }

    /** Parser messages reworded without their Java types; anything still looking like a class name goes. */
    public static String clean(String text) {
        Matcher m = ENUM.matcher(text);
        if (m.find()) {
            text = text.substring(0, m.start()) + m.group(1) + " is not one of " + m.group(2);
        }
        m = WRONG_TYPE.matcher(text);
        if (m.find()) {
            String type = m.group(1);
            text = text.substring(0, m.start()) + "a value of the wrong type (expected "
                    + kind(type.substring(type.lastIndexOf('.') + 1)) + ")";
        }
        m = UNKNOWN_FIELD.matcher(text);
        if (m.find()) {
            text = text.substring(0, m.start()) + "unknown field " + m.group(1);
        }
        return CLASS_NAME.matcher(text).replaceAll("value").replace("`", "");
    }

    private static String kind(String simpleName) {
        return switch (simpleName) {
            case "int", "Integer", "long", "Long", "short", "Short" -> "a whole number";
            case "BigDecimal", "double", "Double", "float", "Float" -> "a number";
            case "boolean", "Boolean" -> "true or false";
            case "String" -> "text";
            case "Instant", "OffsetDateTime", "ZonedDateTime", "LocalDateTime" -> "a time such as 2026-11-26T09:30:00+08:00";
            case "LocalDate" -> "a day such as 2026-11-26";
            default -> simpleName.startsWith("List") || simpleName.startsWith("Set") || simpleName.endsWith("[]")
                    ? "an array" : "an object";
        };
    }

    /** The first phrase whose English pattern matches the whole message, in Chinese; else the message marked. */
    private static String phrase(String english) {
        String zh = translated(english);
        return zh != null ? zh : "请求有误（" + english + "）";
    }

    /**
     * The Chinese wording of the first phrase matching the whole message, null when none does: {@code {n}} is the
     * pattern's group n as it is (a value, a field), {@code {tn}} the group translated in turn (a nested message).
     */
    private static String translated(String english) {
        for (Phrase p : PHRASES) {
            Matcher m = p.english().matcher(english);
            if (m.matches()) {
                String out = ZH.getProperty(p.key());
                for (int g = 1; g <= m.groupCount(); g++) {
                    String group = m.group(g) == null ? "" : m.group(g);
                    if (out.contains("{t" + g + "}")) {
                        String inner = translated(group);
                        out = out.replace("{t" + g + "}", inner != null ? inner : group);
                    }
                    out = out.replace("{" + g + "}", group);
                }
                return out;
            }
        }
        return null;
    }

    private static List<Phrase> phrases() {
        List<String> keys = new ArrayList<>(EN.stringPropertyNames().stream().filter(k -> k.startsWith("phrase."))
                .sorted().toList());
        List<Phrase> out = new ArrayList<>(keys.size());
        for (String key : keys) {
            if (!ZH.containsKey(key)) {
                throw new IllegalStateException("problems_zh_CN.properties lacks " + key);
            }
            out.add(new Phrase(Pattern.compile(EN.getProperty(key), Pattern.DOTALL), key));
        }
        return out;
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = ProblemLanguage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundle " + name);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
