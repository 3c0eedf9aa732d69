package id.gerbang.agreement.internal;

import id.gerbang.common.Jdbc;
import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.agreement.AgreementStatus;
import id.gerbang.agreement.AgreementStatusChange;
import id.gerbang.agreement.Amendment;
import id.gerbang.agreement.AmendmentKind;
import id.gerbang.agreement.ApprovalLetter;
import id.gerbang.agreement.Channel;
import id.gerbang.agreement.ServiceTerms;
import id.gerbang.agreement.CompatibilitySettings;
import id.gerbang.agreement.CompatibilitySettings.AliasMethod;
import id.gerbang.agreement.Element;
import id.gerbang.agreement.ElementGrant;
import id.gerbang.agreement.FeedbackKind;
import id.gerbang.agreement.FeedbackMethod;
import id.gerbang.agreement.FeedbackObligations;
import id.gerbang.agreement.PurposeCategory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AgreementRepository {

    private static final String COLUMNS = "id, agency_id, registry_number, agency_number, signed_on, signed_place, "
            + "valid_from, approval_number, approval_date, purpose, purpose_category, status, created_at, created_by, "
            + "version";

    private final JdbcClient jdbc;

    AgreementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- the agreement row ------------------------------------------------------------------

    AgreementId insert(AgreementHeader header, Instant at, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into agreement (agency_id, registry_number, agency_number, signed_on, signed_place, valid_from,
                                       approval_number, approval_date, purpose, purpose_category, status,
                                       created_at, created_by, version)
                values (:agency, :registryNumber, :agencyNumber, :signedOn, :signedPlace, :validFrom,
                        :approvalNumber, :approvalDate, :purpose, :category, 'DRAFT', :at, :actor, 0)""")
                .params(headerParams(header)).param("at", Jdbc.ts(at)).param("actor", actor)
                .update(keys, "id");
        return new AgreementId(keys.getKeyAs(Number.class).longValue());
    }

    void updateHeader(AgreementId id, AgreementHeader header) {
        jdbc.sql("""
                update agreement set agency_id = :agency, registry_number = :registryNumber,
                       agency_number = :agencyNumber, signed_on = :signedOn, signed_place = :signedPlace,
                       valid_from = :validFrom, approval_number = :approvalNumber, approval_date = :approvalDate,
                       purpose = :purpose, purpose_category = :category, version = version + 1
                where id = :id""")
                .params(headerParams(header)).param("id", id.value()).update();
    }

    private static Map<String, @Nullable Object> headerParams(AgreementHeader h) {
        Map<String, @Nullable Object> p = new HashMap<>();
        p.put("agency", h.agencyId().value());
        p.put("registryNumber", h.registryNumber());
        p.put("agencyNumber", h.agencyNumber());
        p.put("signedOn", h.signedOn());
        p.put("signedPlace", h.signedPlace());
        p.put("validFrom", h.validFrom());
        p.put("approvalNumber", h.approvalLetter() == null ? null : h.approvalLetter().number());
        p.put("approvalDate", h.approvalLetter() == null ? null : h.approvalLetter().date());
        p.put("purpose", h.purpose());
        p.put("category", h.purposeCategory().name());
        return p;
    }

    /** Every agreement's row, newest first. */
    List<AgreementRow> all() {
        return jdbc.sql("select " + COLUMNS + " from agreement order by id desc").query(AgreementRepository::map).list();
    }

    Optional<AgreementRow> find(AgreementId id) {
        return jdbc.sql("select " + COLUMNS + " from agreement where id = ?").param(id.value())
                .query(AgreementRepository::map).optional();
    }

    /** Locks the agreement's row for the rest of the transaction; false if it does not exist. */
    boolean lock(AgreementId id) {
        return jdbc.sql("select id from agreement where id = ? for update").param(id.value())
                .query(Long.class).optional().isPresent();
    }

    void updateStatus(AgreementId id, AgreementStatus status) {
        jdbc.sql("update agreement set status = :status, version = version + 1 where id = :id")
                .param("status", status.name()).param("id", id.value()).update();
    }

    void touch(AgreementId id) {
        jdbc.sql("update agreement set version = version + 1 where id = ?").param(id.value()).update();
    }

    boolean registryNumberTaken(String number, @Nullable AgreementId except) {
        return jdbc.sql("select count(*) from agreement where upper(registry_number) = :number and id <> :except")
                .param("number", number.strip().toUpperCase(Locale.ROOT))
                .param("except", except == null ? -1L : except.value())
                .query(Long.class).single() > 0;
    }

    List<AgreementRow> page(@Nullable AgreementStatus status, @Nullable AgencyId agency, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from agreement where (:status is null or status = :status) "
                        + "and (:agency is null or agency_id = :agency) order by id desc limit :limit offset :offset")
                .param("status", status == null ? null : status.name(), Types.VARCHAR)
                .param("agency", agency == null ? null : agency.value(), Types.BIGINT)
                .param("limit", limit).param("offset", offset)
                .query(AgreementRepository::map).list();
    }

    long count(@Nullable AgreementStatus status, @Nullable AgencyId agency) {
        return jdbc.sql("select count(*) from agreement where (:status is null or status = :status) "
                        + "and (:agency is null or agency_id = :agency)")
                .param("status", status == null ? null : status.name(), Types.VARCHAR)
                .param("agency", agency == null ? null : agency.value(), Types.BIGINT)
                .query(Long.class).single();
    }

    List<AgreementId> idsWithStatus(Collection<AgreementStatus> statuses) {
        return jdbc.sql("select id from agreement where status in (:statuses) order by id")
                .param("statuses", statuses.stream().map(Enum::name).toList())
                .query((rs, n) -> new AgreementId(rs.getLong(1))).list();
    }

    List<AgreementId> idsOfAgency(AgencyId agency) {
        return jdbc.sql("select id from agreement where agency_id = ? order by id desc").param(agency.value())
                .query((rs, n) -> new AgreementId(rs.getLong(1))).list();
    }

    /** Agreements any of whose terms versions ever used this agency code (case-insensitive). */
    List<AgreementId> idsEverUsingAgencyCode(String code) {
        return jdbc.sql("select distinct agreement_id from agreement_amendment where upper(agency_code) = ? "
                        + "order by agreement_id desc")
                .param(code.strip().toUpperCase(Locale.ROOT))
                .query((rs, n) -> new AgreementId(rs.getLong(1))).list();
    }

    List<AgreementId> idsEverUsingRegionalPath(String regionCode, String userPath) {
        return jdbc.sql("select distinct agreement_id from agreement_amendment where region_code = ? "
                        + "and upper(user_path) = ? order by agreement_id desc")
                .param(regionCode.strip()).param(userPath.strip().toUpperCase(Locale.ROOT))
                .query((rs, n) -> new AgreementId(rs.getLong(1))).list();
    }

    private static AgreementRow map(ResultSet rs, int row) throws SQLException {
        String approvalNumber = rs.getString("approval_number");
        LocalDate approvalDate = Jdbc.date(rs, "approval_date");
        return new AgreementRow(new AgreementId(rs.getLong("id")), new AgencyId(rs.getLong("agency_id")),
                rs.getString("registry_number"), rs.getString("agency_number"), Jdbc.requiredDate(rs, "signed_on"),
                rs.getString("signed_place"), Jdbc.requiredDate(rs, "valid_from"),
                approvalNumber == null || approvalDate == null ? null : new ApprovalLetter(approvalNumber, approvalDate),
                rs.getString("purpose"), PurposeCategory.valueOf(rs.getString("purpose_category")),
                AgreementStatus.valueOf(rs.getString("status")), Jdbc.requiredInstant(rs, "created_at"),
                rs.getString("created_by"), rs.getLong("version"));
    }

    // ---- status history ---------------------------------------------------------------------

    void insertStatusChange(AgreementId id, AgreementStatusChange change) {
        jdbc.sql("""
                insert into agreement_status_change (agreement_id, from_status, to_status, changed_at, actor, reason,
                                                     reference)
                values (:agreement, :from, :to, :at, :actor, :reason, :reference)""")
                .param("agreement", id.value())
                .param("from", change.from() == null ? null : change.from().name(), Types.VARCHAR)
                .param("to", change.to().name()).param("at", Jdbc.ts(change.at()))
                .param("actor", change.actor())
                .param("reason", change.reason(), Types.VARCHAR)
                .param("reference", change.reference(), Types.VARCHAR)
                .update();
    }

    List<AgreementStatusChange> statusChanges(AgreementId id) {
        return statusChangesOf(id).getOrDefault(id.value(), List.of());
    }

    /** The status changes of every agreement, by agreement id, each list in order. */
    Map<Long, List<AgreementStatusChange>> allStatusChanges() {
        return statusChangesOf(null);
    }

    private Map<Long, List<AgreementStatusChange>> statusChangesOf(@Nullable AgreementId id) {
        Map<Long, List<AgreementStatusChange>> result = new HashMap<>();
        jdbc.sql("select agreement_id, from_status, to_status, changed_at, actor, reason, reference "
                        + "from agreement_status_change" + (id == null ? "" : " where agreement_id = ?")
                        + " order by agreement_id, changed_at, id")
                .params(id == null ? List.of() : List.of(id.value()))
                .query((rs, n) -> result.computeIfAbsent(rs.getLong("agreement_id"), k -> new ArrayList<>())
                        .add(new AgreementStatusChange(
                                rs.getString("from_status") == null ? null
                                        : AgreementStatus.valueOf(rs.getString("from_status")),
                                AgreementStatus.valueOf(rs.getString("to_status")),
                                Jdbc.requiredInstant(rs, "changed_at"), rs.getString("actor"), rs.getString("reason"),
                                rs.getString("reference"))))
                .list();
        return result;
    }

    // ---- terms history ----------------------------------------------------------------------

    long insertAmendment(AgreementId id, Amendment a) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into agreement_amendment (agreement_id, kind, reference, signed_on, effective_from, recorded_at,
                    recorded_by, note, valid_until, elements, channels, feedback_changed, feedback_kinds,
                    feedback_methods, daily_quota, compat_changed, agency_code, region_code, user_path,
                    numbers_as_strings, field_profile, operations, local_user_required)
                values (:agreement, :kind, :reference, :signedOn, :effectiveFrom, :recordedAt, :recordedBy, :note,
                    :validUntil, :elements, :channels, :feedbackChanged, :feedbackKinds, :feedbackMethods, :quota,
                    :compatChanged, :agencyCode, :regionCode, :userPath, :numbersAsStrings, :fieldProfile,
                    :operations, :localUserRequired)""")
                .params(amendmentParams(a)).param("agreement", id.value())
                .update(keys, "id");
        long amendmentId = keys.getKeyAs(Number.class).longValue();
        insertParts(amendmentId, a);
        return amendmentId;
    }

    /** Rewrites a draft's original terms in place (drafts have no history to keep). */
    void replaceOriginal(AgreementId id, Amendment a) {
        long amendmentId = jdbc.sql("select id from agreement_amendment where agreement_id = ? and kind = 'ORIGINAL'")
                .param(id.value()).query(Long.class).single();
        jdbc.sql("delete from agreement_element_reason where amendment_id = ?").param(amendmentId).update();
        jdbc.sql("delete from agreement_alias where amendment_id = ?").param(amendmentId).update();
        jdbc.sql("""
                update agreement_amendment set signed_on = :signedOn, effective_from = :effectiveFrom,
                    recorded_at = :recordedAt, recorded_by = :recordedBy, note = :note, valid_until = :validUntil,
                    elements = :elements, channels = :channels, feedback_changed = :feedbackChanged,
                    feedback_kinds = :feedbackKinds, feedback_methods = :feedbackMethods, daily_quota = :quota,
                    compat_changed = :compatChanged, agency_code = :agencyCode, region_code = :regionCode,
                    user_path = :userPath, numbers_as_strings = :numbersAsStrings, field_profile = :fieldProfile,
                    operations = :operations, local_user_required = :localUserRequired
                where id = :id""")
                .params(amendmentParams(a)).param("id", amendmentId).update();
        insertParts(amendmentId, a);
    }

    private void insertParts(long amendmentId, Amendment a) {
        if (a.elements() != null) {
            a.elements().reasons().forEach((element, reason) -> jdbc.sql(
                    "insert into agreement_element_reason (amendment_id, element, reason) values (?, ?, ?)")
                    .params(amendmentId, element.name(), reason).update());
        }
        if (a.compatibility() != null) {
            a.compatibility().aliases().forEach((alias, method) -> jdbc.sql(
                    "insert into agreement_alias (amendment_id, alias, operation, profile) values (?, ?, ?, ?)")
                    .param(1, amendmentId).param(2, alias).param(3, method.operation().name())
                    .param(4, method.profile(), Types.VARCHAR).update());
        }
    }

    private static Map<String, @Nullable Object> amendmentParams(Amendment a) {
        Map<String, @Nullable Object> p = new HashMap<>();
        p.put("kind", a.kind().name());
        p.put("reference", a.reference());
        p.put("signedOn", a.signedOn());
        p.put("effectiveFrom", a.effectiveFrom());
        p.put("recordedAt", Jdbc.ts(a.recordedAt()));
        p.put("recordedBy", a.recordedBy());
        p.put("note", a.note());
        p.put("validUntil", a.validUntil());
        p.put("elements", a.elements() == null ? null : EnumCsv.write(a.elements().elements()));
        p.put("channels", EnumCsv.write(a.channels()));
        p.put("feedbackChanged", a.feedback() != null);
        p.put("feedbackKinds", a.feedback() == null ? null : EnumCsv.write(a.feedback().kinds()));
        p.put("feedbackMethods", a.feedback() == null ? null : EnumCsv.write(a.feedback().methods()));
        p.put("quota", a.dailyQuota());
        CompatibilitySettings c = a.compatibility();
        p.put("compatChanged", c != null);
        p.put("agencyCode", c == null ? null : c.agencyCode());
        p.put("regionCode", c == null ? null : c.regionCode());
        p.put("userPath", c == null ? null : c.userPath());
        p.put("numbersAsStrings", c == null ? null : c.numbersAsStrings());
        p.put("fieldProfile", c == null ? null : c.fieldProfile());
        ServiceTerms s = a.service();
        p.put("operations", s == null ? null : EnumCsv.write(s.operations()));
        p.put("localUserRequired", s == null ? null : s.localUserRequired());
        return p;
    }

    /** Every terms version of the agreement, in the order they apply: effective date, then recording. */
    List<Amendment> amendments(AgreementId id) {
        return amendmentsOf(id).getOrDefault(id.value(), List.of());
    }

    /** Every agreement's terms versions, by agreement id, each list in the order they apply. */
    Map<Long, List<Amendment>> allAmendments() {
        return amendmentsOf(null);
    }

    private Map<Long, List<Amendment>> amendmentsOf(@Nullable AgreementId id) {
        String where = id == null ? "" : " where a.agreement_id = ?";
        List<Object> params = id == null ? List.of() : List.of(id.value());
        Map<Long, Map<Element, String>> reasons = new HashMap<>();
        jdbc.sql("""
                select r.amendment_id, r.element, r.reason from agreement_element_reason r
                join agreement_amendment a on a.id = r.amendment_id""" + where)
                .params(params)
                .query((rs, n) -> reasons.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Element.class))
                        .put(Element.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
        Map<Long, Map<String, AliasMethod>> aliases = new HashMap<>();
        jdbc.sql("""
                select l.amendment_id, l.alias, l.operation, l.profile from agreement_alias l
                join agreement_amendment a on a.id = l.amendment_id""" + where)
                .params(params)
                .query((rs, n) -> aliases.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .put(rs.getString(2), new AliasMethod(
                                CompatibilitySettings.Operation.valueOf(rs.getString(3)), rs.getString(4))))
                .list();
        Map<Long, List<Amendment>> result = new HashMap<>();
        jdbc.sql("select * from agreement_amendment a" + where + " order by a.agreement_id, a.effective_from, a.id")
                .params(params)
                .query((rs, n) -> result.computeIfAbsent(rs.getLong("agreement_id"), k -> new ArrayList<>())
                        .add(mapAmendment(rs, reasons, aliases)))
                .list();
        return result;
    }

    boolean referenceTaken(AgreementId id, AmendmentKind kind, String reference) {
        return jdbc.sql("select count(*) from agreement_amendment where agreement_id = :id and kind = :kind "
                        + "and upper(reference) = :reference")
                .param("id", id.value()).param("kind", kind.name())
                .param("reference", reference.strip().toUpperCase(Locale.ROOT))
                .query(Long.class).single() > 0;
    }

    private static Amendment mapAmendment(ResultSet rs, Map<Long, Map<Element, String>> reasons,
            Map<Long, Map<String, AliasMethod>> aliases) throws SQLException {
        long id = rs.getLong("id");
        Set<Element> elements = EnumCsv.read(rs.getString("elements"), Element.class);
        FeedbackObligations feedback = rs.getBoolean("feedback_changed")
                ? new FeedbackObligations(
                        orEmpty(EnumCsv.read(rs.getString("feedback_kinds"), FeedbackKind.class)),
                        orEmpty(EnumCsv.read(rs.getString("feedback_methods"), FeedbackMethod.class)))
                : null;
        CompatibilitySettings compat = rs.getBoolean("compat_changed")
                ? new CompatibilitySettings(rs.getString("agency_code"), rs.getString("region_code"),
                        rs.getString("user_path"), Boolean.TRUE.equals(Jdbc.nullableBoolean(rs, "numbers_as_strings")),
                        rs.getString("field_profile"), aliases.getOrDefault(id, Map.of()))
                : null;
        return new Amendment(id, AmendmentKind.valueOf(rs.getString("kind")), rs.getString("reference"),
                Jdbc.date(rs, "signed_on"), Jdbc.requiredDate(rs, "effective_from"), Jdbc.requiredInstant(rs, "recorded_at"),
                rs.getString("recorded_by"), rs.getString("note"), Jdbc.date(rs, "valid_until"),
                elements == null ? null : new ElementGrant(elements, reasons.getOrDefault(id, Map.of())),
                EnumCsv.read(rs.getString("channels"), Channel.class), feedback,
                Jdbc.nullableInt(rs, "daily_quota"), compat, service(rs));
    }

    /** Both columns null: an amendment that does not change the service terms. */
    private static @Nullable ServiceTerms service(ResultSet rs) throws SQLException {
        Set<CompatibilitySettings.Operation> operations = EnumCsv.read(rs.getString("operations"),
                CompatibilitySettings.Operation.class);
        Boolean localUser = Jdbc.nullableBoolean(rs, "local_user_required");
        return operations == null ? null : new ServiceTerms(operations, Boolean.TRUE.equals(localUser));
    }

    private static <E> Set<E> orEmpty(@Nullable Set<E> set) {
        return set == null ? Set.of() : set;
    }
}
