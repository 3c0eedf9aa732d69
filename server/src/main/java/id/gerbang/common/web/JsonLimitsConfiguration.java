package id.gerbang.common.web;

import id.gerbang.common.JsonLimits;
import java.util.List;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring MVC's JSON mapper (admin API, token endpoint, every {@code @RequestBody}) reads with
 * {@link JsonLimits}: Spring Boot's own builder is replaced by one made on a limited factory (a
 * mapper's factory cannot be changed afterwards), and Boot's customizers ({@code spring.jackson.*})
 * are applied to it in their order as Boot would.
 */
@Configuration(proxyBeanMethods = false)
class JsonLimitsConfiguration {

    @Bean
    @Scope("prototype")
    JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers) {
        JsonMapper.Builder builder = JsonMapper.builder(JsonLimits.apply(JsonFactory.builder()).build());
        customizers.forEach(c -> c.customize(builder));
        return builder;
    }
}
