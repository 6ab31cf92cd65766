package com.baobei.visit.web;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfig {

    /** Recording times and the bounds of business times come from this clock; tests replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
