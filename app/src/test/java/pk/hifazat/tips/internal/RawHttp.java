package pk.hifazat.tips.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * HTTP over a plain socket, for what an HTTP client library smooths over: a body that is sent
 * only in part (to see whether the server answers before reading it), a client address of our
 * choosing on the loopback network (so each test is a client of its own to the rate limits), and
 * a response read even while the body is still being sent.
 */
final class RawHttp {

    /** A response: status, headers by lower-case name, and the body as text. */
    record Response(int status, Map<String, List<String>> headers, String body) {

        /** The first value of a header, or null. */
        String header(String name) {
            return headers(name).stream().findFirst().orElse(null);
        }

        List<String> headers(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }
    }

    /** A multipart/form-data body built field by field; a file's content may be any size, streamed. */
    static final class Form {

        private final String boundary = "----hifazat-" + UUID.randomUUID();
        private final List<InputStream> parts = new ArrayList<>();
        private long length;

        Form field(String name, String value) {
            return add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
                    + value + "\r\n").getBytes(StandardCharsets.UTF_8));
        }

        /** A file part of {@code size} bytes, all zero after the {@code head} given. */
        Form file(String name, String fileName, byte[] head, long size) {
            add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            add(head);
            parts.add(new Zeros(size - head.length));
            length += size - head.length;
            return add("\r\n".getBytes(StandardCharsets.US_ASCII));
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        long length() {
            return length + boundary.length() + 6;
        }

        InputStream body() {
            List<InputStream> all = new ArrayList<>(parts);
            all.add(new java.io.ByteArrayInputStream(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII)));
            return new SequenceInputStream(java.util.Collections.enumeration(all));
        }

        private Form add(byte[] bytes) {
            parts.add(new java.io.ByteArrayInputStream(bytes));
            length += bytes.length;
            return this;
        }
    }

    private RawHttp() {
    }

    /**
     * Sends a request from {@code client} (an address on 127.0.0.0/8) and reads the response,
     * sending at most {@code sendAtMost} bytes of the body: the rest is held back, as from a slow
     * or stalled uploader. The response is read while the body is still being sent.
     */
    static Response exchange(int port, String client, String method, String target, Map<String, String> headers,
                             InputStream body, long sendAtMost, Duration timeout) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(client, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            socket.setSoTimeout((int) timeout.toMillis());
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            Thread sender = Thread.ofVirtual().start(() -> send(out, head.toString(), body, sendAtMost));
            try {
                return read(socket.getInputStream());
            } finally {
                sender.interrupt();
            }
        }
    }

    private static void send(OutputStream out, String head, InputStream body, long sendAtMost) {
        try {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                byte[] buffer = new byte[64 * 1024];
                long sent = 0;
                int n;
                while (sent < sendAtMost && (n = body.read(buffer, 0, (int) Math.min(buffer.length, sendAtMost - sent))) > 0) {
                    out.write(buffer, 0, n);
                    sent += n;
                }
            }
            out.flush();
        } catch (IOException closedByTheServerOrTheTest) {
            // The server may answer and stop reading before the body is all sent.
        }
    }

    private static Response read(InputStream in) throws IOException {
        String status = line(in);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0;
                 size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length").getFirst())));
        }
        return new Response(Integer.parseInt(status.split(" ")[1]), headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    /** {@code size} zero bytes, made as they are read. */
    private static final class Zeros extends InputStream {

        private long left;

        Zeros(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 0);
            left -= n;
            return n;
        }
    }
}
