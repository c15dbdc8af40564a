package pk.hifazat.identifiers.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Web addresses (profile URLs, where a file was found): http or https with a host; "https://" is
 * assumed when a reporter leaves it out. Scheme and host are lower-cased and a default port is
 * dropped so that the same page written twice links reports; path and query are kept as sent.
 */
public final class WebAddresses {

    private WebAddresses() {
    }

    public static Optional<String> normalise(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String text = written.strip();
        if (text.isEmpty() || text.length() > 2048 || text.chars().anyMatch(c -> Character.isWhitespace(c) || c < 0x20)) {
            return Optional.empty();
        }
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (!(scheme.equals("http") || scheme.equals("https")) || host == null || host.isEmpty()
                    || !host.contains(".") && !host.startsWith("[")) {
                return Optional.empty();
            }
            StringBuilder address = new StringBuilder(text.length()).append(scheme).append("://");
            if (uri.getRawUserInfo() != null) {
                address.append(uri.getRawUserInfo()).append('@');
            }
            address.append(host.toLowerCase(Locale.ROOT));
            int port = uri.getPort();
            if (port != -1 && !(port == 80 && scheme.equals("http")) && !(port == 443 && scheme.equals("https"))) {
                address.append(':').append(port);
            }
            address.append(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
            if (uri.getRawQuery() != null) {
                address.append('?').append(uri.getRawQuery());
            }
            if (uri.getRawFragment() != null) {
                address.append('#').append(uri.getRawFragment());
            }
            return Optional.of(address.toString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
