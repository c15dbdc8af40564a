package pk.hifazat.media.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Hashes to look up: at most {@value #MAX_HASHES}, each an algorithm (MD5, SHA1, SHA256, PDQ) and its
 * hexadecimal value; optionally only some of the banks shared with the organisation.
 */
@Schema(description = "Hashes to look up, at most 100")
record LookupRequest(List<Asked> hashes,
                     @Schema(description = "Bank ids to search; all banks shared with the organisation when left out")
                     List<String> banks) {

    static final int MAX_HASHES = 100;

    @Schema(description = "A hash: its algorithm and hexadecimal value")
    record Asked(@Schema(example = "PDQ", allowableValues = {"MD5", "SHA1", "SHA256", "PDQ"}) String algorithm,
                 @Schema(example = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22") String value) {
    }
}
