package id.gerbang.agreement.web;

import id.gerbang.agreement.Notification;
import id.gerbang.agreement.Notifications;
import id.gerbang.agreement.PageResult;
import id.gerbang.common.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/notifications")
@Tag(name = "Notifications", description = "Stored notifications to the registry administrators (expiry reminders)")
class NotificationApiController {

    private final Notifications notifications;

    NotificationApiController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @PreAuthorize(Roles.ADMIN_OR_AUDITOR)
    @Operation(summary = "Notifications, newest first; open=true for unread ones only")
    PageResult<Notification> list(@RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return notifications.list(open, page, size);
    }

    @PostMapping("/{id}/acknowledge")
    @PreAuthorize(Roles.ADMIN)
    @Operation(summary = "Mark a notification as read")
    Notification acknowledge(@PathVariable long id, Principal principal) {
        return notifications.acknowledge(id, principal.getName());
    }
}
