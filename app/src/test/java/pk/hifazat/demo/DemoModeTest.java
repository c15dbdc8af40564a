package pk.hifazat.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class DemoModeTest {

    private final List<Object> published = new ArrayList<>();

    @Test
    void asksForDemoDataOnlyWhenStartedWithDemo() {
        new DemoMode(published::add, new DemoProperties(false)).run(new DefaultApplicationArguments());
        assertThat(published).isEmpty();

        new DemoMode(published::add, new DemoProperties(false)).run(new DefaultApplicationArguments("--demo"));
        assertThat(published).containsExactly(new DemoDataRequested());
    }

    @Test
    void asksForDemoDataWhenTheSettingSaysSoWithoutTheCommandLine() {
        new DemoMode(published::add, new DemoProperties(true)).run(new DefaultApplicationArguments());
        assertThat(published).containsExactly(new DemoDataRequested());
    }
}
