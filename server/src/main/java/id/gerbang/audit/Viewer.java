package id.gerbang.audit;

import java.util.Optional;

/**
 * Who is reading the log: their user name, whether they are a registry administrator (the only ones
 * who see the requesting details of safety-flagged NIKs), and the agency they are limited to, if any.
 */
public record Viewer(String name, boolean registryAdministrator, Optional<Long> agency) {

    public static Viewer registryAdministrator(String name) {
        return new Viewer(name, true, Optional.empty());
    }

    public static Viewer auditor(String name) {
        return new Viewer(name, false, Optional.empty());
    }

    public static Viewer agencyAdministrator(String name, long agencyId) {
        return new Viewer(name, false, Optional.of(agencyId));
    }
}
