package id.gerbang.portal.web;

import id.gerbang.account.Actor;
import id.gerbang.audit.Viewer;
import id.gerbang.common.Roles;

/** The registry's staff as readers of the logs: administrators see safety-flagged details, auditors not. */
final class RegistryViewers {

    static Viewer of(Actor actor) {
        return actor.role() == Roles.REGISTRY_ADMIN ? Viewer.registryAdministrator(actor.userId())
                : Viewer.auditor(actor.userId());
    }

    private RegistryViewers() {
    }
}
