package com.baobei.attribution.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Every documented refusal (4xx) is {@code application/problem+json} and nothing else, as the service and the security
 * module answer it, so the operations name only the status and when it happens.
 */
@Component
public class ProblemContent implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        if (openApi.getComponents().getSchemas() == null || !openApi.getComponents().getSchemas().containsKey("ProblemDetail")) {
            var resolved = ModelConverters.getInstance().readAllAsResolvedSchema(ProblemDetail.class);
            if (resolved != null && resolved.schema != null) {
                openApi.getComponents().addSchemas("ProblemDetail", resolved.schema);
            }
        }
        Schema<?> problem = new Schema<>().$ref("#/components/schemas/ProblemDetail");
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (operation.getResponses() == null) {
                return;
            }
            operation.getResponses().forEach((status, response) -> {
                // springdoc gives a response declared without content the operation's return type: not so a refusal
                boolean asProblem = response.getContent() != null && response.getContent().containsKey("application/problem+json");
                if (status.startsWith("4") && !asProblem) {
                    response.setContent(new Content().addMediaType("application/problem+json",
                            new MediaType().schema(problem)));
                }
            });
        }));
    }
}
