package pk.hifazat.identity.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountsUserDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final Clock clock;

    AccountsUserDetailsService(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.byUsername(username)
                .map(account -> new AccountDetails(account, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
