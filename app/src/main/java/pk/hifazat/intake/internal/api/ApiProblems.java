package pk.hifazat.intake.internal.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import pk.hifazat.intake.InvalidReportException;
import pk.hifazat.intake.internal.IntakeUnavailableException;
import pk.hifazat.intake.internal.UnstorableReportException;

/** The API's own refusals as problem details; Spring's (415, 405, 404…) come as problem details too. */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    @ExceptionHandler
    ProblemDetail invalid(InvalidReportException e) {
        return Problems.invalidReport(e.violations());
    }

    @ExceptionHandler
    ProblemDetail tooLarge(ReportTooLargeException e) {
        return Problems.tooLarge(e.limit());
    }

    @ExceptionHandler
    ProblemDetail reused(IdempotencyKeyReusedException e) {
        return Problems.idempotencyKeyReused();
    }

    @ExceptionHandler
    ProblemDetail badKey(BadIdempotencyKeyException e) {
        return Problems.badIdempotencyKey();
    }

    /** Answered without the database's message, which may quote the report. */
    @ExceptionHandler
    ProblemDetail unstorable(UnstorableReportException e) {
        return Problems.unstorable();
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooManyImports(TooManyImportsException e) {
        return retryLater(Problems.IMPORT_RETRY_SECONDS, Problems.tooManyImports());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> busy(IntakeBusyException e) {
        return retryLater(Problems.BUSY_RETRY_SECONDS, Problems.busy());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unavailable(IntakeUnavailableException e) {
        return retryLater(60, Problems.unavailable());
    }

    /** 503: nothing was stored, and the client may send it again after {@code seconds}. */
    private static ResponseEntity<ProblemDetail> retryLater(int seconds, ProblemDetail problem) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", Integer.toString(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
