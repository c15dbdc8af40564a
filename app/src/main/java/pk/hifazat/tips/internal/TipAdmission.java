package pk.hifazat.tips.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decides on a form posted to the tip pages before its body is read, right after the CSRF check
 * (which reads the token of a multipart form from the address, see {@link CsrfTokenBeforeTheBody}):
 *
 * <ol>
 * <li>the client's rate limit: over it, 429 with {@code Retry-After}, unread, unless the form is a
 *     tip of typed text only, which is read and shown again as typed (with the same 429);
 * <li>a form with files that declares more than the container receives cannot be read at all:
 *     413, on the form, in the reporter's language, saying that what was typed was lost too;
 * <li>upload memory: the form's declared length is reserved before its body is read; when none
 *     frees up within the busy wait, 503 with {@code Retry-After};
 * <li>the body is then read, and if the container gives up on it (too many parts, over a limit,
 *     broken off), the form is answered as in 2.
 * </ol>
 *
 * Only then does the request go on to the pages, with the form's memory held until it is answered.
 * A refused body is read and discarded by the container (up to {@code server.tomcat.max-swallow-size})
 * so that the browser shows the answer; it is never held in memory.
 */
final class TipAdmission extends OncePerRequestFilter {

    private static final Duration BUSY_RETRY = Duration.ofSeconds(TipsBusy.RETRY_AFTER_SECONDS);

    /** The most a tip form without files takes: every text box full, and the multipart framing. */
    private static final long TYPED_ONLY = 64 * 1024;

    private final TipRateLimits limits;
    private final UploadMemory memory;
    private final long largestForm;

    /** @param largestForm the most bytes the container receives in one form */
    TipAdmission(TipRateLimits limits, UploadMemory memory, long largestForm) {
        this.limits = limits;
        this.memory = memory;
        this.largestForm = largestForm;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = TipRefusal.pathOf(request);
        Optional<Duration> wait = path.startsWith("/receipt") ? limits.lookUp(request) : limits.submit(request);
        if (wait.isPresent() && keepsWhatWasTyped(path, request)) {
            TipRateLimits.markOverLimit(request, wait.get());
        } else if (wait.isPresent()) {
            new TipRefusal(TipRefusal.Reason.TOO_MANY, path, 429, wait.get()).answer(request, response);
            return;
        }
        if (!WithoutBody.isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > largestForm) {
            new TipRefusal(TipRefusal.Reason.CUT_OFF, path, 413, null).answer(request, response);
            return;
        }
        Optional<UploadMemory.Reservation> reservation;
        try {
            reservation = memory.reserve(declared < 0 ? largestForm : declared);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reservation = Optional.empty();
        }
        if (reservation.isEmpty()) {
            new TipRefusal(TipRefusal.Reason.BUSY, path, 503, BUSY_RETRY).answer(request, response);
            return;
        }
        UploadMemory.Reservation held = reservation.get();
        try (held) {
            int unreadable = unreadableBecause(request);
            if (unreadable != 0) {
                new TipRefusal(TipRefusal.Reason.CUT_OFF, path, unreadable, null).answer(request, response);
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /**
     * A tip form over the client's limit that holds only what was typed (no files, so it is small) is
     * read all the same and shown again as typed, so that a reporter on a busy shared address loses
     * nothing; one with files is refused unread.
     */
    private static boolean keepsWhatWasTyped(String path, HttpServletRequest request) {
        long declared = request.getContentLengthLong();
        return path.equals("/report") && declared >= 0 && declared <= TYPED_ONLY;
    }

    /**
     * Reads the parts; 0 if they could be read, otherwise the status of the answer: 413 when the
     * container stopped at one of its limits, 400 when the body was broken.
     */
    private static int unreadableBecause(HttpServletRequest request) {
        try {
            request.getParts();
            return 0;
        } catch (IllegalStateException | IOException | ServletException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t.getClass().getSimpleName().endsWith("LimitExceededException")) {
                    return 413;
                }
            }
            return 400;
        }
    }
}
