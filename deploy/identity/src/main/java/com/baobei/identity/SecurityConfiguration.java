package com.baobei.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2AccessTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * Two filter chains: the authorization server's endpoints (token, authorize, JWK set, OpenID Connect discovery,
 * user info, …), and everything else: the login page (form login against the users file) and health, which alone
 * answers without logging in.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http, RegisteredClientRepository clients) throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, configurer -> configurer
                        .oidc(Customizer.withDefaults())
                        .clientAuthentication(clientAuthentication -> clientAuthentication
                                .authenticationConverter(new PublicClientRefresh.Converter())
                                .authenticationProvider(new PublicClientRefresh.Provider(clients))))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // a browser (asking for HTML) goes to the login page; curl and programs get 401
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), browsers()))
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
        return http.build();
    }

    private static MediaTypeRequestMatcher browsers() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
        return html;
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginAndHealth(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
                                "/error", "/favicon.ico").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), new NegatedRequestMatcher(browsers())))
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UsersFile usersFile(IdentityProperties properties) {
        UsersFile users = UsersFile.load(properties.users());
        long enabled = users.all().stream().filter(User::enabled).count();
        log.info("{} users ({} enabled) from {}", users.all().size(), enabled, users.source());
        return users;
    }

    @Bean
    UserDetailsService userDetailsService(UsersFile users) {
        return username -> users.find(username)
                .map(user -> org.springframework.security.core.userdetails.User.withUsername(user.username())
                        .password(user.password())
                        .disabled(!user.enabled())
                        .authorities(user.roles().stream().map(role -> "ROLE_" + role).toArray(String[]::new))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new Passwords();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(UsersFile users, IdentityProperties properties) {
        return new UserClients(users, properties.tokenTtl(), properties.consoleRefreshTokenTtl(),
                properties.consoleRedirectUris());
    }

    @Bean
    OAuth2AuthorizationService authorizationService() {
        return new Authorizations();
    }

    @Bean
    RSAKey signingKey(IdentityProperties properties) {
        return SigningKey.loadOrCreate(properties.dataDir());
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(RSAKey signingKey) {
        return new ImmutableJWKSet<>(new JWKSet(signingKey));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
    }

    @Bean
    JwtEncoder jwtEncoder(JWKSource<SecurityContext> jwkSource) {
        return new NimbusJwtEncoder(jwkSource);
    }

    @Bean
    OAuth2TokenGenerator<?> tokenGenerator(JwtEncoder jwtEncoder, UsersFile users) {
        JwtGenerator jwts = new JwtGenerator(jwtEncoder);
        jwts.setJwtCustomizer(new TokenClaims(users));
        return new DelegatingOAuth2TokenGenerator(jwts, new OAuth2AccessTokenGenerator(),
                new PublicClientRefresh.Tokens());
    }
}
