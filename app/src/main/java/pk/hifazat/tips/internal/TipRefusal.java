package pk.hifazat.tips.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * A tip form refused before its body was read, and the page that says why: the request is
 * forwarded to {@link #PAGE} seen {@linkplain WithoutBody without its body}, so that rendering the
 * answer cannot make the container read the upload after all.
 *
 * @param reason     why
 * @param path       the address the form was posted to
 * @param status     the HTTP status of the answer
 * @param retryAfter when to try again ({@code Retry-After}), or null where trying again is no help
 */
record TipRefusal(Reason reason, String path, int status, Duration retryAfter) {

    /** Where refusals are rendered. */
    static final String PAGE = "/report/refused";

    private static final String ATTRIBUTE = TipRefusal.class.getName();

    enum Reason {
        /** The client sent more tips, or looked up more receipts, than an hour allows. */
        TOO_MANY(null, null),
        /** Upload memory did not free up within the busy wait. */
        BUSY(null, null),
        /** The form was over what the server receives, or broken, so none of it can be read. */
        CUT_OFF("tip.form.cutOff", "receipt.cutOff"),
        /**
         * The form's CSRF token did not match: usually a session that ended (30 idle minutes) while
         * the form was open, otherwise a form posted from another site.
         */
        EXPIRED("tip.form.expired", "receipt.expired");

        private final String onTipForm;
        private final String onReceiptPage;

        /** The messages of a reason answered on the (empty) form it came from; null for the others. */
        Reason(String onTipForm, String onReceiptPage) {
            this.onTipForm = onTipForm;
            this.onReceiptPage = onReceiptPage;
        }
    }

    /**
     * Answers with the refusal page; the body stays unread. The status and {@code Retry-After} are
     * set here, before the forward, which keeps them.
     */
    void answer(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setStatus(status);
        if (retryAfter != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter.toSeconds()));
        }
        request.setAttribute(ATTRIBUTE, this);
        request.getRequestDispatcher(PAGE).forward(new WithoutBody(request), response);
    }

    /** The address a request was posted to, within the application. */
    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The refusal being rendered, if this request is one. */
    static Optional<TipRefusal> of(HttpServletRequest request) {
        return Optional.ofNullable((TipRefusal) request.getAttribute(ATTRIBUTE));
    }

    /** Whether the refused form was the receipt page's. */
    boolean fromReceiptPage() {
        return path.startsWith("/receipt");
    }

    /** The message that says on the form why nothing of it could be read. */
    String message() {
        return fromReceiptPage() ? reason.onReceiptPage : reason.onTipForm;
    }
}
