package com.baobei.registration.tracing;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's own correlation (correlationId, traceId of the causing message) is declared only when no other provider
 * is; {@link TraceParentCorrelation} is one, so Axon's is declared here too and both stay.
 */
@Configuration(proxyBeanMethods = false)
class TracingConfig {

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }
}
