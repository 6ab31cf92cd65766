package com.baobei.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Money as finance reads it: yuan with two decimals and thousands separators (¥1,234,567.80), a deduction with its
 * minus sign. The services send exact decimals; nothing here rounds what they did not round already.
 */
final class Money {

    private Money() {
    }

    static String yuan(JsonNode amount) {
        if (amount == null || amount.isMissingNode() || amount.isNull()) {
            return "";
        }
        return yuan(new BigDecimal(amount.asText()));
    }

    static String yuan(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        String digits = format.format(amount.setScale(2, RoundingMode.HALF_UP).abs());
        return (amount.signum() < 0 ? "-¥" : "¥") + digits;
    }
}
