package id.gerbang.portal.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the portal ({@code gerbang.portal.*}); documented in {@code docs/portal.md}.
 *
 * @param idleTimeout     a session unused this long ends (the next request signs in again)
 * @param absoluteTimeout a session ends this long after its sign-in, however busy
 */
@ConfigurationProperties("gerbang.portal")
@Validated
public record PortalProperties(
        @DefaultValue("15m") Duration idleTimeout,
        @DefaultValue("8h") Duration absoluteTimeout) {

    public PortalProperties {
        if (idleTimeout.isNegative() || idleTimeout.isZero() || absoluteTimeout.compareTo(idleTimeout) < 0) {
            throw new IllegalArgumentException("gerbang.portal: idle-timeout must be positive and at most absolute-timeout");
        }
    }
}
