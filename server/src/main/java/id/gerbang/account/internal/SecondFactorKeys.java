package id.gerbang.account.internal;

import id.gerbang.common.SealingKeys;
import org.springframework.stereotype.Component;

/**
 * The AES-256 keys that encrypt the TOTP secrets at rest: a {@link SealingKeys} file of its own
 * ({@code gerbang.account.second-factor.key-file}), apart from the data-balikan keys, so either can
 * be rotated or lost without the other (ADR 0071).
 */
@Component
public class SecondFactorKeys extends SealingKeys {

    SecondFactorKeys(AccountProperties properties) {
        super(properties.secondFactor().keyFile(), properties.secondFactor().generateKeyIfMissing(), "second-factor",
                "gerbang.account.second-factor.key-file (see docs/account.md)");
    }
}
