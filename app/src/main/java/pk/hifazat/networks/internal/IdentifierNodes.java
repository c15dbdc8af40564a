package pk.hifazat.networks.internal;

import java.util.Optional;

import pk.hifazat.identifiers.HashAlgorithm;
import pk.hifazat.identifiers.IdentifierCountry;
import pk.hifazat.identifiers.IdentifierKind;
import pk.hifazat.networks.NodeKind;
import pk.hifazat.networks.NodeRef;

/**
 * How an identifier or file hash that linking names becomes a node: its node kind, key, label and
 * the country it points to — a phone number's calling code, an e-mail address's country domain.
 */
final class IdentifierNodes {

    private IdentifierNodes() {
    }

    /** The node kind of a linking key's kind; empty for the derived handle key, which is not drawn. */
    static Optional<NodeKind> kindOf(String linkingKind) {
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            if (algorithm.name().equals(linkingKind)) {
                return Optional.of(NodeKind.MEDIA);
            }
        }
        return Optional.ofNullable(switch (linkingKind) {
            case "PHONE" -> NodeKind.PHONE;
            case "EMAIL" -> NodeKind.EMAIL;
            case "USERNAME", "USER_ID" -> NodeKind.ACCOUNT;
            case "PROFILE_URL" -> NodeKind.URL;
            case "IP" -> NodeKind.IP;
            case "DEVICE_ID" -> NodeKind.DEVICE;
            case "WALLET", "PAYMENT_ACCOUNT" -> NodeKind.WALLET;
            default -> null;
        });
    }

    /** The key keeps linking's kind and platform, so that a user id and a username never fold into one node. */
    static NodeRef ref(NodeKind kind, String linkingKind, String value, String platform) {
        return new NodeRef(kind, linkingKind + '\u001f' + (platform == null ? "" : platform) + '\u001f' + value);
    }

    static String label(NodeKind kind, String value, String platform) {
        String shown = kind == NodeKind.MEDIA && value.length() > 16 ? value.substring(0, 16) + "…" : value;
        return platform == null ? shown : shown + " · " + platform;
    }

    /** ISO 3166-1 alpha-2 of the country the identifier points to, or null. */
    static String country(NodeKind kind, String value) {
        return switch (kind) {
            case PHONE -> IdentifierCountry.of(IdentifierKind.PHONE, value).orElse(null);
            case EMAIL -> IdentifierCountry.of(IdentifierKind.EMAIL, value).orElse(null);
            default -> null;
        };
    }
}
