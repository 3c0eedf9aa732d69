package id.gerbang.access.internal;

import id.gerbang.agreement.AgencyId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.audit.AccessChannel;
import id.gerbang.audit.RequestIds;
import org.jspecify.annotations.Nullable;

/**
 * What is known about one call as it passes the checks, for its access-log entry: filled in step
 * by step, recorded once. Holds no population value except the requested NIK / No. KK, which the
 * log keeps by design.
 */
public final class CallRecord {

    private final String requestId = RequestIds.next();
    private final long startNanos = System.nanoTime();
    private final AccessChannel channel;
    private Operation operation = Operation.LOOKUP;
    private @Nullable String sourceIp;
    private @Nullable String claimedIp;
    private @Nullable String userId;
    private @Nullable AgencyId agency;
    private @Nullable AgreementId agreement;
    private @Nullable SentNik nik;
    private @Nullable String noKk;
    private @Nullable String purpose;
    private @Nullable String localUser;

    public CallRecord(AccessChannel channel) {
        this.channel = channel;
    }

    public String requestId() {
        return requestId;
    }

    long elapsedMicros() {
        return (System.nanoTime() - startNanos) / 1000;
    }

    public AccessChannel channel() {
        return channel;
    }

    public Operation operation() {
        return operation;
    }

    public CallRecord operation(Operation value) {
        this.operation = value;
        return this;
    }

    public CallRecord source(@Nullable String source, @Nullable String claimed) {
        this.sourceIp = source;
        this.claimedIp = claimed;
        return this;
    }

    public CallRecord caller(@Nullable String user, @Nullable AgencyId agencyId, @Nullable AgreementId agreementId) {
        this.userId = user;
        this.agency = agencyId;
        this.agreement = agreementId;
        return this;
    }

    public CallRecord subject(@Nullable SentNik nikAsSent, @Nullable String noKkAsSent) {
        this.nik = nikAsSent;
        this.noKk = noKkAsSent;
        return this;
    }

    public CallRecord purpose(@Nullable String value) {
        this.purpose = value;
        return this;
    }

    /** The agency's local end user the call names (Gerbang's addition to both surfaces). */
    public CallRecord localUser(@Nullable String value) {
        this.localUser = value;
        return this;
    }

    @Nullable String localUser() {
        return localUser;
    }

    @Nullable String sourceIp() {
        return sourceIp;
    }

    @Nullable String claimedIp() {
        return claimedIp;
    }

    @Nullable String userId() {
        return userId;
    }

    @Nullable AgencyId agency() {
        return agency;
    }

    @Nullable AgreementId agreement() {
        return agreement;
    }

    @Nullable SentNik nik() {
        return nik;
    }

    @Nullable String noKk() {
        return noKk;
    }

    @Nullable String purpose() {
        return purpose;
    }
}
