package id.gerbang.portal.web;

import id.gerbang.account.Accounts;
import id.gerbang.account.Actor;
import id.gerbang.agreement.FeedbackKind;
import id.gerbang.agreement.FeedbackMethod;
import id.gerbang.common.GerbangException;
import id.gerbang.feedback.FeedbackDrafts;
import id.gerbang.feedback.FeedbackError;
import id.gerbang.feedback.FeedbackRecords;
import id.gerbang.feedback.FeedbackSubmission;
import id.gerbang.feedback.FieldProblem;
import id.gerbang.feedback.PendingFeedback;
import id.gerbang.registry.Nik;
import id.gerbang.feedback.ProgrammeDetails;
import id.gerbang.feedback.Submitter;
import id.gerbang.feedback.SubmissionResult;
import id.gerbang.feedback.VictimDetails;
import id.gerbang.reference.CodeList;
import id.gerbang.reference.CodeLists;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Data balikan by the online form (issue 16, method 3): one form per kind (victim information,
 * programme recipient), drop-downs from the reference code lists and the programme catalogue. The
 * page only turns the form's text into a {@link FeedbackSubmission}; every rule (the lookup window,
 * the kinds and methods of the agreement, the code lists, the dates) is the feedback module's
 * ({@link FeedbackRecords#submit}), whose refusal is shown beside the field it names.
 */
@Controller
class FeedbackFormPageController {

    static final String FORM = PortalPages.OPERATOR + "/feedback";
    static final String START = FORM + "/start";
    static final String PENDING = FORM + "/pending";
    private static final java.time.format.DateTimeFormatter STAMP =
            java.time.format.DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm 'WIB'");

    /** The form's fields, in their order on the page (also the order of the error summary). */
    static final List<String> VICTIM_FIELDS = List.of("nik", "caseReference", "violenceKinds", "place",
            "perpetratorRelationship", "incidentDate", "reportDate", "services", "disability");
    static final List<String> PROGRAMME_FIELDS = List.of("nik", "caseReference", "programmeCode", "aidDate", "aidForm",
            "amount");

    private final FeedbackRecords records;
    private final PendingFeedback pending;
    private final FeedbackDrafts drafts;
    private final CodeLists codeLists;
    private final Accounts accounts;
    private final MessageSource messages;

    FeedbackFormPageController(FeedbackRecords records, PendingFeedback pending, FeedbackDrafts drafts,
            CodeLists codeLists, Accounts accounts, MessageSource messages) {
        this.records = records;
        this.drafts = drafts;
        this.pending = pending;
        this.codeLists = codeLists;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping(FORM)
    @PreAuthorize(PortalPages.OPERATOR_ONLY)
    String form(@RequestParam(defaultValue = "VICTIM") String kind, Authentication authentication,
            HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        FeedbackKind k = kindOf(kind);
        Map<String, Object> values = new LinkedHashMap<>();
        drafts.find(authentication.getName(), k).ifPresent(draft -> {
            values.putAll(values(new org.springframework.util.LinkedMultiValueMap<>(draft)));
            model.addAttribute("draftLoaded", true);
        });
        FeedbackMethod method = "POPUP".equals(values.get("method")) ? FeedbackMethod.POPUP : FeedbackMethod.ONLINE_FORM;
        return render(k, method, values, Map.of(), model);
    }

    /** The pop-up's "fill in now": the form of the chosen kind for the NIK just looked up, method POPUP. */
    @PostMapping(START)
    @PreAuthorize(PortalPages.OPERATOR_ONLY)
    String start(@RequestParam(defaultValue = "") String nik, @RequestParam(defaultValue = "VICTIM") String kind,
            @RequestParam(defaultValue = "POPUP") String method, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("nik", nik.strip());
        return render(kindOf(kind), "ONLINE_FORM".equals(method) ? FeedbackMethod.ONLINE_FORM : FeedbackMethod.POPUP,
                values, Map.of(), model);
    }

    /** The pop-up's "later": the NIK waits in "Data balikan tertunda". */
    @PostMapping(PENDING)
    @PreAuthorize(PortalPages.OPERATOR_ONLY)
    String postpone(@RequestParam(defaultValue = "") String nik, Authentication authentication,
            RedirectAttributes redirect) {
        Actor actor = accounts.actorOf(authentication);
        if (actor.agency() != null && Nik.isValid(nik.strip())) {
            pending.postpone(actor.agency(), actor.userId(), Nik.parse(nik.strip()));
            redirect.addFlashAttribute("notice", text("portal.feedback.pending.postponed"));
        }
        return "redirect:" + PENDING;
    }

    @GetMapping(PENDING)
    @PreAuthorize(PortalPages.OPERATOR_ONLY)
    String pendingList(Authentication authentication, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Actor actor = accounts.actorOf(authentication);
        List<PendingRow> rows = actor.agency() == null ? List.of() : pending.open(actor.agency()).stream()
                .map(p -> new PendingRow(p.nik(), Nik.parse(p.nik()).masked(), p.userId(),
                        STAMP.format(p.postponedAt().atZone(id.gerbang.common.JakartaTime.ZONE))))
                .toList();
        model.addAttribute("pending", rows);
        return "portal/operator/feedback-pending";
    }

    /** One row of "Data balikan tertunda". */
    record PendingRow(String nik, String masked, String userId, String postponedAt) {
    }

    @PostMapping(FORM)
    @PreAuthorize(PortalPages.OPERATOR_ONLY)
    String submit(@RequestParam MultiValueMap<String, String> form, Authentication authentication,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        response.setHeader("Cache-Control", "no-store");
        FeedbackKind kind = kindOf(first(form, "kind"));
        FeedbackMethod method = "POPUP".equals(first(form, "method")) ? FeedbackMethod.POPUP : FeedbackMethod.ONLINE_FORM;
        if ("draft".equals(first(form, "action"))) {
            Actor actor = accounts.actorOf(authentication);
            if (actor.agency() == null) {
                throw new GerbangException(id.gerbang.common.CommonError.FORBIDDEN);
            }
            Map<String, List<String>> fields = new LinkedHashMap<>();
            form.forEach((k, v) -> {
                if (!k.equals("_csrf") && !k.equals("action")) {
                    fields.put(k, v);
                }
            });
            drafts.save(actor.agency(), actor.userId(), kind, fields);
            redirect.addFlashAttribute("notice", text("portal.feedback.draft.saved"));
            return "redirect:" + FORM + "?kind=" + kind.name();
        }
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        FeedbackSubmission submission = kind == FeedbackKind.VICTIM ? victim(form, fieldErrors) : programme(form, fieldErrors);
        List<AccountPageController.FieldError> errors = new ArrayList<>();
        if (fieldErrors.isEmpty()) {
            Actor actor = accounts.actorOf(authentication);
            if (actor.agency() == null) {
                throw new GerbangException(id.gerbang.common.CommonError.FORBIDDEN);
            }
            SubmissionResult result = records.submit(new Submitter(actor.agency(), actor.userId(), method),
                    List.of(submission)).getFirst();
            if (result.stored()) {
                drafts.discard(actor.userId(), kind);
                redirect.addFlashAttribute("notice", text(result.status() == SubmissionResult.Status.DUPLICATE
                        ? "portal.feedback.duplicate" : "portal.feedback.saved", result.version()));
                return "redirect:" + FORM + "?kind=" + kind.name();
            }
            if (result.field() != null && result.problem() != null && fields(kind).contains(result.field())) {
                fieldErrors.put(result.field(), problem(result.problem()));
            } else {
                errors.add(new AccountPageController.FieldError("", refusal(result)));
            }
        }
        for (String field : fields(kind)) {
            if (fieldErrors.containsKey(field)) {
                errors.add(new AccountPageController.FieldError(field,
                        text("portal.feedback.field." + field) + ": " + fieldErrors.get(field)));
            }
        }
        model.addAttribute("errors", errors);
        response.setStatus(422);
        return render(kind, method, values(form), fieldErrors, model);
    }

    private String render(FeedbackKind kind, FeedbackMethod method, Map<String, Object> values,
            Map<String, String> fieldErrors, Model model) {
        model.addAttribute("kind", kind.name());
        model.addAttribute("method", method.name());
        model.addAttribute("values", values);
        model.addAttribute("fieldErrors", fieldErrors);
        if (kind == FeedbackKind.VICTIM) {
            model.addAttribute("violenceKinds", codeLists.all(CodeList.VIOLENCE_TYPE));
            model.addAttribute("places", codeLists.all(CodeList.INCIDENT_PLACE));
            model.addAttribute("relationships", codeLists.all(CodeList.PERPETRATOR_RELATIONSHIP));
            model.addAttribute("services", codeLists.all(CodeList.SERVICE));
            model.addAttribute("disabilities", codeLists.all(CodeList.DISABILITY));
        } else {
            model.addAttribute("programmes", records.programmes().stream().filter(p -> p.active()).toList());
        }
        return "portal/operator/feedback-form";
    }

    /** The form's values as typed, to fill the form again (multi-valued fields as sets of strings). */
    private static Map<String, Object> values(MultiValueMap<String, String> form) {
        Map<String, Object> values = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.equals("violenceKinds") || k.equals("services")) {
                values.put(k, new LinkedHashSet<>(v));
            } else if (!k.equals("_csrf")) {
                values.put(k, v.isEmpty() ? "" : v.getFirst());
            }
        });
        return values;
    }

    private FeedbackSubmission victim(MultiValueMap<String, String> form, Map<String, String> errors) {
        Set<Integer> kinds = codes(form, "violenceKinds", errors);
        Integer place = number(form, "place", true, errors);
        Integer relationship = number(form, "perpetratorRelationship", true, errors);
        LocalDate incident = date(form, "incidentDate", true, errors);
        LocalDate report = date(form, "reportDate", true, errors);
        Set<Integer> services = codes(form, "services", errors);
        Integer disability = number(form, "disability", false, errors);
        if (!errors.isEmpty()) {
            return FeedbackSubmission.withdrawal("", FeedbackKind.VICTIM, "");
        }
        return FeedbackSubmission.victim(first(form, "nik").strip(), first(form, "caseReference").strip(),
                new VictimDetails(kinds, place, relationship, incident, report, services, disability));
    }

    private FeedbackSubmission programme(MultiValueMap<String, String> form, Map<String, String> errors) {
        LocalDate aid = date(form, "aidDate", true, errors);
        Long amount = null;
        String amountText = first(form, "amount").replace(".", "").strip();
        if (!amountText.isEmpty()) {
            try {
                amount = Long.parseLong(amountText);
            } catch (NumberFormatException e) {
                errors.put("amount", text("portal.feedback.notANumber"));
            }
        }
        if (!errors.isEmpty()) {
            return FeedbackSubmission.withdrawal("", FeedbackKind.PROGRAMME_RECIPIENT, "");
        }
        return FeedbackSubmission.programme(first(form, "nik").strip(), first(form, "caseReference").strip(),
                new ProgrammeDetails(first(form, "programmeCode").strip(), aid, first(form, "aidForm").strip(), amount));
    }

    private Set<Integer> codes(MultiValueMap<String, String> form, String field, Map<String, String> errors) {
        Set<Integer> codes = new LinkedHashSet<>();
        for (String v : form.getOrDefault(field, List.of())) {
            try {
                codes.add(Integer.parseInt(v.strip()));
            } catch (NumberFormatException e) {
                errors.put(field, problem(FieldProblem.NOT_IN_CODE_LIST));
            }
        }
        return codes;
    }

    private @Nullable Integer number(MultiValueMap<String, String> form, String field, boolean required,
            Map<String, String> errors) {
        String v = first(form, field).strip();
        if (v.isEmpty()) {
            if (required) {
                errors.put(field, problem(FieldProblem.MISSING));
            }
            return null;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            errors.put(field, problem(FieldProblem.NOT_IN_CODE_LIST));
            return null;
        }
    }

    private @Nullable LocalDate date(MultiValueMap<String, String> form, String field, boolean required,
            Map<String, String> errors) {
        String v = first(form, field).strip();
        if (v.isEmpty()) {
            if (required) {
                errors.put(field, problem(FieldProblem.MISSING));
            }
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.put(field, text("portal.feedback.notADate"));
            return null;
        }
    }

    private static List<String> fields(FeedbackKind kind) {
        return kind == FeedbackKind.VICTIM ? VICTIM_FIELDS : PROGRAMME_FIELDS;
    }

    private static FeedbackKind kindOf(@Nullable String kind) {
        return "PROGRAMME_RECIPIENT".equals(kind) ? FeedbackKind.PROGRAMME_RECIPIENT : FeedbackKind.VICTIM;
    }

    private static String first(MultiValueMap<String, String> form, String field) {
        String v = form.getFirst(field);
        return v == null ? "" : v;
    }

    private String problem(FieldProblem problem) {
        return text("feedback.problem." + problem.name());
    }

    /** A refusal that names no field of the form: the feedback module's own text and code. */
    private String refusal(SubmissionResult result) {
        FeedbackError error = result.error() == null ? FeedbackError.INVALID_RECORD : result.error();
        Object argument = result.argument() == null ? "" : result.argument();
        Object second = result.problem() == null ? "" : problem(result.problem());
        return text("error." + error.name(), result.field() != null ? result.field() : argument, second)
                + " (" + error.name() + ")";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
