package id.gerbang.access.web;

import id.gerbang.access.internal.V1Request;
import id.gerbang.common.JsonLimits;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The v1 API's request and response bodies as the OpenAPI description shows them, and the lenient
 * reading of request bodies (numbers where strings are expected are accepted: a NIK sent as a JSON
 * number is still a NIK). The bodies are read from bytes by hand so that even an unreadable body
 * reaches the checks and is recorded in the access log.
 */
final class V1Bodies {

    /**
     * Within {@link JsonLimits}; floats as {@code BigDecimal}, never a {@code double} (which turns
     * {@code 1e400} into infinity) and never expanded to plain digits (which turns
     * {@code 1e600000000} into six hundred million of them).
     */
    private static final JsonMapper JSON = JsonMapper.builder(JsonLimits.factory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    static final String LOCAL_USER = "The agency's local end user on whose behalf the call is made (the person behind the "
            + "service account), recorded in the access log and shown in the NIK's access history; at most 128 "
            + "characters (longer is 422 INVALID_PARAMETERS); required, with purpose, when the agreement says so "
            + "(422 LOCAL_USER_REQUIRED)";
    static final String PURPOSE = "Purpose or case reference, recorded in the access log (at most 200 characters kept); "
            + "required, with localUser, when the agreement says so";

    private V1Bodies() {
    }

    @Schema(name = "LookupRequest")
    record LookupBody(
            @Schema(description = "The NIK, 16 digits", example = "3204104501900003") String nik,
            @Schema(description = PURPOSE, example = "Kasus 2026/117")
            @Nullable String purpose,
            @Schema(description = LOCAL_USER, maxLength = 128, example = "petugas.uptd.03")
            @Nullable String localUser) {
    }

    @Schema(name = "FamilyLookupRequest", description = "Exactly one of nik and noKk")
    record FamilyBody(@Nullable String nik, @Nullable String noKk,
            @Schema(description = PURPOSE, example = "Kasus 2026/117") @Nullable String purpose,
            @Schema(description = LOCAL_USER, maxLength = 128, example = "petugas.uptd.03")
            @Nullable String localUser) {
    }

    @Schema(name = "VerificationRequest")
    record VerifyBody(
            @Schema(example = "3204104501900003") String nik,
            @Schema(description = "Element name to the value the caller holds", example = "{\"NAMA_LGKP\": \"Ratna Kusuma\", \"TGL_LHR\": \"1990-01-05\"}")
            Map<String, String> elements,
            @Schema(description = "0-100; a fuzzy element matches at or above it; default 90", example = "80")
            @Nullable Integer threshold,
            @Schema(description = PURPOSE, example = "Kasus 2026/117") @Nullable String purpose,
            @Schema(description = LOCAL_USER, maxLength = 128, example = "petugas.uptd.03")
            @Nullable String localUser) {
    }

    @Schema(name = "TokenRequest", description = "Or the OAuth 2.0 client-credentials form: grant_type=client_credentials, "
            + "client_id, client_secret (in the form or as HTTP Basic)")
    record TokenBody(@Schema(example = "dp3akb.service") String userId, String password) {
    }

    @Schema(name = "TokenResponse")
    record TokenResponse(String access_token, @Schema(example = "Bearer") String token_type,
            @Schema(example = "1800") long expires_in, String expires_at) {
    }

    @Schema(name = "PersonResponse", description = "Only the elements the agreement grants, keyed by element name")
    record PersonResponse(String requestId, Map<String, Object> person) {
    }

    @Schema(name = "FamilyResponse")
    record FamilyResponse(String requestId, List<Map<String, Object>> members) {
    }

    @Schema(name = "VerificationResponse")
    record VerificationResponse(String requestId, int threshold, List<ElementResult> results) {
    }

    record ElementResult(String element, boolean match, @Schema(description = "0-100, fuzzy elements only") @Nullable Integer score) {
    }

    @Schema(name = "FeedbackBatchRequest", description = "Data balikan: up to gerbang.feedback.max-batch records (docs/feedback.md)")
    record FeedbackBatchBody(
            @Schema(description = "The records, each of one kind with exactly that kind's details")
            List<id.gerbang.feedback.FeedbackSubmission> records) {
    }

    @Schema(name = "FeedbackQueryRequest")
    record FeedbackQueryBody(@Schema(description = "The NIK, 16 digits", example = "3204105208150001") String nik) {
    }

    @Schema(name = "FeedbackResult", description = "What became of one record")
    record FeedbackResult(
            @Schema(description = "Its position in the batch, from 0") int index,
            @Schema(description = "ACCEPTED (a new version stored), DUPLICATE (the latest version already says this) or REFUSED")
            String status,
            @Schema(description = "The record across its versions (ACCEPTED, DUPLICATE)") @Nullable String recordId,
            @Schema(description = "The version stored or found") @Nullable Integer version,
            @Schema(description = "Why it was refused: INVALID_RECORD, NIK_NOT_LOOKED_UP, LOOKUP_WINDOW_PASSED, "
                    + "KIND_NOT_ALLOWED, METHOD_NOT_ALLOWED, RECORD_NOT_FOUND, RECORD_WITHDRAWN") @Nullable String error,
            @Schema(description = "INVALID_RECORD: the field at fault", example = "victim.incidentDate") @Nullable String field,
            @Schema(description = "INVALID_RECORD: MISSING, NOT_A_NIK, NOT_IN_CODE_LIST, IN_THE_FUTURE, BEFORE_INCIDENT, "
                    + "TOO_LONG, NEGATIVE, UNKNOWN_PROGRAMME, NOT_FOR_THIS_KIND") @Nullable String problem,
            @Schema(description = "The argument of the error's text (window in days, kind, method)") @Nullable String argument) {
    }

    @Schema(name = "FeedbackBatchResponse")
    record FeedbackBatchResponse(String requestId, int accepted, int duplicates, int refused, List<FeedbackResult> results) {
    }

    @Schema(name = "Problem", description = "RFC 9457 problem details")
    record Problem(String type, String title, int status, String detail, String instance, String code,
            @Schema(description = "The compatible surface's RESPONSE_CODE for the same outcome") String responseCode,
            Map<String, String> messages, @Nullable String requestId) {
    }

    /** {@link #read(byte[])} of a body that was too large: unreadable, answered 422 and logged. */
    static V1Request read(byte @Nullable [] body) {
        if (body == null || body.length == 0) {
            return V1Request.unreadable();
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            return V1Request.unreadable();
        }
        if (root == null || !root.isObject()) {
            return V1Request.unreadable();
        }
        Map<String, String> elements = new LinkedHashMap<>();
        JsonNode e = root.get("elements");
        if (e != null && e.isObject()) {
            for (Map.Entry<String, JsonNode> entry : e.properties()) {
                elements.put(entry.getKey(), text(entry.getValue()));
            }
        }
        return new V1Request(true, text(root.get("nik")), text(root.get("noKk")), elements,
                text(root.get("threshold")), text(root.get("purpose")), text(root.get("localUser")));
    }

    /**
     * The value as text; a number as its {@code BigDecimal} or integer text ({@code 3.2041E+15},
     * {@code 80.0}): a NIK in float notation is thus refused by the NIK rules (issue 13 point 7),
     * a threshold of {@code 80.0} still reads as 80.
     */
    private static @Nullable String text(@Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isContainer()) {
            return null;
        }
        if (node.isFloatingPointNumber()) {
            // the tree keeps no text, and 3.2041E15 may come back as plain digits: keep it a float
            String d = node.decimalValue().toString();
            return d.indexOf('.') >= 0 || d.indexOf('E') >= 0 ? d : d + ".0";
        }
        String s = node.isNumber() ? node.numberValue().toString() : node.asString();
        return s == null || s.isBlank() ? null : s.strip();
    }
}
