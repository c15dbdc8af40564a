package pk.hifazat.tips.internal;

import java.awt.Dimension;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

import pk.hifazat.intake.MediaFile;
import org.hifazat.pdq.Dihedral;
import org.hifazat.pdq.DihedralHashes;
import org.hifazat.pdq.HashMode;
import org.hifazat.pdq.image.BadImageException;
import org.hifazat.pdq.image.ImageDecoder;
import org.hifazat.pdq.image.ImageHasher;
import org.hifazat.pdq.image.ImageTooLargeException;

/**
 * Turns an uploaded file into the hashes a report carries — SHA-256, SHA-1, MD5, and PDQ for
 * images — and, when the evidence vault is on, keeps it encrypted. The bytes live only in memory
 * for the request (multipart uploads are configured never to spill to disk) and are dropped after.
 *
 * <p>Images are where a small file can cost much, so decoding is bounded three ways: an image's
 * declared size is read first and one over {@code max-image-pixels} refused before it is decoded;
 * the images of one form may declare {@code max-pixels-per-tip} together (the decoding work one
 * request may cause); and only {@code image-decodes} images are decoded at once
 * ({@link DecodeSlots}). An image over {@code max-decoded-pixels} is decoded at a reduced size,
 * which keeps its memory to that size whatever the file unpacks to: its PDQ hash is then a few
 * bits from the full-size hash (well inside the match radius of 31), where smaller images hash
 * exactly as PDQ's reference does.
 */
@Component
class UploadedFiles {

    static final long MAX_BYTES = 25L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 80L * 1024 * 1024;
    static final int MAX_FILES = 10;

    private final ImageHasher images;
    private final EvidenceVault vault;
    private final DecodeSlots slots;
    private final long maxImagePixels;
    private final long maxPixelsPerTip;

    UploadedFiles(EvidenceVault vault, DecodeSlots slots, TipsProperties properties) {
        this.vault = vault;
        this.slots = slots;
        this.maxImagePixels = properties.maxImagePixels();
        this.maxPixelsPerTip = properties.maxPixelsPerTip();
        this.images = new ImageHasher(HashMode.CORE,
                new ImageDecoder(maxImagePixels).reducingAbove(properties.maxDecodedPixels()));
    }

    /**
     * Hashes every upload of a form; each one refused is reported on the form's {@code files} field
     * with its name, and the others are still hashed so that all problems show at once. If an image
     * finds no free decode in time, the form is answered "busy, send it again" (503, with
     * {@code Retry-After}) on its {@code files} field, and nothing is kept.
     */
    List<MediaFile> hashAll(List<MultipartFile> uploads, BindingResult errors, HttpServletResponse response) {
        try {
            return hashEach(uploads, errors);
        } catch (TipsBusy busy) {
            errors.rejectValue("files", "tip.busy");
            TipsBusy.answer(response);
            return List.of();
        }
    }

    private List<MediaFile> hashEach(List<MultipartFile> uploads, BindingResult errors) throws TipsBusy {
        if (uploads.size() > MAX_FILES) {
            errors.rejectValue("files", "tip.file.tooMany", new Object[]{MAX_FILES}, null);
            return List.of();
        }
        if (uploads.stream().mapToLong(MultipartFile::getSize).sum() > MAX_TOTAL_BYTES) {
            errors.rejectValue("files", "tip.file.tooLargeTogether", new Object[]{MAX_TOTAL_BYTES >> 20}, null);
            return List.of();
        }
        PixelAllowance pixels = new PixelAllowance(maxPixelsPerTip);
        List<MediaFile> hashed = new ArrayList<>();
        for (MultipartFile upload : uploads) {
            try {
                hashed.add(hash(upload, pixels));
            } catch (UploadRejected rejected) {
                errors.rejectValue("files", rejected.reason(), rejected.arguments(), null);
            }
        }
        return hashed;
    }

    private MediaFile hash(MultipartFile upload, PixelAllowance pixels) throws UploadRejected, TipsBusy {
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
        DihedralHashes pdq = kind.isImage() ? pdq(content, name, pixels) : null;
        String sha256 = digest("SHA-256", content);
        vault.keep(content, sha256);
        MediaFile file = new MediaFile(name, null, digest("MD5", content), digest("SHA-1", content), sha256,
                pdq == null ? null : pdq.original().toHex(), null, null, null, List.of(), null,
                pdq == null ? null : pdq.quality(), pdq == null ? List.of() : variants(pdq));
        Arrays.fill(content, (byte) 0);
        return file;
    }

    /**
     * The image's PDQ hashes, turned and mirrored too, once its declared size passes the limits and
     * a decode is free: the image is at hand only here, and a turned copy of known material must
     * still be found after it is gone.
     */
    private DihedralHashes pdq(byte[] content, String name, PixelAllowance pixels) throws UploadRejected, TipsBusy {
        Dimension size;
        try {
            size = images.decoder().size(content, name);
        } catch (BadImageException e) {
            throw new UploadRejected(name, "tip.file.damaged");
        }
        long declared = (long) size.width * size.height;
        if (declared > maxImagePixels) {
            throw new UploadRejected(name, "tip.file.tooManyPixels");
        }
        if (!pixels.take(declared)) {
            throw new UploadRejected(name, "tip.file.tooManyPixelsTogether", maxPixelsPerTip / 1_000_000);
        }
        return slots.run(() -> {
            try {
                return images.hashDihedral(content, name);
            } catch (ImageTooLargeException e) {
                throw new UploadRejected(name, "tip.file.tooManyPixels");
            } catch (BadImageException e) {
                throw new UploadRejected(name, "tip.file.damaged");
            }
        });
    }

    private static List<String> variants(DihedralHashes hashes) {
        return Arrays.stream(Dihedral.values()).filter(d -> d != Dihedral.ORIGINAL).map(d -> hashes.hash(d).toHex()).toList();
    }

    /** The pixels the images of one form may still declare. */
    private static final class PixelAllowance {

        private long left;

        PixelAllowance(long pixels) {
            this.left = pixels;
        }

        boolean take(long pixels) {
            if (pixels > left) {
                return false;
            }
            left -= pixels;
            return true;
        }
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
