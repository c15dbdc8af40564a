package pk.hifazat.tips.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

import pk.hifazat.intake.MediaFile;
import org.hifazat.pdq.HashMode;
import org.hifazat.pdq.PdqResult;
import org.hifazat.pdq.image.BadImageException;
import org.hifazat.pdq.image.ImageHasher;
import org.hifazat.pdq.image.ImageTooLargeException;

/**
 * Turns an uploaded file into the hashes a report carries — SHA-256, SHA-1, MD5, and PDQ for
 * images — and, when the evidence vault is on, keeps it encrypted. The bytes live only in memory
 * for the request (multipart uploads are configured never to spill to disk) and are dropped after.
 * The decoder reads an image's dimensions first and refuses one over the pixel limit before
 * allocating it, so a decompression bomb costs nothing.
 */
@Component
class UploadedFiles {

    static final long MAX_BYTES = 25L * 1024 * 1024;
    static final int MAX_FILES = 10;

    private final ImageHasher images;
    private final EvidenceVault vault;

    UploadedFiles(EvidenceVault vault, TipsProperties properties) {
        this.vault = vault;
        this.images = new ImageHasher(HashMode.CORE, properties.maxImagePixels());
    }

    /**
     * Hashes every upload of a form; each one refused is reported on the form's {@code files} field
     * with its name, and the others are still hashed so that all problems show at once.
     */
    List<MediaFile> hashAll(List<MultipartFile> uploads, BindingResult errors) {
        if (uploads.size() > MAX_FILES) {
            errors.rejectValue("files", "tip.file.tooMany", new Object[]{MAX_FILES}, null);
            return List.of();
        }
        List<MediaFile> hashed = new ArrayList<>();
        for (MultipartFile upload : uploads) {
            try {
                hashed.add(hash(upload));
            } catch (UploadRejected rejected) {
                errors.rejectValue("files", rejected.reason(), new Object[]{rejected.fileName()}, null);
            }
        }
        return hashed;
    }

    MediaFile hash(MultipartFile upload) throws UploadRejected {
        String name = safeName(upload.getOriginalFilename());
        if (upload.getSize() > MAX_BYTES) {
            throw new UploadRejected(name, "tip.file.tooLarge");
        }
        byte[] content;
        try (InputStream in = upload.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UploadRejected(name, "tip.file.unreadable");
        }
        FileKind kind = FileKind.of(Arrays.copyOf(content, Math.min(content.length, 16)))
                .orElseThrow(() -> new UploadRejected(name, "tip.file.type"));
        String pdq = null;
        if (kind.isImage()) {
            try {
                PdqResult result = images.hash(content, name);
                pdq = result.hash().toHex();
            } catch (ImageTooLargeException e) {
                throw new UploadRejected(name, "tip.file.tooManyPixels");
            } catch (BadImageException e) {
                throw new UploadRejected(name, "tip.file.damaged");
            }
        }
        String sha256 = digest("SHA-256", content);
        vault.keep(content, sha256);
        MediaFile file = new MediaFile(name, null, digest("MD5", content), digest("SHA-1", content), sha256, pdq,
                null, null, null, List.of(), null);
        Arrays.fill(content, (byte) 0);
        return file;
    }

    /** Only the last path segment, without control characters, at most 200 characters. */
    private static String safeName(String original) {
        if (original == null || original.isBlank()) {
            return "upload";
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "");
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String digest(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }
}
