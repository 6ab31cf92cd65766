package com.baobei.registration.web;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfig {

    /** The registration time is this clock (REG-1); tests replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
