package id.gerbang.report.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the semester report ({@code gerbang.report.*}).
 *
 * @param firstHalfDueMonth  the month (1-12) whose last day is the due date of the January-June report (June)
 * @param secondHalfDueMonth the month whose last day is the due date of the July-December report (December)
 * @param statementMaxBytes  largest signed statement of the head of the agency (PDF) accepted
 * @param overdueSemesters   how many past semesters the overdue list looks back
 * @param feedbackThreshold  the data-balikan rate (0-1) below which an agency needs attention
 * @param complianceDays     how many days back the compliance status computes the data-balikan rate
 * @param reminderDays       how many days before the due date the agency's administrators are reminded
 */
@ConfigurationProperties("gerbang.report")
@Validated
public record ReportProperties(
        @DefaultValue("6") @Min(1) @Max(12) int firstHalfDueMonth,
        @DefaultValue("12") @Min(1) @Max(12) int secondHalfDueMonth,
        @DefaultValue("5242880") @Min(1024) @Max(52_428_800) int statementMaxBytes,
        @DefaultValue("4") @Min(1) @Max(20) int overdueSemesters,
        @DefaultValue({"30", "7"}) @NotEmpty List<@Min(0) @Max(180) Integer> reminderDays,
        @DefaultValue("0.8") @DecimalMin("0") @DecimalMax("1") double feedbackThreshold,
        @DefaultValue("180") @Min(1) @Max(3660) int complianceDays) {
}
