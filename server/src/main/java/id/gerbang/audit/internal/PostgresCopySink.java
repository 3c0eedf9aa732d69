package id.gerbang.audit.internal;

import id.gerbang.common.JakartaTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a batch with {@code COPY audit_access_log FROM STDIN} in PostgreSQL's text format: one line
 * per row, columns separated by tabs, {@code \N} for null, backslash escapes for backslash, tab,
 * newline and carriage return; bytea as {@code \\x} and hex.
 */
final class PostgresCopySink implements AccessRowSink {

    private static final String COPY = "copy audit_access_log (" + AccessRows.COLUMNS + ") from stdin";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx");

    @Override
    public void insert(Connection c, AccessRow[] rows) throws SQLException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(rows.length * 256);
        StringBuilder line = new StringBuilder(256);
        for (AccessRow r : rows) {
            line.setLength(0);
            line.append(r.seq()).append('\t');
            line.append(TIMESTAMP.format(OffsetDateTime.ofInstant(r.time(), ZoneOffset.UTC))).append('\t');
            line.append(JakartaTime.dateOf(r.time())).append('\t');
            text(line, r.requestId()).append('\t');
            number(line, r.agencyId()).append('\t');
            number(line, r.agreementId()).append('\t');
            text(line, r.userId()).append('\t');
            text(line, r.channel()).append('\t');
            text(line, r.operation()).append('\t');
            text(line, r.sourceIp()).append('\t');
            text(line, r.claimedIp()).append('\t');
            number(line, r.nik()).append('\t');
            text(line, r.nikRaw()).append('\t');
            number(line, r.noKk()).append('\t');
            text(line, r.purpose()).append('\t');
            text(line, r.localUser()).append('\t');
            text(line, r.outcome()).append('\t');
            text(line, r.elements()).append('\t');
            number(line, r.latencyMicros()).append('\t');
            line.append("\\\\x").append(ChainCodec.hex(r.hash())).append('\n');
            byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
            out.write(bytes, 0, bytes.length);
        }
        try {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn(COPY, new java.io.ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new SQLException("COPY of the access log failed", e);
        }
    }

    private static StringBuilder number(StringBuilder line, @Nullable Long v) {
        return v == null ? line.append("\\N") : line.append(v.longValue());
    }

    static StringBuilder text(StringBuilder line, @Nullable String s) {
        if (s == null) {
            return line.append("\\N");
        }
        if (!needsEscape(s)) {
            return line.append(s); // the usual case: appended in one copy
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(ch);
            }
        }
        return line;
    }

    private static boolean needsEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') {
                return true;
            }
        }
        return false;
    }
}
