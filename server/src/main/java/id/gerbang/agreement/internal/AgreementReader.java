package id.gerbang.agreement.internal;

import id.gerbang.agreement.AccessDecision;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgencyStatus;
import id.gerbang.agreement.AgencyView;
import id.gerbang.agreement.AgreementError;
import id.gerbang.agreement.AgreementHistory;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.AgreementTerms;
import id.gerbang.agreement.AgreementView;
import id.gerbang.agreement.Amendment;
import id.gerbang.agreement.AgreementStatusChange;
import id.gerbang.common.GerbangException;
import id.gerbang.common.JakartaTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Loads agreements and reconstructs their terms; read-only. */
@Component
class AgreementReader {

    private final AgreementRepository agreements;
    private final AgencyRepository agencies;
    private final Clock clock;

    AgreementReader(AgreementRepository agreements, AgencyRepository agencies, Clock clock) {
        this.agreements = agreements;
        this.agencies = agencies;
        this.clock = clock;
    }

    LocalDate today() {
        return JakartaTime.today(clock);
    }

    AgreementRow row(AgreementId id) {
        return agreements.find(id).orElseThrow(() -> new GerbangException(AgreementError.AGREEMENT_NOT_FOUND, id.toString()));
    }

    Loaded load(AgreementId id) {
        AgreementRow row = row(id);
        return new Loaded(row, agreements.amendments(id), agreements.statusChanges(id));
    }

    Optional<Loaded> tryLoad(AgreementId id) {
        return agreements.find(id).map(row -> new Loaded(row, agreements.amendments(id), agreements.statusChanges(id)));
    }

    Optional<AgreementTerms> termsOn(AgreementId id, LocalDate date) {
        return tryLoad(id).flatMap(l -> l.termsOn(date));
    }

    AccessDecision decide(AgreementId id, LocalDate date) {
        Optional<Loaded> loaded = tryLoad(id);
        if (loaded.isEmpty()) {
            return TermsFolder.decide(Optional.empty(), Optional.empty());
        }
        Optional<AgencyStatus> agency = TermsFolder.agencyStatusAtEndOf(
                agencies.statusChanges(loaded.get().row().agencyId()), date);
        return TermsFolder.decide(loaded.get().termsOn(date), agency);
    }

    Optional<AgreementView> find(AgreementId id) {
        return tryLoad(id).map(this::view);
    }

    AgreementView view(AgreementId id) {
        return view(load(id));
    }

    AgreementView view(Loaded l) {
        return view(l, agencies.find(l.row().agencyId()).map(AgencyView::name).orElse("?"));
    }

    private AgreementView view(Loaded l, String agencyName) {
        AgreementRow r = l.row();
        AgreementTerms today = l.termsOn(today())
                .orElseGet(() -> l.termsOn(JakartaTime.dateOf(l.statusChanges().getLast().at())).orElseThrow());
        return new AgreementView(r.id(), r.agencyId(), agencyName, r.registryNumber(), r.agencyNumber(),
                r.signedOn(), r.signedPlace(), r.validFrom(), r.approvalLetter(), r.purpose(), r.purposeCategory(),
                r.status(), r.createdAt(), r.createdBy(), r.version(), today);
    }

    AgreementHistory history(AgreementId id) {
        Loaded l = load(id);
        return new AgreementHistory(id, l.statusChanges(), l.amendments());
    }

    List<AgreementView> forAgency(AgencyId agency) {
        return agreements.idsOfAgency(agency).stream().map(this::view).toList();
    }

    /**
     * Every agreement by agency, each list newest first, in seven queries whatever their number (the
     * agencies with their contact persons included).
     */
    Map<AgencyId, List<AgreementView>> byAgency() {
        // the rows first: a row is created with its terms and first status in one transaction, so
        // every row read here has them in the reads that follow (each statement sees a newer snapshot)
        List<AgreementRow> rows = agreements.all();
        Map<Long, List<Amendment>> amendments = agreements.allAmendments();
        Map<Long, List<AgreementStatusChange>> changes = agreements.allStatusChanges();
        Map<AgencyId, String> names = new HashMap<>();
        agencies.findAll().forEach(a -> names.put(a.id(), a.name()));
        Map<AgencyId, List<AgreementView>> result = new LinkedHashMap<>();
        for (AgreementRow row : rows) {
            result.computeIfAbsent(row.agencyId(), k -> new ArrayList<>()).add(view(new Loaded(row,
                    amendments.getOrDefault(row.id().value(), List.of()), changes.getOrDefault(row.id().value(), List.of())),
                    names.getOrDefault(row.agencyId(), "?")));
        }
        return result;
    }

    /** An agreement with its whole history. */
    record Loaded(AgreementRow row, List<Amendment> amendments, List<AgreementStatusChange> statusChanges) {

        Optional<AgreementTerms> termsOn(LocalDate date) {
            return TermsFolder.termsOn(row, amendments, statusChanges, date);
        }

        TermsFolder.Folded latest() {
            return TermsFolder.latest(amendments);
        }

        TermsFolder.Folded folded(LocalDate date) {
            return TermsFolder.fold(amendments, date);
        }
    }
}
