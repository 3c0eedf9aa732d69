package id.gerbang.feedback;

import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.FeedbackMethod;

/** Who sends data balikan and how: the agency, the user signed in for it, and the method. */
public record Submitter(AgencyId agency, String userId, FeedbackMethod method) {
}
