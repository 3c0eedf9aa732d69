package id.gerbang.account.web;

import id.gerbang.account.UserApplication;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

record ApplicationResponse(
        long id,
        long agencyId,
        @Nullable Long agreementId,
        String requestedRole,
        String nik,
        String fullName,
        @Nullable String nip,
        String employmentStatus,
        String position,
        String officeRegionCode,
        String officeName,
        String officeAddress,
        String localUserId,
        String status,
        String submittedBy,
        Instant submittedAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionReason,
        @Nullable String issuedUserId) {

    static ApplicationResponse of(UserApplication a) {
        return new ApplicationResponse(a.id(), a.agency().value(), a.agreement() == null ? null : a.agreement().value(),
                a.requestedRole().name(), a.nik(), a.fullName(), a.nip(), a.employmentStatus().name(), a.position(),
                a.officeRegionCode(), a.officeName(), a.officeAddress(), a.localUserId(), a.status().name(),
                a.submittedBy(), a.submittedAt(), a.decidedBy(), a.decidedAt(), a.decisionReason(), a.issuedUserId());
    }
}
