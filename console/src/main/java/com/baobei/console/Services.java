package com.baobei.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * One RestClient per service, each sending the logged-in person's access token (refreshed when it has expired, with
 * the rotated refresh token of ADR 0012). The console never holds a token of its own: what a person may do is what
 * their token lets them do at the services.
 */
@Configuration
class Services {

    static final String REGISTRATION = "baobei";

    @Bean
    OAuth2ClientHttpRequestInterceptor personsToken(OAuth2AuthorizedClientManager clients) {
        OAuth2ClientHttpRequestInterceptor interceptor = new OAuth2ClientHttpRequestInterceptor(clients);
        interceptor.setClientRegistrationIdResolver(request -> REGISTRATION);
        return interceptor;
    }

    @Bean
    ServiceClients serviceClients(RestClient.Builder builder, ServiceUrls urls,
                                  OAuth2ClientHttpRequestInterceptor personsToken) {
        return new ServiceClients(
                builder.clone().baseUrl(urls.registration().toString()).requestInterceptor(personsToken).build(),
                builder.clone().baseUrl(urls.visit().toString()).requestInterceptor(personsToken).build(),
                builder.clone().baseUrl(urls.attribution().toString()).requestInterceptor(personsToken).build(),
                builder.clone().baseUrl(urls.commission().toString()).requestInterceptor(personsToken).build());
    }

    /** The four services, as the logged-in person. */
    record ServiceClients(RestClient registration, RestClient visit, RestClient attribution, RestClient commission) {
    }
}
