package com.baobei.console;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the four services answer; the console calls them with the logged-in person's own access token. */
@ConfigurationProperties("baobei.console.services")
public record ServiceUrls(URI registration, URI visit, URI attribution, URI commission) {
}
