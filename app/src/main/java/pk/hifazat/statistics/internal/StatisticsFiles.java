package pk.hifazat.statistics.internal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A download: the bytes, their type and the file name the browser saves them under. */
final class StatisticsFiles {

    private StatisticsFiles() {
    }

    static ResponseEntity<byte[]> attachment(byte[] body, String type, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType(type))
                .body(body);
    }
}
