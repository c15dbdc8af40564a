package pk.hifazat.tips.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

/**
 * The receipt code of the tip just sent, kept in the reporter's session (never in an address) so
 * that the thank-you page still shows it after a reload or a change of language. It is shown for
 * {@link #SHOWN_FOR} only, so that on a shared phone the next person does not find it.
 *
 * @param code   the receipt code
 * @param urgent whether the reporter said a child is in danger now
 * @param until  when the page stops showing it
 */
record ShownReceipt(String code, boolean urgent, Instant until) implements java.io.Serializable {

    static final Duration SHOWN_FOR = Duration.ofMinutes(15);

    private static final String ATTRIBUTE = ShownReceipt.class.getName();

    static void keep(HttpSession session, String code, boolean urgent, Instant now) {
        session.setAttribute(ATTRIBUTE, new ShownReceipt(code, urgent, now.plus(SHOWN_FOR)));
    }

    /** The receipt to show now, if one was kept and its time has not run out (then it is forgotten). */
    static Optional<ShownReceipt> in(HttpSession session, Instant now) {
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof ShownReceipt shown)) {
            return Optional.empty();
        }
        if (now.isAfter(shown.until())) {
            session.removeAttribute(ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(shown);
    }
}
