/**
 * Data balikan: what agencies return about the people they looked up (juknis 3.d, PKS Pasal 3 ayat
 * (1) huruf b): victim information and programme-recipient information, by the web service, Excel
 * upload, online form and pop-up. Records are versioned and never overwritten; victim information
 * is encrypted at rest. Other modules use {@link id.gerbang.feedback.FeedbackRecords}. See
 * {@code docs/feedback.md}.
 */
@ApplicationModule(displayName = "Feedback",
        allowedDependencies = {"common", "reference", "registry", "agreement", "account", "audit"})
@NullMarked
package id.gerbang.feedback;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
