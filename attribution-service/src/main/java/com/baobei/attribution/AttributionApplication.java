package com.baobei.attribution;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The attribution service: folds a project's events into explained decisions, live and as a dry run. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AttributionApplication {

    public static void main(String[] args) {
        SpringApplication.run(AttributionApplication.class, args);
    }
}
