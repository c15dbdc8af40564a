package pk.hifazat.cooperation.internal;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import pk.hifazat.identity.StaffApi;

/** The staff API's answers to bad input (400, naming the field) and refused steps (409), in both languages. */
@RestControllerAdvice(assignableTypes = CooperationApiController.class)
class CooperationApiProblems {

    private final CooperationMessages messages;

    CooperationApiProblems(CooperationMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RequestInputException.class)
    ProblemDetail badInput(RequestInputException problem) {
        ProblemDetail detail = problem(HttpStatus.BAD_REQUEST, "Invalid input", problem);
        detail.setProperty("field", problem.field());
        return detail;
    }

    @ExceptionHandler(RequestRefusedException.class)
    ProblemDetail refused(RequestRefusedException problem) {
        return problem(HttpStatus.CONFLICT, "Step refused", problem);
    }

    private ProblemDetail problem(HttpStatus status, String title, RuntimeException problem) {
        return StaffApi.problem(status, title, messages.of(problem, Locale.ENGLISH),
                messages.of(problem, CooperationMessages.URDU));
    }
}
