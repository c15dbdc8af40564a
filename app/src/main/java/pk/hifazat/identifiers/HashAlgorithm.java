package pk.hifazat.identifiers;

/** How a file was hashed, and how many hexadecimal digits its hash has. The names are stored: never rename one. */
public enum HashAlgorithm {
    MD5(32), SHA1(40), SHA256(64),
    /** Meta's perceptual hash: 256 bits, alike for files that look alike. */
    PDQ(64);

    private final int digits;

    HashAlgorithm(int digits) {
        this.digits = digits;
    }

    public int digits() {
        return digits;
    }
}
