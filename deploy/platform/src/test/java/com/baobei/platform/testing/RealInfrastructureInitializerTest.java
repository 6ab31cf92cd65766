package com.baobei.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RealInfrastructureInitializerTest {

    @Test
    void database_names_are_plain_identifiers_with_an_it_suffix() {
        assertThat(RealInfrastructureInitializer.databaseName("registration-service")).isEqualTo("registration_service_it");
        assertThat(RealInfrastructureInitializer.databaseName("Visit.Service")).isEqualTo("visit_service_it");
        assertThat(RealInfrastructureInitializer.databaseName("9lives")).isEqualTo("db_9lives_it");
    }
}
