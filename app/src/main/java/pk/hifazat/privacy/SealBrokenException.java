package pk.hifazat.privacy;

/** Sealed bytes that do not open: changed, moved to another owner, or sealed with another key. */
public class SealBrokenException extends RuntimeException {

    public SealBrokenException(String message) {
        super(message);
    }
}
