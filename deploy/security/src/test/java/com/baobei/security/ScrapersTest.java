package com.baobei.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The metrics answer the monitoring addresses only: by default the machine itself. */
class ScrapersTest {

    @Test
    void byDefaultOnlyTheMachineItselfMayScrape() {
        Scrapers scrapers = new Scrapers(null);

        assertThat(scrapers.fromAllowedAddress().matches(from("127.0.0.1"))).isTrue();
        assertThat(scrapers.fromAllowedAddress().matches(from("0:0:0:0:0:0:0:1"))).isTrue();
        assertThat(scrapers.fromAllowedAddress().matches(from("10.1.2.3"))).isFalse();
        assertThat(scrapers.fromAllowedAddress().matches(from("192.168.1.20"))).isFalse();
    }

    @Test
    void anInstallationNamesItsMonitoringNetwork() {
        Scrapers scrapers = new Scrapers(List.of("10.0.0.0/8", " 192.168.7.5/32"));

        assertThat(scrapers.fromAllowedAddress().matches(from("10.1.2.3"))).isTrue();
        assertThat(scrapers.fromAllowedAddress().matches(from("192.168.7.5"))).isTrue();
        assertThat(scrapers.fromAllowedAddress().matches(from("192.168.7.6"))).isFalse();
        assertThat(scrapers.fromAllowedAddress().matches(from("127.0.0.1"))).isFalse();
    }

    private static MockHttpServletRequest from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
        request.setRemoteAddr(address);
        return request;
    }
}
