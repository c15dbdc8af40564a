package pk.hifazat.cooperation.internal;

import org.springframework.context.MessageSourceResolvable;

/** A move or an approval the request's rules do not allow now, with the reason as a message (a 409 in the staff API). */
class RequestRefusedException extends RuntimeException {

    private final transient MessageSourceResolvable reason;

    RequestRefusedException(MessageSourceResolvable reason) {
        super(reason.getCodes()[0]);
        this.reason = reason;
    }

    MessageSourceResolvable reason() {
        return reason;
    }
}
