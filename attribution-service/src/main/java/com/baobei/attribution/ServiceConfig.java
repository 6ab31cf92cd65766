package com.baobei.attribution;

import com.baobei.contracts.EventJson;
import java.time.Clock;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's clock (the only one: the fold has none) and the published language's JSON settings for REST. */
@Configuration
public class ServiceConfig {

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }

    /** REST bodies speak the events' JSON: ISO times, money as strings, unknown fields rejected. */
    @Bean
    public Jackson2ObjectMapperBuilderCustomizer eventJsonSettings() {
        return builder -> builder.postConfigurer(EventJson::configure);
    }
}
