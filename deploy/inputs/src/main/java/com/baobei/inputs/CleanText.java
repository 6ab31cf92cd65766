package com.baobei.inputs;

import com.baobei.contracts.Texts;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Every JSON string a service reads: NFKC-normalised first (full-width digits are digits for every later
 * check), then refused when it holds a control character (NUL included), a bidirectional override or an
 * unpaired surrogate. Tab and line breaks stay allowed here; single-line fields refuse them by their own
 * patterns.
 */
final class CleanText extends StdScalarDeserializer<String> {

    CleanText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String raw = StringDeserializer.instance.deserialize(p, ctxt);
        if (raw == null) {
            return null;
        }
        int refused = Texts.refusedCharacterAt(raw, true);
        if (refused >= 0) {
            throw new RefusedText(p, "holds a control or invisible formatting character at position " + refused
                    + " (U+" + String.format("%04X", (int) raw.charAt(refused)) + ")");
        }
        return Texts.normalize(raw);
    }

    /** The path of the field is added by Jackson as this travels up, so the answer can name it. */
    static final class RefusedText extends JsonMappingException {
        RefusedText(JsonParser p, String message) {
            super(p, message);
        }
    }
}
