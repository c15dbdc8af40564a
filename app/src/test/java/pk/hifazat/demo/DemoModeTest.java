package pk.hifazat.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;

class DemoModeTest {

    private final List<Object> published = new ArrayList<>();

    @Test
    void asksForDemoDataOnlyWhenStartedWithDemo() {
        new DemoMode(published::add, new MockEnvironment()).run(new DefaultApplicationArguments());
        assertThat(published).isEmpty();

        new DemoMode(published::add, new MockEnvironment()).run(new DefaultApplicationArguments("--demo"));
        assertThat(published).containsExactly(new DemoDataRequested());
    }
}
