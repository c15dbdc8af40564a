package pk.hifazat.cases.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import pk.hifazat.identity.StaffApi;

/** The staff API's answers to bad input (400, naming the field) and refused transitions (409), in both languages. */
@RestControllerAdvice(assignableTypes = CasesApiController.class)
class CasesApiProblems {

    private final CaseMessages messages;

    CasesApiProblems(CaseMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CaseInputException.class)
    ProblemDetail badInput(CaseInputException problem) {
        ProblemDetail detail = problem(HttpStatus.BAD_REQUEST, "Invalid input", problem);
        detail.setProperty("field", problem.field());
        return detail;
    }

    @ExceptionHandler(TransitionRefusedException.class)
    ProblemDetail refused(TransitionRefusedException problem) {
        return problem(HttpStatus.CONFLICT, "Transition refused", problem);
    }

    private ProblemDetail problem(HttpStatus status, String title, RuntimeException problem) {
        return StaffApi.problem(status, title, messages.english(problem), messages.urdu(problem));
    }
}
