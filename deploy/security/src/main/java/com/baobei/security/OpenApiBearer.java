package com.baobei.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** The OpenAPI documents name the bearer scheme every operation needs, and hide the {@link Caller} parameter. */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
public class OpenApiBearer {

    static final String SCHEME = "bearer-jwt";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    OpenApiCustomizer bearerScheme() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("bearer").bearerFormat("JWT")
                    .description("An access token of the identity provider (docs/security.md: how to get one)"));
            api.addSecurityItem(new SecurityRequirement().addList(SCHEME));
        };
    }
}
