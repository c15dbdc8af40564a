package pk.hifazat.networks.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of networks.
 *
 * @param maxDrawnNodes         the most nodes a picture draws; a larger network is shown around the
 *                              chosen node, two steps out
 * @param maxWeakNeighbours     the most nodes linked only weakly (IP addresses) drawn beside a network
 * @param exactBetweennessUpTo  up to this many nodes betweenness is exact; above, it is sampled
 * @param betweennessSample     how many source nodes the sampled betweenness uses
 */
@ConfigurationProperties("hifazat.networks")
public record NetworksProperties(@DefaultValue("500") int maxDrawnNodes,
                                 @DefaultValue("100") int maxWeakNeighbours,
                                 @DefaultValue("2000") int exactBetweennessUpTo,
                                 @DefaultValue("200") int betweennessSample) {

    public NetworksProperties {
        if (maxDrawnNodes < 10 || maxDrawnNodes > 5_000) {
            throw new IllegalArgumentException("hifazat.networks.max-drawn-nodes must be between 10 and 5000");
        }
        if (maxWeakNeighbours < 0) {
            throw new IllegalArgumentException("hifazat.networks.max-weak-neighbours must be zero or more");
        }
        if (exactBetweennessUpTo < 0) {
            throw new IllegalArgumentException("hifazat.networks.exact-betweenness-up-to must be zero or more");
        }
        if (betweennessSample < 1) {
            throw new IllegalArgumentException("hifazat.networks.betweenness-sample must be at least 1");
        }
    }
}
