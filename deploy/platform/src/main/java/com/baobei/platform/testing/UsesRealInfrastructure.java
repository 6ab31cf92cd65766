package com.baobei.platform.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/**
 * For {@code @SpringBootTest} classes: starts the shared {@link RealInfrastructure}, creates a database named after
 * {@code spring.application.name} (suffix {@code _it}) and every declared topic, and sets
 * {@code spring.datasource.url/username/password} and {@code spring.kafka.bootstrap-servers}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
public @interface UsesRealInfrastructure {
}
