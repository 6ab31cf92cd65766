package com.baobei.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may read the metrics ({@code /actuator/prometheus}, {@code /actuator/metrics}): a Prometheus server scrapes
 * without a user's token, and the figures are the whole installation's (every tenant's), so no tenant's token may
 * read them either. They answer only to the addresses of {@code baobei.security.metrics-from} (CIDRs; by default the
 * machine itself), and never through a gateway that does not route {@code /actuator/}. In compose or Kubernetes set
 * it to the monitoring network (e.g. {@code BAOBEI_SECURITY_METRICS_FROM=10.0.0.0/8}).
 */
@ConfigurationProperties("baobei.security")
public record Scrapers(List<String> metricsFrom) {

    public static final List<String> PATHS = List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**");

    public Scrapers {
        metricsFrom = metricsFrom == null || metricsFrom.isEmpty() ? List.of("127.0.0.1/32", "::1/128")
                : List.copyOf(metricsFrom);
    }

    /** A request from one of the allowed addresses. */
    RequestMatcher fromAllowedAddress() {
        List<IpAddressMatcher> allowed = metricsFrom.stream().map(String::trim).filter(s -> !s.isEmpty())
                .map(IpAddressMatcher::new).toList();
        return (HttpServletRequest request) -> allowed.stream().anyMatch(m -> m.matches(request));
    }

    @Override
    public String toString() {
        return "metrics from " + Arrays.toString(metricsFrom.toArray());
    }
}
