package com.baobei.registration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The channels' side: registrations of clients and disputes raised by channels. */
@SpringBootApplication
public class RegistrationApplication {

    public static void main(String[] args) {
        // Axon 4.12+ reports usage to AxonIQ by default; a sales office's data stays home.
        System.setProperty("axoniq.update-checker.disabled",
                System.getProperty("axoniq.update-checker.disabled", "true"));
        SpringApplication.run(RegistrationApplication.class, args);
    }
}
