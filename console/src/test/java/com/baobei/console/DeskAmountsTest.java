package com.baobei.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A price as the desk types it reaches the visit service as an exact decimal string, or is named as wrong. */
class DeskAmountsTest {

    @Test
    void separatorsAndTheYuanSignAreDroppedAndTheDigitsKept() {
        assertThat(read("3,280,000")).isEqualTo("3280000");
        assertThat(read("¥3,280,000.50")).isEqualTo("3280000.50");
        assertThat(read("３２８００００")).isEqualTo("3280000");
    }

    @Test
    void whatIsNotAPriceIsNamed() {
        for (String typed : new String[] {"", "0", "0.00", "3.280.000", "328万", "1e6", "-5", "3280000.123"}) {
            List<Problems.FieldError> errors = new ArrayList<>();
            DeskPurchasesController.amount(typed, errors);
            assertThat(errors).as(typed).extracting(Problems.FieldError::field).containsExactly("amount");
        }
    }

    private static String read(String typed) {
        List<Problems.FieldError> errors = new ArrayList<>();
        String amount = DeskPurchasesController.amount(typed, errors);
        assertThat(errors).as(typed).isEmpty();
        return amount;
    }
}
