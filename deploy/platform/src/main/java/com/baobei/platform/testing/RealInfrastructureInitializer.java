package com.baobei.platform.testing;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring context at the shared real infrastructure: its own database (named after
 * {@code spring.application.name} plus {@code _it}), every declared topic, the datasource and Kafka properties, and
 * the key and issuer of {@link TestTokens}.
 */
public class RealInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String PROPERTY_SOURCE = "baobeiRealInfrastructure";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        RealInfrastructure infrastructure = RealInfrastructure.shared();
        ConfigurableEnvironment environment = context.getEnvironment();
        String database = databaseName(environment.getProperty("spring.application.name", "application"));
        String jdbcUrl = infrastructure.jdbcUrl(database);
        infrastructure.createTopics();
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of(
                "spring.datasource.url", jdbcUrl,
                "spring.datasource.username", infrastructure.username(),
                "spring.datasource.password", infrastructure.password(),
                "spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                // Tokens of TestTokens, verified for real: signature, issuer, audience, expiry.
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokens.ISSUER,
                "spring.security.oauth2.resourceserver.jwt.public-key-location",
                "file:" + TestTokens.shared().publicKeyFile(),
                "spring.security.oauth2.resourceserver.jwt.audiences", TestTokens.AUDIENCE)));
        infrastructure.closeBeforeStopping(context);
        context.addApplicationListener(new ForgetOnClose(infrastructure, context));
    }

    private record ForgetOnClose(RealInfrastructure infrastructure, ConfigurableApplicationContext context)
            implements ApplicationListener<ContextClosedEvent> {

        @Override
        public void onApplicationEvent(ContextClosedEvent event) {
            if (event.getApplicationContext() == context) {
                infrastructure.forget(context);
            }
        }
    }

    /** "registration-service" becomes "registration_service_it": a plain PostgreSQL identifier. */
    static String databaseName(String applicationName) {
        String plain = applicationName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (plain.isEmpty() || Character.isDigit(plain.charAt(0))) {
            plain = "db_" + plain;
        }
        return plain + "_it";
    }
}
