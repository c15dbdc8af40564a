package pk.hifazat.tips.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import pk.hifazat.HifazatTest;

/**
 * What a tip with images may cost: an image bomb under the pixel limit is decoded reduced, the
 * images of one form may declare only so many pixels together, only so many images are decoded at
 * once, forms with files share a memory budget, and a form that must wait too long is answered
 * "busy" with what was typed kept, never left hanging.
 */
@HifazatTest
class TipImageLimitsTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final String TYPED = "a man sends these pictures to children";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DecodeSlots slots;

    @Autowired
    UploadMemory uploadMemory;

    private static MockMultipartHttpServletRequestBuilder tip(MockMultipartFile... files) {
        int client = CLIENTS.incrementAndGet();
        MockMultipartHttpServletRequestBuilder tip = multipart("/report");
        for (MockMultipartFile file : files) {
            tip.file(file);
        }
        long length = 0;
        for (MockMultipartFile file : files) {
            length += file.getSize();
        }
        long declared = length + 4096;
        tip.with(pk.hifazat.tips.PublicTipper.csrfInAddress()).with(request -> {
            request.setRemoteAddr("10.40." + client / 250 + "." + client % 250);
            // A browser declares the form's length, which is reserved from upload memory before the form is
            // read; a stand-in of at most 1 MB here, so that these forms do not wait for one another.
            request.setContent(new byte[(int) Math.min(declared, 1 << 20)]);
            return request;
        });
        return (MockMultipartHttpServletRequestBuilder) tip.param("category", "ABUSE_MATERIAL_ONLINE")
                .param("description", TYPED);
    }

    private static MockMultipartFile png(String name, byte[] content) {
        return new MockMultipartFile("files", name, "image/png", content);
    }

    @Test
    void filesOverEightyMegabytesTogetherAreAnsweredOnTheFormKeepingWhatWasTyped() throws Exception {
        byte[] twentyOneMegabytes = new byte[21 << 20];

        mvc.perform(tip(png("a.png", twentyOneMegabytes), png("b.png", twentyOneMegabytes),
                        png("c.png", twentyOneMegabytes), png("d.png", twentyOneMegabytes)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The files together are larger than 80 MB")))
                .andExpect(content().string(containsString(TYPED)));
    }

    @Test
    void aSixteenBitPngBombUnderThePixelLimitIsHashedReducedInAFewMegabytes() throws Exception {
        byte[] bomb = TestImages.blackRgba16(6000, 5999);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        mvc.perform(tip(png("bomb.png", bomb))).andExpect(redirectedUrl("/report/received"));

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated for a tip whose image unpacks to 288 MB").isLessThan(160L << 20);
        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bomb));
        assertThat(jdbc.sql("SELECT count(*) FROM report_file WHERE sha256 = ? AND pdq IS NOT NULL").param(sha256)
                .query(Long.class).single()).isPositive();
    }

    @Test
    void theImagesOfOneTipMayDeclareOnlySoManyPixelsTogether() throws Exception {
        byte[] eightyOneMegapixels = TestImages.claiming(9000, 9000);

        mvc.perform(tip(png("one.png", eightyOneMegapixels), png("two.png", eightyOneMegapixels),
                        png("three.png", eightyOneMegapixels)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "three.png was not checked: the images of one report may have at most 200 megapixels together")))
                .andExpect(content().string(containsString("two.png is damaged or not a complete image")));
    }

    @Test
    void tipsWaitForAFreeImageDecodeAndAreAnsweredBusyKeepingWhatWasTypedWhenNoneFrees() throws Exception {
        byte[] photo = TestImages.uniquePng(77);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> holders = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                holders.add(pool.submit(() -> slots.run(() -> {
                    try {
                        return release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                })));
            }
            Thread.sleep(100);
            long started = System.nanoTime();
            List<Future<org.springframework.test.web.servlet.MvcResult>> tips = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tips.add(pool.submit(() -> mvc.perform(tip(png("photo.png", photo))).andReturn()));
            }
            for (Future<org.springframework.test.web.servlet.MvcResult> tip : tips) {
                var response = tip.get(10, TimeUnit.SECONDS).getResponse();
                assertThat(response.getStatus()).isEqualTo(503);
                assertThat(response.getHeader("Retry-After")).isEqualTo("60");
                assertThat(response.getContentAsString()).contains("We are checking many files at this moment")
                        .contains(TYPED);
            }
            assertThat(System.nanoTime() - started).as("answered, not left waiting")
                    .isLessThan(TimeUnit.SECONDS.toNanos(5));
            release.countDown();
            for (Future<?> holder : holders) {
                holder.get(5, TimeUnit.SECONDS);
            }
        } finally {
            release.countDown();
            pool.shutdownNow();
        }

        mvc.perform(tip(png("photo.png", photo))).andExpect(redirectedUrl("/report/received"));
    }

    @Test
    void fourImageBombsAtOnceAreDecodedReducedAndAllAnswered() throws Exception {
        byte[] bomb = TestImages.blackRgba16(6000, 5999);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<long[]>> tips = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tips.add(pool.submit(() -> {
                    long before = threads.getCurrentThreadAllocatedBytes();
                    int status = mvc.perform(tip(png("bomb.png", bomb))).andReturn().getResponse().getStatus();
                    return new long[]{status, threads.getCurrentThreadAllocatedBytes() - before};
                }));
            }
            long allocated = 0;
            int hashed = 0;
            for (Future<long[]> tip : tips) {
                long[] outcome = tip.get(30, TimeUnit.SECONDS);
                assertThat(outcome[0]).as("stored, or answered busy").isIn(302L, 503L);
                hashed += outcome[0] == 302 ? 1 : 0;
                allocated += outcome[1];
            }
            assertThat(hashed).isPositive();
            assertThat(allocated).as("bytes allocated by four tips whose images unpack to 288 MB each")
                    .isLessThan(4 * (160L << 20));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void formsWithFilesWaitForUploadMemoryAndAreAnsweredBusyWhenNoneFrees() throws Exception {
        UploadMemory.Reservation all = uploadMemory.reserve(Long.MAX_VALUE).orElseThrow();
        try {
            // The page itself is rendered through a forward, which MockMvc does not follow (TipUploadsOverHttpTest).
            mvc.perform(tip(png("photo.png", TestImages.uniquePng(78))))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "60"))
                    .andExpect(forwardedUrl(TipRefusal.PAGE));
        } finally {
            all.close();
        }
        mvc.perform(tip(png("photo.png", TestImages.uniquePng(78)))).andExpect(redirectedUrl("/report/received"));
    }
}
