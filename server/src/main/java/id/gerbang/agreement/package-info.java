/**
 * Agencies (lembaga pengguna) and their cooperation agreements (PKS): granted elements, channels,
 * data-balikan obligations, compatibility settings, addenda, expiry and expiry reminders.
 *
 * <p>The root package is the module's API: the facades {@link id.gerbang.agreement.Agencies},
 * {@link id.gerbang.agreement.Agreements} and {@link id.gerbang.agreement.Notifications}, their
 * records, and the events {@link id.gerbang.agreement.AgreementChanged} and
 * {@link id.gerbang.agreement.AgencyChanged}. See {@code docs/agreement.md}.
 */
@ApplicationModule(displayName = "Agreement",
        allowedDependencies = {"common", "reference"})
@NullMarked
package id.gerbang.agreement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
