package com.baobei.commission.ledger;

import static com.baobei.commission.ledger.Fixtures.CH;
import static com.baobei.commission.ledger.Fixtures.PROJECT;
import static com.baobei.commission.ledger.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.commission.agreement.Problem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12, fines: every field in its range, texts without full numbers, a fineId naming one fine only. */
class Com4FineInputTest {

    static FineRequest other(String fineId, String amount, String note) {
        return new FineRequest(fineId, PROJECT, CH, FineReason.OTHER, null, null,
                amount == null ? null : new BigDecimal(amount), note);
    }

    static List<String> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }

    @Test
    void the_hostile_testers_fines_are_refused_naming_the_field() {
        assertThat(fields(Com4Fines.problems(other("f1", "1e308", null)))).containsExactly("amount");
        assertThat(fields(Com4Fines.problems(other("f1", "123456789012345678901234567890", null))))
                .containsExactly("amount");
        assertThat(fields(Com4Fines.problems(other("f1", "100.00", "备注".repeat(500_000))))).containsExactly("note");
        assertThat(fields(Com4Fines.problems(other("f".repeat(129), "100.00", null)))).containsExactly("fineId");
        assertThat(fields(Com4Fines.problems(new FineRequest("f1", "p".repeat(65), "c".repeat(129),
                FineReason.POACHING, FineTarget.AGENT, "a".repeat(129), null, null))))
                .containsExactly("projectId", "channelId", "agentId");
    }

    @Test
    void a_note_of_500_characters_and_the_largest_amount_pass() {
        assertThat(Com4Fines.problems(other("f1", "9999999999.99", "x".repeat(500)))).isEmpty();
    }

    @Test
    void a_full_phone_number_in_any_text_is_personal_data() {
        assertThat(fields(Com4Fines.personalData(other("f1", "100.00", "客户 139 1234 5678 在禁区"))))
                .containsExactly("note");
        assertThat(fields(Com4Fines.personalData(new FineRequest("f-13912345678", PROJECT, CH, FineReason.OTHER,
                null, "13912345678", BigDecimal.TEN, "电话 139****5678")))).containsExactly("fineId", "agentId");
    }

    @Test
    void the_same_fine_id_is_the_same_fine_only_with_the_same_facts() {
        FineRequest first = other("f1", "2000.00", "迟到");
        Fine recorded = Com4Fines.decide(first, List.of(), at("2024-02-10T10:00"), "finance-1");

        assertThat(Com4Fines.sameFacts(recorded, first)).isTrue();
        assertThat(Com4Fines.sameFacts(recorded, other("f1", "2000", "迟到"))).isTrue();
        assertThat(Com4Fines.sameFacts(recorded, other("f1", "2000.01", "迟到"))).isFalse();
        assertThat(Com4Fines.sameFacts(recorded, other("f1", "2000.00", "迟到了"))).isFalse();
        assertThat(Com4Fines.sameFacts(recorded, new FineRequest("f1", PROJECT, CH, FineReason.OTHER,
                FineTarget.AGENT, "agent-1", new BigDecimal("2000.00"), "迟到"))).isFalse();
    }

    @Test
    void a_default_amount_left_out_again_or_written_out_is_the_same_fine() {
        FineRequest poaching = new FineRequest("p1", PROJECT, CH, FineReason.POACHING, null, null, null, null);
        Fine recorded = Com4Fines.decide(poaching, List.of(), at("2024-02-10T10:00"), "finance-1");
        assertThat(Com4Fines.sameFacts(recorded, poaching)).isTrue();
        assertThat(Com4Fines.sameFacts(recorded, new FineRequest("p1", PROJECT, CH, FineReason.POACHING,
                FineTarget.CHANNEL, null, Com4Fines.POACHING, null))).isTrue();
        assertThat(Com4Fines.sameFacts(recorded, new FineRequest("p1", PROJECT, CH, FineReason.POACHING,
                null, null, new BigDecimal("99999.00"), null))).isFalse();
    }

    @Test
    void a_repeated_forbidden_zone_fine_is_the_same_whatever_its_offence_number() {
        FineRequest zone = new FineRequest("z2", PROJECT, CH, FineReason.FORBIDDEN_ZONE, null, "agent-1", null, "拉客");
        Fine first = Com4Fines.decide(new FineRequest("z1", PROJECT, CH, FineReason.FORBIDDEN_ZONE, null, "agent-1",
                null, "拉客"), List.of(), at("2024-02-09T10:00"), "finance-1");
        Fine second = Com4Fines.decide(zone, List.of(first), at("2024-02-10T10:00"), "finance-1");
        assertThat(Com4Fines.sameFacts(second, zone)).isTrue();
        assertThat(Com4Fines.sameFacts(second, new FineRequest("z2", PROJECT, CH, FineReason.FORBIDDEN_ZONE, null,
                "agent-2", null, "拉客"))).isFalse();
    }
}
