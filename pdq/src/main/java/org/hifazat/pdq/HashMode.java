package org.hifazat.pdq;

/** Which flavour of PDQ to compute. */
public enum HashMode {
    /**
     * The interoperable PDQ of Meta's library: every pixel takes part. Use this for hashes that are
     * exchanged with other systems.
     */
    CORE,
    /**
     * What Meta's C++ command-line tool computes: an image wider or taller than 512 pixels is first
     * squashed to exactly 512×512 by nearest neighbour. Faster on big images; its hashes differ
     * from {@link #CORE} by a few bits.
     */
    CLI
}
