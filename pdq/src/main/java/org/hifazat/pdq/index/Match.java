package org.hifazat.pdq.index;

import org.hifazat.pdq.Dihedral;
import org.hifazat.pdq.PdqHash;

/**
 * An indexed hash within the search radius of a query.
 *
 * @param id       the id given when the hash was added
 * @param distance the Hamming distance to the query (to the closest variant, for dihedral queries)
 * @param variant  which variant of the query matched ({@link Dihedral#ORIGINAL} for plain queries)
 * @param hash     the indexed hash
 * @param quality  the quality stored with it
 */
public record Match(long id, int distance, Dihedral variant, PdqHash hash, int quality) {
}
