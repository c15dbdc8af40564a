package pk.hifazat.intake.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 connection kept alive between requests, for a load generator that shares the
 * server's two cores: it writes a request prepared in advance and reads just enough of the answer
 * to know its status and where it ends. {@code java.net.http.HttpClient} cost about a quarter of
 * the machine at 1,000 requests a second, CPU the server under test then lacked.
 *
 * <p>Not a general client: answers must carry a {@code Content-Length} (the partner API's do); a
 * {@code Connection: close} answer, or a failure, closes the socket and the next request opens a
 * new one. A request is never sent twice, so a connection idle for longer than {@link #IDLE_NANOS}
 * is opened again before it is used: the server closes idle ones after 5 s, and a request written
 * into a socket it has just closed would be lost.
 */
final class KeptAliveConnection implements AutoCloseable {

    static final long IDLE_NANOS = 3_000_000_000L;

    private final InetSocketAddress server;
    private Socket socket;
    private OutputStream out;
    private InputStream in;
    private long lastUsed;

    KeptAliveConnection(URI uri) {
        this.server = new InetSocketAddress(uri.getHost(), uri.getPort());
    }

    /** Sends one prepared request and returns the answer's status code, or -1 if none came. */
    int exchange(byte[] request) {
        try {
            if (socket != null && System.nanoTime() - lastUsed > IDLE_NANOS) {
                close();
            }
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.connect(server, 10_000);
                out = socket.getOutputStream();
                in = new BufferedInputStream(socket.getInputStream(), 8192);
            }
            out.write(request);
            out.flush();
            int status = readAnswer();
            lastUsed = System.nanoTime();
            return status;
        } catch (IOException failure) {
            close();
            return -1;
        }
    }

    private int readAnswer() throws IOException {
        String statusLine = line();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = 0;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closing = true;
            }
        }
        in.skipNBytes(length);
        if (closing) {
            close();
        }
        return status;
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed mid-answer");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    /** The bytes of a POST of a JSON body with a bearer key, as a partner's client sends it. */
    static byte[] post(URI uri, String key, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nAuthorization: Bearer " + key + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        return request;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection that failed: nothing more to learn from it
            }
            socket = null;
        }
    }
}
