package com.baobei.visit.purchase;

import com.baobei.contracts.UnitType;
import com.baobei.contracts.visit.Purchased.RelatedParty;
import com.baobei.contracts.visit.Purchased.Relation;
import com.baobei.contracts.visit.Purchased.Stage;
import com.baobei.visit.shared.ConflictingStateException;
import com.baobei.visit.shared.InvalidCommandException;
import com.baobei.visit.shared.PhoneRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PurchaseTest {

    static final Instant SUBSCRIBED = Instant.parse("2025-03-05T03:00:00Z");
    static final Instant CONTRACTED = Instant.parse("2025-03-12T03:00:00Z");
    static final PhoneRef LI = new PhoneRef("139****2046", "b".repeat(64));
    static final PhoneRef WANG = new PhoneRef("138****5678", "a".repeat(64));

    private AggregateTestFixture<Purchase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Purchase.class);
    }

    static PurchaseTerms terms(String unitId, String amount, Instant at) {
        return new PurchaseTerms("hongtai", "binjiang", unitId, UnitType.RESIDENTIAL, new BigDecimal(amount), "李", LI,
                "cs-zhao", new RelatedParty("王", WANG.maskedPhone(), WANG.phoneHash(), Relation.SPOUSE,
                List.of("evidence/marriage.pdf")), false, at, "cs-zhao");
    }

    static PurchaseRecorded subscribed() {
        return new PurchaseRecorded("p-1", Stage.SUBSCRIPTION, terms("3-1-1802", "3280000.00", SUBSCRIBED));
    }

    @Test
    void a_subscription_opens_the_purchase() {
        fixture.givenNoPriorActivity()
                .when(new RecordSubscription("p-1", terms("3-1-1802", "3280000.00", SUBSCRIBED)))
                .expectEvents(subscribed());
    }

    @Test
    void the_contract_follows_under_the_same_id() {
        fixture.given(subscribed())
                .when(new RecordContract("p-1", terms("3-1-1802", "3250000.00", CONTRACTED)))
                .expectEvents(new PurchaseRecorded("p-1", Stage.CONTRACT, terms("3-1-1802", "3250000.00", CONTRACTED)));
    }

    @Test
    void a_second_contract_is_refused() {
        fixture.given(subscribed(), new PurchaseRecorded("p-1", Stage.CONTRACT, terms("3-1-1802", "1.00", CONTRACTED)))
                .when(new RecordContract("p-1", terms("3-1-1802", "1.00", CONTRACTED)))
                .expectException(ConflictingStateException.class)
                .expectNoEvents();
    }

    @Test
    void a_contract_of_another_unit_is_refused() {
        fixture.given(subscribed())
                .when(new RecordContract("p-1", terms("3-1-1803", "3250000.00", CONTRACTED)))
                .expectException(ConflictingStateException.class);
    }

    @Test
    void a_contract_before_its_subscription_is_refused() {
        fixture.given(subscribed())
                .when(new RecordContract("p-1", terms("3-1-1802", "3250000.00", SUBSCRIBED.minusSeconds(60))))
                .expectException(InvalidCommandException.class);
    }

    @Test
    void pur8_a_cancellation_undoes_the_purchase() {
        fixture.given(subscribed())
                .when(new CancelPurchase("hongtai", "p-1", "客户资金问题退订", CONTRACTED, "sm-li"))
                .expectEvents(new PurchaseCancellationRecorded("p-1", "hongtai", "binjiang", "139****2046",
                        "客户资金问题退订", CONTRACTED, "sm-li"));
    }

    @Test
    void pur8_cancelling_twice_is_refused() {
        fixture.given(subscribed(), new PurchaseCancellationRecorded("p-1", "hongtai", "binjiang", "139****2046",
                        "退订", CONTRACTED, "sm-li"))
                .when(new CancelPurchase("hongtai", "p-1", "again", CONTRACTED, "sm-li"))
                .expectException(ConflictingStateException.class)
                .expectNoEvents();
    }

    @Test
    void a_cancelled_purchase_is_not_contracted() {
        fixture.given(subscribed(), new PurchaseCancellationRecorded("p-1", "hongtai", "binjiang", "139****2046",
                        "退订", CONTRACTED, "sm-li"))
                .when(new RecordContract("p-1", terms("3-1-1802", "1.00", CONTRACTED)))
                .expectException(ConflictingStateException.class);
    }

    @Test
    void amounts_are_exact_and_never_negative() {
        fixture.givenNoPriorActivity()
                .when(new RecordSubscription("p-2", terms("3-1-1802", "-1.00", SUBSCRIBED)))
                .expectException(InvalidCommandException.class);
        fixture.givenNoPriorActivity()
                .when(new RecordSubscription("p-3", terms("3-1-1802", "1.005", SUBSCRIBED)))
                .expectException(InvalidCommandException.class);
        fixture.givenNoPriorActivity()
                .when(new RecordSubscription("p-4", terms("3-1-1802", "1E+3", SUBSCRIBED)))
                .expectException(InvalidCommandException.class);
    }

    @Test
    void amounts_stay_below_ten_billion_as_the_contract_says() {
        fixture.givenNoPriorActivity()
                .when(new RecordSubscription("p-10", terms("3-1-1802", "10000000000.00", SUBSCRIBED)))
                .expectException(InvalidCommandException.class);
        fixture.givenNoPriorActivity()
                .when(new RecordSubscription("p-11", terms("3-1-1802", "9999999999.99", SUBSCRIBED)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void pur4_the_related_party_is_another_person() {
        PurchaseTerms self = new PurchaseTerms("hongtai", "binjiang", "3-1-1802", UnitType.RESIDENTIAL,
                new BigDecimal("1.00"), "李", LI, "cs-zhao",
                new RelatedParty("李", LI.maskedPhone(), LI.phoneHash(), Relation.SIBLING, List.of()), false,
                SUBSCRIBED, "cs-zhao");
        fixture.givenNoPriorActivity()
                .when(new RecordSubscription("p-5", self))
                .expectException(InvalidCommandException.class);
    }

    @Test
    void a_purchase_id_is_unique_only_within_its_tenant() {
        PurchaseTerms hongtai = terms("3-1-1802", "1.00", SUBSCRIBED);
        PurchaseTerms other = new PurchaseTerms("wanfang", "binjiang", "3-1-1802", UnitType.RESIDENTIAL,
                new BigDecimal("1.00"), "李", LI, "cs-zhao", null, false, SUBSCRIBED, "cs-zhao");
        assertThat(new RecordSubscription("p-1", hongtai).aggregateId())
                .isEqualTo(new RecordContract("p-1", hongtai).aggregateId())
                .isEqualTo(new CancelPurchase("hongtai", "p-1", "r", CONTRACTED, "sm-li").aggregateId())
                .isNotEqualTo(new RecordSubscription("p-1", other).aggregateId());
    }
}
