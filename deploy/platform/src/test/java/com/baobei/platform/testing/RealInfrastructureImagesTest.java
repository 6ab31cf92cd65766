package com.baobei.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The probe looks for the images Testcontainers would start, so that it never starts a pull that cannot finish. */
class RealInfrastructureImagesTest {

    @Test
    void theRyukImageLookedForIsTheOneThisTestcontainersStarts() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/org/testcontainers/utility/RyukContainer.class")) {
            assertThat(in).as("Testcontainers' RyukContainer class").isNotNull();
            String constants = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(constants).as("RyukContainer's image: update RealInfrastructure.RYUK_IMAGE")
                    .contains(RealInfrastructure.RYUK_IMAGE);
        }
    }

    @Test
    void kafkaPostgresAndRyukAreNeededUnlessRyukIsOff() {
        assertThat(RealInfrastructure.neededImages()).contains(ContainerBackend.KAFKA_IMAGE.asCanonicalNameString(),
                ContainerBackend.POSTGRES_IMAGE.asCanonicalNameString(), RealInfrastructure.TINY_IMAGE);
    }
}
