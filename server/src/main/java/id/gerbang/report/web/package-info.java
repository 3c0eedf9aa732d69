/** The report module's part of the administration API ({@code /api/v1/admin/semester-reports}). */
@NullMarked
package id.gerbang.report.web;

import org.jspecify.annotations.NullMarked;
