package id.gerbang.portal.web;

import id.gerbang.common.Roles;
import java.util.List;
import java.util.Map;

/**
 * The navigation of each role, in order: one line per page, its message key and path. A page that
 * belongs in the menu adds its line here (docs/portal.md); the layout renders the current user's.
 */
final class Navigation {

    record Item(String messageKey, String path) {
    }

    private static final Map<Roles, List<Item>> MENUS = Map.of(
            Roles.AGENCY_OPERATOR, List.of(
                    new Item("portal.nav.home", PortalPages.HOME),
                    new Item("portal.nav.lookup", PortalPages.OPERATOR + "/lookup"),
                    new Item("portal.nav.verify", PortalPages.OPERATOR + "/verify"),
                    new Item("portal.nav.history", PortalPages.OPERATOR + "/history"),
                    new Item("portal.nav.feedback", FeedbackFormPageController.FORM),
                    new Item("portal.nav.feedbackUpload", FeedbackUploadPageController.UPLOAD),
                    new Item("portal.nav.feedbackPending", FeedbackFormPageController.PENDING)),
            Roles.AGENCY_ADMIN, List.of(
                    new Item("portal.nav.home", PortalPages.HOME),
                    new Item("portal.nav.admin.usage", AgencyUsagePageController.PATH),
                    new Item("portal.nav.admin.applications", AgencyRequestsPageController.APPLICATIONS),
                    new Item("portal.nav.admin.ips", AgencyRequestsPageController.IPS),
                    new Item("portal.nav.admin.quota", AgencyRequestsPageController.QUOTA),
                    new Item("portal.nav.admin.users", AgencyStaffPageController.USERS),
                    new Item("portal.nav.admin.agreements", AgencyStaffPageController.AGREEMENTS),
                    new Item("portal.nav.admin.reports", SemesterReportPageController.AGENCY)),
            Roles.REGISTRY_ADMIN, List.of(
                    new Item("portal.nav.home", PortalPages.HOME),
                    new Item("portal.nav.registry.approvals", RegistryApprovalsPageController.APPROVALS),
                    new Item("portal.nav.registry.agencies", RegistryAgreementsPageController.AGENCIES),
                    new Item("portal.nav.registry.agreements", RegistryAgreementsPageController.AGREEMENTS),
                    new Item("portal.nav.registry.users", RegistryUsersPageController.USERS),
                    new Item("portal.nav.registry.reports", SemesterReportPageController.REGISTRY),
                    new Item("portal.nav.registry.reportsOverdue", SemesterReportPageController.OVERDUE),
                    new Item("portal.nav.registry.feedback", RegistryFeedbackPageController.PATH),
                    new Item("portal.nav.registry.feedbackReconciliation", RegistryFeedbackPageController.RECONCILIATION),
                    new Item("portal.nav.registry.compliance", CompliancePageController.PATH),
                    new Item("portal.nav.registry.evaluation", EvaluationPageController.PATH),
                    new Item("portal.nav.monitoring", MonitoringPageController.PATH),
                    new Item("portal.nav.registry.alerts", AnomalyAlertsPageController.ALERTS),
                    new Item("portal.nav.log", AccessLogPageController.PATH),
                    new Item("portal.nav.adminLog", AccessLogPageController.ADMIN_LOG)),
            Roles.REGISTRY_AUDITOR, List.of(
                    new Item("portal.nav.home", PortalPages.HOME),
                    new Item("portal.nav.registry.approvals", RegistryApprovalsPageController.APPROVALS),
                    new Item("portal.nav.registry.agencies", RegistryAgreementsPageController.AGENCIES),
                    new Item("portal.nav.registry.agreements", RegistryAgreementsPageController.AGREEMENTS),
                    new Item("portal.nav.registry.users", RegistryUsersPageController.USERS),
                    new Item("portal.nav.registry.reports", SemesterReportPageController.REGISTRY),
                    new Item("portal.nav.registry.reportsOverdue", SemesterReportPageController.OVERDUE),
                    new Item("portal.nav.registry.feedback", RegistryFeedbackPageController.PATH),
                    new Item("portal.nav.registry.feedbackReconciliation", RegistryFeedbackPageController.RECONCILIATION),
                    new Item("portal.nav.registry.compliance", CompliancePageController.PATH),
                    new Item("portal.nav.registry.evaluation", EvaluationPageController.PATH),
                    new Item("portal.nav.monitoring", MonitoringPageController.PATH),
                    new Item("portal.nav.registry.alerts", AnomalyAlertsPageController.ALERTS),
                    new Item("portal.nav.log", AccessLogPageController.PATH),
                    new Item("portal.nav.adminLog", AccessLogPageController.ADMIN_LOG)));

    private static final List<Item> ACCOUNT = List.of(new Item("portal.nav.account", "/portal/account"));

    static List<Item> of(Roles role) {
        return MENUS.getOrDefault(role, List.of());
    }

    static List<Item> account() {
        return ACCOUNT;
    }

    private Navigation() {
    }
}
