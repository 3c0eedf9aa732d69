package id.gerbang.agreement;

import java.util.List;

/** Everything that ever happened to an agreement: status transitions and terms versions, oldest first. */
public record AgreementHistory(AgreementId agreementId, List<AgreementStatusChange> statusChanges,
        List<Amendment> amendments) {

    public AgreementHistory {
        statusChanges = List.copyOf(statusChanges);
        amendments = List.copyOf(amendments);
    }
}
