package com.baobei.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void yuan_with_two_decimals_and_thousands_separators() {
        assertThat(Money.yuan(new BigDecimal("2345678.9"))).isEqualTo("¥2,345,678.90");
        assertThat(Money.yuan(new BigDecimal("0"))).isEqualTo("¥0.00");
        assertThat(Money.yuan(new BigDecimal("23456.789"))).isEqualTo("¥23,456.79");
    }

    @Test
    void a_deduction_keeps_its_minus_sign_in_front_of_the_yuan_sign() {
        assertThat(Money.yuan(new BigDecimal("-1000"))).isEqualTo("-¥1,000.00");
    }

    @Test
    void the_services_decimals_arrive_as_json_numbers_or_strings() {
        assertThat(Money.yuan(JsonNodeFactory.instance.numberNode(new BigDecimal("-5000.00")))).isEqualTo("-¥5,000.00");
        assertThat(Money.yuan(JsonNodeFactory.instance.textNode("12.5"))).isEqualTo("¥12.50");
        assertThat(Money.yuan(JsonNodeFactory.instance.nullNode())).isEmpty();
    }
}
