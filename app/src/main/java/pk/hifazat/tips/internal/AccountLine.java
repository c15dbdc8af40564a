package pk.hifazat.tips.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pk.hifazat.intake.Account;

/**
 * One line of the usernames box as people write it: "TikTok: @name", "snap - name", "name (Instagram)",
 * just "@name", or the address of a profile ("facebook.com/some.profile"), which becomes a profile
 * address on the platform its site names, not a username.
 */
final class AccountLine {

    /** A site's address written with or without its scheme: a host with a dot, then a path. */
    private static final Pattern PROFILE = Pattern.compile(
            "^(?:https?://)?(?:www\\.|m\\.|mobile\\.)?([a-z0-9-]+)\\.[a-z0-9.-]*[a-z]/\\S+$", Pattern.CASE_INSENSITIVE);
    /** "platform: name" or "platform - name" (also with an en or em dash), the platform short. */
    private static final Pattern PLATFORM_FIRST = Pattern.compile("^([^:@/]{1,30}?)\\s*(?::|\\s[-–—]\\s)\\s*(\\S.*)$");
    private static final Pattern PLATFORM_LAST = Pattern.compile("^(.+?)\\s*\\(([^()]{1,30})\\)$");

    private AccountLine() {
    }

    static Account of(String line) {
        Matcher profile = PROFILE.matcher(line);
        if (profile.matches()) {
            String address = line.toLowerCase(Locale.ROOT).startsWith("http") ? line : "https://" + line;
            return new Account(profile.group(1), null, null, null, address, null, null, null, null, null);
        }
        Matcher first = PLATFORM_FIRST.matcher(line);
        if (first.matches()) {
            return username(first.group(1), first.group(2));
        }
        Matcher last = PLATFORM_LAST.matcher(line);
        if (last.matches()) {
            return username(last.group(2), last.group(1));
        }
        return username(null, line);
    }

    private static Account username(String platform, String name) {
        return new Account(platform == null ? null : platform.strip(), null, name.strip(), null, null, null, null, null,
                null, null);
    }
}
