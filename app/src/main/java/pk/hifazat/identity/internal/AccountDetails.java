package pk.hifazat.identity.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import pk.hifazat.identity.Role;
import pk.hifazat.identity.UserId;
import pk.hifazat.units.UnitId;

/** What the session keeps of a signed-in account: no password hash once signed in. */
final class AccountDetails implements UserDetails, CredentialsContainer {

    private final UserId id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final UnitId unit;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private transient String passwordHash;

    AccountDetails(Account account) {
        this.id = account.id();
        this.username = account.username();
        this.displayName = account.displayName();
        this.role = account.role();
        this.unit = account.unit();
        this.enabled = account.enabled();
        this.mustChangePassword = account.mustChangePassword();
        this.passwordHash = account.passwordHash();
    }

    UserId id() {
        return id;
    }

    String displayName() {
        return displayName;
    }

    Role role() {
        return role;
    }

    UnitId unit() {
        return unit;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
