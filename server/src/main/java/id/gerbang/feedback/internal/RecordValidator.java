package id.gerbang.feedback.internal;

import id.gerbang.agreement.FeedbackKind;
import id.gerbang.feedback.FeedbackSubmission;
import id.gerbang.feedback.FieldProblem;
import id.gerbang.feedback.Programme;
import id.gerbang.feedback.ProgrammeDetails;
import id.gerbang.feedback.SubmissionResult;
import id.gerbang.feedback.VictimDetails;
import id.gerbang.reference.CodeList;
import id.gerbang.reference.CodeLists;
import id.gerbang.registry.InvalidNikException;
import id.gerbang.registry.Nik;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The form of one record, without the database: a NIK by the hard rules, a kind with exactly its
 * details, codes from the reference code lists, dates not after today and a report not before the
 * incident, a programme of the catalogue that is active. The first fault found is reported, named
 * by its field, as every method shows it beside that field (form, workbook cell, JSON path).
 */
@Component
public class RecordValidator {

    static final int CASE_REFERENCE_MAX = 64;
    static final int AID_FORM_MAX = 200;

    private final CodeLists codes;
    private final ProgrammeCatalogue catalogue;

    RecordValidator(CodeLists codes, ProgrammeCatalogue catalogue) {
        this.codes = codes;
        this.catalogue = catalogue;
    }

    /** A record of the right form, with its parsed NIK and (for a programme) the catalogue entry. */
    public record Valid(FeedbackSubmission submission, Nik nik, @Nullable Programme programme) {
    }

    /** Either {@code valid} or {@code refusal}. */
    public record Checked(@Nullable Valid valid, @Nullable SubmissionResult refusal) {
    }

    private record Fault(String field, FieldProblem problem) {
    }

    /** Checks one record against the catalogue as it is now. */
    public Checked check(int index, FeedbackSubmission s, LocalDate today) {
        return check(index, s, today, catalogue.all().stream()
                .collect(Collectors.toMap(p -> p.code().toUpperCase(java.util.Locale.ROOT), Function.identity())));
    }

    /** Checks one record against a catalogue read once for a whole batch. */
    public Checked check(int index, FeedbackSubmission s, LocalDate today, Map<String, Programme> programmes) {
        Nik nik;
        try {
            nik = Nik.parse(s.nik() == null ? "" : s.nik());
        } catch (InvalidNikException e) {
            return fault(index, new Fault("nik", FieldProblem.NOT_A_NIK));
        }
        Fault fault = caseReference(s.caseReference());
        if (fault == null && s.kind() == null) {
            fault = new Fault("kind", FieldProblem.MISSING);
        }
        if (fault != null) {
            return fault(index, fault);
        }
        if (s.withdraw()) {
            return s.victim() == null && s.programme() == null ? new Checked(new Valid(s, nik, null), null)
                    : fault(index, new Fault(s.victim() != null ? "victim" : "programme", FieldProblem.NOT_FOR_THIS_KIND));
        }
        if (s.kind() == FeedbackKind.VICTIM) {
            if (s.programme() != null) {
                return fault(index, new Fault("programme", FieldProblem.NOT_FOR_THIS_KIND));
            }
            if (s.victim() == null) {
                return fault(index, new Fault("victim", FieldProblem.MISSING));
            }
            fault = victim(s.victim(), today);
            return fault == null ? new Checked(new Valid(s, nik, null), null) : fault(index, fault);
        }
        if (s.victim() != null) {
            return fault(index, new Fault("victim", FieldProblem.NOT_FOR_THIS_KIND));
        }
        if (s.programme() == null) {
            return fault(index, new Fault("programme", FieldProblem.MISSING));
        }
        ProgrammeDetails p = s.programme();
        Programme programme = p.programmeCode() == null ? null
                : programmes.get(p.programmeCode().strip().toUpperCase(java.util.Locale.ROOT));
        if (programme == null || !programme.active()) {
            return fault(index, new Fault("programmeCode", FieldProblem.UNKNOWN_PROGRAMME));
        }
        fault = date("aidDate", p.aidDate(), today);
        if (fault == null) {
            fault = text("aidForm", p.aidForm(), AID_FORM_MAX);
        }
        if (fault == null && p.amount() != null && p.amount() < 0) {
            fault = new Fault("amount", FieldProblem.NEGATIVE);
        }
        return fault == null ? new Checked(new Valid(s, nik, programme), null) : fault(index, fault);
    }

    private @Nullable Fault victim(VictimDetails v, LocalDate today) {
        if (v.violenceKinds().isEmpty()) {
            return new Fault("violenceKinds", FieldProblem.MISSING);
        }
        Fault fault = codes("violenceKinds", CodeList.VIOLENCE_TYPE, v.violenceKinds());
        if (fault == null) {
            fault = codes("place", CodeList.INCIDENT_PLACE, Set.of(v.place()));
        }
        if (fault == null) {
            fault = codes("perpetratorRelationship", CodeList.PERPETRATOR_RELATIONSHIP, Set.of(v.perpetratorRelationship()));
        }
        if (fault == null) {
            fault = date("incidentDate", v.incidentDate(), today);
        }
        if (fault == null) {
            fault = date("reportDate", v.reportDate(), today);
        }
        if (fault == null && v.reportDate().isBefore(v.incidentDate())) {
            fault = new Fault("reportDate", FieldProblem.BEFORE_INCIDENT);
        }
        if (fault == null) {
            fault = codes("services", CodeList.SERVICE, v.services());
        }
        if (fault == null && v.disability() != null) {
            fault = codes("disability", CodeList.DISABILITY, Set.of(v.disability()));
        }
        return fault;
    }

    private @Nullable Fault codes(String field, CodeList list, Set<Integer> values) {
        for (Integer value : values) {
            if (value == null || codes.byCode(list, value).isEmpty()) {
                return new Fault(field, FieldProblem.NOT_IN_CODE_LIST);
            }
        }
        return null;
    }

    private static @Nullable Fault caseReference(@Nullable String reference) {
        return text("caseReference", reference, CASE_REFERENCE_MAX);
    }

    private static @Nullable Fault text(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return new Fault(field, FieldProblem.MISSING);
        }
        return value.strip().length() > max ? new Fault(field, FieldProblem.TOO_LONG) : null;
    }

    private static @Nullable Fault date(String field, @Nullable LocalDate value, LocalDate today) {
        if (value == null) {
            return new Fault(field, FieldProblem.MISSING);
        }
        return value.isAfter(today) ? new Fault(field, FieldProblem.IN_THE_FUTURE) : null;
    }

    private static Checked fault(int index, Fault fault) {
        return new Checked(null, SubmissionResult.invalid(index, fault.field(), fault.problem()));
    }
}
