package id.gerbang.agreement.internal;

import id.gerbang.agreement.AccessDecision;
import id.gerbang.agreement.Addendum;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgencyStatus;
import id.gerbang.agreement.AgencyView;
import id.gerbang.agreement.AgreementDraft;
import id.gerbang.agreement.AgreementError;
import id.gerbang.agreement.AgreementHistory;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.AgreementStatus;
import id.gerbang.agreement.AgreementStatusChange;
import id.gerbang.agreement.AgreementTerms;
import id.gerbang.agreement.AgreementView;
import id.gerbang.agreement.Agreements;
import id.gerbang.agreement.Amendment;
import id.gerbang.agreement.AmendmentKind;
import id.gerbang.agreement.Element;
import id.gerbang.agreement.ElementGrant;
import id.gerbang.agreement.PageResult;
import id.gerbang.agreement.internal.AgreementReader.Loaded;
import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Agreements} facade. Every command locks the agreement's row, first records an expiry
 * that is due (so that commands see the same status as access checks), then applies the change.
 */
@Service
@Transactional
class AgreementService implements Agreements {

    private static final int MAX_PAGE_SIZE = 200;

    private final AgreementRepository agreements;
    private final AgencyRepository agencies;
    private final AgreementReader reader;
    private final AgreementValidator validator;
    private final StatusRecorder status;
    private final ChangePublisher publisher;
    private final AgreementProperties properties;
    private final Clock clock;
    private final CodeRegistry codes;

    AgreementService(AgreementRepository agreements, AgencyRepository agencies, AgreementReader reader,
            AgreementValidator validator, StatusRecorder status, ChangePublisher publisher,
            AgreementProperties properties, Clock clock, CodeRegistry codes) {
        this.agreements = agreements;
        this.agencies = agencies;
        this.reader = reader;
        this.validator = validator;
        this.status = status;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
        this.codes = codes;
    }

    // ---- queries -----------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public Optional<AgreementView> find(AgreementId id) {
        return reader.find(id);
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<AgreementView> list(@Nullable AgreementStatus status, @Nullable AgencyId agency, int page,
            int size) {
        int s = Math.clamp(size, 1, MAX_PAGE_SIZE);
        int p = Math.max(page, 0);
        List<AgreementView> items = agreements.page(status, agency, p * s, s).stream()
                .map(r -> reader.view(r.id())).toList();
        return new PageResult<>(items, p, s, agreements.count(status, agency));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgreementView> forAgency(AgencyId agency) {
        return reader.forAgency(agency);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<AgencyId, List<AgreementView>> byAgency() {
        return reader.byAgency();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AgreementView> findByAgencyCode(String agencyCode) {
        return codes.byAgencyCode(agencyCode, reader.today()).map(reader::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AgreementView> findByRegionalPath(String regionCode, String userPath) {
        return codes.byRegionalPath(regionCode, userPath, reader.today()).map(reader::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AgreementTerms> termsOn(AgreementId id, LocalDate date) {
        return reader.termsOn(id, date);
    }

    @Override
    @Transactional(readOnly = true)
    public AccessDecision grantsAccessOn(AgreementId id, LocalDate date) {
        return reader.decide(id, date);
    }

    @Override
    @Transactional(readOnly = true)
    public AccessDecision grantsAccessNow(AgreementId id) {
        return reader.decide(id, reader.today());
    }

    @Override
    @Transactional(readOnly = true)
    public AgreementHistory history(AgreementId id) {
        return reader.history(id);
    }

    // ---- commands ----------------------------------------------------------------------------

    @Override
    public AgreementView create(AgreementDraft draft, String actor) {
        Checked checked = check(draft, null);
        AgreementId id;
        try {
            id = agreements.insert(checked.header(), clock.instant(), actor);
        } catch (DuplicateKeyException e) {
            // a concurrent creation with the same number won the race (the unique constraint decides)
            throw new GerbangException(AgreementError.AGREEMENT_NUMBER_IN_USE,
                    Map.of("registryNumber", "agreement.field.taken"), checked.header().registryNumber());
        }
        agreements.insertAmendment(id, checked.original(clock, actor));
        agreements.insertStatusChange(id,
                new AgreementStatusChange(null, AgreementStatus.DRAFT, clock.instant(), actor, null, null));
        AgreementView view = reader.view(id);
        publisher.agreement(id, actor, "created", null, view, null);
        return view;
    }

    @Override
    public AgreementView updateDraft(AgreementId id, AgreementDraft draft, String actor) {
        Loaded l = lock(id);
        requireDraft(l);
        AgreementView before = reader.view(l);
        Checked checked = check(draft, id);
        try {
            agreements.updateHeader(id, checked.header());
        } catch (DuplicateKeyException e) {
            throw new GerbangException(AgreementError.AGREEMENT_NUMBER_IN_USE,
                    Map.of("registryNumber", "agreement.field.taken"), checked.header().registryNumber());
        }
        agreements.replaceOriginal(id, checked.original(clock, actor));
        AgreementView after = reader.view(id);
        publisher.agreement(id, actor, "draft-updated", before, after, null);
        return after;
    }

    @Override
    public AgreementView activate(AgreementId id, @Nullable String reason, String actor) {
        Loaded l = lock(id);
        requireStatus(l, AgreementStatus.ACTIVE, AgreementStatus.DRAFT);
        if (l.row().approvalLetter() == null) {
            throw new GerbangException(AgreementError.APPROVAL_LETTER_REQUIRED);
        }
        LocalDate end = l.latest().validUntil();
        if (end.isBefore(reader.today())) {
            throw new GerbangException(AgreementError.AGREEMENT_ALREADY_ENDED, end.toString());
        }
        requireAgencyNotRevoked(l.row().agencyId());
        String why = reason == null || reason.isBlank() ? null : AgreementValidator.reason(reason);
        return reader.view(status.transition(l, AgreementStatus.ACTIVE, actor, why, null));
    }

    @Override
    public AgreementView suspend(AgreementId id, String reason, String actor) {
        String why = AgreementValidator.reason(reason);
        Loaded l = lock(id);
        requireStatus(l, AgreementStatus.SUSPENDED, AgreementStatus.ACTIVE);
        return reader.view(status.transition(l, AgreementStatus.SUSPENDED, actor, why, null));
    }

    @Override
    public AgreementView resume(AgreementId id, String reason, String actor) {
        String why = AgreementValidator.reason(reason);
        Loaded l = lock(id);
        requireStatus(l, AgreementStatus.ACTIVE, AgreementStatus.SUSPENDED);
        return reader.view(status.transition(l, AgreementStatus.ACTIVE, actor, why, null));
    }

    @Override
    public AgreementView terminate(AgreementId id, String reason, String actor) {
        String why = AgreementValidator.reason(reason);
        Loaded l = lock(id);
        requireStatus(l, AgreementStatus.TERMINATED, AgreementStatus.DRAFT, AgreementStatus.ACTIVE,
                AgreementStatus.SUSPENDED, AgreementStatus.EXPIRED);
        return reader.view(status.transition(l, AgreementStatus.TERMINATED, actor, why, null));
    }

    @Override
    public AgreementView recordAddendum(AgreementId id, Addendum addendum, String actor) {
        Loaded l = lock(id);
        return reader.view(addendum(l, addendum, actor));
    }

    private Loaded addendum(Loaded l, Addendum a, String actor) {
        AgreementId id = l.row().id();
        requireAmendable(l, AgreementError.ADDENDUM_NOT_ALLOWED);
        String number = AgreementValidator.required(a.number(), "number", 100);
        if (agreements.referenceTaken(id, AmendmentKind.ADDENDUM, number)) {
            throw new GerbangException(AgreementError.ADDENDUM_NUMBER_IN_USE, Map.of("number", "agreement.field.taken"),
                    number);
        }
        LocalDate today = reader.today();
        validator.effectiveFrom(a.effectiveFrom(), today);
        if (!a.changesSomething()) {
            throw new GerbangException(AgreementError.ADDENDUM_EMPTY);
        }
        String note = a.note() == null || a.note().isBlank() ? null
                : AgreementValidator.required(a.note(), "note", 1000);
        TermsFolder.Folded before = l.folded(a.effectiveFrom());
        if (a.validUntil() != null) {
            if (a.validUntil().isBefore(a.effectiveFrom()) || a.validUntil().isBefore(l.row().validFrom())) {
                throw new GerbangException(AgreementError.INVALID_VALIDITY,
                        Map.of("validUntil", "agreement.field.notBeforeEffective"));
            }
        }
        ElementGrant elements = null;
        if (a.elements() != null) {
            elements = carryReasons(a.elements(), before.elements());
            validator.elements(elements);
        }
        if (a.channels() != null) {
            validator.channels(a.channels());
        }
        if (a.dailyQuota() != null) {
            validator.quota(a.dailyQuota());
        }
        if (a.compatibility() != null) {
            validator.compatibility(a.compatibility());
            codes.requireFree(a.compatibility(), id);
        }
        Optional<AgreementTerms> termsBefore = l.termsOn(a.effectiveFrom());
        agreements.insertAmendment(id, new Amendment(0, AmendmentKind.ADDENDUM, number, a.signedOn(),
                a.effectiveFrom(), clock.instant(), actor, note, a.validUntil(), elements, a.channels(), a.feedback(),
                a.dailyQuota(), a.compatibility(), a.service()));
        agreements.touch(id);
        Loaded after = reader.load(id);
        publisher.agreement(id, actor, "addendum-recorded", termsBefore.orElse(null),
                after.termsOn(a.effectiveFrom()).orElse(null), note);
        return reinstateIfExtended(after, actor, number);
    }

    /** An extension of an expired agreement puts it back in the status it had before it expired. */
    private Loaded reinstateIfExtended(Loaded l, String actor, String reference) {
        if (l.row().status() != AgreementStatus.EXPIRED || l.latest().validUntil().isBefore(reader.today())) {
            return l;
        }
        AgreementStatus previous = l.statusChanges().stream()
                .filter(c -> c.to() == AgreementStatus.EXPIRED)
                .reduce((first, second) -> second)
                .map(AgreementStatusChange::from)
                .filter(s -> s == AgreementStatus.SUSPENDED)
                .orElse(AgreementStatus.ACTIVE);
        return status.transition(l, previous, actor, "extended by addendum " + reference, reference);
    }

    /** Protected elements already granted keep their reason unless the addendum gives a new one. */
    private static ElementGrant carryReasons(ElementGrant next, ElementGrant previous) {
        Map<Element, String> reasons = new EnumMap<>(Element.class);
        previous.reasons().forEach(reasons::put);
        reasons.putAll(next.reasons());
        return new ElementGrant(next.elements(), reasons);
    }

    @Override
    public AgreementView grantElements(AgreementId id, Set<Element> elements, String reason,
            @Nullable String reference, @Nullable LocalDate effectiveFrom, String actor) {
        String why = AgreementValidator.reason(reason);
        if (elements.isEmpty()) {
            throw new GerbangException(AgreementError.NO_ELEMENT_GRANTED, Map.of("elements", "validation.NotEmpty"));
        }
        Loaded l = lock(id);
        LocalDate effective = effectiveFrom == null ? reader.today() : effectiveFrom;
        ElementGrant current = l.row().status() == AgreementStatus.DRAFT
                ? l.folded(LocalDate.MIN).elements() : l.folded(effective).elements();
        Set<Element> all = EnumSet.noneOf(Element.class);
        all.addAll(current.elements());
        all.addAll(elements);
        Map<Element, String> reasons = new EnumMap<>(Element.class);
        reasons.putAll(current.reasons());
        elements.forEach(e -> reasons.put(e, why));
        ElementGrant grant = new ElementGrant(all, reasons);
        if (l.row().status() == AgreementStatus.DRAFT) {
            AgreementView before = reader.view(l);
            Amendment original = original(l);
            validator.elements(grant);
            agreements.replaceOriginal(id, withOriginal(original, grant, null, actor));
            agreements.touch(id);
            AgreementView after = reader.view(id);
            publisher.agreement(id, actor, "elements-granted", before, after, why);
            return after;
        }
        String number = AgreementValidator.required(reference, "reference", 100);
        return reader.view(addendum(l, new Addendum(number, reader.today(), effective,
                "grant of " + elements.stream().sorted().map(Element::name).toList() + ": " + why,
                null, grant, null, null, null, null), actor));
    }

    @Override
    public void changeDailyQuota(AgreementId id, int newQuota, LocalDate effectiveFrom, String reference,
            String actor) {
        validator.quota(newQuota);
        String ref = AgreementValidator.required(reference, "reference", 100);
        Loaded l = lock(id);
        if (l.row().status() == AgreementStatus.DRAFT) {
            AgreementView before = reader.view(l);
            agreements.replaceOriginal(id, withOriginal(original(l), null, newQuota, actor));
            agreements.touch(id);
            publisher.agreement(id, actor, "quota-changed", before, reader.view(id), ref);
            return;
        }
        requireAmendable(l, AgreementError.AGREEMENT_CLOSED);
        validator.effectiveFrom(effectiveFrom, reader.today());
        Optional<AgreementTerms> before = l.termsOn(effectiveFrom);
        agreements.insertAmendment(id, new Amendment(0, AmendmentKind.QUOTA_CHANGE, ref, null, effectiveFrom,
                clock.instant(), actor, null, null, null, null, null, newQuota, null, null));
        agreements.touch(id);
        publisher.agreement(id, actor, "quota-changed", before.orElse(null),
                reader.load(id).termsOn(effectiveFrom).orElse(null), ref);
    }

    // ---- helpers -----------------------------------------------------------------------------

    private Loaded lock(AgreementId id) {
        if (!agreements.lock(id)) {
            throw new GerbangException(AgreementError.AGREEMENT_NOT_FOUND, id.toString());
        }
        return status.expireIfDue(reader.load(id), reader.today());
    }

    private static void requireDraft(Loaded l) {
        if (l.row().status() != AgreementStatus.DRAFT) {
            throw new GerbangException(AgreementError.AGREEMENT_NOT_A_DRAFT, l.row().status().name());
        }
    }

    private static void requireStatus(Loaded l, AgreementStatus target, AgreementStatus... allowedFrom) {
        AgreementStatus current = l.row().status();
        if (!List.of(allowedFrom).contains(current)) {
            throw new GerbangException(AgreementError.AGREEMENT_ILLEGAL_TRANSITION,
                    Map.of("status", "agreement.field.illegalTransition"), current.name(), target.name());
        }
    }

    private static void requireAmendable(Loaded l, AgreementError ifDraft) {
        switch (l.row().status()) {
            case DRAFT -> throw new GerbangException(ifDraft, l.row().status().name());
            case TERMINATED -> throw new GerbangException(AgreementError.AGREEMENT_CLOSED);
            default -> { }
        }
    }

    private void requireAgencyNotRevoked(AgencyId agencyId) {
        AgencyView agency = agencies.find(agencyId)
                .orElseThrow(() -> new GerbangException(AgreementError.AGENCY_NOT_FOUND,
                        Map.of("agencyId", "agreement.field.unknown"), agencyId.toString()));
        if (agency.status() == AgencyStatus.REVOKED) {
            throw new GerbangException(AgreementError.AGENCY_REVOKED, agency.name());
        }
    }

    private static Amendment original(Loaded l) {
        return l.amendments().stream().filter(a -> a.kind() == AmendmentKind.ORIGINAL)
                .min(Comparator.comparingLong(Amendment::sequence)).orElseThrow();
    }

    private Amendment withOriginal(Amendment o, @Nullable ElementGrant elements, @Nullable Integer quota,
            String actor) {
        return new Amendment(o.sequence(), o.kind(), o.reference(), o.signedOn(), o.effectiveFrom(), clock.instant(),
                actor, o.note(), o.validUntil(), elements != null ? elements : o.elements(), o.channels(),
                o.feedback(), quota != null ? quota : o.dailyQuota(), o.compatibility(), o.service());
    }

    /** Validates a draft and resolves its defaults. */
    private Checked check(AgreementDraft d, @Nullable AgreementId self) {
        requireAgencyNotRevoked(d.agencyId());
        String registryNumber = AgreementValidator.required(d.registryNumber(), "registryNumber", 100);
        String agencyNumber = AgreementValidator.required(d.agencyNumber(), "agencyNumber", 100);
        String place = AgreementValidator.required(d.signedPlace(), "signedPlace", 100);
        String purpose = AgreementValidator.required(d.purpose(), "purpose", 2000);
        if (d.approvalLetter() != null) {
            AgreementValidator.required(d.approvalLetter().number(), "approvalLetter.number", 100);
        }
        if (agreements.registryNumberTaken(registryNumber, self)) {
            throw new GerbangException(AgreementError.AGREEMENT_NUMBER_IN_USE,
                    Map.of("registryNumber", "agreement.field.taken"), registryNumber);
        }
        LocalDate validFrom = d.validFrom() != null ? d.validFrom() : d.signedOn();
        LocalDate validUntil = d.validUntil() != null ? d.validUntil() : d.signedOn().plus(properties.defaultTerm());
        validator.validity(d.signedOn(), validFrom, validUntil);
        validator.elements(d.elements());
        validator.channels(d.channels());
        validator.quota(d.dailyQuota());
        validator.compatibility(d.compatibility());
        codes.requireFree(d.compatibility(), self);
        AgreementHeader header = new AgreementHeader(d.agencyId(), registryNumber, agencyNumber, d.signedOn(), place,
                validFrom, d.approvalLetter(), purpose, d.purposeCategory());
        return new Checked(header, validUntil, d);
    }

    private record Checked(AgreementHeader header, LocalDate validUntil, AgreementDraft draft) {

        Amendment original(Clock clock, String actor) {
            return new Amendment(0, AmendmentKind.ORIGINAL, null, header.signedOn(), header.validFrom(),
                    clock.instant(), actor, null, validUntil, draft.elements(), draft.channels(), draft.feedback(),
                    draft.dailyQuota(), draft.compatibility(), draft.service());
        }
    }
}
