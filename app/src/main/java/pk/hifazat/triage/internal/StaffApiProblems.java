package pk.hifazat.triage.internal;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refusal on the staff API is a 403 problem detail (RFC 9457), not the browser's error page; the
 * refusal itself was audited where it was decided ({@code Access} or the role check).
 */
@RestControllerAdvice(assignableTypes = StaffTriageApiController.class)
class StaffApiProblems {

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail refused(AccessDeniedException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Outside your jurisdiction or role; the attempt was recorded.");
        problem.setType(URI.create("urn:hifazat:problem:forbidden"));
        problem.setTitle("Forbidden");
        return problem;
    }
}
