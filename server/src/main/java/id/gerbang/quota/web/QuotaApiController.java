package id.gerbang.quota.web;

import id.gerbang.account.Accounts;
import id.gerbang.account.UserId;
import id.gerbang.agreement.AgreementId;
import id.gerbang.common.JakartaTime;
import id.gerbang.quota.Quotas;
import id.gerbang.quota.internal.AgreementAccess;
import id.gerbang.quota.internal.UserQuotas;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/quotas/agreements/{agreementId}")
@Tag(name = "Quotas", description = "Kuota harian dan pemakaiannya")
class QuotaApiController {

    private final Quotas quotas;
    private final UserQuotas userQuotas;
    private final AgreementAccess access;
    private final Accounts accounts;
    private final Clock clock;

    QuotaApiController(Quotas quotas, UserQuotas userQuotas, AgreementAccess access, Accounts accounts, Clock clock) {
        this.quotas = quotas;
        this.userQuotas = userQuotas;
        this.access = access;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/usage")
    @PreAuthorize(Access.READERS)
    @Operation(summary = "Usage on a Jakarta day (today when no day is given) and when the counter starts again")
    TodayResponse usage(@PathVariable long agreementId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            Authentication auth) {
        AgreementId agreement = new AgreementId(agreementId);
        access.requireMaySee(accounts.actorOf(auth), agreement);
        LocalDate d = day != null ? day : JakartaTime.today(clock);
        return new TodayResponse(UsageResponse.of(quotas.usage(agreement, d)), JakartaTime.startOf(d.plusDays(1)));
    }

    @GetMapping("/usage/daily")
    @PreAuthorize(Access.READERS)
    @Operation(summary = "Usage per Jakarta day over a period (both ends included, at most 366 days)")
    List<UsageResponse> daily(@PathVariable long agreementId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Authentication auth) {
        AgreementId agreement = new AgreementId(agreementId);
        access.requireMaySee(accounts.actorOf(auth), agreement);
        return quotas.usageBetween(agreement, from, to).stream().map(UsageResponse::of).toList();
    }

    @GetMapping("/users")
    @PreAuthorize(Access.READERS)
    @Operation(summary = "Per-user quota settings of the agreement, with their effective dates")
    List<UserQuotaResponse> userQuotas(@PathVariable long agreementId, Authentication auth) {
        return userQuotas.settings(accounts.actorOf(auth), new AgreementId(agreementId)).stream()
                .map(UserQuotaResponse::of).toList();
    }

    @PutMapping("/users/{userId}")
    @PreAuthorize(Access.ADMIN)
    @Operation(summary = "Set (or lift, with dailyLimit null) a user's own daily quota from a date")
    void setUserQuota(@PathVariable long agreementId, @PathVariable String userId,
            @Valid @RequestBody UserQuotaRequest request, Authentication auth) {
        userQuotas.set(accounts.actorOf(auth), new AgreementId(agreementId), UserId.of(userId), request.dailyLimit(),
                request.effectiveFrom(), request.reason());
    }
}
