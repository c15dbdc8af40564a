package pk.hifazat.database;

import org.springframework.boot.task.SimpleAsyncTaskExecutorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The modules' event listeners run on platform threads, the web requests on virtual ones.
 *
 * <p>Why: virtual threads take turns on as many carrier threads as there are cores, first come,
 * first served. At 1,000 reports a second the carriers are busy with hundreds of requests, and
 * linking or triage, each time an answer came back from the database, waited behind all of them
 * before it could go on: on a report's path to its queue (stored, matched, linked, triaged), every
 * one of a batch's dozen statements paid that wait. A platform thread is scheduled by the
 * operating system beside the carriers instead, and goes on as soon as the database answers.
 *
 * <p>The trade-off: a platform thread costs a few tens of microseconds to start and its stack while
 * it lives, one per listener call (a few hundred a second under load, a few dozen at once while
 * a bulk import's batches wait for their turn). Requests, of which thousands may wait at once,
 * stay virtual.
 */
@Configuration(proxyBeanMethods = false)
class ListenerThreads {

    @Bean
    SimpleAsyncTaskExecutorCustomizer listenersOnPlatformThreads() {
        return executor -> {
            executor.setVirtualThreads(false);
            executor.setThreadNamePrefix("listener-");
        };
    }
}
