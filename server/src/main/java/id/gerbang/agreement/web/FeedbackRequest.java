package id.gerbang.agreement.web;

import id.gerbang.agreement.FeedbackKind;
import id.gerbang.agreement.FeedbackMethod;
import id.gerbang.agreement.FeedbackObligations;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The data balikan the agency must return, and how. */
record FeedbackRequest(@Nullable Set<FeedbackKind> kinds, @Nullable Set<FeedbackMethod> methods) {

    FeedbackObligations obligations() {
        return new FeedbackObligations(kinds == null ? Set.of() : kinds, methods == null ? Set.of() : methods);
    }
}
