package com.baobei.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every page needs a login through the identity provider (authorization code; the console is a public client, so
 * Spring Security adds PKCE). Only health, the style sheet and the WebJars are open. The console keeps no roles of
 * its own: the services decide with the person's token, and the console only chooses which pages to offer.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    SecurityFilterChain pages(HttpSecurity http, ClientRegistrationRepository clients) throws Exception {
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(clients);
        logout.setPostLogoutRedirectUri("{baseUrl}/");
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/css/**", "/webjars/**", "/favicon.ico").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login.loginPage("/oauth2/authorization/baobei"))
                .oauth2Client(Customizer.withDefaults())
                .logout(out -> out.logoutSuccessUrl("/"));
        return http.build();
    }
}
