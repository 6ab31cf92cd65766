package com.baobei.visit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.baobei.contracts.UnitType;
import com.baobei.contracts.visit.Purchased.Relation;
import com.baobei.contracts.visit.Purchased.Stage;
import com.baobei.contracts.visit.Visited.Kind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ID-4 over whole requests: every string but the phone fields, nested records and list elements by their path. */
class FullPhonesInTextTest {

    @Test
    void a_number_in_a_nested_list_is_named_by_its_path_and_the_phone_fields_are_not_text() {
        PurchaseRequest request = purchase("陈", new PurchaseRequest.RelatedParty("陈", "18604170417", Relation.SPOUSE,
                List.of("结婚证.jpg", "微信 186-0417-0417")));
        assertThat(FullPhonesInText.problems(request)).extracting(FieldProblem::field)
                .containsExactly("relatedParty.evidenceRefs[1]");
    }

    @Test
    void a_surname_with_full_width_digits_is_a_number_however_the_surname_pattern_reads_it() {
        assertThat(FullPhonesInText.problems(purchase("陈１３６１２３４５６７８", null))).extracting(FieldProblem::field)
                .containsExactly("buyerSurname");
        VisitRequest companion = new VisitRequest(null, "p-1", Kind.COMPANION, "李 136 1234 5678", "13920462046",
                Instant.parse("2026-12-01T06:00:00Z"), "cs-a", null, null, "v-1", null, null, null);
        assertThat(FullPhonesInText.problems(companion)).extracting(FieldProblem::field)
                .containsExactly("clientSurname");
    }

    @Test
    void a_clean_request_and_null_elements_are_no_problem_here() {
        PurchaseRequest request = purchase("陈", new PurchaseRequest.RelatedParty("陈", "18604170417", Relation.SPOUSE,
                Arrays.asList("结婚证.jpg", null)));
        assertThat(FullPhonesInText.problems(request)).isEmpty();
    }

    @Test
    void phone_fields_are_normalised_before_any_check() {
        PurchaseRequest request = purchase("陈", new PurchaseRequest.RelatedParty("陈", "１８６０４１７０４１７",
                Relation.SPOUSE, List.of()));
        assertThat(request.buyerPhone()).isEqualTo("13920462046");
        assertThat(request.relatedParty().phone()).isEqualTo("18604170417");
        RulingRequest ruling = new RulingRequest(null, "p-1", "李", "139****2046",
                com.baobei.contracts.visit.DisputeRuled.OwnerKind.OFFICE, null, null, "r",
                Arrays.asList("１８６０４１７０４１７", null));
        assertThat(ruling.linkedPhones()).containsExactly("18604170417", null);
    }

    private static PurchaseRequest purchase(String surname, PurchaseRequest.RelatedParty related) {
        return new PurchaseRequest(null, "p-1", null, Stage.SUBSCRIPTION, "u-1", UnitType.RESIDENTIAL,
                new BigDecimal("1.00"), surname, "１３９２０４６２０４６", "cs-a", related, null, null);
    }
}
