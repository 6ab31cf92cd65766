package com.baobei.visit.publishing;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/** Readiness needs the broker: a service that cannot publish should not take visits or purchases. */
@Component("kafka")
class KafkaHealth implements HealthIndicator, DisposableBean {

    private final AdminClient admin;

    KafkaHealth(KafkaAdmin kafkaAdmin) {
        Map<String, Object> config = new java.util.HashMap<>(kafkaAdmin.getConfigurationProperties());
        config.put("request.timeout.ms", 3000);
        config.put("default.api.timeout.ms", 3000);
        this.admin = AdminClient.create(config);
    }

    @Override
    public Health health() {
        try {
            int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000))
                    .nodes().get(3, TimeUnit.SECONDS).size();
            return Health.up().withDetail("brokers", brokers).build();
        } catch (Exception e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }

    @Override
    public void destroy() {
        admin.close();
    }
}
