package pk.hifazat.identifiers.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IP addresses as literals, never looked up: IPv4 in dotted decimal (no leading zeros, which some
 * tools read as octal), IPv6 in the canonical text form of RFC 5952 (lower case, longest run of
 * zero groups shortened), IPv4-mapped IPv6 as the IPv4 address.
 */
public final class IpAddresses {

    private static final Pattern DOTTED_QUAD =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private IpAddresses() {
    }

    public static Optional<String> normalise(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String literal = written.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        if (literal.isEmpty() || literal.length() > 45 || literal.indexOf('%') >= 0) {
            return Optional.empty();
        }
        if (literal.indexOf(':') < 0) {
            return DOTTED_QUAD.matcher(literal).matches() ? Optional.of(literal) : Optional.empty();
        }
        try {
            InetAddress address = InetAddress.ofLiteral(literal);
            if (address instanceof Inet4Address) {
                return Optional.of(address.getHostAddress());
            }
            return Optional.of(canonical((Inet6Address) address));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String canonical(Inet6Address address) {
        byte[] bytes = address.getAddress();
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < 8 && groups[i] == 0) {
                i++;
            }
            if (i - start > bestLength) {
                bestStart = start;
                bestLength = i - start;
            }
        }
        StringBuilder text = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
