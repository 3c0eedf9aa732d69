package id.gerbang.notification.internal;

import id.gerbang.account.Accounts;
import id.gerbang.account.UserId;
import id.gerbang.agreement.AgencyId;
import id.gerbang.common.Roles;
import java.util.List;
import org.springframework.stereotype.Component;

/** Who receives a producer's notification: the active accounts of a role, of one agency or of the registry. */
@Component
class Recipients {

    private final Accounts accounts;

    Recipients(Accounts accounts) {
        this.accounts = accounts;
    }

    List<UserId> agencyAdministrators(AgencyId agency) {
        return accounts.activeUsers(Roles.AGENCY_ADMIN, agency);
    }

    List<UserId> agencyOperators(AgencyId agency) {
        return accounts.activeUsers(Roles.AGENCY_OPERATOR, agency);
    }

    List<UserId> registryAdministrators() {
        return accounts.activeUsers(Roles.REGISTRY_ADMIN, null);
    }
}
