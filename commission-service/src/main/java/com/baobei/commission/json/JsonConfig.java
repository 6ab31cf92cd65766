package com.baobei.commission.json;

import com.baobei.commission.agreement.Period;
import com.baobei.contracts.EventJson;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring's ObjectMapper with the contracts' settings ({@link EventJson#configure}), so REST bodies
 * and stored statements read and write money exactly as the events do. Boot still builds the
 * mapper, so RFC 7807 problem details keep their flat form.
 */
@Configuration(proxyBeanMethods = false)
public class JsonConfig {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer commissionJson() {
        return builder -> builder.postConfigurer(JsonConfig::configure);
    }

    /** The settings, applied to any mapper (tests and benchmarks build their own). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        EventJson.configure(mapper);
        mapper.addMixIn(Period.class, PeriodJson.class);
        return mapper;
    }

    /** A period shows its label ({@code 2024-03}); the label is ignored when read back. */
    @JsonIgnoreProperties(value = "label", allowGetters = true)
    abstract static class PeriodJson {

        @JsonProperty("label")
        abstract String label();
    }
}
