package com.baobei.registration.dispute;

import com.baobei.contracts.registration.Disputed.Kind;
import com.baobei.registration.intake.InvalidRegistrationException;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DisputeTest {

    private static final Instant NOW = Instant.parse("2026-03-05T03:00:00Z");

    private AggregateTestFixture<Dispute> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Dispute.class);
    }

    @Test
    @DisplayName("DSP-1: a channel raises a dispute with evidence")
    void raised() {
        fixture.givenNoPriorActivity()
                .when(raise(Kind.OWNERSHIP, null, List.of("wechat-screenshot-1")))
                .expectEvents(new DisputeRaised("d-1", "t1", "p1", "c2", "a2", Kind.OWNERSHIP, "王", "138****5678",
                        "r-1", null, List.of("wechat-screenshot-1"), "we brought him first", NOW));
    }

    @Test
    @DisplayName("DSP-1: a dispute without evidence is refused")
    void evidenceRequired() {
        fixture.givenNoPriorActivity()
                .when(raise(Kind.OWNERSHIP, null, List.of()))
                .expectException(InvalidRegistrationException.class)
                .expectNoEvents();
    }

    @Test
    @DisplayName("PUR-7: a late claim names the purchase it claims")
    void lateClaimNamesPurchase() {
        fixture.givenNoPriorActivity()
                .when(raise(Kind.LATE_CLAIM, null, List.of("call-record-7")))
                .expectException(InvalidRegistrationException.class);
        fixture.givenNoPriorActivity()
                .when(raise(Kind.LATE_CLAIM, "pu-1", List.of("call-record-7")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    @DisplayName("ID-4: a full number in the statement, an evidence reference or the surname is never recorded")
    void noFullNumberInItsText() {
        List<RaiseDispute> leaking = List.of(
                new RaiseDispute("d-1", "t1", "p1", "c2", "a2", Kind.OWNERSHIP, "王", "138****5678", "r-1", null,
                        List.of("photo-1"), "客户电话 138-1234-5678，我方先报备", NOW),
                new RaiseDispute("d-1", "t1", "p1", "c2", "a2", Kind.OWNERSHIP, "王", "138****5678", "r-1", null,
                        List.of("photo-1", "chat-13812345678.png"), "we brought him first", NOW),
                new RaiseDispute("d-1", "t1", "p1", "c2", "a2", Kind.OWNERSHIP, "王１３８１２３４５６７８", "138****5678",
                        "r-1", null, List.of("photo-1"), "we brought him first", NOW));
        for (RaiseDispute command : leaking) {
            fixture.givenNoPriorActivity()
                    .when(command)
                    .expectException(InvalidRegistrationException.class)
                    .expectNoEvents();
        }
    }

    private static RaiseDispute raise(Kind kind, String purchaseId, List<String> evidence) {
        return new RaiseDispute("d-1", "t1", "p1", "c2", "a2", kind, "王", "138****5678", "r-1", purchaseId, evidence,
                "we brought him first", NOW);
    }
}
