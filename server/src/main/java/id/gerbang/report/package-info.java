/**
 * The agency's semester report (PKS Pasal 8 ayat (1), juknis 2.n): Gerbang computes the figures from
 * its own records up to a signed access-log checkpoint, the agency administrator completes what only
 * the agency can say and attaches the head of the agency's signed statement, submits, and the
 * registry administrator accepts it or returns it with notes; every version is kept with its signed
 * PDF and XLSX. Other modules use {@link id.gerbang.report.SemesterReports}. See {@code docs/report.md}.
 */
@ApplicationModule(displayName = "Report",
        allowedDependencies = {"common", "account", "agreement", "audit", "quota", "feedback"})
@NullMarked
package id.gerbang.report;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
