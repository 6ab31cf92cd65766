package com.baobei.commission.statements;

import static com.baobei.commission.ledger.Fixtures.deal;
import static com.baobei.commission.ledger.Fixtures.standard;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.commission.ledger.Com4Fines;
import com.baobei.commission.ledger.FineReason;
import com.baobei.commission.ledger.FineRequest;
import com.baobei.commission.ledger.Fixtures;
import com.baobei.commission.ledger.Statement;
import com.baobei.contracts.EventEnvelope;
import com.baobei.contracts.SchemaAssertions;
import com.baobei.contracts.commission.StatementIssued;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The announcement keeps the published contract: its JSON Schema, and fines with the sign the statement gives them. */
class StatementAnnouncementTest {

    @Test
    void an_issued_statement_is_announced_as_the_contract_says() {
        Fixtures.Book book = new Fixtures.Book(standard());
        book.add(deal("d1").build(), deal("d2").build());
        book.fines.add(Com4Fines.decide(new FineRequest("f1", "P1", Fixtures.CH, FineReason.FORBIDDEN_ZONE, null,
                "a1", null, null), List.of(), Fixtures.at("2024-01-20T10:00"), "m"));
        Statement jan = book.issue(LocalDate.of(2024, 1, 1));
        book.add(deal("d2").cancelled("2024-02-03T10:00").revision(1).build());
        Statement feb = book.issue(LocalDate.of(2024, 2, 1));

        EventEnvelope january = StatementAnnouncement.of(jan, Fixtures.TENANT);
        SchemaAssertions.assertValid(january);
        StatementIssued data = (StatementIssued) january.data();
        assertThat(data.fines()).isEqualByComparingTo("-10500.00").isEqualByComparingTo(jan.totals().fines());
        assertThat(data.netPayable()).isEqualByComparingTo(data.gross().add(data.adjustments()).add(data.fines()));
        assertThat(january.clientKey()).isNull();
        assertThat(january.eventId()).isEqualTo(StatementAnnouncement.eventId(jan.statementId()));
        assertThat(january.tenantId()).isEqualTo(Fixtures.TENANT);
        assertThat(data.statementId()).startsWith(Fixtures.TENANT + ":");

        EventEnvelope february = StatementAnnouncement.of(feb, Fixtures.TENANT);
        SchemaAssertions.assertValid(february);
        assertThat(((StatementIssued) february.data()).adjustments()).isEqualByComparingTo("-10000.00");
    }
}
