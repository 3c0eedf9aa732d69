/** The feedback module's part of the administration API ({@code /api/v1/admin/feedback}). */
@NullMarked
package id.gerbang.feedback.web;

import org.jspecify.annotations.NullMarked;
