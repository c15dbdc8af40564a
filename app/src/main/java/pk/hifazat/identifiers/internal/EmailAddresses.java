package pk.hifazat.identifiers.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * E-mail addresses, trimmed and lower-cased so that the same mailbox written twice links reports.
 * The form check is deliberately plain (a local part, an at sign, a domain with a dot): addresses
 * come from platforms that have already accepted them.
 */
public final class EmailAddresses {

    private static final Pattern FORM = Pattern.compile(
            "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+\\p{L}[\\p{L}\\p{N}-]{0,62}");

    private EmailAddresses() {
    }

    public static Optional<String> normalise(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String address = written.strip().toLowerCase(Locale.ROOT);
        if (address.length() > 254 || address.indexOf('@') > 64 || !FORM.matcher(address).matches()) {
            return Optional.empty();
        }
        return Optional.of(address);
    }
}
