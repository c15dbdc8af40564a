package pk.hifazat.identity;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The staff JSON API: each staff page's twin under {@link #PREFIX}, with the same roles and
 * jurisdiction, signed in by the officer's session or by a personal access token from their account
 * page. A module's staff API controller names {@link #SECURITY_SCHEME} in its OpenAPI
 * {@code @SecurityRequirement}; refusals are RFC 9457 problems.
 */
public final class StaffApi {

    public static final String PREFIX = "/api/staff/v1";

    /** The OpenAPI security scheme of the staff API: a personal access token ({@code hzp_…}) as a bearer token. */
    public static final String SECURITY_SCHEME = "staffToken";

    private StaffApi() {
    }

    /**
     * A problem in both of the staff's languages: the English text as the detail, and both under
     * {@code messages} ({@code en}, {@code ur}), so a client shows the officer's own.
     */
    public static ProblemDetail problem(HttpStatus status, String title, String english, String urdu) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, english);
        detail.setTitle(title);
        detail.setProperty("messages", Map.of("en", english, "ur", urdu));
        return detail;
    }
}
