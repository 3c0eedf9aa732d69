package id.gerbang.account.web;

import id.gerbang.account.internal.IssuedCredentials;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** Secrets shown once: they are not stored in clear and cannot be retrieved again. */
record CredentialsResponse(
        String userId,
        @Schema(description = "One-time password; must be changed at the first sign-in. Shown only in this response.")
        @Nullable String oneTimePassword,
        @Schema(description = "Web-service token. Shown only in this response; only its hash is stored.")
        @Nullable String webServiceToken,
        String notice) {

    static final String NOTICE = "Ditampilkan sekali saja; simpan dan serahkan dengan aman. / Shown once only; "
            + "keep it and hand it over securely.";

    static CredentialsResponse of(IssuedCredentials c) {
        return new CredentialsResponse(c.userId().value(), c.oneTimePassword(), c.webServiceToken(), NOTICE);
    }
}
