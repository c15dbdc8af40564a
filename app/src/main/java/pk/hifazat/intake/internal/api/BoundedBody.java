package pk.hifazat.intake.internal.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body of at most {@code limit} bytes; a larger one is refused without reading it all. */
final class BoundedBody {

    private BoundedBody() {
    }

    static byte[] read(InputStream in, long declaredLength, int limit) throws IOException {
        if (declaredLength > limit) {
            throw new ReportTooLargeException(limit);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(declaredLength > 0 ? (int) declaredLength : 8192);
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) != -1) {
            if (body.size() + read > limit) {
                throw new ReportTooLargeException(limit);
            }
            body.write(buffer, 0, read);
        }
        return body.toByteArray();
    }
}
