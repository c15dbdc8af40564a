package pk.hifazat.safeguarding.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.privacy.PersonalData;
import pk.hifazat.safeguarding.ChildId;

/** Photographs of children, each sealed whole (its bytes in base64), bound to its own id. */
@Repository
class Photos {

    static final String FIELD = "photo";

    /** A photograph as opened for a reveal. */
    record Photo(UUID id, String contentType, byte[] image) {

        public String dataUri() {
            return "data:" + contentType + ";base64," + Base64.getEncoder().encodeToString(image);
        }
    }

    private final JdbcClient jdbc;
    private final PersonalData sealing;

    Photos(JdbcClient jdbc, PersonalData sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    UUID add(ChildId child, String contentType, byte[] image, Instant at, UUID by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO safeguarding_photo (id, child_id, content_type, image_sealed, added_at, added_by)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, child.value(), contentType, sealing.seal(Base64.getEncoder().encodeToString(image), id, FIELD),
                        Timestamp.from(at), by)
                .update();
        return id;
    }

    int count(ChildId child) {
        return jdbc.sql("SELECT count(*) FROM safeguarding_photo WHERE child_id = ?").param(child.value())
                .query(Integer.class).single();
    }

    List<Photo> opened(ChildId child) {
        return jdbc.sql("SELECT id, content_type, image_sealed FROM safeguarding_photo WHERE child_id = ? ORDER BY added_at")
                .param(child.value())
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new Photo(id, rs.getString(2), Base64.getDecoder().decode(sealing.open(rs.getBytes(3), id, FIELD)));
                })
                .list();
    }
}
