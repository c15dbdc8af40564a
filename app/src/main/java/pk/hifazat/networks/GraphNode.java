package pk.hifazat.networks;

import java.util.Objects;

import pk.hifazat.geography.DistrictCode;

/**
 * A node with what the picture shows of it.
 *
 * @param label    never a victim's name: children are shown by pseudonym
 * @param district the district whose unit owns the record (decides who sees it), null when unknown
 * @param country  ISO 3166-1 alpha-2 where the node points abroad or at home, null when unknown
 */
public record GraphNode(NodeRef ref, String label, DistrictCode district, String country) {

    public GraphNode {
        Objects.requireNonNull(ref, "a node");
        label = label == null || label.isBlank() ? ref.key() : label;
    }
}
