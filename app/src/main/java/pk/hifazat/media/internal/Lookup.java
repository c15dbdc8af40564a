package pk.hifazat.media.internal;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hifazat.pdq.Dihedral;
import org.hifazat.pdq.DihedralHashes;
import org.hifazat.pdq.PdqHash;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.identifiers.HashAlgorithm;
import pk.hifazat.intake.OrganisationId;
import pk.hifazat.media.BankId;

/**
 * Partners' lookups: exact hashes by the entries' indexes, PDQ by the in-memory index, each only
 * in the banks shared with the partner's organisation and matching now.
 */
@Component
class Lookup {

    private final Banks banks;
    private final BankEntries entries;
    private final PdqIndex index;

    Lookup(Banks banks, BankEntries entries, PdqIndex index) {
        this.banks = banks;
        this.entries = entries;
        this.index = index;
    }

    /** The banks to search: those asked for, all of which must be shared, or every shared one. */
    @Transactional(readOnly = true)
    Set<BankId> banksFor(OrganisationId organisation, List<String> asked) {
        Set<BankId> shared = Set.copyOf(banks.sharedWith(organisation));
        if (shared.isEmpty()) {
            throw LookupProblem.notShared("No bank is shared with your organisation; ask the agency's hash-list curators.");
        }
        if (asked == null || asked.isEmpty()) {
            return shared;
        }
        List<Map<String, String>> errors = new ArrayList<>();
        List<BankId> wanted = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            try {
                wanted.add(BankId.of(asked.get(i)));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add(LookupProblem.error("banks[" + i + "]", "a bank id is a UUID"));
            }
        }
        if (!errors.isEmpty()) {
            throw LookupProblem.invalid(errors);
        }
        Optional<BankId> refused = wanted.stream().filter(b -> !shared.contains(b)).findFirst();
        if (refused.isPresent()) {
            throw LookupProblem.notShared("Bank " + refused.get() + " is not shared with your organisation.");
        }
        return Set.copyOf(wanted);
    }

    /** Checks every hash first, so that a bad request names all its faults and looks nothing up. */
    @Transactional(readOnly = true)
    LookupAnswer hashes(List<LookupRequest.Asked> asked, Set<BankId> searched) {
        if (asked == null || asked.isEmpty() || asked.size() > LookupRequest.MAX_HASHES) {
            throw LookupProblem.invalid(List.of(LookupProblem.error("hashes",
                    "give 1 to " + LookupRequest.MAX_HASHES + " hashes")));
        }
        List<Map<String, String>> errors = new ArrayList<>();
        List<HashAlgorithm> algorithms = new ArrayList<>();
        List<byte[]> values = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            LookupRequest.Asked a = asked.get(i);
            HashAlgorithm algorithm = a == null ? null : algorithm(a.algorithm());
            if (algorithm == null) {
                errors.add(LookupProblem.error("hashes[" + i + "].algorithm", "the algorithm is MD5, SHA1, SHA256 or PDQ"));
                continue;
            }
            Optional<byte[]> bytes = ParsedEntry.bytes(algorithm, a.value());
            if (bytes.isEmpty()) {
                errors.add(LookupProblem.error("hashes[" + i + "].value",
                        "a " + algorithm + " hash is " + algorithm.digits() + " hexadecimal digits"));
                continue;
            }
            algorithms.add(algorithm);
            values.add(bytes.get());
        }
        if (!errors.isEmpty()) {
            throw LookupProblem.invalid(errors);
        }
        List<LookupAnswer.Result> results = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            HashAlgorithm algorithm = algorithms.get(i);
            byte[] value = values.get(i);
            List<LookupAnswer.Hit> hits = algorithm == HashAlgorithm.PDQ
                    ? near(List.of(PdqBytes.hash(value)), searched)
                    : entries.exact(algorithm, List.of(value)).stream().map(Map.Entry::getValue)
                            .filter(e -> searched.contains(e.bank())).map(e -> LookupAnswer.Hit.of(e, 0)).toList();
            results.add(new LookupAnswer.Result(algorithm.name(), HexFormat.of().formatHex(value), null, hits));
        }
        return new LookupAnswer(results);
    }

    /** An image's eight rotations and flips, searched together; a hash under quality 50 matches nothing. */
    @Transactional(readOnly = true)
    LookupAnswer image(DihedralHashes hashes, Set<BankId> searched) {
        PdqHash plain = hashes.hash(Dihedral.ORIGINAL);
        List<LookupAnswer.Hit> hits = hashes.quality() < HashedFile.USABLE_QUALITY ? List.of()
                : near(List.of(Dihedral.values()).stream().map(hashes::hash).toList(), searched);
        return new LookupAnswer(List.of(new LookupAnswer.Result(HashAlgorithm.PDQ.name(), plain.toHex(), hashes.quality(), hits)));
    }

    private List<LookupAnswer.Hit> near(List<PdqHash> hashes, Set<BankId> searched) {
        List<PdqHit> hits = index.search(hashes, searched::contains);
        Map<Long, KnownEntry> known = entries.live(hits.stream().map(PdqHit::entry).toList());
        return hits.stream().filter(h -> known.containsKey(h.entry()))
                .map(h -> LookupAnswer.Hit.of(known.get(h.entry()), h.distance())).toList();
    }

    private static HashAlgorithm algorithm(String name) {
        if (name == null) {
            return null;
        }
        return switch (name.strip().toUpperCase(Locale.ROOT).replace("-", "")) {
            case "MD5" -> HashAlgorithm.MD5;
            case "SHA1" -> HashAlgorithm.SHA1;
            case "SHA256" -> HashAlgorithm.SHA256;
            case "PDQ" -> HashAlgorithm.PDQ;
            default -> null;
        };
    }
}
