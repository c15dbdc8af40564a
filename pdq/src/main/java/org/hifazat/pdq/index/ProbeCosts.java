package org.hifazat.pdq.index;

/**
 * What a search costs in a table layout, in units of one random memory access, as measured with
 * the benchmarks: a probe (reading a bucket's bounds and its first cache line), a candidate (an
 * entry found in a bucket), and an entry of a linear scan (32 sequential bytes).
 */
record ProbeCosts(double perProbe, double perCandidate, double perScannedEntry) {
}
