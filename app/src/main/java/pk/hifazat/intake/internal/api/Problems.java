package pk.hifazat.intake.internal.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import pk.hifazat.intake.Violation;

/**
 * The API's errors as RFC 9457 problem details. Each kind has a stable type URI a client can
 * switch on; a refused report lists every field at fault under {@code errors}.
 */
final class Problems {

    static final String INVALID_REPORT = "urn:hifazat:problem:invalid-report";
    static final String TOO_LARGE = "urn:hifazat:problem:too-large";
    static final String UNAUTHENTICATED = "urn:hifazat:problem:unauthenticated";
    static final String IDEMPOTENCY_KEY_REUSED = "urn:hifazat:problem:idempotency-key-reused";
    static final String BAD_IDEMPOTENCY_KEY = "urn:hifazat:problem:bad-idempotency-key";
    static final String UNSTORABLE = "urn:hifazat:problem:unstorable-report";
    /** The code of a bulk line the database refused: the same name as the single report's problem type. */
    static final String UNSTORABLE_CODE = "unstorable-report";
    static final String UNAVAILABLE = "urn:hifazat:problem:unavailable";
    static final String TOO_MANY_IMPORTS = "urn:hifazat:problem:too-many-imports";
    static final String BUSY = "urn:hifazat:problem:busy";
    /** Seconds a client is asked to wait before sending a report again when intake is busy. */
    static final int BUSY_RETRY_SECONDS = 2;
    /** Seconds a client is asked to wait before sending a bulk file again when too many imports are running. */
    static final int IMPORT_RETRY_SECONDS = 30;

    private Problems() {
    }

    static ProblemDetail invalidReport(List<Violation> violations) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, INVALID_REPORT, "The report is not valid",
                violations.size() + " field(s) are not valid; nothing was stored.");
        problem.setProperty("errors", errors(violations));
        return problem;
    }

    static List<Map<String, String>> errors(List<Violation> violations) {
        return violations.stream()
                .map(v -> Map.of("field", v.field(), "code", v.code(), "message", v.message()))
                .toList();
    }

    static ProblemDetail tooLarge(long limit) {
        return of(HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE, "The report is too large",
                "A report may have at most " + limit + " bytes; nothing was stored.");
    }

    static ProblemDetail unauthenticated(String detail) {
        return of(HttpStatus.UNAUTHORIZED, UNAUTHENTICATED, "Not authenticated", detail);
    }

    static ProblemDetail idempotencyKeyReused() {
        return of(HttpStatus.UNPROCESSABLE_CONTENT, IDEMPOTENCY_KEY_REUSED, "The Idempotency-Key was used for another request",
                "This Idempotency-Key was already used with a different request body; use a new key for a new report.");
    }

    static ProblemDetail badIdempotencyKey() {
        return of(HttpStatus.BAD_REQUEST, BAD_IDEMPOTENCY_KEY, "The Idempotency-Key is not valid",
                "An Idempotency-Key has 1 to 255 visible ASCII characters.");
    }

    static ProblemDetail unstorable() {
        return of(HttpStatus.UNPROCESSABLE_CONTENT, UNSTORABLE, "The report could not be stored",
                "The database refused this report as it is, although it passed every check; nothing was stored, and "
                        + "sending it again will not help. The reports sent with it were not affected.");
    }

    static ProblemDetail tooManyImports() {
        return of(HttpStatus.SERVICE_UNAVAILABLE, TOO_MANY_IMPORTS, "Too many bulk imports are running",
                "Nothing was read or stored; send the file again in " + IMPORT_RETRY_SECONDS + " seconds.");
    }

    static ProblemDetail busy() {
        return of(HttpStatus.SERVICE_UNAVAILABLE, BUSY, "Intake is busy",
                "More reports are arriving than can be stored at this moment. Nothing was read or stored; send the report "
                        + "again in " + BUSY_RETRY_SECONDS + " seconds.");
    }

    static ProblemDetail unavailable() {
        return of(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE, "Reports cannot be taken in right now",
                "Nothing was stored; send the report again in a minute.");
    }

    private static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(type));
        problem.setTitle(title);
        return problem;
    }
}
