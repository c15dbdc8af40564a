package org.hifazat.pdq;

/** Thrown when text that should be a 64-digit hexadecimal PDQ hash is not one. */
public final class PdqHashFormatException extends IllegalArgumentException {

    /** @param message what is wrong with the text, for a person to read */
    public PdqHashFormatException(String message) {
        super(message);
    }
}
