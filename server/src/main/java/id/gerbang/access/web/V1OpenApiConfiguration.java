package id.gerbang.access.web;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.info.Info;
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
                .addOpenApiCustomizer(api -> api.info(new Info()
                        .title("Gerbang population-data API v1")
                        .version("1")
                        .description("""
                                Population data by NIK for agencies with a cooperation agreement (PKS): a bearer token
                                from POST /api/v1/token, then lookups, verification by elements and family lookups.
                                Only the elements the agreement grants are returned; every call is recorded in the
                                access log and answers with X-Request-Id. Refusals are RFC 9457 problem details whose
                                responseCode is the Dukcapil-compatible RESPONSE_CODE of the same outcome (see
                                docs/access.md for the catalogue).""")))
                .build();
    }
}
