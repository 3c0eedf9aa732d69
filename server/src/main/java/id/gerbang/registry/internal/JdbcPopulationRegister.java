package id.gerbang.registry.internal;

import com.zaxxer.hikari.HikariDataSource;
import id.gerbang.common.BatchingLoader;
import id.gerbang.common.ReplicaReads;
import id.gerbang.registry.Address;
import id.gerbang.registry.EktpStatus;
import id.gerbang.registry.Nik;
import id.gerbang.registry.NoKk;
import id.gerbang.registry.PopulationRegister;
import id.gerbang.registry.RecordStatus;
import id.gerbang.registry.Resident;
import id.gerbang.registry.Sex;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The register's read path: a resident joined to their family's address by primary key, columns
 * read by position.
 *
 * <p>Lookups by NIK made outside a transaction are coalesced (docs/adr/0051): concurrent calls
 * share one {@code where r.nik = any(?)} query, run by one of the callers on its own pooled
 * connection; a lone call is one {@code where r.nik = ?} query on its own thread, as before. A
 * call inside a transaction (or a transaction-synchronised scope) queries on the caller's own
 * connection instead, because another caller's connection could not see rows the transaction has
 * written and not yet committed.
 *
 * <p>Outside a transaction the reads go to the read replica when one is configured and within its
 * staleness bound ({@link ReplicaReads}, ADR 0141); a register changes by bulk loads, so a few
 * seconds of replication lag do not change an answer that matters.
 */
@Component
class JdbcPopulationRegister implements PopulationRegister {

    private static final Logger log = LoggerFactory.getLogger(JdbcPopulationRegister.class);

    private static final String SELECT = "select r.nik, r.no_kk, r.full_name, r.sex, r.place_of_birth, r.date_of_birth,"
            + " r.religion, r.marital_status, r.occupation, r.education, r.blood_type, r.family_relationship,"
            + " r.mother_name, r.father_name, r.mother_nik, r.father_nik, r.ektp_status,"
            + " r.birth_certificate_no, r.marriage_date, r.marriage_certificate_no,"
            + " r.divorce_date, r.divorce_certificate_no, r.disability, r.citizenship,"
            + " r.record_status, r.status_date,"
            + " f.address, f.dusun, f.rt, f.rw, f.province_no, f.regency_no, f.district_no, f.village_no, f.postal_code"
            + " from resident r join family f on f.no_kk = r.no_kk";

    private static final RowMapper<Resident> MAPPER = JdbcPopulationRegister::map;

    /** The replica when one is configured and current, else the primary (issue 20, ADR 0141). */
    private final ReplicaReads reads;
    /** Null when coalescing is off ({@code read-batch.max} 1). */
    private final @Nullable BatchingLoader<Nik, Resident> batches;
    /** Lookups that went through the batching loader, and the queries it made for them. */
    private final LongAdder coalescedLookups = new LongAdder();
    private final LongAdder coalescedQueries = new LongAdder();

    @Autowired
    JdbcPopulationRegister(ReplicaReads reads, DataSource dataSource, RegistryProperties properties) {
        this(reads, properties.readBatch(), poolSize(dataSource));
    }

    /** Every read on the primary (tests). */
    JdbcPopulationRegister(JdbcClient jdbc, RegistryProperties.ReadBatch settings, OptionalInt poolSize) {
        this(ReplicaReads.primaryOnly(jdbc), settings, poolSize);
    }

    JdbcPopulationRegister(ReplicaReads reads, RegistryProperties.ReadBatch settings, OptionalInt poolSize) {
        this.reads = reads;
        this.batches = settings.max() == 1 ? null
                : new BatchingLoader<>(settings.max(), parallel(settings.parallel(), poolSize), settings.spill(),
                        this::load);
    }

    @Override
    public Optional<Resident> findByNik(Nik nik) {
        if (batches == null || TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isSynchronizationActive()) {
            return findOne(nik);
        }
        coalescedLookups.increment();
        return batches.get(nik);
    }

    private Optional<Resident> findOne(Nik nik) {
        return reads.read(j -> j.sql(SELECT + " where r.nik = ?").param(nik.asLong()).query(MAPPER).optional());
    }

    /**
     * The batching loader's bulk read, run on the leading caller's thread. A batch of one (every
     * batch under light load) keeps the single-key statement.
     */
    private Map<Nik, Resident> load(List<Nik> niks) {
        coalescedQueries.increment();
        if (niks.size() == 1) {
            Nik nik = niks.getFirst();
            return findOne(nik).map(resident -> Map.of(nik, resident)).orElseGet(Map::of);
        }
        return findAll(niks);
    }

    @Override
    public List<Resident> findFamily(NoKk noKk) {
        return reads.read(j -> j.sql(SELECT + " where r.no_kk = ? order by r.family_relationship, r.date_of_birth, r.nik")
                .param(noKk.asLong()).query(MAPPER).list());
    }

    @Override
    public Map<Nik, Resident> findAll(Collection<Nik> niks) {
        if (niks.isEmpty()) {
            return Map.of();
        }
        Long[] numbers = niks.stream().map(Nik::asLong).distinct().toArray(Long[]::new);
        Map<Nik, Resident> found = new HashMap<>(numbers.length * 2);
        reads.read(j -> j.sql(SELECT + " where r.nik = any(?)").param(numbers).query(MAPPER).list())
                .forEach(resident -> found.put(resident.nik(), resident));
        return found;
    }

    @Override
    public long count() {
        return reads.read(j -> j.sql("select count(*) from resident").query(Long.class).single());
    }

    /** Lookups coalesced so far (outside transactions, coalescing on). */
    long coalescedLookups() {
        return coalescedLookups.sum();
    }

    /** Queries made for the coalesced lookups: as many as the lookups when no batch ever formed. */
    long coalescedQueries() {
        return coalescedQueries.sum();
    }

    /**
     * The batch queries allowed at once: the setting, but always at least one connection below
     * the pool's size, so the calls that write (quota, access log) never wait behind register reads.
     */
    static int parallel(int configured, OptionalInt poolSize) {
        if (poolSize.isEmpty() || configured < poolSize.getAsInt()) {
            return configured;
        }
        int limited = Math.max(1, poolSize.getAsInt() - 1);
        log.warn("gerbang.registry.read-batch.parallel={} is not below the connection pool's size {}; using {}",
                configured, poolSize.getAsInt(), limited);
        return limited;
    }

    private static OptionalInt poolSize(DataSource dataSource) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                return OptionalInt.of(dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize());
            }
        } catch (SQLException e) {
            log.debug("Could not read the connection pool's size", e);
        }
        return OptionalInt.empty();
    }

    /** Reads a row by column name, so the select list's order can change without a silent mix-up. */
    private static Resident map(ResultSet rs, int row) throws SQLException {
        return new Resident(
                Nik.of(rs.getLong("nik")),
                NoKk.of(rs.getLong("no_kk")),
                rs.getString("full_name"),
                Sex.ofSiakCode(rs.getInt("sex")).orElseThrow(() -> new SQLException("unknown sex code")),
                rs.getString("place_of_birth"),
                rs.getObject("date_of_birth", LocalDate.class),
                rs.getInt("religion"),
                rs.getInt("marital_status"),
                rs.getInt("occupation"),
                rs.getInt("education"),
                integer(rs, "blood_type"),
                rs.getInt("family_relationship"),
                rs.getString("mother_name"),
                rs.getString("father_name"),
                parentNik(rs, "mother_nik"),
                parentNik(rs, "father_nik"),
                new Address(rs.getString("address"), rs.getString("dusun"), integer(rs, "rt"), integer(rs, "rw"),
                        rs.getInt("province_no"), rs.getInt("regency_no"), rs.getInt("district_no"),
                        rs.getInt("village_no"), rs.getString("postal_code")),
                ektp(rs.getString("ektp_status")),
                rs.getString("birth_certificate_no"),
                rs.getObject("marriage_date", LocalDate.class),
                rs.getString("marriage_certificate_no"),
                rs.getObject("divorce_date", LocalDate.class),
                rs.getString("divorce_certificate_no"),
                integer(rs, "disability"),
                rs.getInt("citizenship"),
                RecordStatus.valueOf(rs.getString("record_status")),
                rs.getObject("status_date", LocalDate.class));
    }

    private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * Parent NIKs are validated on the way in; one that still breaks a hard rule (written by other
     * means) reads as absent rather than failing the whole lookup.
     */
    private static @Nullable Nik parentNik(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        if (rs.wasNull() || !Nik.isValid(Long.toString(value))) {
            return null;
        }
        return Nik.of(value);
    }

    private static @Nullable EktpStatus ektp(@Nullable String value) {
        return value == null ? null : EktpStatus.valueOf(value);
    }
}
