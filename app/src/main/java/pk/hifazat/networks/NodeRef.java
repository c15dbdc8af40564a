package pk.hifazat.networks;

import java.util.Objects;

/**
 * A node as other modules name it: its kind and the key that identifies it within the kind (a
 * report's or case's id, an identifier's normal form).
 */
public record NodeRef(NodeKind kind, String key) {

    public NodeRef {
        Objects.requireNonNull(kind, "a node kind");
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A node needs a key");
        }
    }
}
