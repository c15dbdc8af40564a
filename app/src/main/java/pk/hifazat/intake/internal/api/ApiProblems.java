package pk.hifazat.intake.internal.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import pk.hifazat.intake.InvalidReportException;

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
}
