package com.baobei.security;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service is an OAuth 2.0 resource server: bearer JWTs of the configured issuer
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}) and audience, denied by default, reads included.
 * Only health (liveness, readiness) is open; metrics answer only to the monitoring addresses ({@link Scrapers}).
 * Identity headers a caller writes (an actor, a role) mean nothing.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
        UserDetailsServiceAutoConfiguration.class})
@EnableWebSecurity
@EnableConfigurationProperties({ClaimNames.class, Scrapers.class, OAuth2ResourceServerProperties.class})
public class ResourceServerConfiguration {

    /** Paths anyone may call: the platform's and the orchestrator's probes. */
    public static final List<String> OPEN = List.of("/actuator/health", "/actuator/health/**", "/error");

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties) {
        // a token verified once is not verified again until it expires (ADR 0034)
        return new VerifiedTokens(TokenDecoders.from(properties.getJwt()));
    }

    @Bean
    SecurityFilterChain baobeiResourceServer(HttpSecurity http, ClaimNames claims, Scrapers scrapers) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        CallerConverter converter = new CallerConverter(claims);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(OPEN.toArray(String[]::new)).permitAll()
                        .requestMatchers(Scrapers.PATHS.toArray(String[]::new)).access((authentication, context) ->
                                new org.springframework.security.authorization.AuthorizationDecision(
                                        scrapers.fromAllowedAddress().matches(context.getRequest())))
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(problems);
                                return filter;
                            }
                        }))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // bearer tokens, no cookies: nothing for a cross-site request to ride on
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable());
        return http.build();
    }

    @Bean
    ForbiddenAdvice forbiddenAdvice() {
        return new ForbiddenAdvice();
    }

    /** Problem details in the caller's language, without class names, whichever service handler made them. */
    @Bean
    ProblemBodies problemBodies() {
        return new ProblemBodies();
    }

    @Bean
    WebMvcConfigurer callerArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgument());
            }

            @Override
            public void addInterceptors(org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
                registry.addInterceptor(new AllowedRoles()).addPathPatterns("/api/**");
            }
        };
    }
}
