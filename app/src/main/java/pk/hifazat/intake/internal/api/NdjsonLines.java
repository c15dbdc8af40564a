package pk.hifazat.intake.internal.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines without ever holding more than one line (of at most {@code limit}
 * bytes) and one read buffer: a bulk file of any size costs the same memory. A longer line is
 * skipped to its end and reported as too long, so one bad line does not end the import.
 * Accepts \n and \r\n line ends; counts lines from 1.
 */
final class NdjsonLines {

    private final InputStream in;
    private final int limit;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int filled;
    private byte[] line = new byte[8 * 1024];
    private int length;
    private boolean tooLong;
    private long number;
    private boolean ended;

    NdjsonLines(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        if (ended) {
            return false;
        }
        length = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (position == filled) {
                filled = in.read(buffer);
                position = 0;
                if (filled <= 0) {
                    filled = 0;
                    ended = true;
                    if (any) {
                        number++;
                    }
                    return any;
                }
            }
            any = true;
            int start = position;
            while (position < filled && buffer[position] != '\n') {
                position++;
            }
            append(start, position);
            if (position < filled) {
                position++;
                number++;
                if (length > 0 && line[length - 1] == '\r') {
                    length--;
                }
                return true;
            }
        }
    }

    private void append(int from, int to) {
        int count = to - from;
        if (tooLong || count == 0) {
            return;
        }
        if (length + count > limit) {
            tooLong = true;
            length = 0;
            return;
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.min(limit, Math.max(line.length * 2, length + count)));
        }
        System.arraycopy(buffer, from, line, length, count);
        length += count;
    }

    /** True when the next line cannot be read without waiting for the client. */
    boolean wouldBlock() {
        try {
            return position == filled && !ended && in.available() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    long number() {
        return number;
    }

    boolean tooLong() {
        return tooLong;
    }

    boolean isBlank() {
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return !tooLong;
    }

    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }
}
