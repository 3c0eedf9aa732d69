package id.gerbang.agreement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.agreement.AccessReason;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgencyStatus;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.AgreementStatus;
import id.gerbang.agreement.AgreementStatusChange;
import id.gerbang.agreement.AgreementTerms;
import id.gerbang.agreement.Amendment;
import id.gerbang.agreement.AmendmentKind;
import id.gerbang.agreement.Channel;
import id.gerbang.agreement.CompatibilitySettings;
import id.gerbang.agreement.ElementGrant;
import id.gerbang.agreement.FeedbackObligations;
import id.gerbang.agreement.PurposeCategory;
import id.gerbang.common.JakartaTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The reconstruction rules, without a database. */
class TermsFolderTests {

    static final LocalDate FROM = LocalDate.of(2030, 1, 1);
    static final AgreementRow ROW = new AgreementRow(new AgreementId(1), new AgencyId(1), "470/1/D", "119/1/A", FROM,
            "Bandung", FROM, null, "uji", PurposeCategory.PUBLIC_SERVICE, AgreementStatus.ACTIVE, Instant.EPOCH,
            "admin", 0);

    static Amendment original(LocalDate validUntil) {
        return new Amendment(1, AmendmentKind.ORIGINAL, null, FROM, FROM, Instant.EPOCH, "admin", null, validUntil,
                ElementGrant.SEED_TEMPLATE, Set.of(Channel.WEB_SERVICE), FeedbackObligations.NONE, 100,
                CompatibilitySettings.defaults("UJI"), id.gerbang.agreement.ServiceTerms.DEFAULT);
    }

    static Amendment quota(long sequence, LocalDate effective, int quota) {
        return new Amendment(sequence, AmendmentKind.QUOTA_CHANGE, "Q" + sequence, null, effective, Instant.EPOCH,
                "admin", null, null, null, null, null, quota, null, null);
    }

    static List<AgreementStatusChange> activeSince(LocalDate day) {
        return List.of(new AgreementStatusChange(null, AgreementStatus.DRAFT, JakartaTime.startOf(day), "a", null,
                        null),
                new AgreementStatusChange(AgreementStatus.DRAFT, AgreementStatus.ACTIVE,
                        JakartaTime.startOf(day).plusSeconds(60), "a", null, null));
    }

    @Test
    void changesApplyInEffectiveOrderAndSameDayChangesInRecordingOrder() {
        LocalDate d = FROM.plusDays(10);
        List<Amendment> history = List.of(original(FROM.plusYears(2)), quota(5, d, 500), quota(3, d, 300),
                quota(2, d.plusDays(1), 200));

        assertThat(TermsFolder.fold(history, d.minusDays(1)).dailyQuota()).isEqualTo(100);
        assertThat(TermsFolder.fold(history, d).dailyQuota()).isEqualTo(500);
        assertThat(TermsFolder.fold(history, d).applied()).containsExactly("Q3", "Q5");
        assertThat(TermsFolder.fold(history, d.plusDays(1)).dailyQuota()).isEqualTo(200);
    }

    @Test
    void theStatusIsTheOneAtTheEndOfTheJakartaDay() {
        LocalDate day = FROM.plusDays(3);
        List<AgreementStatusChange> transitions = new ArrayList<>(activeSince(FROM));
        Instant lateThatDay = JakartaTime.startOf(day.plusDays(1)).minusSeconds(1);
        transitions.add(new AgreementStatusChange(AgreementStatus.ACTIVE, AgreementStatus.SUSPENDED, lateThatDay,
                "a", "x", null));

        assertThat(TermsFolder.statusAtEndOf(transitions, day.minusDays(1))).contains(AgreementStatus.ACTIVE);
        assertThat(TermsFolder.statusAtEndOf(transitions, day)).contains(AgreementStatus.SUSPENDED);
        assertThat(TermsFolder.statusAtEndOf(transitions, FROM.minusDays(1))).isEmpty();
    }

    @Test
    void theDecisionNamesTheFirstReasonThatDenies() {
        LocalDate end = FROM.plusYears(2);
        List<Amendment> history = List.of(original(end));
        Optional<AgreementTerms> onLastDay = TermsFolder.termsOn(ROW, history, activeSince(FROM), end);
        Optional<AgreementTerms> dayAfter = TermsFolder.termsOn(ROW, history, activeSince(FROM), end.plusDays(1));

        assertThat(TermsFolder.decide(onLastDay, Optional.of(AgencyStatus.ACTIVE)).reason()).isEqualTo(AccessReason.OK);
        assertThat(TermsFolder.decide(dayAfter, Optional.of(AgencyStatus.ACTIVE)).reason())
                .isEqualTo(AccessReason.EXPIRED);
        assertThat(TermsFolder.decide(dayAfter, Optional.of(AgencyStatus.REVOKED)).reason())
                .isEqualTo(AccessReason.AGENCY_INACTIVE);
        assertThat(TermsFolder.decide(Optional.empty(), Optional.of(AgencyStatus.ACTIVE)).reason())
                .isEqualTo(AccessReason.UNKNOWN_AGREEMENT);
        assertThat(TermsFolder.decide(onLastDay, Optional.empty()).reason()).isEqualTo(AccessReason.AGENCY_INACTIVE);
    }

    /** A change effective after a date never alters the terms on that date, whatever the history. */
    @Property(tries = 200)
    void changesEffectiveLaterNeverAlterEarlierTerms(
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 60) Integer> offsets,
            @ForAll @IntRange(min = 0, max = 60) int queryOffset,
            @ForAll @IntRange(min = 61, max = 90) int lateOffset) {
        List<Amendment> history = new ArrayList<>();
        history.add(original(FROM.plusYears(2)));
        for (int i = 0; i < offsets.size(); i++) {
            history.add(quota(10 + i, FROM.plusDays(offsets.get(i)), 1000 + i));
        }
        LocalDate query = FROM.plusDays(queryOffset);
        TermsFolder.Folded before = TermsFolder.fold(history, query);

        List<Amendment> more = new ArrayList<>(history);
        more.add(quota(99, FROM.plusDays(lateOffset), 7));
        Collections.shuffle(more);

        assertThat(TermsFolder.fold(more, query)).isEqualTo(before);
        int expected = history.stream().skip(1).filter(a -> !a.effectiveFrom().isAfter(query))
                .max((a, b) -> a.effectiveFrom().equals(b.effectiveFrom())
                        ? Long.compare(a.sequence(), b.sequence()) : a.effectiveFrom().compareTo(b.effectiveFrom()))
                .map(Amendment::dailyQuota).orElse(100);
        assertThat(before.dailyQuota()).isEqualTo(expected);
    }
}
