package id.gerbang.registry.internal;

import com.zaxxer.hikari.HikariDataSource;
import id.gerbang.common.BatchingLoader;
import id.gerbang.common.ReplicaReads;
import id.gerbang.registry.Address;
import id.gerbang.registry.EktpStatus;
import id.gerbang.registry.InvalidNikException;
import id.gerbang.registry.Nik;
import id.gerbang.registry.NoKk;
import id.gerbang.registry.PopulationRegister;
import id.gerbang.registry.RecordStatus;
import id.gerbang.registry.Resident;
import id.gerbang.registry.Sex;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
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

    /**
     * The read's columns, in the select list's order: a value is read by its column's position
     * ({@link #at()}), which the driver answers by index instead of looking the name up
     * case-insensitively for every column of every row (docs/adr/0050, issue 19), and the select list
     * is made from this one list, so its order cannot drift from the positions.
     */
    private enum Column {
        NIK("r.nik"), NO_KK("r.no_kk"), FULL_NAME("r.full_name"), SEX("r.sex"), PLACE_OF_BIRTH("r.place_of_birth"),
        DATE_OF_BIRTH("r.date_of_birth"), RELIGION("r.religion"), MARITAL_STATUS("r.marital_status"),
        OCCUPATION("r.occupation"), EDUCATION("r.education"), BLOOD_TYPE("r.blood_type"),
        FAMILY_RELATIONSHIP("r.family_relationship"), MOTHER_NAME("r.mother_name"), FATHER_NAME("r.father_name"),
        MOTHER_NIK("r.mother_nik"), FATHER_NIK("r.father_nik"), EKTP_STATUS("r.ektp_status"),
        BIRTH_CERTIFICATE_NO("r.birth_certificate_no"), MARRIAGE_DATE("r.marriage_date"),
        MARRIAGE_CERTIFICATE_NO("r.marriage_certificate_no"), DIVORCE_DATE("r.divorce_date"),
        DIVORCE_CERTIFICATE_NO("r.divorce_certificate_no"), DISABILITY("r.disability"), CITIZENSHIP("r.citizenship"),
        RECORD_STATUS("r.record_status"), STATUS_DATE("r.status_date"),
        ADDRESS("f.address"), DUSUN("f.dusun"), RT("f.rt"), RW("f.rw"), PROVINCE_NO("f.province_no"),
        REGENCY_NO("f.regency_no"), DISTRICT_NO("f.district_no"), VILLAGE_NO("f.village_no"),
        POSTAL_CODE("f.postal_code");

        final String sql;

        Column(String sql) {
            this.sql = sql;
        }

        /** The column's 1-based position in the select list. */
        int at() {
            return ordinal() + 1;
        }
    }

    private static final String SELECT = "select " + Arrays.stream(Column.values()).map(c -> c.sql)
            .collect(Collectors.joining(", ")) + " from resident r join family f on f.no_kk = r.no_kk";

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
        Map<Nik, Resident> found = new HashMap<>(niks.size() * 2);
        anyOf(niks, SELECT, MAPPER).forEach(resident -> found.put(resident.nik(), resident));
        return found;
    }

    @Override
    public Map<Nik, NoKk> familyCards(Collection<Nik> niks) {
        Map<Nik, NoKk> cards = new HashMap<>(niks.size() * 2);
        anyOf(niks, "select r.nik, r.no_kk from resident r",
                (rs, row) -> Map.entry(Nik.of(rs.getLong(1)), NoKk.of(rs.getLong(2))))
                .forEach(card -> cards.put(card.getKey(), card.getValue()));
        return cards;
    }

    /** {@code select} for the distinct NIKs, in one {@code where r.nik = any(?)} query; none for no NIK. */
    private <T> List<T> anyOf(Collection<Nik> niks, String select, RowMapper<T> mapper) {
        if (niks.isEmpty()) {
            return List.of();
        }
        Long[] numbers = niks.stream().map(Nik::asLong).distinct().toArray(Long[]::new);
        return reads.read(j -> j.sql(select + " where r.nik = any(?)").param(numbers).query(mapper).list());
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

    private static Resident map(ResultSet rs, int row) throws SQLException {
        return new Resident(
                Nik.of(rs.getLong(Column.NIK.at())),
                NoKk.of(rs.getLong(Column.NO_KK.at())),
                rs.getString(Column.FULL_NAME.at()),
                Sex.ofSiakCode(rs.getInt(Column.SEX.at())).orElseThrow(() -> new SQLException("unknown sex code")),
                rs.getString(Column.PLACE_OF_BIRTH.at()),
                rs.getObject(Column.DATE_OF_BIRTH.at(), LocalDate.class),
                rs.getInt(Column.RELIGION.at()),
                rs.getInt(Column.MARITAL_STATUS.at()),
                rs.getInt(Column.OCCUPATION.at()),
                rs.getInt(Column.EDUCATION.at()),
                integer(rs, Column.BLOOD_TYPE),
                rs.getInt(Column.FAMILY_RELATIONSHIP.at()),
                rs.getString(Column.MOTHER_NAME.at()),
                rs.getString(Column.FATHER_NAME.at()),
                parentNik(rs, Column.MOTHER_NIK),
                parentNik(rs, Column.FATHER_NIK),
                new Address(rs.getString(Column.ADDRESS.at()), rs.getString(Column.DUSUN.at()), integer(rs, Column.RT),
                        integer(rs, Column.RW), rs.getInt(Column.PROVINCE_NO.at()), rs.getInt(Column.REGENCY_NO.at()),
                        rs.getInt(Column.DISTRICT_NO.at()), rs.getInt(Column.VILLAGE_NO.at()),
                        rs.getString(Column.POSTAL_CODE.at())),
                ektp(rs.getString(Column.EKTP_STATUS.at())),
                rs.getString(Column.BIRTH_CERTIFICATE_NO.at()),
                rs.getObject(Column.MARRIAGE_DATE.at(), LocalDate.class),
                rs.getString(Column.MARRIAGE_CERTIFICATE_NO.at()),
                rs.getObject(Column.DIVORCE_DATE.at(), LocalDate.class),
                rs.getString(Column.DIVORCE_CERTIFICATE_NO.at()),
                integer(rs, Column.DISABILITY),
                rs.getInt(Column.CITIZENSHIP.at()),
                RecordStatus.valueOf(rs.getString(Column.RECORD_STATUS.at())),
                rs.getObject(Column.STATUS_DATE.at(), LocalDate.class));
    }

    private static @Nullable Integer integer(ResultSet rs, Column column) throws SQLException {
        int value = rs.getInt(column.at());
        return rs.wasNull() ? null : value;
    }

    /**
     * Parent NIKs are validated on the way in; one that still breaks a hard rule (written by other
     * means) reads as absent rather than failing the whole lookup.
     */
    private static @Nullable Nik parentNik(ResultSet rs, Column column) throws SQLException {
        long value = rs.getLong(column.at());
        if (rs.wasNull()) {
            return null;
        }
        try {
            return Nik.of(value); // checked once: a broken one is rare and only costs this exception
        } catch (InvalidNikException e) {
            return null;
        }
    }

    private static @Nullable EktpStatus ektp(@Nullable String value) {
        return value == null ? null : EktpStatus.valueOf(value);
    }
}
