package pk.hifazat.identifiers.internal;

import java.util.Optional;

/** What a rule makes of an identifier: its value and, where the kind names one, its platform. */
public record NormalForm(String value, String platform) {

    /** The value alone, for kinds that name no platform. */
    public static Optional<NormalForm> alone(Optional<String> value) {
        return value.map(v -> new NormalForm(v, null));
    }

    public static Optional<NormalForm> on(String platform, Optional<String> value) {
        return value.map(v -> new NormalForm(v, platform));
    }
}
