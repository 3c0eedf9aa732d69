package id.gerbang.reference.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the reference module ({@code gerbang.reference.*}).
 *
 * @param location where the reference CSV files are read from; a Spring resource location ending
 *     in {@code /}. The default is the copy shipped in the jar; point it at a folder
 *     ({@code file:/etc/gerbang/reference/}) to load a newer region list without a new release
 * @param batchSize rows per multi-row insert statement when loading (20 statements go in one JDBC batch)
 * @param forceReload reload every table at start-up even when the files' checksums are unchanged
 */
@Validated
@ConfigurationProperties("gerbang.reference")
public record ReferenceProperties(
        @DefaultValue("classpath:reference/") @NotBlank String location,
        @DefaultValue("500") @Min(1) @Max(10_000) int batchSize,
        @DefaultValue("false") boolean forceReload) {
}
