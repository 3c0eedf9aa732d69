package id.gerbang.feedback.internal;

import id.gerbang.agreement.FeedbackKind;
import id.gerbang.agreement.FeedbackMethod;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code feedback_record} and {@code feedback_batch} tables; records are only ever inserted. */
@Repository
class FeedbackRepository {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    FeedbackRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A record's name: agency, NIK, kind and the agency's case reference. */
    record CaseKey(long agencyId, long nik, FeedbackKind kind, String caseReference) {
    }

    /** The latest version of a record. */
    record Latest(String recordKey, int version, String action, byte[] fingerprint) {
    }

    /** One version, as stored. */
    record Row(long id, String recordKey, int version, String action, long agencyId, long agreementId, long nik,
            FeedbackKind kind, FeedbackMethod method, String caseReference, long lookupSeq, byte[] fingerprint,
            Instant receivedAt, String submittedBy, @Nullable Long programmeId, @Nullable LocalDate aidDate,
            @Nullable String aidForm, @Nullable Long aidAmount, @Nullable String keyId, byte @Nullable [] victimData) {

        CaseKey caseKey() {
            return new CaseKey(agencyId, nik, kind, caseReference);
        }

        @Override
        public String toString() {
            return "Row[" + recordKey + " v" + version + "]";
        }
    }

    Map<CaseKey, Latest> latest(long agencyId, Collection<Long> niks) {
        Map<CaseKey, Latest> latest = new HashMap<>();
        List<Long> all = List.copyOf(niks);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            jdbc.sql("select nik, kind, case_reference, record_key, version, action, fingerprint from feedback_record"
                            + " where agency_id = :agency and nik in (:niks)")
                    .param("agency", agencyId).param("niks", chunk)
                    .query((rs, n) -> {
                        CaseKey key = new CaseKey(agencyId, rs.getLong(1), FeedbackKind.valueOf(rs.getString(2)), rs.getString(3));
                        Latest l = new Latest(rs.getString(4), rs.getInt(5), rs.getString(6), rs.getBytes(7));
                        latest.merge(key, l, (a, b) -> a.version() >= b.version() ? a : b);
                        return key;
                    })
                    .list();
        }
        return latest;
    }

    void insert(List<Row> rows) {
        template.batchUpdate("""
                insert into feedback_record (record_key, version, action, agency_id, agreement_id, nik, kind, method,
                    case_reference, lookup_seq, fingerprint, received_at, submitted_by, programme_id, aid_date, aid_form,
                    aid_amount, key_id, victim_data)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, 1000, (ps, r) -> {
            ps.setString(1, r.recordKey());
            ps.setInt(2, r.version());
            ps.setString(3, r.action());
            ps.setLong(4, r.agencyId());
            ps.setLong(5, r.agreementId());
            ps.setLong(6, r.nik());
            ps.setString(7, r.kind().name());
            ps.setString(8, r.method().name());
            ps.setString(9, r.caseReference());
            ps.setLong(10, r.lookupSeq());
            ps.setBytes(11, r.fingerprint());
            ps.setObject(12, r.receivedAt().atOffset(ZoneOffset.UTC));
            ps.setString(13, r.submittedBy());
            setLong(ps, 14, r.programmeId());
            ps.setObject(15, r.aidDate(), Types.DATE);
            ps.setString(16, r.aidForm());
            setLong(ps, 17, r.aidAmount());
            ps.setString(18, r.keyId());
            ps.setBytes(19, r.victimData());
        });
    }

    private static void setLong(java.sql.PreparedStatement ps, int i, @Nullable Long value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, value);
        }
    }

    /** Every version of every record about a NIK, oldest first; of one agency when {@code agencyId} is given. */
    List<Row> byNik(long nik, @Nullable Long agencyId) {
        return jdbc.sql("select * from feedback_record where nik = :nik"
                        + (agencyId == null ? "" : " and agency_id = :agency") + " order by id")
                .param("nik", nik).param("agency", agencyId).query(FeedbackRepository::row).list();
    }

    /** For each NIK of the agency that has records: when the latest version was received. */
    Map<Long, Instant> latestReceived(long agencyId, List<Long> niks) {
        Map<Long, Instant> latest = new java.util.HashMap<>();
        for (int from = 0; from < niks.size(); from += 500) {
            List<Long> chunk = niks.subList(from, Math.min(niks.size(), from + 500));
            jdbc.sql("select nik, max(received_at) from feedback_record where agency_id = :agency and nik in (:niks) group by nik")
                    .param("agency", agencyId).param("niks", chunk)
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                    .list().forEach(e -> latest.put(e.getKey(), e.getValue()));
        }
        return latest;
    }

    /** Every version received in [from, to), in order of arrival, at most {@code limit}. */
    List<Row> receivedBetween(Instant from, Instant to, int limit) {
        return jdbc.sql("select * from feedback_record where received_at >= :from and received_at < :to order by id"
                        + " fetch first " + limit + " rows only")
                .param("from", from.atOffset(ZoneOffset.UTC)).param("to", to.atOffset(ZoneOffset.UTC))
                .query(FeedbackRepository::row).list();
    }

    /** The versions of one record, oldest first. */
    List<Row> versions(String recordKey) {
        return jdbc.sql("select * from feedback_record where record_key = :key order by version")
                .param("key", recordKey).query(FeedbackRepository::row).list();
    }

    /** Up to {@code limit} victim rows encrypted under another key than {@code keyId}. */
    List<Row> encryptedUnderOtherKey(String keyId, int limit) {
        return jdbc.sql("select * from feedback_record where key_id is not null and key_id <> :key order by id"
                        + " fetch first " + limit + " rows only")
                .param("key", keyId).query(FeedbackRepository::row).list();
    }

    /** The key-rotation command's one update: the same value, sealed again under another key. */
    int reseal(long id, String oldKeyId, String keyId, byte[] victimData) {
        return jdbc.sql("update feedback_record set key_id = :key, victim_data = :data where id = :id and key_id = :old")
                .param("key", keyId).param("data", victimData).param("id", id).param("old", oldKeyId).update();
    }

    List<String> keyIdsInUse() {
        return jdbc.sql("select distinct key_id from feedback_record where key_id is not null").query(String.class).list();
    }

    Optional<StoredBatch> batch(long agencyId, String key) {
        return jdbc.sql("select request_hash, response from feedback_batch where agency_id = :agency and idempotency_key = :key")
                .param("agency", agencyId).param("key", key)
                .query((rs, n) -> new StoredBatch(rs.getBytes(1), rs.getBytes(2))).optional();
    }

    void saveBatch(long agencyId, String key, byte[] requestHash, byte[] response, Instant at) {
        jdbc.sql("insert into feedback_batch (agency_id, idempotency_key, request_hash, response, created_at)"
                        + " values (:agency, :key, :hash, :response, :at)")
                .param("agency", agencyId).param("key", key).param("hash", requestHash).param("response", response)
                .param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    record StoredBatch(byte[] requestHash, byte[] response) {
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        long programme = rs.getLong("programme_id");
        Long programmeId = rs.wasNull() ? null : programme;
        long amount = rs.getLong("aid_amount");
        Long aidAmount = rs.wasNull() ? null : amount;
        return new Row(rs.getLong("id"), rs.getString("record_key"), rs.getInt("version"), rs.getString("action"),
                rs.getLong("agency_id"), rs.getLong("agreement_id"), rs.getLong("nik"),
                FeedbackKind.valueOf(rs.getString("kind")), FeedbackMethod.valueOf(rs.getString("method")),
                rs.getString("case_reference"), rs.getLong("lookup_seq"), rs.getBytes("fingerprint"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(), rs.getString("submitted_by"),
                programmeId, rs.getObject("aid_date", LocalDate.class), rs.getString("aid_form"), aidAmount,
                rs.getString("key_id"), rs.getBytes("victim_data"));
    }

    static List<Long> distinct(Collection<Long> values) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(values));
    }
}
