package pk.hifazat.media.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The lookup API's answer: for each hash asked (or the uploaded image), the entries it matched. */
@Schema(description = "For each hash asked, in order, the entries of the banks shared with the organisation that it matched")
record LookupAnswer(List<Result> results) {

    @Schema(description = "One hash asked and what it matched")
    record Result(@Schema(example = "PDQ") String algorithm, String value,
                  @Schema(description = "The image's PDQ quality, for an uploaded image") Integer quality,
                  List<Hit> matches) {
    }

    @Schema(description = "A bank entry the hash matched")
    record Hit(String bank, String bankName, long entry, @Schema(description = "0 for an exact hash; the PDQ Hamming distance") int distance,
               String category, String series, boolean victimIdentified, String severity) {

        static Hit of(KnownEntry e, int distance) {
            return new Hit(e.bank().toString(), e.bankName(), e.id(), distance, e.category(), e.series(), e.victimIdentified(),
                    e.severity().name());
        }
    }
}
