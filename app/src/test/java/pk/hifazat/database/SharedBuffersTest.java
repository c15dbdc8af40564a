package pk.hifazat.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class SharedBuffersTest {

    @Test
    void takesAQuarterOfTheMachinesMemoryBetween128MegabytesAndTwoGigabytes() {
        assertThat(SharedBuffers.forMemory(DataSize.ofGigabytes(4).toBytes())).isEqualTo(DataSize.ofGigabytes(1).toBytes());
        assertThat(SharedBuffers.forMemory(DataSize.ofMegabytes(256).toBytes())).isEqualTo(DataSize.ofMegabytes(128).toBytes());
        assertThat(SharedBuffers.forMemory(DataSize.ofGigabytes(64).toBytes())).isEqualTo(DataSize.ofGigabytes(2).toBytes());
    }

    @Test
    void aSettingAskedForWins() {
        assertThat(SharedBuffers.setting(DataSize.ofMegabytes(512))).isEqualTo("512MB");
        assertThat(SharedBuffers.setting(DataSize.ofGigabytes(3))).isEqualTo("3072MB");
    }
}
