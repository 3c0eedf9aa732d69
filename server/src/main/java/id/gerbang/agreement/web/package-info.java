/**
 * The agreement module's part of the administration API ({@code /api/v1/admin/agencies},
 * {@code /api/v1/admin/agreements}, {@code /api/v1/admin/elements},
 * {@code /api/v1/admin/notifications}).
 *
 * <p>Request bodies are validated inside the controller methods, after {@code @PreAuthorize}: a
 * caller without the right role gets 403 whatever it sends, and learns nothing about the rules.
 */
@NullMarked
package id.gerbang.agreement.web;

import org.jspecify.annotations.NullMarked;
