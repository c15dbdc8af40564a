package pk.hifazat.media.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A refused lookup, answered as an RFC 9457 problem with a stable type a client can switch on. */
final class LookupProblem extends RuntimeException {

    private final transient ProblemDetail problem;
    private final long retryAfter;

    private LookupProblem(ProblemDetail problem, long retryAfter) {
        super(problem.getTitle(), null, false, false);
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    ProblemDetail problem() {
        return problem;
    }

    long retryAfter() {
        return retryAfter;
    }

    /** Every field at fault, by its path in the request ({@code hashes[2].value}). */
    static LookupProblem invalid(List<Map<String, String>> errors) {
        ProblemDetail p = of(HttpStatus.BAD_REQUEST, "invalid-lookup", "The lookup is not valid",
                errors.size() + " field(s) are not valid; nothing was looked up.");
        p.setProperty("errors", errors);
        return new LookupProblem(p, 0);
    }

    static LookupProblem notShared(String detail) {
        return new LookupProblem(of(HttpStatus.FORBIDDEN, "bank-not-shared", "A bank is not shared with your organisation",
                detail), 0);
    }

    static LookupProblem tooMany(long seconds) {
        return new LookupProblem(of(HttpStatus.TOO_MANY_REQUESTS, "too-many-lookups", "Too many lookups",
                "Your organisation has used its lookups for this minute; try again in " + seconds + " seconds."), seconds);
    }

    static LookupProblem busy() {
        return new LookupProblem(of(HttpStatus.SERVICE_UNAVAILABLE, "lookup-busy", "Images cannot be hashed right now",
                "Too many images are being hashed; send it again in a few seconds."), 5);
    }

    static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    private static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("urn:hifazat:problem:" + type));
        p.setTitle(title);
        return p;
    }
}
