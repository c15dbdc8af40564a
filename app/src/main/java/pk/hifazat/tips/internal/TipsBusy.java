package pk.hifazat.tips.internal;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The tip pages are too busy to take a form now: no image decode freed up within the busy wait.
 * The reporter is asked to send it again shortly ({@code 503} with {@code Retry-After}, as when
 * upload memory does not free up, see {@link TipAdmission}); nothing of it has been stored.
 */
final class TipsBusy extends Exception {

    /** What the {@code Retry-After} header says, in seconds. */
    static final long RETRY_AFTER_SECONDS = 60;

    TipsBusy() {
        super("The tip pages are busy; the form was not taken");
    }

    /** Marks the response as this answer: 503, try again in a minute. */
    static void answer(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
    }
}
