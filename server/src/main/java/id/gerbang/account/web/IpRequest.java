package id.gerbang.account.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An IP registration request with the fields of juknis item 2.k. */
record IpRequest(
        @Schema(description = "Agency; optional for an agency administrator (its own agency)") @Nullable Long agencyId,
        @Schema(description = "IPv4 or IPv6 address, or a network in CIDR form (10.20.0.0/24, 2001:db8::/64); "
                + "literals only, no host names")
        @NotBlank @Size(max = 60) String address,
        @NotBlank @Size(max = 150) String officeName,
        @NotBlank @Size(max = 300) String officeAddress) {
}
