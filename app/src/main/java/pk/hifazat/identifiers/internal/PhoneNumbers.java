package pk.hifazat.identifiers.internal;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers to E.164, read as Pakistani when written without a country code ("0300 1234567"
 * becomes +923001234567). A number need only be possible, not in an allocated range: a suspect's
 * number from a new range must not cost the whole report. But it must be whole: a number that could
 * only be dialled within one city ("12345", possible in Pakistan only locally, without its area code)
 * names nobody and would link unrelated reports, so it is refused.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "PK";

    private PhoneNumbers() {
    }

    public static Optional<String> e164(String written) {
        if (written == null || written.length() > 40) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = PHONES.parse(written, DEFAULT_REGION);
            if (PHONES.isPossibleNumberWithReason(number) != PhoneNumberUtil.ValidationResult.IS_POSSIBLE) {
                return Optional.empty();
            }
            return Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
