package id.gerbang.agreement;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The data balikan an agency must return and the methods it has chosen to return it with. The seed
 * agreement: both kinds, through the web service and the online form (juknis 3.c, 3.d).
 */
public record FeedbackObligations(Set<FeedbackKind> kinds, Set<FeedbackMethod> methods) {

    public static final FeedbackObligations NONE = new FeedbackObligations(Set.of(), Set.of());

    public FeedbackObligations {
        Set<FeedbackKind> k = EnumSet.noneOf(FeedbackKind.class);
        k.addAll(kinds);
        Set<FeedbackMethod> m = EnumSet.noneOf(FeedbackMethod.class);
        m.addAll(methods);
        kinds = Collections.unmodifiableSet(k);
        methods = Collections.unmodifiableSet(m);
    }
}
