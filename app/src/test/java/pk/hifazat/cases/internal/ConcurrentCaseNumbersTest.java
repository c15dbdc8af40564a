package pk.hifazat.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.cases.CaseNumber;

/** A hundred cases opened at once in one unit get a hundred distinct, consecutive numbers. */
@HifazatTest
class ConcurrentCaseNumbersTest {

    private static final int OPENINGS = 100;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    CaseOpening opening;

    @Test
    void aHundredConcurrentOpeningsInOneUnitGetAHundredConsecutiveNumbers() throws Exception {
        var session = SignIn.as(mvc, users.create("DISTRICT_OFFICER", "DCU-PK623"));
        SecurityContext signedIn = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CaseNumber>> numbers = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < OPENINGS; i++) {
                int n = i;
                Callable<CaseNumber> open = () -> {
                    SecurityContextHolder.setContext(signedIn);
                    start.await();
                    try {
                        return opening.open(new CaseRequests.OpenCase("Concurrent " + n, "PK623", List.of(), null,
                                List.of(), List.of(), null)).number();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                };
                numbers.add(threads.submit(open));
            }
            start.countDown();
            List<Integer> sequences = new ArrayList<>();
            for (Future<CaseNumber> number : numbers) {
                CaseNumber opened = number.get();
                assertThat(opened.value()).startsWith("NCCIA-MZG-");
                sequences.add(opened.sequence());
            }
            assertThat(sequences).doesNotHaveDuplicates().hasSize(OPENINGS);
            int first = sequences.stream().mapToInt(Integer::intValue).min().orElseThrow();
            assertThat(sequences).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.IntStream.range(first, first + OPENINGS).boxed().toList());
        }
    }
}
