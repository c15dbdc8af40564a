package org.hifazat.pdq.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hifazat.pdq.Dihedral;

/**
 * Gathers the matches of one query as primitive triples (entry, distance, variant), and turns them
 * into {@link Match}es at the end: one per entry, the closest variant, closest first.
 */
final class MatchCollector {

    private static final Dihedral[] VARIANTS = Dihedral.values();

    private long[] packed = new long[16];
    private int count;

    /** Records that entry {@code entry} is at {@code distance} from the query variant {@code variant}. */
    void add(int entry, int distance, int variant) {
        if (count == packed.length) {
            packed = Arrays.copyOf(packed, count * 2);
        }
        // Entry in the high half, then distance, then variant: sorting the longs groups by entry
        // with the closest variant first.
        packed[count++] = ((long) entry << 32) | ((long) distance << 8) | variant;
    }

    List<Match> matches(HashStore store) {
        Arrays.sort(packed, 0, count);
        List<Match> out = new ArrayList<>();
        int previous = -1;
        for (int i = 0; i < count; i++) {
            int entry = (int) (packed[i] >>> 32);
            if (entry == previous) {
                continue;
            }
            previous = entry;
            int distance = (int) (packed[i] >>> 8) & 0xffffff;
            out.add(new Match(store.ids[entry], distance, VARIANTS[(int) packed[i] & 0xff],
                    store.hash(entry), store.quality(entry)));
        }
        out.sort((a, b) -> a.distance() != b.distance()
                ? Integer.compare(a.distance(), b.distance()) : Long.compare(a.id(), b.id()));
        return out;
    }
}
