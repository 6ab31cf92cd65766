package com.baobei.commission.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.commission.ledger.Totals;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** ADR 0032: a statement issued before the carry-forward rule reads back as having carried nothing. */
class StoredTotalsJsonTest {

    @Test
    void totals_stored_without_carried_amounts_read_as_zero() throws Exception {
        ObjectMapper mapper = JsonConfig.configure(new ObjectMapper());
        Totals old = mapper.readValue("""
                {"dealCount":1,"gross":"10000.00","adjustments":"0.00","fines":"-10500.00","netPayable":"-500.00"}""",
                Totals.class);
        assertThat(old.carriedIn()).isEqualByComparingTo("0");
        assertThat(old.carriedForward()).isEqualByComparingTo("0");
        assertThat(old.netPayable()).isEqualByComparingTo("-500.00");
    }
}
