package id.gerbang.registry.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The demo population generated on the first start of an empty register ({@code gerbang.demo.*},
 * shared with the other modules' demo data).
 *
 * @param enabled   generate when the register is empty (off in the production profile)
 * @param residents how many residents
 * @param seed      the generator seed; the same seed gives the same population
 * @param province  the province code
 */
@ConfigurationProperties("gerbang.demo")
@Validated
public record DemoProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("50000") @Min(0) @Max(100_000_000) int residents,
        @DefaultValue("20201201") long seed,
        @DefaultValue("32") @Pattern(regexp = "\\d{2}") String province) {
}
