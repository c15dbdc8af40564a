package pk.hifazat.intake.internal.api;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import pk.hifazat.intake.internal.ApiClient;

/** A request authenticated by a reporting organisation's API key. */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    static final String AUTHORITY = "REPORTING_ORGANISATION";

    private final ApiClient client;

    ApiKeyAuthentication(ApiClient client) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.client = client;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public ApiClient getPrincipal() {
        return client;
    }

    /** The audit log's actor for everything this request does. */
    @Override
    public String getName() {
        return client.actor();
    }
}
