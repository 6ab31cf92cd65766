package com.baobei.inputs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** The input policy, switched on in every service by depending on this module. */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(InputLimits.class)
public class InputsConfiguration {

    /**
     * Strict JSON for request bodies only: a key given twice is refused (the last one no longer wins silently),
     * trailing tokens are refused, text is cleaned. The application's own ObjectMapper stays as it is, so events read
     * from Kafka and answers read back by callers keep their text exactly (NFKC would turn a decision's full-width
     * comma into ',').
     */
    @Bean
    WebMvcConfigurer strictRequestJson() {
        return new WebMvcConfigurer() {
            @Override
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                // A new converter in MVC's list, not the shared bean changed: RestTemplate and RestClient built by Boot
                // use the same converter instances, and must read answers as they are.
                converters.replaceAll(converter -> converter instanceof MappingJackson2HttpMessageConverter json
                        ? new MappingJackson2HttpMessageConverter(strict(json.getObjectMapper())) : converter);
            }
        };
    }

    static ObjectMapper strict(ObjectMapper shared) {
        ObjectMapper strict = shared.copy();
        strict.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        strict.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        strict.registerModule(new SimpleModule("baobei-clean-text").addDeserializer(String.class, new CleanText()));
        return strict;
    }

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimits(InputLimits limits) {
        FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(new BodyLimitFilter(limits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    InputProblemResolver inputProblems(InputLimits limits) {
        return new InputProblemResolver(limits.getRetryAfterSeconds());
    }

    @Bean
    ProblemErrorController problemErrors() {
        return new ProblemErrorController();
    }

    /**
     * Tomcat's error pages become problem+json; its header cap is raised above this module's own so that the
     * filter, not Tomcat, answers an oversized header block (and answers it in the services' form); it reads the
     * rest of a refused body up to {@link InputLimits#getDrainRefusedBody()} so the caller can read the refusal.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemPages(InputLimits limits) {
        return new ProblemPages(limits);
    }

    /** Runs after Spring Boot's own Tomcat settings, so that its header cap is the one that stays. */
    private static final class ProblemPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
        private final InputLimits limits;

        ProblemPages(InputLimits limits) {
            this.limits = limits;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemReportValve.class.getName());
                    host.getPipeline().addValve(new ProblemReportValve());
                }
            });
            int tomcatHeaders = (int) Math.max(limits.getMaxHeaders().toBytes() * 4, 64 * 1024);
            long drain = limits.getDrainRefusedBody().toBytes();
            factory.addConnectorCustomizers(connector -> {
                connector.setProperty("maxHttpRequestHeaderSize", String.valueOf(tomcatHeaders));
                // Tomcat's own default drops the connection when more than 2 MB of a body is left unread
                connector.setProperty("maxSwallowSize", String.valueOf(drain));
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(RequestRejectedHandler.class)
    static class Firewall {
        @Bean
        RequestRejectedHandler rejectedRequests() {
            return new RejectedRequests();
        }
    }
}
