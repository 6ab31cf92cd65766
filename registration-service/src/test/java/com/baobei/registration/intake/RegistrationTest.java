package com.baobei.registration.intake;

import com.baobei.contracts.registration.Registered.ChannelKind;
import com.baobei.contracts.registration.Registered.Companion;
import com.baobei.contracts.registration.Registered.Intake;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    private static final Instant NINE_AM = Instant.parse("2026-03-02T01:00:00Z");

    private AggregateTestFixture<Registration> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Registration.class);
    }

    @Test
    @DisplayName("a channel agent's registration is recorded with the server's time")
    void registers() {
        fixture.givenNoPriorActivity()
                .when(register("王", "138****5678", Intake.API, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ClientRegistered("r-1", "t1", "p1", "c1", ChannelKind.AGENCY, "a1", "王",
                        "138****5678", null, List.of(new Companion("李", "139****0000")), NINE_AM, Intake.API, null));
    }

    @Test
    @DisplayName("ID-1: no surname, no registration")
    void surnameRequired() {
        fixture.givenNoPriorActivity()
                .when(register(" ", "138****5678", Intake.API, null))
                .expectException(InvalidRegistrationException.class)
                .expectNoEvents();
    }

    @Test
    @DisplayName("ID-1: the number shows first three and last four digits, nothing else")
    void maskedNumberRequired() {
        fixture.givenNoPriorActivity()
                .when(register("王", "13812345678", Intake.API, null))
                .expectException(InvalidRegistrationException.class)
                .expectNoEvents();
    }

    @Test
    @DisplayName("an imported registration keeps its original time and names its importer")
    void importNamesImporter() {
        fixture.givenNoPriorActivity()
                .when(register("王", "138****5678", Intake.IMPORT, null))
                .expectException(InvalidRegistrationException.class);
        fixture.givenNoPriorActivity()
                .when(register("王", "138****5678", Intake.IMPORT, "importer-1"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    @DisplayName("ID-4: a full number typed into a surname, even with dashes or full-width digits, is never recorded")
    void noFullNumberInASurname() {
        for (String surname : new String[] {"王13812345678", "王 138-1234-5678", "王１３８１２３４５６７８"}) {
            fixture.givenNoPriorActivity()
                    .when(register(surname, "138****5678", Intake.API, null))
                    .expectException(InvalidRegistrationException.class)
                    .expectNoEvents();
        }
    }

    @Test
    @DisplayName("ID-4: nor into a companion's surname")
    void noFullNumberInACompanion() {
        fixture.givenNoPriorActivity()
                .when(new RegisterClient("r-1", "t1", "p1", "c1", ChannelKind.AGENCY, "a1", "王", "138****5678", null,
                        List.of(new Companion("李 139 1234 5678", "139****5678")), NINE_AM, Intake.API, null))
                .expectException(InvalidRegistrationException.class)
                .expectNoEvents();
    }

    private static RegisterClient register(String surname, String phone, Intake intake, String importedBy) {
        return new RegisterClient("r-1", "t1", "p1", "c1", ChannelKind.AGENCY, "a1", surname, phone, null,
                List.of(new Companion("李", "139****0000")), NINE_AM, intake, importedBy);
    }
}
