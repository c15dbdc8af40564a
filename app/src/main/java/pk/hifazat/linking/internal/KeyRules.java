package pk.hifazat.linking.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import pk.hifazat.identifiers.FileHash;
import pk.hifazat.identifiers.HashAlgorithm;
import pk.hifazat.identifiers.Identifier;
import pk.hifazat.identifiers.IdentifierKind;
import pk.hifazat.identifiers.IdentifierNormaliser;
import pk.hifazat.intake.IncomingReport;
import pk.hifazat.intake.IpCapture;
import pk.hifazat.intake.MediaFile;
import pk.hifazat.intake.Person;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.ReportedFile;
import pk.hifazat.intake.ReportedIdentifier;

/**
 * Which keys a report names and how strongly each links. Strong: a phone number, e-mail address,
 * profile address, device id, wallet, payment account, an account (username or user id) on a named
 * platform, and every file hash. Weak: an IP address (strangers share one behind carrier NAT or on
 * public Wi-Fi), a username or user id without a platform, and the handle (a username folded to
 * lower case, without its platform) that joins the same name on two platforms.
 */
@Component
class KeyRules {

    private final IdentifierNormaliser normaliser;

    KeyRules(IdentifierNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    /** The report's keys, each once, in the order the report names them. */
    List<LinkKey> keysOf(IncomingReport report) {
        Map<String, List<Instant>> ipTimes = ipTimes(report);
        Map<UUID, LinkKey> keys = new LinkedHashMap<>();
        for (ReportedIdentifier named : report.identifiers()) {
            Identifier identifier = named.identifier();
            IdentifierKind kind = identifier.kind();
            String handle = kind == IdentifierKind.USERNAME ? fold(identifier.value()) : null;
            List<Instant> times = kind == IdentifierKind.IP ? ipTimes.getOrDefault(identifier.value(), List.of()) : List.of();
            add(keys, new LinkKey(kind.name(), identifier.value(), identifier.platform(), handle,
                    strong(identifier), times));
            if (handle != null) {
                add(keys, new LinkKey(LinkKey.HANDLE, handle, null, null, false, List.of()));
            }
        }
        for (ReportedFile file : report.files()) {
            for (FileHash hash : file.hashes()) {
                add(keys, new LinkKey(hash.algorithm().name(), hash.hex(), null, null, true, List.of()));
            }
        }
        return List.copyOf(keys.values());
    }

    /**
     * The key an analyst asks for by kind (an identifier kind, a hash algorithm or {@code HANDLE}) and
     * the value as written, brought to its normal form as reports' keys are.
     *
     * @throws InvalidDecisionException naming the field that is not one of its kind
     */
    LinkKey asked(String kind, String written, String platform) {
        String value = written == null ? "" : written.strip();
        if (LinkKey.HANDLE.equals(kind)) {
            return normaliser.normalise(IdentifierKind.USERNAME, value, null)
                    .map(name -> new LinkKey(LinkKey.HANDLE, fold(name.value()), null, null, false, List.of()))
                    .orElseThrow(() -> notOne("value", "linking.find.value.invalid"));
        }
        if (SERIES.equals(kind)) {
            if (value.isEmpty()) {
                throw notOne("value", "linking.find.value.invalid");
            }
            return series(value);
        }
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            if (algorithm.name().equals(kind)) {
                return FileHash.of(algorithm, value)
                        .map(hash -> new LinkKey(kind, hash.hex(), null, null, true, List.of()))
                        .orElseThrow(() -> notOne("value", "linking.find.value.invalid"));
            }
        }
        IdentifierKind identifierKind = Arrays.stream(IdentifierKind.values()).filter(k -> k.name().equals(kind))
                .findFirst().orElseThrow(() -> notOne("kind", "linking.find.kind.invalid"));
        return normaliser.normalise(identifierKind, value, platform)
                .map(id -> new LinkKey(kind, id.value(), id.platform(), null, strong(id), List.of()))
                .orElseThrow(() -> notOne("value", "linking.find.value.invalid"));
    }

    /** Every kind of key, as {@link #asked} takes it. */
    static List<String> kinds() {
        return Stream.concat(Stream.concat(Arrays.stream(IdentifierKind.values()).map(Enum::name),
                Arrays.stream(HashAlgorithm.values()).map(Enum::name)), Stream.of(LinkKey.HANDLE, SERIES)).toList();
    }

    private static InvalidDecisionException notOne(String field, String key) {
        return new InvalidDecisionException(field, key, "The " + field + " is not one of its kind");
    }

    /** The same identifiers and files make the same fingerprint, in whatever order; null when it names none. */
    static UUID fingerprint(List<LinkKey> keys) {
        List<String> digests = keys.stream().filter(k -> !k.isHandle()).map(k -> k.digest().toString()).sorted().toList();
        return digests.isEmpty() ? null : UUID.nameUUIDFromBytes(String.join(",", digests).getBytes(StandardCharsets.UTF_8));
    }

    /** What the incident says, apart from the organisation's own id for the report. */
    static UUID content(IncomingReport report) {
        ReportContent c = report.content();
        String said = Stream.of(c.incidentType(), c.incidentTime(), c.incidentTimeDescription(), c.escalation(),
                        c.media(), c.annotations(), c.description(), c.persons(), c.intendedRecipients(), c.victims(),
                        c.files(), c.location())
                .map(String::valueOf).reduce("", (a, b) -> a + '\u001f' + b);
        return UUID.nameUUIDFromBytes(said.getBytes(StandardCharsets.UTF_8));
    }

    static String fold(String handle) {
        return handle.toLowerCase(Locale.ROOT);
    }

    private static boolean strong(Identifier identifier) {
        return switch (identifier.kind()) {
            case IP -> false;
            case USERNAME, USER_ID -> identifier.platform() != null;
            case PHONE, EMAIL, PROFILE_URL, DEVICE_ID, WALLET, PAYMENT_ACCOUNT -> true;
        };
    }

    /** A kind of key that only known-material matching gives: two reports' images look alike. */
    static final String LOOK_ALIKE = "LOOK_ALIKE";
    /** A kind of key that only known-material matching gives: files of one known series. */
    static final String SERIES = "SERIES";

    /**
     * The key that joins every report whose file looks like this one (strong: the same picture of a
     * child in two reports), named after the file that was kept first.
     */
    static LinkKey lookAlike(ReportId report, int file) {
        return new LinkKey(LOOK_ALIKE, report.value() + "/" + file, null, null, true, List.of());
    }

    /**
     * The key that joins reports whose files match entries of one known series (strong, as an equal
     * file hash is; a series spread so widely that it would join strangers is what the noise
     * candidates and the automatic-merge ceiling are for). Series are compared without case.
     */
    static LinkKey series(String series) {
        return new LinkKey(SERIES, series.strip().toLowerCase(Locale.ROOT), null, null, true, List.of());
    }

    private static void add(Map<UUID, LinkKey> keys, LinkKey key) {
        keys.merge(key.digest(), key, (a, b) -> a.times().isEmpty() ? b : a);
    }

    /** When each IP address was seen, by its normal form, from the report and what was added to it. */
    private Map<String, List<Instant>> ipTimes(IncomingReport report) {
        Map<String, List<Instant>> times = new LinkedHashMap<>();
        Stream.concat(Stream.of(report.content()), report.additions().stream().map(IncomingReport.Addition::content))
                .flatMap(KeyRules::captures)
                .filter(capture -> capture.ip() != null && capture.at() != null)
                .forEach(capture -> normaliser.normalise(IdentifierKind.IP, capture.ip(), null).ifPresent(ip ->
                        times.computeIfAbsent(ip.value(), v -> new ArrayList<>()).add(capture.at())));
        times.values().forEach(list -> list.sort(null));
        return times;
    }

    private static Stream<IpCapture> captures(ReportContent content) {
        Stream<IpCapture> ofAccounts = Stream.concat(content.persons().stream(), content.intendedRecipients().stream())
                .map(Person::accounts).flatMap(List::stream).flatMap(account -> account.ipCaptures().stream());
        Stream<IpCapture> ofFiles = content.files().stream().map(MediaFile::uploadedFrom).filter(Objects::nonNull);
        return Stream.concat(ofAccounts, ofFiles);
    }
}
