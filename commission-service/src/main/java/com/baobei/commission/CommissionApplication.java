package com.baobei.commission;

import com.baobei.messaging.MasterDataCopy;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@Import(MasterDataCopy.class) // the local copy of the master-data topic (deploy/messaging)
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
