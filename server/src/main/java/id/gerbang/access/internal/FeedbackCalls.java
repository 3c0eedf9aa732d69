package id.gerbang.access.internal;

import id.gerbang.access.ServiceOutcome;
import id.gerbang.account.AccountView;
import id.gerbang.account.Accounts;
import id.gerbang.account.UserId;
import id.gerbang.agreement.FeedbackMethod;
import id.gerbang.audit.AccessChannel;
import id.gerbang.audit.AccessOutcome;
import id.gerbang.common.CommonError;
import id.gerbang.common.GerbangException;
import id.gerbang.feedback.BatchReply;
import id.gerbang.feedback.FeedbackError;
import id.gerbang.feedback.FeedbackRecords;
import id.gerbang.feedback.FeedbackSubmission;
import id.gerbang.feedback.SubmissionResult;
import id.gerbang.feedback.Submitter;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Data balikan by web service, on both surfaces (docs/feedback.md "Web service"): the caller is
 * admitted as for a lookup (user active, agency, agreement in force, channel, registered address),
 * the records are read from JSON and judged by {@link FeedbackRecords}, and every call, refused or
 * not, is one access-log entry of operation {@code FEEDBACK} (outcome {@code FEEDBACK_RECEIVED}
 * when the batch was judged, without NIK: a batch names many). The compatible method
 * {@code CALL_DATA_BALIKAN} also needs the web-service token of juknis 3.a (field {@code token}),
 * compared in constant time against its stored hash by the account module.
 */
@Component
public class FeedbackCalls {

    /** The compatible method name. */
    public static final String METHOD = "CALL_DATA_BALIKAN";

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES) // "withdraw" may be left out
            .build();

    /** The compatible surface's codes for data balikan (docs/access.md, wire-protocol notes). */
    public enum WireCode {
        RECEIVED("01", "Data Balikan Diterima"),
        TOKEN_INVALID("30", "Token Web Service Tidak Sesuai"),
        BATCH_TOO_LARGE("31", "Jumlah Data Balikan Melebihi Batas"),
        BATCH_UNREADABLE("32", "Data Balikan Tidak Dapat Dibaca"),
        IDEMPOTENCY_KEY_REUSED("33", "Kunci Idempotensi Sudah Dipakai untuk Kiriman Lain"),
        INVALID_RECORD("34", "Isian Data Balikan Tidak Sah"),
        NIK_NOT_LOOKED_UP("35", "NIK Tidak Pernah Diakses Instansi"),
        LOOKUP_WINDOW_PASSED("36", "Batas Waktu Data Balikan Terlewati"),
        KIND_NOT_ALLOWED("37", "Jenis Data Balikan Tidak Diizinkan PKS"),
        METHOD_NOT_ALLOWED("38", "Metode Data Balikan Tidak Diizinkan PKS"),
        RECORD_NOT_FOUND("39", "Data Balikan yang Ditarik Tidak Ditemukan");

        public final String code;
        public final String text;

        WireCode(String code, String text) {
            this.code = code;
            this.text = text;
        }

        /** The code of one refused record. */
        static WireCode of(FeedbackError error) {
            return switch (error) {
                case NIK_NOT_LOOKED_UP -> NIK_NOT_LOOKED_UP;
                case LOOKUP_WINDOW_PASSED -> LOOKUP_WINDOW_PASSED;
                case KIND_NOT_ALLOWED -> KIND_NOT_ALLOWED;
                case METHOD_NOT_ALLOWED -> METHOD_NOT_ALLOWED;
                case RECORD_NOT_FOUND, RECORD_WITHDRAWN -> RECORD_NOT_FOUND;
                case BATCH_TOO_LARGE -> BATCH_TOO_LARGE;
                case IDEMPOTENCY_KEY_REUSED -> IDEMPOTENCY_KEY_REUSED;
                default -> INVALID_RECORD;
            };
        }
    }

    /** A v1 call's verdict: a refusal of the whole call (as a problem), or the answer to send. */
    public record V1Reply(String requestId, @Nullable ServiceOutcome refusal, @Nullable BatchReply reply,
            @Nullable GerbangException error) {
    }

    /** A compatible call's answer: the JSON to send (always HTTP 200). */
    public record CompatibleReply(String requestId, byte[] body) {
    }

    private final AccessGate gate;
    private final AccessRecorder recorder;
    private final FeedbackRecords feedback;
    private final Accounts accounts;
    private final OutcomeTexts texts;
    private final CompatibleResponseWriter writer;

    FeedbackCalls(AccessGate gate, AccessRecorder recorder, FeedbackRecords feedback, Accounts accounts,
            OutcomeTexts texts, CompatibleResponseWriter writer) {
        this.writer = writer;
        this.gate = gate;
        this.recorder = recorder;
        this.feedback = feedback;
        this.accounts = accounts;
        this.texts = texts;
    }

    /**
     * {@code POST /api/v1/feedback} by a service account's bearer token.
     *
     * @param idempotencyKey the {@code Idempotency-Key} header, if sent (at most 128 characters)
     * @param body           the raw body, {@code null} when it was larger than {@code gerbang.access.max-body-bytes}
     * @return with {@code error} the refusals of the whole request that are not access refusals:
     *         {@code MALFORMED_REQUEST} (no {@code records} array, wrong types, a bad key),
     *         {@code BATCH_TOO_LARGE}, {@code IDEMPOTENCY_KEY_REUSED} (logged as {@code INVALID_PARAMETERS})
     */
    public V1Reply v1(AccountView account, InetAddress source, @Nullable String idempotencyKey, byte @Nullable [] body) {
        CallRecord call = new CallRecord(AccessChannel.WEB_SERVICE_V1).operation(Operation.FEEDBACK)
                .source(source.getHostAddress(), null)
                .caller(account.userId().value(), account.agency(), account.agreement());
        Admission admission = gate.admitAccount(account, source, null, a -> true);
        if (!admission.isAdmitted()) {
            recorder.record(call, admission.refusal(), List.of());
            return new V1Reply(call.requestId(), admission.refusal(), null, null);
        }
        Caller caller = admission.caller();
        call.caller(caller.userId(), caller.agency(), caller.agreement().id());
        try {
            if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 128)) {
                throw new GerbangException(CommonError.MALFORMED_REQUEST);
            }
            if (body == null) {
                // larger than gerbang.access.max-body-bytes: left unread, as on the compatible surface
                throw new GerbangException(FeedbackError.BATCH_TOO_LARGE, feedback.maxBatch());
            }
            JsonNode root = read(body);
            List<FeedbackSubmission> batch = records(root == null ? null : root.get("records"));
            Submitter submitter = new Submitter(caller.agency(), caller.userId(), FeedbackMethod.WEB_SERVICE);
            String requestId = call.requestId();
            BatchReply reply = idempotencyKey == null
                    ? new BatchReply(v1Body(requestId, feedback.submit(submitter, batch)), false, List.of())
                    : feedback.submitOnce(submitter, "v1:" + idempotencyKey, sha256(body), batch,
                            results -> v1Body(requestId, results));
            recorder.record(call, AccessOutcome.FEEDBACK_RECEIVED, List.of());
            return new V1Reply(requestId, null, reply, null);
        } catch (GerbangException e) {
            recorder.record(call, ServiceOutcome.INVALID_PARAMETERS, List.of());
            return new V1Reply(call.requestId(), null, null, e);
        }
    }

    /** The compatible method {@code CALL_DATA_BALIKAN}: credentials, token, records in one JSON body. */
    public CompatibleReply compatible(CompatibleService.Path path, byte @Nullable [] body, Map<String, String[]> query,
            InetAddress source) {
        CallRecord call = new CallRecord(AccessChannel.WEB_SERVICE_COMPATIBLE).operation(Operation.FEEDBACK);
        if (body == null) {
            call.source(source.getHostAddress(), null);
            recorder.record(call, ServiceOutcome.INVALID_PARAMETERS, List.of());
            return error(call, ServiceOutcome.INVALID_PARAMETERS.wireCode(), texts.text(ServiceOutcome.INVALID_PARAMETERS));
        }
        CompatibleRequest request = CompatibleRequestParser.parse(body, query);
        call.source(source.getHostAddress(), request.claimedIp()).localUser(request.localUser()).purpose(request.purpose());
        Admission admission = gate.admit(request.userId(), request.password(), source, request.claimedIp(), path.matcher());
        call.caller(admission.userId(), admission.agency(), admission.agreement());
        if (!admission.isAdmitted()) {
            recorder.record(call, admission.refusal(), List.of());
            ServiceOutcome shown = admission.refusal();
            return error(call, shown.wireCode(), texts.text(shown));
        }
        Caller caller = admission.caller();
        JsonNode root;
        try {
            root = read(body);
        } catch (GerbangException e) {
            root = null;
        }
        String token = root == null ? null : text(root, "token", "TOKEN", "web_service_token");
        if (token == null || !accounts.verifyToken(UserId.of(caller.userId()), token)) {
            // a wrong token is a failed sign-in for the log (it does not count towards lockout)
            recorder.record(call, AccessOutcome.LOGIN_FAILED, List.of());
            return error(call, WireCode.TOKEN_INVALID);
        }
        List<FeedbackSubmission> batch;
        try {
            batch = records(root.get("records"));
        } catch (GerbangException e) {
            recorder.record(call, ServiceOutcome.INVALID_PARAMETERS, List.of());
            return error(call, WireCode.BATCH_UNREADABLE);
        }
        Submitter submitter = new Submitter(caller.agency(), caller.userId(), FeedbackMethod.WEB_SERVICE);
        String key = text(root, "idempotency_key", "IDEMPOTENCY_KEY");
        try {
            byte[] answer;
            if (key == null) {
                answer = compatibleBody(call.requestId(), feedback.submit(submitter, batch));
            } else if (key.length() > 128) {
                recorder.record(call, ServiceOutcome.INVALID_PARAMETERS, List.of());
                return error(call, WireCode.BATCH_UNREADABLE);
            } else {
                String requestId = call.requestId();
                answer = feedback.submitOnce(submitter, "compatible:" + key,
                        sha256(root.get("records").toString().getBytes(StandardCharsets.UTF_8)), batch,
                        results -> compatibleBody(requestId, results)).body();
            }
            recorder.record(call, AccessOutcome.FEEDBACK_RECEIVED, List.of());
            return new CompatibleReply(call.requestId(), answer);
        } catch (GerbangException e) {
            recorder.record(call, ServiceOutcome.INVALID_PARAMETERS, List.of());
            return error(call, e.errorCode() instanceof FeedbackError f ? WireCode.of(f) : WireCode.BATCH_UNREADABLE);
        }
    }

    private static @Nullable JsonNode read(byte @Nullable [] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            JsonNode root = JSON.readTree(body);
            return root != null && root.isObject() ? root : null;
        } catch (JacksonException e) {
            throw new GerbangException(CommonError.MALFORMED_REQUEST);
        }
    }

    /** The records of a batch; a missing array, or a record of the wrong shape, refuses the whole batch. */
    static List<FeedbackSubmission> records(@Nullable JsonNode array) {
        if (array == null || !array.isArray()) {
            throw new GerbangException(CommonError.MALFORMED_REQUEST);
        }
        List<FeedbackSubmission> batch = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            if (!node.isObject()) {
                throw new GerbangException(CommonError.MALFORMED_REQUEST);
            }
            try {
                batch.add(JSON.treeToValue(node, FeedbackSubmission.class));
            } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
                throw new GerbangException(CommonError.MALFORMED_REQUEST);
            }
        }
        return batch;
    }

    private static @Nullable String text(JsonNode root, String... names) {
        for (String name : names) {
            JsonNode v = root.get(name);
            if (v != null && v.isString() && !v.asString().isBlank()) {
                return v.asString();
            }
        }
        return null;
    }

    /** The v1 answer: counts, then one result per record in order. No record content, no victim value. */
    static byte[] v1Body(String requestId, List<SubmissionResult> results) {
        ObjectNode root = JSON.createObjectNode();
        root.put("requestId", requestId);
        root.put("accepted", count(results, SubmissionResult.Status.ACCEPTED));
        root.put("duplicates", count(results, SubmissionResult.Status.DUPLICATE));
        root.put("refused", count(results, SubmissionResult.Status.REFUSED));
        ArrayNode list = root.putArray("results");
        for (SubmissionResult r : results) {
            ObjectNode o = list.addObject();
            o.put("index", r.index());
            o.put("status", r.status().name());
            if (r.recordId() != null) {
                o.put("recordId", r.recordId());
                o.put("version", r.version());
            }
            if (r.error() != null) {
                o.put("error", r.error().code());
                putIf(o, "field", r.field());
                putIf(o, "problem", r.problem() == null ? null : r.problem().name());
                putIf(o, "argument", r.argument() == null ? null : r.argument().toString());
            }
        }
        return JSON.writeValueAsBytes(root);
    }

    /** The compatible answer, written by the compatible surface's one writer. */
    private byte[] compatibleBody(String requestId, List<SubmissionResult> results) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.feedbackResults(out, requestId, results);
        return out.toByteArray();
    }

    private CompatibleReply error(CallRecord call, WireCode code) {
        return error(call, code.code, code.text);
    }

    /** {@code {"RESPON": text, "RESPONSE_CODE": code}} in the page envelope, as a lookup's error. */
    private CompatibleReply error(CallRecord call, String code, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.lookupError(out, code, text);
        return new CompatibleReply(call.requestId(), out.toByteArray());
    }

    private static void putIf(ObjectNode o, String name, @Nullable String value) {
        if (value != null) {
            o.put(name, value);
        }
    }

    private static int count(List<SubmissionResult> results, SubmissionResult.Status status) {
        return CompatibleResponseWriter.count(results, status);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
