package id.gerbang.portal.web;

import id.gerbang.common.Roles;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The menu of each role, in order, between the start page ("Beranda") and "Akun saya", which the layout adds:
 * groups of pages, one line per page with its message key and path. A role with few pages has one
 * group without a heading, shown as a flat bar; a role with many has groups under headings
 * ({@code portal.nav.group.<name>}), each a disclosure in the bar, the current page's group open.
 * A page that belongs in the menu adds its line here (docs/portal.md); the layout renders the
 * current user's menu and the start page its tiles, group by group.
 */
final class Navigation {

    record Item(String messageKey, String path) {

        /** This page or one below it ({@code /portal/registry/agreements/12} for "Perjanjian"). */
        boolean covers(String currentPath) {
            return currentPath.equals(path) || currentPath.startsWith(path + "/");
        }
    }

    /** Pages under one heading; without a heading ({@code messageKey} null) they stand in the bar by themselves. */
    record Group(@Nullable String messageKey, List<Item> items) {

        static Group untitled(Item... items) {
            return new Group(null, List.of(items));
        }

        static Group titled(String messageKey, Item... items) {
            return new Group(messageKey, List.of(items));
        }

        /** Whether the current page is one of this group's (or below one): its disclosure is open. */
        boolean contains(String currentPath) {
            return items.stream().anyMatch(item -> item.covers(currentPath));
        }
    }

    /** Registry administrators and auditors see the same pages; what an auditor may not change, the pages hide. */
    private static final List<Group> REGISTRY = List.of(
            Group.titled("portal.nav.group.requests",
                    new Item("portal.nav.registry.approvals", RegistryApprovalsPageController.APPROVALS),
                    new Item("portal.nav.registry.users", RegistryUsersPageController.USERS)),
            Group.titled("portal.nav.group.agencies",
                    new Item("portal.nav.registry.agencies", RegistryAgreementsPageController.AGENCIES),
                    new Item("portal.nav.registry.agreements", RegistryAgreementsPageController.AGREEMENTS)),
            Group.titled("portal.nav.group.feedback",
                    new Item("portal.nav.registry.feedback", RegistryFeedbackPageController.PATH),
                    new Item("portal.nav.registry.feedbackReconciliation", RegistryFeedbackPageController.RECONCILIATION)),
            Group.titled("portal.nav.group.reports",
                    new Item("portal.nav.registry.reports", SemesterReportPageController.REGISTRY),
                    new Item("portal.nav.registry.reportsOverdue", SemesterReportPageController.OVERDUE),
                    new Item("portal.nav.registry.compliance", CompliancePageController.PATH),
                    new Item("portal.nav.registry.evaluation", EvaluationPageController.PATH)),
            Group.titled("portal.nav.group.monitoring",
                    new Item("portal.nav.monitoring", MonitoringPageController.PATH),
                    new Item("portal.nav.registry.alerts", AnomalyAlertsPageController.ALERTS),
                    new Item("portal.nav.log", AccessLogPageController.PATH),
                    new Item("portal.nav.adminLog", AccessLogPageController.ADMIN_LOG)));

    private static final Map<Roles, List<Group>> MENUS = Map.of(
            Roles.AGENCY_OPERATOR, List.of(Group.untitled(
                    new Item("portal.nav.lookup", PortalPages.OPERATOR + "/lookup"),
                    new Item("portal.nav.verify", PortalPages.OPERATOR + "/verify"),
                    new Item("portal.nav.history", PortalPages.OPERATOR + "/history"),
                    new Item("portal.nav.feedback", FeedbackFormPageController.FORM),
                    new Item("portal.nav.feedbackUpload", FeedbackUploadPageController.UPLOAD),
                    new Item("portal.nav.feedbackPending", FeedbackFormPageController.PENDING))),
            Roles.AGENCY_ADMIN, List.of(Group.untitled(
                    new Item("portal.nav.admin.usage", AgencyUsagePageController.PATH),
                    new Item("portal.nav.admin.applications", AgencyRequestsPageController.APPLICATIONS),
                    new Item("portal.nav.admin.ips", AgencyRequestsPageController.IPS),
                    new Item("portal.nav.admin.quota", AgencyRequestsPageController.QUOTA),
                    new Item("portal.nav.admin.users", AgencyStaffPageController.USERS),
                    new Item("portal.nav.admin.agreements", AgencyStaffPageController.AGREEMENTS),
                    new Item("portal.nav.admin.reports", SemesterReportPageController.AGENCY))),
            Roles.REGISTRY_ADMIN, REGISTRY,
            Roles.REGISTRY_AUDITOR, REGISTRY);

    /** The role's groups (the start page and "Akun saya" are the layout's, around them); none for a role without pages. */
    static List<Group> of(Roles role) {
        return MENUS.getOrDefault(role, List.of());
    }

    private Navigation() {
    }
}
