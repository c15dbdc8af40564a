package pk.hifazat.cases.internal;

import org.springframework.context.MessageSourceResolvable;

/** A status change the case is not ready for; the message says what is missing. */
public class TransitionRefusedException extends RuntimeException {

    private final transient MessageSourceResolvable reason;

    public TransitionRefusedException(MessageSourceResolvable reason) {
        super(reason.getCodes()[0]);
        this.reason = reason;
    }

    public MessageSourceResolvable reason() {
        return reason;
    }
}
