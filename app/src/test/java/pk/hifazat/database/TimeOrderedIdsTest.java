package pk.hifazat.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void idsAreTimeOrdered() throws InterruptedException {
        var first = TimeOrderedIds.next();
        Thread.sleep(2);
        var second = TimeOrderedIds.next();
        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(first.toString().compareTo(second.toString())).isNegative();
    }
}
