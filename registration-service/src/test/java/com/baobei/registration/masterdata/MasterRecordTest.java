package com.baobei.registration.masterdata;

import com.baobei.contracts.UnitType;
import com.baobei.contracts.registration.Registered.ChannelKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MasterRecordTest {

    private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
    private static final Project BINJIANG = new Project("binjiang", "滨江花园", "滨江营销中心", LocalDate.parse("2026-03-01"),
            LocalDate.parse("2026-02-15"), LocalDate.parse("2026-12-31"), List.of(UnitType.RESIDENTIAL), true);

    private AggregateTestFixture<MasterRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MasterRecord.class);
    }

    @Test
    @DisplayName("a new project is defined with its whole state, keyed tenant:kind:id")
    void defines() {
        fixture.givenNoPriorActivity()
                .when(DefineMasterData.of("hongtai", BINJIANG, AT, "admin"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(true)
                .expectEvents(new MasterDataDefined("hongtai:project:binjiang", "hongtai", BINJIANG, AT, "admin"));
    }

    @Test
    @DisplayName("a change replaces the whole state: deactivating a project is one more event")
    void changes() {
        Project closed = new Project("binjiang", "滨江花园", "滨江营销中心", LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-02-15"), LocalDate.parse("2026-12-31"), List.of(UnitType.RESIDENTIAL), false);
        fixture.given(new MasterDataDefined("hongtai:project:binjiang", "hongtai", BINJIANG, AT, "admin"))
                .when(DefineMasterData.of("hongtai", closed, AT.plusSeconds(60), "admin"))
                .expectResultMessagePayload(true)
                .expectEvents(new MasterDataDefined("hongtai:project:binjiang", "hongtai", closed, AT.plusSeconds(60),
                        "admin"));
    }

    @Test
    @DisplayName("the same state again changes nothing and publishes nothing (a re-sent PUT, a re-imported sheet)")
    void sameStateIsNoChange() {
        fixture.given(new MasterDataDefined("hongtai:project:binjiang", "hongtai", BINJIANG, AT, "admin"))
                .when(DefineMasterData.of("hongtai", BINJIANG, AT.plusSeconds(60), "someone-else"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    @DisplayName("an agreement that ends before it starts is refused, naming the field")
    void agreementPeriod() {
        Channel backwards = new Channel("ch-1", "同城房产", ChannelKind.AGENCY, LocalDate.parse("2026-06-01"),
                LocalDate.parse("2026-05-31"), List.of(), true);
        fixture.givenNoPriorActivity()
                .when(DefineMasterData.of("hongtai", backwards, AT, "admin"))
                .expectException(InvalidMasterDataException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("agreementTo"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("agents are keyed within their channel: the same agent id in two channels is two agents")
    void agentsAreKeyedByChannel() {
        fixture.givenNoPriorActivity()
                .when(DefineMasterData.of("hongtai", new Agent("ch-2", "ag-1", "陈晓", true), AT, "admin"))
                .expectEvents(new MasterDataDefined("hongtai:agent:ch-2:ag-1", "hongtai",
                        new Agent("ch-2", "ag-1", "陈晓", true), AT, "admin"));
    }
}
