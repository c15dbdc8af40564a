package org.hifazat.pdq.index;

/** The cryptographic digests banks share beside PDQ, for exact matching. */
public enum DigestAlgorithm {
    /** 128-bit MD5. */
    MD5(16),
    /** 160-bit SHA-1. */
    SHA1(20),
    /** 256-bit SHA-256. */
    SHA256(32);

    private final int bytes;

    DigestAlgorithm(int bytes) {
        this.bytes = bytes;
    }

    /** Digest length in bytes. */
    public int bytes() {
        return bytes;
    }

    /** Digest length in 64-bit words, rounded up (SHA-1 is padded with zeros). */
    int words() {
        return (bytes + 7) / 8;
    }
}
