package com.baobei.registration.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.baobei.contracts.registration.Registered.ChannelKind;
import com.baobei.contracts.registration.Registered.Companion;
import com.baobei.contracts.registration.Registered.Intake;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A registration is one pure decision: the event it records, or the rule it breaks (ADR 0034). */
class RegistrationTest {

    private static final Instant NINE_AM = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    @DisplayName("a channel agent's registration is recorded with the server's time")
    void registers() {
        assertThat(Registration.decide(register("王", "138****5678", Intake.API, null)))
                .isEqualTo(new ClientRegistered("r-1", "t1", "p1", "c1", ChannelKind.AGENCY, "a1", "王",
                        "138****5678", null, List.of(new Companion("李", "139****0000")), NINE_AM, Intake.API, null));
    }

    @Test
    @DisplayName("ID-1: no surname, no registration")
    void surnameRequired() {
        assertThatThrownBy(() -> Registration.decide(register(" ", "138****5678", Intake.API, null)))
                .isInstanceOf(InvalidRegistrationException.class);
    }

    @Test
    @DisplayName("ID-1: the number shows first three and last four digits, nothing else")
    void maskedNumberRequired() {
        assertThatThrownBy(() -> Registration.decide(register("王", "13812345678", Intake.API, null)))
                .isInstanceOf(InvalidRegistrationException.class);
    }

    @Test
    @DisplayName("an imported registration keeps its original time and names its importer")
    void importNamesImporter() {
        assertThatThrownBy(() -> Registration.decide(register("王", "138****5678", Intake.IMPORT, null)))
                .isInstanceOf(InvalidRegistrationException.class);
        ClientRegistered imported = Registration.decide(register("王", "138****5678", Intake.IMPORT, "importer-1"));
        assertThat(imported.importedBy()).isEqualTo("importer-1");
        assertThat(imported.registeredAt()).isEqualTo(NINE_AM);
    }

    @Test
    @DisplayName("ID-4: a full number typed into a surname, even with dashes or full-width digits, is never recorded")
    void noFullNumberInASurname() {
        for (String surname : new String[] {"王13812345678", "王 138-1234-5678", "王１３８１２３４５６７８"}) {
            assertThatThrownBy(() -> Registration.decide(register(surname, "138****5678", Intake.API, null)))
                    .isInstanceOf(InvalidRegistrationException.class);
        }
    }

    @Test
    @DisplayName("ID-4: nor into a companion's surname")
    void noFullNumberInACompanion() {
        assertThatThrownBy(() -> Registration.decide(new RegisterClient("r-1", "t1", "p1", "c1", ChannelKind.AGENCY,
                "a1", "王", "138****5678", null, List.of(new Companion("李 139 1234 5678", "139****5678")), NINE_AM,
                Intake.API, null)))
                .isInstanceOf(InvalidRegistrationException.class)
                .hasFieldOrPropertyWithValue("field", "companions[0].surname");
    }

    private static RegisterClient register(String surname, String phone, Intake intake, String importedBy) {
        return new RegisterClient("r-1", "t1", "p1", "c1", ChannelKind.AGENCY, "a1", surname, phone, null,
                List.of(new Companion("李", "139****0000")), NINE_AM, intake, importedBy);
    }
}
