package com.baobei.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.client.RestClientResponseException;

/**
 * A service's problem+json answer, turned into the form's errors: each names the field it belongs to. The services'
 * own messages may be English; the page puts them under the field's Chinese label and adds the status's Chinese text.
 */
final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    /** One error: the service's field name (or null for the whole form) and its message. */
    record FieldError(String field, String message) {
    }

    static List<FieldError> of(RestClientResponseException answer) {
        List<FieldError> errors = new ArrayList<>();
        try {
            JsonNode body = JSON.readTree(answer.getResponseBodyAsString());
            for (JsonNode error : body.path("errors")) {
                errors.add(new FieldError(error.path("field").asText(null), error.path("message").asText("")));
            }
            if (errors.isEmpty() && body.hasNonNull("detail")) {
                errors.add(new FieldError(null, body.get("detail").asText()));
            }
        } catch (Exception notJson) {
            // an answer without a problem body: the status's text below is all there is
        }
        if (errors.isEmpty()) {
            errors.add(new FieldError(null, ""));
        }
        return errors;
    }
}
