package pk.hifazat.media.internal;

import java.time.Instant;

import pk.hifazat.media.BankId;

/** One import of a hash list into a bank, and how far it got. */
record HashImport(long id, BankId bank, String fileName, ImportFormat format, Status status, Instant startedAt,
                  String startedBy, Instant finishedAt, long linesRead, long added, long duplicates, long errors,
                  long ignored, String failure) {

    enum Status {
        QUEUED, RUNNING, DONE, FAILED;

        public boolean finished() {
            return this == DONE || this == FAILED;
        }
    }

    /** A line the import could not read, by its number in the file. */
    record LineError(long line, String message) {
    }
}
