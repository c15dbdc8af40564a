package pk.hifazat.identity;

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
}
