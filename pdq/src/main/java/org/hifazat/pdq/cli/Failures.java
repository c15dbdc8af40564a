package org.hifazat.pdq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.hifazat.pdq.image.BadImageException;

/** Counts the inputs that failed and reports each on stderr, naming it. */
final class Failures {

    private final PrintWriter err;
    private int count;

    Failures(PrintWriter err) {
        this.err = err;
    }

    void report(String message) {
        count++;
        err.println("error: " + message);
        err.flush();
    }

    /** 0 if nothing failed, else 1 after a summary line. */
    int exitCode(int total) {
        if (count == 0) {
            return 0;
        }
        err.println(count + (count == 1 ? " input" : " inputs") + " failed"
                + (total > 0 ? " (of " + total + " files)" : ""));
        err.flush();
        return 1;
    }

    /** A one-line message for a file that could not be read; always starts with its name. */
    static String describe(Path file, IOException e) {
        if (e instanceof BadImageException) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return file + ": no such file";
        }
        return file + ": cannot read: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
    }
}
