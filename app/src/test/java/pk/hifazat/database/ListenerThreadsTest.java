package pk.hifazat.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

import pk.hifazat.HifazatTest;

/** The executor that runs the modules' asynchronous event listeners. */
@HifazatTest
class ListenerThreadsTest {

    @Autowired
    @Qualifier("applicationTaskExecutor")
    TaskExecutor listeners;

    @Test
    void runsEachListenerCallOnAPlatformThreadOfItsOwn() throws Exception {
        CompletableFuture<Thread> first = new CompletableFuture<>();
        CompletableFuture<Thread> second = new CompletableFuture<>();
        listeners.execute(() -> first.complete(Thread.currentThread()));
        listeners.execute(() -> second.complete(Thread.currentThread()));

        Thread one = first.get(10, TimeUnit.SECONDS);
        Thread other = second.get(10, TimeUnit.SECONDS);
        assertThat(one.isVirtual()).isFalse();
        assertThat(other.isVirtual()).isFalse();
        assertThat(one).isNotSameAs(other);
        assertThat(one.getName()).startsWith("listener-");
    }
}
