package pk.hifazat.intake;

import java.util.List;

/**
 * A file the report concerns, as hashes: the file itself never travels with a report. At least
 * one hash; PDQ for images. {@code viewedByPlatform} tells whether a person at the platform looked
 * at it (a viewed file is confirmed, an unviewed one only matched).
 */
public record MediaFile(String fileName, String sourceUrl, String md5, String sha1, String sha256, String pdq,
                        Boolean viewedByPlatform, Boolean publiclyAvailable, Classification classification,
                        List<FileAnnotation> annotations, IpCapture uploadedFrom) {

    public MediaFile {
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
    }
}
