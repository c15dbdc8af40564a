package pk.hifazat.intake;

import java.util.List;

/** A person's account on one platform, with every identifier the platform gave. */
public record Account(String platform, String userId, String screenName, String displayName, String profileUrl,
                      String email, String phone, List<IpCapture> ipCaptures, List<String> deviceIds,
                      Boolean disabled) {

    public Account {
        ipCaptures = ipCaptures == null ? List.of() : List.copyOf(ipCaptures);
        deviceIds = deviceIds == null ? List.of() : List.copyOf(deviceIds);
    }
}
