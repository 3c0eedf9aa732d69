package id.gerbang.agreement.internal;

import id.gerbang.agreement.Agencies;
import id.gerbang.agreement.AgencyDetails;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgencyStatus;
import id.gerbang.agreement.AgencyStatusChange;
import id.gerbang.agreement.AgencyView;
import id.gerbang.agreement.ContactPerson;
import id.gerbang.agreement.AgreementError;
import id.gerbang.agreement.PageResult;
import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import id.gerbang.reference.Regions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Agencies} facade. Region codes must follow the Kemendagri format ({@code NN},
 * {@code NN.NN}, {@code NN.NN.NN}, {@code NN.NN.NN.NNNN}) and name a region of the current list.
 */
@Service
@Transactional
class AgencyService implements Agencies {

    static final Pattern REGION_CODE = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");
    private static final int MAX_PAGE_SIZE = 200;

    private final AgencyRepository agencies;
    private final AgreementRepository agreements;
    private final ChangePublisher publisher;
    private final Clock clock;
    private final Regions regions;

    AgencyService(AgencyRepository agencies, AgreementRepository agreements, ChangePublisher publisher, Clock clock,
            Regions regions) {
        this.regions = regions;
        this.agencies = agencies;
        this.agreements = agreements;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AgencyView> find(AgencyId id) {
        return agencies.find(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgencyView> findAll() {
        return agencies.findAll();
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<AgencyView> list(@Nullable AgencyStatus status, int page, int size) {
        int s = Math.clamp(size, 1, MAX_PAGE_SIZE);
        int p = Math.max(page, 0);
        return new PageResult<>(agencies.page(status, p * s, s), p, s, agencies.count(status));
    }

    @Override
    public AgencyView register(AgencyDetails details, String actor) {
        AgencyDetails d = checked(details, null);
        Instant now = clock.instant();
        AgencyId id = agencies.insert(d, now, actor);
        agencies.replaceContacts(id, d.contacts() == null ? List.of() : d.contacts());
        agencies.insertStatusChange(id, new AgencyStatusChange(null, AgencyStatus.ACTIVE, now, actor, null));
        AgencyView view = agencies.find(id).orElseThrow();
        publisher.agency(id, actor, "registered", null, view, null);
        return view;
    }

    @Override
    public AgencyView update(AgencyId id, AgencyDetails details, String actor) {
        AgencyView before = locked(id);
        AgencyDetails d = checked(details, id);
        agencies.update(id, d);
        if (d.contacts() != null) {
            agencies.replaceContacts(id, d.contacts());
        }
        AgencyView after = agencies.find(id).orElseThrow();
        publisher.agency(id, actor, "updated", before, after, null);
        return after;
    }

    @Override
    public AgencyView changeStatus(AgencyId id, AgencyStatus status, String reason, String actor) {
        String why = AgreementValidator.reason(reason);
        AgencyView before = locked(id);
        if (!before.status().canBecome(status)) {
            throw new GerbangException(AgreementError.AGENCY_ILLEGAL_TRANSITION,
                    Map.of("status", "agreement.field.illegalTransition"), before.status().name(), status.name());
        }
        Instant now = clock.instant();
        agencies.updateStatus(id, status, why, now);
        agencies.insertStatusChange(id, new AgencyStatusChange(before.status(), status, now, actor, why));
        AgencyView after = agencies.find(id).orElseThrow();
        publisher.agency(id, actor, "status-changed", before, after, why);
        agreements.idsOfAgency(id).forEach(publisher::agreementAffected);
        return after;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgencyStatusChange> history(AgencyId id) {
        if (agencies.find(id).isEmpty()) {
            throw new GerbangException(AgreementError.AGENCY_NOT_FOUND, id.toString());
        }
        return agencies.statusChanges(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AgencyStatus> statusOn(AgencyId id, LocalDate date) {
        return TermsFolder.agencyStatusAtEndOf(agencies.statusChanges(id), date);
    }

    private AgencyView locked(AgencyId id) {
        if (!agencies.lock(id)) {
            throw new GerbangException(AgreementError.AGENCY_NOT_FOUND, id.toString());
        }
        return agencies.find(id).orElseThrow();
    }

    private AgencyDetails checked(AgencyDetails d, @Nullable AgencyId self) {
        String name = AgreementValidator.required(d.name(), "name", 200);
        String address = AgreementValidator.required(d.address(), "address", 500);
        String region = AgreementValidator.required(d.regionCode(), "regionCode", 13);
        if (!REGION_CODE.matcher(region).matches()) {
            throw new GerbangException(AgreementError.INVALID_REGION_CODE,
                    Map.of("regionCode", "validation.Pattern"), region);
        }
        if (regions.find(region).isEmpty()) {
            throw new GerbangException(AgreementError.UNKNOWN_REGION_CODE,
                    Map.of("regionCode", "validation.Invalid"), region);
        }
        if (d.kind() == null) {
            throw new GerbangException(CommonError.VALIDATION_FAILED, Map.of("kind", "validation.NotNull"));
        }
        if (agencies.nameTakenInRegion(name, region, self)) {
            throw new GerbangException(AgreementError.AGENCY_ALREADY_REGISTERED,
                    Map.of("name", "agreement.field.taken"), name, region);
        }
        return new AgencyDetails(name, d.kind(), address, region, d.contacts() == null ? null : contacts(d.contacts()));
    }

    /** Telephone numbers as people write them: digits with spaces, +, -, parentheses; 6 to 20 digits. */
    static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{6,30}");

    private static List<ContactPerson> contacts(List<ContactPerson> contacts) {
        if (contacts.size() > ContactPerson.MAX_PER_AGENCY) {
            throw new GerbangException(CommonError.VALIDATION_FAILED, Map.of("contacts", "agreement.field.tooMany"),
                    ContactPerson.MAX_PER_AGENCY);
        }
        List<ContactPerson> checked = new java.util.ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            ContactPerson c = contacts.get(i);
            String prefix = "contacts[" + i + "].";
            String phone = AgreementValidator.required(c.phone(), prefix + "phone", 30);
            long digits = phone.chars().filter(Character::isDigit).count();
            if (!PHONE.matcher(phone).matches() || digits < 6 || digits > 20) {
                throw new GerbangException(CommonError.VALIDATION_FAILED, Map.of(prefix + "phone", "validation.Pattern"));
            }
            checked.add(new ContactPerson(AgreementValidator.required(c.name(), prefix + "name", 200),
                    AgreementValidator.required(c.position(), prefix + "position", 200), phone));
        }
        return checked;
    }
}
