package org.hifazat.pdq.io;

import java.io.IOException;

/** A line of a hash file that is not a hash line; the message names the file and line number. */
public final class HashFileFormatException extends IOException {

    private final String source;
    private final long line;

    /**
     * @param source the file name
     * @param line   the line number, from 1
     * @param detail what is wrong with the line
     */
    public HashFileFormatException(String source, long line, String detail, Throwable cause) {
        super(source + " line " + line + ": " + detail, cause);
        this.source = source;
        this.line = line;
    }

    /** The file name. */
    public String source() {
        return source;
    }

    /** The line number, from 1. */
    public long line() {
        return line;
    }
}
