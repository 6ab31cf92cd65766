package com.baobei.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Tokens stay valid across a restart on the same data: the key is made once, then read. */
class SigningKeyRestartTest {

    @TempDir
    Path data;

    @Test
    void a_restart_on_the_same_data_keeps_the_key_and_its_id() throws Exception {
        String token;
        String kid;
        String stored;
        try (ConfigurableApplicationContext first = start()) {
            Http http = http(first);
            token = http.accessToken("qinghe.finance", "demo");
            kid = SignedJWT.parse(token).getHeader().getKeyID();
            assertThat(http.jwks().getKeys()).singleElement().satisfies(k -> assertThat(k.getKeyID()).isEqualTo(kid));
            stored = Files.readString(data.resolve("jwk.json"));
        }
        try (ConfigurableApplicationContext second = start()) {
            Http http = http(second);
            assertThat(http.jwks().getKeys()).singleElement().satisfies(k -> assertThat(k.getKeyID()).isEqualTo(kid));
            // the first run's token verifies against the second run's published keys
            assertThat(http.verified(token).getJWTClaimsSet().getSubject()).isEqualTo("qinghe.finance");
            assertThat(SignedJWT.parse(http.accessToken("qinghe.finance", "demo")).getHeader().getKeyID()).isEqualTo(kid);
        }
        assertThat(Files.readString(data.resolve("jwk.json"))).isEqualTo(stored);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(IdentityApplication.class).run(
                "--server.port=" + Http.freePort(), "--baobei.identity.data-dir=" + data);
    }

    private static Http http(ConfigurableApplicationContext context) {
        String port = context.getEnvironment().getProperty("local.server.port");
        return new Http(URI.create("http://127.0.0.1:" + port));
    }
}
