package org.hifazat.pdq.index;

import java.util.List;
import org.hifazat.pdq.PdqHash;

/**
 * A searchable set of PDQ hashes, each with a quality and a caller-given id. Every
 * implementation finds all indexed hashes within the radius (100% recall). Built once, then
 * immutable and safe to search from many threads.
 *
 * <pre>{@code
 * HashIndex index = HashIndex.builder()
 *         .add(PdqHash.parse(hex), quality, bankRowId)
 *         ...
 *         .build();
 * List<Match> hits = index.search(MatchQuery.of(uploadResult));          // radius 31, floor 50
 * List<Match> all = index.search(MatchQuery.dihedral(hashes).withRadius(20));
 * }</pre>
 */
public interface HashIndex {

    /** A builder for the default index, {@link MultiIndexHashIndex}. */
    static HashIndexBuilder builder() {
        return new HashIndexBuilder();
    }

    /** The number of indexed hashes. */
    int size();

    /**
     * All indexed hashes within the query's radius of any of its hashes and at or above its
     * quality floor, closest first (ties by id); each indexed hash at most once.
     */
    List<Match> search(MatchQuery query);

    /** Same as {@code search(MatchQuery.of(hash).withRadius(radius))}. */
    default List<Match> search(PdqHash hash, int radius) {
        return search(MatchQuery.of(hash).withRadius(radius));
    }
}
