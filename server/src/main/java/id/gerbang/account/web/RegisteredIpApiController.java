package id.gerbang.account.web;

import id.gerbang.account.AccountError;
import id.gerbang.account.Accounts;
import id.gerbang.account.RegisteredIps;
import id.gerbang.account.internal.IpAddresses;
import id.gerbang.account.IpRegistration;
import id.gerbang.account.IpRegistrations;
import id.gerbang.agreement.AgencyId;
import id.gerbang.common.GerbangException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/ips")
@Tag(name = "Registered IPs", description = "Pendaftaran IP komputer server/client (juknis 2.k)")
class RegisteredIpApiController {

    private final IpRegistrations registrations;
    private final RegisteredIps registeredIps;
    private final Accounts accounts;

    RegisteredIpApiController(IpRegistrations registrations, RegisteredIps registeredIps, Accounts accounts) {
        this.registrations = registrations;
        this.registeredIps = registeredIps;
        this.accounts = accounts;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.ADMIN_OR_AGENCY_ADMIN)
    @Operation(summary = "Request the registration of an address or network; an agency administrator for its own agency")
    IpResponse request(@Valid @RequestBody IpRequest request, Authentication auth) {
        return IpResponse.of(registrations.request(accounts.actorOf(auth),
                request.agencyId() == null ? null : new AgencyId(request.agencyId()), request.address(),
                request.officeName(), request.officeAddress()));
    }

    @GetMapping
    @PreAuthorize(Access.READERS)
    List<IpResponse> list(@RequestParam(required = false) @Nullable Long agencyId,
            @RequestParam(required = false) IpRegistration.@Nullable Status status, Authentication auth) {
        return registrations.list(accounts.actorOf(auth), agencyId == null ? null : new AgencyId(agencyId), status)
                .stream().map(IpResponse::of).toList();
    }

    @GetMapping("/check")
    @PreAuthorize(id.gerbang.common.Roles.ADMIN_OR_AUDITOR)
    @Operation(summary = "Whether an address is registered for an agency now, as the web service would decide")
    IpCheckResponse check(@RequestParam long agencyId, @RequestParam String address) {
        InetAddress inet;
        try {
            inet = IpAddresses.toInetAddress(address);
        } catch (IllegalArgumentException e) {
            throw new GerbangException(AccountError.IP_INVALID, Map.of("address", "account.ip.invalid"));
        }
        return new IpCheckResponse(agencyId, IpAddresses.format(inet),
                registeredIps.isRegistered(new AgencyId(agencyId), inet));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.READERS)
    IpResponse find(@PathVariable long id, Authentication auth) {
        return IpResponse.of(registrations.find(accounts.actorOf(auth), id));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Access.READERS)
    List<HistoryEntry> history(@PathVariable long id, Authentication auth) {
        return registrations.history(accounts.actorOf(auth), id).stream().map(HistoryEntry::of).toList();
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize(Access.ADMIN)
    IpResponse approve(@PathVariable long id, @Valid @RequestBody OptionalReason reason, Authentication auth) {
        return IpResponse.of(registrations.approve(accounts.actorOf(auth), id, reason.reason()));
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize(Access.ADMIN)
    IpResponse reject(@PathVariable long id, @Valid @RequestBody Reason reason, Authentication auth) {
        return IpResponse.of(registrations.reject(accounts.actorOf(auth), id, reason.reason()));
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize(Access.ADMIN_OR_AGENCY_ADMIN)
    IpResponse withdraw(@PathVariable long id, @Valid @RequestBody Reason reason, Authentication auth) {
        return IpResponse.of(registrations.withdraw(accounts.actorOf(auth), id, reason.reason()));
    }

    @PostMapping("/{id}/remove")
    @PreAuthorize(Access.ADMIN_OR_AGENCY_ADMIN)
    @Operation(summary = "Remove an active registration; traffic from it is refused at once")
    IpResponse remove(@PathVariable long id, @Valid @RequestBody Reason reason, Authentication auth) {
        return IpResponse.of(registrations.remove(accounts.actorOf(auth), id, reason.reason()));
    }
}
