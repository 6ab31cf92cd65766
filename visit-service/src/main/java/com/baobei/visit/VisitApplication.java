package com.baobei.visit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The sales office's side: visits, the rotation, purchases and dispute rulings. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling // the retention period of full numbers (ADR 0033)
public class VisitApplication {

    public static void main(String[] args) {
        // Axon 4.12+ reports usage to AxonIQ by default; a sales office's data stays home.
        System.setProperty("axoniq.update-checker.disabled",
                System.getProperty("axoniq.update-checker.disabled", "true"));
        SpringApplication.run(VisitApplication.class, args);
    }
}
