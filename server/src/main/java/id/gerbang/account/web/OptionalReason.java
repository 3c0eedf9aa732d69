package id.gerbang.account.web;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An optional reason or note for an approval. */
record OptionalReason(@Nullable @Size(max = 500) String reason) {
}
