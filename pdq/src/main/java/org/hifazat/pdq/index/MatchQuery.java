package org.hifazat.pdq.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hifazat.pdq.Dihedral;
import org.hifazat.pdq.DihedralHashes;
import org.hifazat.pdq.PdqHash;
import org.hifazat.pdq.PdqResult;

/**
 * What to search an index for: one hash, or the eight dihedral variants of an image, with a radius
 * (default {@value #DEFAULT_RADIUS}) and a quality floor (default
 * {@value PdqResult#DEFAULT_QUALITY_FLOOR}). Immutable; the {@code with…} methods return copies.
 *
 * <p>The floor applies to both sides: indexed hashes below it are not matched, and a query whose
 * own quality is known and below it matches nothing. A floor of 0 matches everything.
 */
public final class MatchQuery {

    /** The usual PDQ match threshold. */
    public static final int DEFAULT_RADIUS = 31;
    /** Quality assumed for a query given as a bare hash. */
    private static final int UNKNOWN_QUALITY = 100;

    private final List<PdqHash> hashes;
    private final List<Dihedral> variants;
    private final int quality;
    private final int radius;
    private final int qualityFloor;

    private MatchQuery(List<PdqHash> hashes, List<Dihedral> variants, int quality, int radius, int qualityFloor) {
        this.hashes = List.copyOf(hashes);
        this.variants = List.copyOf(variants);
        this.quality = quality;
        this.radius = radius;
        this.qualityFloor = qualityFloor;
    }

    /** A query for one hash of unknown quality (so the floor only applies to indexed hashes). */
    public static MatchQuery of(PdqHash hash) {
        Objects.requireNonNull(hash, "hash");
        return new MatchQuery(List.of(hash), List.of(Dihedral.ORIGINAL), UNKNOWN_QUALITY,
                DEFAULT_RADIUS, PdqResult.DEFAULT_QUALITY_FLOOR);
    }

    /** A query for a hash with its quality. */
    public static MatchQuery of(PdqResult result) {
        return new MatchQuery(List.of(result.hash()), List.of(Dihedral.ORIGINAL), result.quality(),
                DEFAULT_RADIUS, PdqResult.DEFAULT_QUALITY_FLOOR);
    }

    /**
     * A query for all eight rotations and flips of an image: an indexed hash matches if it is
     * within the radius of any of them, and is reported once, with the closest variant.
     */
    public static MatchQuery dihedral(DihedralHashes hashes) {
        List<PdqHash> all = new ArrayList<>();
        List<Dihedral> variants = new ArrayList<>();
        for (Dihedral v : Dihedral.values()) {
            all.add(hashes.hash(v));
            variants.add(v);
        }
        return new MatchQuery(all, variants, hashes.quality(), DEFAULT_RADIUS, PdqResult.DEFAULT_QUALITY_FLOOR);
    }

    /** This query with another radius, 0–256. */
    public MatchQuery withRadius(int radius) {
        if (radius < 0 || radius > 256) {
            throw new IllegalArgumentException("radius must be 0..256, not " + radius);
        }
        return new MatchQuery(hashes, variants, quality, radius, qualityFloor);
    }

    /** This query with another quality floor, 0–100 (0 matches hashes of any quality). */
    public MatchQuery withQualityFloor(int qualityFloor) {
        if (qualityFloor < 0 || qualityFloor > 100) {
            throw new IllegalArgumentException("quality floor must be 0..100, not " + qualityFloor);
        }
        return new MatchQuery(hashes, variants, quality, radius, qualityFloor);
    }

    /** The hashes searched for: one, or eight for a dihedral query. */
    public List<PdqHash> hashes() {
        return hashes;
    }

    /** The variant each of {@link #hashes()} stands for. */
    public List<Dihedral> variants() {
        return variants;
    }

    /** The query's own quality (100 when it was given as a bare hash). */
    public int quality() {
        return quality;
    }

    /** The largest Hamming distance that matches. */
    public int radius() {
        return radius;
    }

    /** Hashes of lower quality are not matched. */
    public int qualityFloor() {
        return qualityFloor;
    }
}
