package com.baobei.commission.json;

import static com.baobei.commission.ledger.Fixtures.deal;
import static com.baobei.commission.ledger.Fixtures.standard;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.commission.agreement.Agreement;
import com.baobei.commission.ledger.Com4Fines;
import com.baobei.commission.ledger.FineReason;
import com.baobei.commission.ledger.FineRequest;
import com.baobei.commission.ledger.Fixtures;
import com.baobei.commission.ledger.Statement;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issued statements and agreements are stored as JSON: they must read back exactly as written. */
class StatementJsonTest {

    static ObjectMapper mapper() {
        return JsonConfig.configure(new ObjectMapper());
    }

    @Test
    void a_statement_with_every_kind_of_line_round_trips() throws Exception {
        Fixtures.Book book = new Fixtures.Book(standard());
        for (int i = 1; i <= 6; i++) {
            book.add(deal("d" + i).subscribed("2024-01-0" + i + "T10:00").build());
        }
        book.issue(LocalDate.of(2024, 1, 1));
        book.add(deal("d6").subscribed("2024-01-06T10:00").cancelled("2024-02-02T10:00").revision(1).build());
        book.fines.add(Com4Fines.decide(new FineRequest("f1", "P1", Fixtures.CH, FineReason.FORBIDDEN_ZONE, null,
                "a1", null, "x"), List.of(), Fixtures.at("2024-02-03T10:00"), "m"));
        Statement feb = book.statement(LocalDate.of(2024, 2, 1)).issue(Fixtures.at("2024-03-01T09:00"), "finance");
        assertThat(feb.adjustments()).isNotEmpty();
        assertThat(feb.charges()).isNotEmpty();

        ObjectMapper mapper = mapper();
        String json = mapper.writeValueAsString(feb);
        JsonNode tree = mapper.readTree(json);
        assertThat(tree.path("period").path("label").asText()).isEqualTo("2024-02");
        assertThat(tree.path("totals").path("netPayable").isTextual()).isTrue();
        assertThat(iterable(tree.fieldNames())).containsExactlyInAnyOrder("statementId", "projectId", "channelId",
                "period", "state", "issuedAt", "issuedBy", "agreementVersion", "tier", "deals", "adjustments",
                "charges", "totals");
        assertThat(mapper.readValue(json, Statement.class)).isEqualTo(feb);
    }

    @Test
    void an_agreement_round_trips() throws Exception {
        Agreement agreement = standard();
        ObjectMapper mapper = mapper();
        assertThat(mapper.readValue(mapper.writeValueAsString(agreement), Agreement.class)).isEqualTo(agreement);
    }

    static Set<String> iterable(java.util.Iterator<String> names) {
        java.util.Set<String> set = new java.util.HashSet<>();
        names.forEachRemaining(set::add);
        return set;
    }
}
