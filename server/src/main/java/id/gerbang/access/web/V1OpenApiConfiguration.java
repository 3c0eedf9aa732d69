package id.gerbang.access.web;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The v1 API's OpenAPI description, served by the application as the group {@code data-v1}
 * ({@code /v3/api-docs/data-v1}) and exported to {@code docs/api/access-v1.json} by the tests.
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token from POST /api/v1/token")
class V1OpenApiConfiguration {

    static final String GROUP = "data-v1";

    @Bean
    GroupedOpenApi dataV1Api() {
        return GroupedOpenApi.builder()
                .group(GROUP)
                .displayName("Gerbang population-data API v1")
                .pathsToMatch("/api/v1/token", "/api/v1/persons/**", "/api/v1/families/**")
                .build();
    }
}
