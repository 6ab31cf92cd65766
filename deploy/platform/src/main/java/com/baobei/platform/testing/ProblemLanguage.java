package com.baobei.platform.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What every service's {@code ProblemLanguageIT} asks of its bad-input answers, written once: problem+json, no Java
 * class name in any language, the title in Simplified Chinese when the caller asks with Accept-Language (zh-CN, zh,
 * zh-Hans) and in English otherwise; and the same for the 401 of a caller without a token. Each service names its own
 * endpoint, caller and bad bodies.
 */
public final class ProblemLanguage {

    private static final List<String> LANGUAGES = Arrays.asList(null, "en", "zh-CN", "zh", "zh-Hans");
    private static final String HAN = ".*\\p{IsHan}.*";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String root;
    private final String method;
    private final String path;

    /** The endpoint under test: {@code root} as the test's server has it, e.g. {@code http://localhost:41234}. */
    public ProblemLanguage(String root, String method, String path) {
        this.root = root;
        this.method = method;
        this.path = path;
    }

    /** Each body sent in every language with {@code token}; the answers that are not as above, described. */
    public List<String> wrongAnswers(String token, List<String> bodies) {
        List<String> wrong = new ArrayList<>();
        for (String body : bodies) {
            for (String language : LANGUAGES) {
                Answer answer = send(token, body, language);
                boolean chinese = language != null && language.startsWith("zh");
                if (answer.status() < 400 || answer.status() >= 500
                        || !answer.contentType().startsWith("application/problem+json")
                        || answer.body().contains("java.") || answer.body().contains("com.baobei")
                        || answer.body().contains("Exception") || title(answer.body()).matches(HAN) != chinese) {
                    wrong.add(body + " [" + language + "] -> " + answer.status() + " " + answer.body());
                }
            }
        }
        return wrong;
    }

    /** Without a token: a 401 in Chinese (and saying so in Content-Language) when asked, in English otherwise. */
    public List<String> wrongUnauthenticated() {
        List<String> wrong = new ArrayList<>();
        Answer zh = send(null, "{}", "zh-CN");
        if (zh.status() != 401 || !zh.body().contains("未认证") || !zh.body().contains("访问令牌")
                || !"zh-CN".equals(zh.contentLanguage())) {
            wrong.add("zh-CN -> " + zh);
        }
        Answer en = send(null, "{}", null);
        if (en.status() != 401 || !en.body().contains("Unauthorized") || en.body().matches("(?s)" + HAN)) {
            wrong.add("no language -> " + en);
        }
        return wrong;
    }

    private Answer send(String token, String body, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try {
            HttpResponse<String> answer = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""),
                    answer.headers().firstValue("Content-Language").orElse(null), answer.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " not answered", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The problem's title as written: the first "title" member of the body. */
    private static String title(String body) {
        int at = body.indexOf("\"title\":\"");
        if (at < 0) {
            return "";
        }
        int from = at + 9;
        return body.substring(from, Math.max(from, body.indexOf('"', from)));
    }

    record Answer(int status, String contentType, String contentLanguage, String body) {
    }
}
