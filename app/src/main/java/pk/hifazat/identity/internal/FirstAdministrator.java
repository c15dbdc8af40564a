package pk.hifazat.identity.internal;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.identity.Role;
import pk.hifazat.units.Units;

/**
 * Makes sure a new installation can be signed into: with no users at all, creates the first
 * administrator from {@code HIFAZAT_ADMIN_USERNAME} and {@code HIFAZAT_ADMIN_PASSWORD}, or, when
 * those are unset, as "admin" with a one-time password printed once to the console that must be
 * changed at the first sign-in. Only a web application, which someone signs into, needs one: commands
 * such as {@code ./hifazat audit-verify} leave the users as they are.
 */
@Component
@ConditionalOnWebApplication
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger console = LoggerFactory.getLogger("hifazat.console");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final Accounts accounts;
    private final Units units;
    private final Passwords passwords;
    private final AuditLog audit;
    private final IdentityProperties.FirstAdministratorAccount account;

    FirstAdministrator(Accounts accounts, Units units, Passwords passwords, AuditLog audit, IdentityProperties properties) {
        this.accounts = accounts;
        this.units = units;
        this.passwords = passwords;
        this.audit = audit;
        this.account = properties.firstAdministrator();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        String username = account.username();
        boolean oneTime = !account.hasPassword();
        String password = oneTime ? randomPassword() : account.password();
        var headquarters = units.byCode("HQ").orElseThrow();
        var id = accounts.add(username, "Administrator", passwords.hash(password), Role.ADMINISTRATOR,
                headquarters.id(), oneTime);
        audit.record(new AuditRecord("system", CommonAction.CREATE, "User", id.toString(), null, "first administrator"));
        if (oneTime) {
            console.warn("First administrator created: username '{}', one-time password '{}'. "
                    + "It is shown only now and must be changed at the first sign-in.", username, password);
        } else {
            console.info("First administrator '{}' created from HIFAZAT_ADMIN_USERNAME/HIFAZAT_ADMIN_PASSWORD.", username);
        }
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
