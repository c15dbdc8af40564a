package pk.hifazat.safeguarding.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import pk.hifazat.identity.StaffApi;

/** The staff API's answers to bad input (400, naming the field) and refused steps (409), in both languages. */
@RestControllerAdvice(assignableTypes = SafeguardingApiController.class)
class SafeguardingApiProblems {

    private final SafeguardingMessages messages;

    SafeguardingApiProblems(SafeguardingMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(SafeguardingInputException.class)
    ProblemDetail problem(SafeguardingInputException problem) {
        HttpStatus status = problem.stepRefused() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        ProblemDetail detail = StaffApi.problem(status, problem.stepRefused() ? "Step refused" : "Invalid input",
                messages.english(problem), messages.urdu(problem));
        detail.setProperty("field", problem.field());
        return detail;
    }
}
