package pk.hifazat.networks.internal;

import java.time.Instant;

import pk.hifazat.geography.DistrictCode;
import pk.hifazat.networks.NodeKind;

/** A node as the projection holds it. */
record StoredNode(long id, NodeKind kind, String key, String label, DistrictCode district, String country,
                  Instant seenAt) {
}
