package pk.hifazat.networks.internal;

import java.time.Instant;

import pk.hifazat.linking.LinkStrength;
import pk.hifazat.networks.EdgeKind;

/** An edge as the projection holds it. */
record StoredEdge(long source, long target, EdgeKind kind, LinkStrength strength, Instant seenAt) {
}
