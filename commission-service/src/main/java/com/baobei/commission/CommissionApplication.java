package com.baobei.commission;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class CommissionApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommissionApplication.class, args);
    }

    /** The only clock of the service: when a fine is recorded and a statement issued. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
