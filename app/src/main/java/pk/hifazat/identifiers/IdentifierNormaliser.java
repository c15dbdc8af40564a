package pk.hifazat.identifiers;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.springframework.stereotype.Component;

import pk.hifazat.identifiers.internal.DirectionControls;
import pk.hifazat.identifiers.internal.EmailAddresses;
import pk.hifazat.identifiers.internal.IpAddresses;
import pk.hifazat.identifiers.internal.NormalForm;
import pk.hifazat.identifiers.internal.PaymentAccounts;
import pk.hifazat.identifiers.internal.PhoneNumbers;
import pk.hifazat.identifiers.internal.Usernames;
import pk.hifazat.identifiers.internal.WalletAddresses;
import pk.hifazat.identifiers.internal.WebAddresses;

/**
 * The one place identifiers are brought to their normal form, and the only maker of
 * {@link Identifier}s: what two modules normalise alike, they link alike. Pure and thread-safe; a
 * plain object in tests ({@code new IdentifierNormaliser(IdentifiersProperties.defaults())}).
 */
@Component
public class IdentifierNormaliser {

    private final Usernames usernames;

    public IdentifierNormaliser(IdentifiersProperties properties) {
        this.usernames = new Usernames(properties.caseInsensitivePlatforms());
    }

    /**
     * The identifier written, in its normal form; empty if it is not one of its kind, or if it holds a
     * Unicode direction control ({@link #directionControl}).
     *
     * @param platform where the identifier is used, as written or as a key ({@link #platform}); kept
     *                 only for kinds that name a platform (see {@link IdentifierKind})
     */
    public Optional<Identifier> normalise(IdentifierKind kind, String written, String platform) {
        Objects.requireNonNull(kind, "kind");
        if (written == null || directionControl(written).isPresent()) {
            return Optional.empty();
        }
        Optional<NormalForm> form = switch (kind) {
            case PHONE -> NormalForm.alone(PhoneNumbers.e164(written));
            case EMAIL -> NormalForm.alone(EmailAddresses.normalise(written));
            case PROFILE_URL -> NormalForm.alone(WebAddresses.normalise(written));
            case IP -> NormalForm.alone(IpAddresses.normalise(written));
            case USERNAME -> {
                String key = platform(platform);
                yield NormalForm.on(key, usernames.username(key, written));
            }
            case USER_ID, DEVICE_ID -> NormalForm.on(platform(platform), trimmed(written));
            case WALLET -> WalletAddresses.normalise(written);
            case PAYMENT_ACCOUNT -> PaymentAccounts.normalise(written, platform(platform));
        };
        return form.map(normal -> new Identifier(kind, normal.value(), normal.platform()));
    }

    /**
     * An identifier read back from storage. It is normalised again and must come out unchanged, so
     * that an identifier from the database links exactly as one just written.
     *
     * @throws IllegalArgumentException if the value or platform is not in its normal form
     */
    public Identifier stored(IdentifierKind kind, String value, String platform) {
        Identifier identifier = normalise(kind, value, platform).orElseThrow(() -> new IllegalArgumentException(
                "stored " + kind + " is not one: " + value));
        if (!identifier.value().equals(value) || !Objects.equals(identifier.platform(), platform)) {
            throw new IllegalArgumentException("stored " + kind + " is not in its normal form: " + value
                    + (platform == null ? "" : " on " + platform) + " (normal: " + identifier + ")");
        }
        return identifier;
    }

    /** A phone number in E.164, read as Pakistani when written without a country code. */
    public Optional<Identifier> phone(String written) {
        return normalise(IdentifierKind.PHONE, written, null);
    }

    /** An e-mail address, trimmed and lower-cased. */
    public Optional<Identifier> email(String written) {
        return normalise(IdentifierKind.EMAIL, written, null);
    }

    /**
     * A web address that is not itself an identifier (where a file was found), in the normal form a
     * {@link IdentifierKind#PROFILE_URL} has, so that the two can be compared.
     */
    public Optional<String> webAddress(String written) {
        return WebAddresses.normalise(written);
    }

    /**
     * The platform's key: lower case, single spaces, common short names expanded ("IG" is "instagram"),
     * without direction controls; null when none was given.
     */
    public String platform(String written) {
        return usernames.platform(DirectionControls.removed(written));
    }

    /**
     * The first Unicode direction control in what was written, if any: an embedding, override or
     * isolate (U+202A–U+202E, U+2066–U+2069) or a direction mark (U+200E, U+200F, U+061C). Shown, such
     * a character reorders the text around it (after U+202E, "ali_99" shows as "99_ila"), so what people
     * read is not what is stored. An identifier never needs one, and {@link #normalise} refuses them.
     */
    public OptionalInt directionControl(String written) {
        return DirectionControls.first(written);
    }

    private static Optional<String> trimmed(String written) {
        String value = written.strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
