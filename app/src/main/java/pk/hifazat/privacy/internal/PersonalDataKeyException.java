package pk.hifazat.privacy.internal;

/** The key that seals personal data is missing or unusable: the application must not start without it. */
class PersonalDataKeyException extends IllegalStateException {

    PersonalDataKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
