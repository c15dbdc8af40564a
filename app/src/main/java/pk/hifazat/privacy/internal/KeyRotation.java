package pk.hifazat.privacy.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.Outcome;
import pk.hifazat.database.ExclusiveJobs;
import pk.hifazat.privacy.PersonalData;
import pk.hifazat.privacy.SealedRecords;

/**
 * Re-seals every module's sealed rows ({@link SealedRecords}) under the current key, while the
 * application runs: a batch of rows at a time in id order, each batch a short transaction of its
 * own, on one thread in the background. One instance of an installation does it at a time (an
 * advisory lock); a run that stopped half-way (a stop, a restart, a failure) is simply run again:
 * rows already under the current key are passed over. When nothing is left under another key, the
 * data folder's retired key file is deleted.
 */
@Component
class KeyRotation implements DisposableBean {

    static final String JOB = "privacy.reseal";
    static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

    private final PersonalData personalData;
    private final List<SealedRecords> records;
    private final ExclusiveJobs jobs;
    private final AuditLog audit;
    private final RetiredKeyFile retiredKeyFile;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("personal-data-reseal").factory());
    private final AtomicReference<ResealRun> latest = new AtomicReference<>();
    private volatile boolean stopping;

    KeyRotation(PersonalData personalData, List<SealedRecords> records, ExclusiveJobs jobs, AuditLog audit,
                RetiredKeyFile retiredKeyFile, Clock clock) {
        this.personalData = personalData;
        this.records = records;
        this.jobs = jobs;
        this.audit = audit;
        this.retiredKeyFile = retiredKeyFile;
        this.clock = clock;
    }

    /** Starts a re-seal with the application's keys in the background; false when this instance is running one. */
    synchronized boolean start(String actor) {
        if (latest.get() != null && latest.get().running()) {
            return false;
        }
        ResealRun run = new ResealRun(actor, clock.instant(), names());
        latest.set(run);
        stopping = false;
        background.execute(() -> reseal(run, personalData, BATCH, () -> stopping));
        return true;
    }

    /** Asks the running re-seal to stop after its batch; running it again carries on. */
    void stop() {
        stopping = true;
    }

    /** The latest re-seal this instance ran or runs. */
    Optional<ResealRun> latest() {
        return Optional.ofNullable(latest.get());
    }

    /** How many rows of each kind are under another key than the current one; empty where a module cannot tell. */
    List<Remaining> remaining() {
        return remaining(personalData);
    }

    record Remaining(String name, OptionalLong underOtherKeys, long total) {
    }

    List<Remaining> remaining(PersonalData keys) {
        return records.stream().map(r -> new Remaining(r.name(), r.countUnderOtherKeys(keys.currentFingerprint()), r.count()))
                .toList();
    }

    /**
     * Re-seals with these keys in the caller's thread, unless another instance is doing it now.
     *
     * @param batch how many rows a transaction re-seals
     * @param stop  asked before each batch; true ends the run as stopped
     */
    ResealRun runNow(String actor, PersonalData keys, int batch, BooleanSupplier stop) {
        ResealRun run = new ResealRun(actor, clock.instant(), names());
        reseal(run, keys, batch, stop);
        return run;
    }

    private void reseal(ResealRun run, PersonalData keys, int batch, BooleanSupplier stop) {
        boolean ran = jobs.runAlone(JOB, () -> walk(run, keys, batch, stop));
        if (!ran) {
            run.end(ResealRun.State.RUNNING_ELSEWHERE, clock.instant(), null);
        }
    }

    private void walk(ResealRun run, PersonalData keys, int batch, BooleanSupplier stop) {
        audit.recordIndependently(new AuditRecord(run.actor(), PrivacyAction.RESEAL_START, "PersonalDataKey",
                keys.keyFingerprint(), Outcome.DONE, "retiring " + String.join(",", keys.previousFingerprints())));
        log.info("Re-sealing personal data under the key {}", keys.keyFingerprint());
        try {
            for (int i = 0; i < records.size(); i++) {
                if (!walk(records.get(i), run.parts().get(i), keys, batch, stop)) {
                    ended(run, keys, ResealRun.State.STOPPED, null);
                    return;
                }
            }
            ended(run, keys, ResealRun.State.FINISHED, null);
        } catch (RuntimeException e) {
            ended(run, keys, ResealRun.State.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
            log.error("The re-seal of personal data failed; run it again once the cause is mended", e);
        }
    }

    /** Whether it went through all the rows (false: asked to stop). */
    private boolean walk(SealedRecords records, ResealRun.Part part, PersonalData keys, int batch, BooleanSupplier stop) {
        part.total(records.countUnderOtherKeys(keys.currentFingerprint()).orElseGet(records::count));
        CountingResealing counting = new CountingResealing(keys, part);
        Optional<UUID> last = Optional.empty();
        do {
            if (stop.getAsBoolean()) {
                return false;
            }
            last = records.resealAfter(last.orElse(null), batch, counting);
        } while (last.isPresent());
        return true;
    }

    private void ended(ResealRun run, PersonalData keys, ResealRun.State state, String problem) {
        List<Remaining> remaining = remaining(keys);
        long left = remaining.stream().mapToLong(r -> r.underOtherKeys().orElse(0)).sum();
        boolean allKnown = remaining.stream().allMatch(r -> r.underOtherKeys().isPresent());
        boolean retired = state == ResealRun.State.FINISHED && left == 0 && allKnown && keys == personalData
                && retiredKeyFile.delete();
        // Audited before the run shows as ended, so that whoever sees it ended finds its end in the log;
        // ended even if the audit log cannot be written, so that the page never waits forever.
        try {
            audit.recordIndependently(new AuditRecord(run.actor(), PrivacyAction.RESEAL_END, "PersonalDataKey",
                    keys.keyFingerprint(), state == ResealRun.State.FAILED ? Outcome.FAILED : Outcome.DONE,
                    state.name().toLowerCase() + ": " + run.resealed() + " rows re-sealed, " + left
                            + " under other keys" + (retired ? "; the retired key file was deleted" : "")));
        } finally {
            run.end(state, clock.instant(), problem);
        }
        log.info("Re-seal of personal data {}: {} rows re-sealed, {} left under other keys{}", state.name().toLowerCase(),
                run.resealed(), left, retired ? "; the retired key file was deleted" : "");
    }

    private List<String> names() {
        return records.stream().map(SealedRecords::name).toList();
    }

    @Override
    public void destroy() {
        stopping = true;
        background.shutdown();
    }

    /** Counts a row once when any of its fields is re-sealed (a module hands over a row's fields together). */
    private static final class CountingResealing implements SealedRecords.Resealing {
        private final PersonalData keys;
        private final ResealRun.Part part;
        private UUID lastCounted;

        CountingResealing(PersonalData keys, ResealRun.Part part) {
            this.keys = keys;
            this.part = part;
        }

        @Override
        public byte[] reseal(byte[] sealed, UUID owner, String field) {
            byte[] resealed = keys.reseal(sealed, owner, field);
            if (resealed != sealed && !owner.equals(lastCounted)) {
                lastCounted = owner;
                part.resealedOne();
            }
            return resealed;
        }
    }
}
