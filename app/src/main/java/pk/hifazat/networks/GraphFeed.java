package pk.hifazat.networks;

import java.time.Instant;

import pk.hifazat.linking.LinkStrength;

/**
 * How other modules add to the graph what only they know — a case opened from reports, persons
 * confirmed as one — so that cases and persons are just more nodes. Idempotent: recording an edge
 * again changes nothing but its strength.
 */
public interface GraphFeed {

    /**
     * Records an edge between two nodes, adding them when new.
     *
     * @param strength {@link LinkStrength#STRONG} joins the two nodes' networks; WEAK is drawn but joins
     *                 nothing; NOISE is neither drawn nor joined
     */
    void link(GraphNode from, GraphNode to, EdgeKind kind, LinkStrength strength, Instant at);
}
