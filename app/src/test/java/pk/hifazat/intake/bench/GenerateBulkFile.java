package pk.hifazat.intake.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * Writes a bulk NDJSON file of fictional industry reports for the benchmark: each names three
 * identifiers of one suspect (username, e-mail, phone) and two files (an MD5 and a SHA-256). The
 * identifiers come from pools smaller than the file, so reports share them as real ones do.
 *
 * <p>With REPORT_BYTES, each report is made about that large (up to the API's 512 KB) by describing
 * its victims at length: victims' notes of up to 19,000 characters each, under the 20,000 a text
 * field may have, of words drawn at random so that no two reports are alike.
 *
 * <pre>java -cp app/target/test-classes pk.hifazat.intake.bench.GenerateBulkFile FILE [COUNT] [RUN] [REPORT_BYTES]</pre>
 */
public final class GenerateBulkFile {

    private static final String[] PLATFORMS = {"Instagram", "Facebook", "TikTok", "Telegram", "Snapchat", "X"};
    private static final String[] TYPES = {"CHILD_SEXUAL_ABUSE_MATERIAL", "ONLINE_ENTICEMENT", "CHILD_SEX_TRAFFICKING",
            "UNSOLICITED_OBSCENE_MATERIAL_TO_CHILD"};
    private static final String[] DISTRICTS = {"Lahore", "Muzaffargarh", "Karachi South", "Peshawar", "Quetta", "Multan"};
    private static final String[] WORDS = {"seen", "online", "often", "late", "at", "night", "school", "friend", "asked",
            "for", "pictures", "threatened", "money", "phone", "gift", "cousin", "game", "chat", "video", "call"};
    private static final int NOTE = 19_000;

    private GenerateBulkFile() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long count = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        String run = args.length > 2 ? args[2] : Long.toString(System.currentTimeMillis(), 36);
        int reportBytes = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        SplittableRandom random = new SplittableRandom(run.hashCode());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long n = 0; n < count; n++) {
                out.write(report(run, n, Math.max(1, count / 5), reportBytes, random));
                out.write('\n');
            }
        }
    }

    /**
     * One fictional report as JSON: the {@code n}th of run {@code run}, its suspect drawn from a pool
     * of {@code suspects}, so that reports share identifiers as real ones do; two files of random hashes.
     */
    static String report(String run, long n, long suspects, int reportBytes, SplittableRandom random) {
        HexFormat hex = HexFormat.of();
        byte[] md5 = new byte[16];
        byte[] sha256 = new byte[32];
        int suspect = random.nextInt((int) Math.min(Integer.MAX_VALUE, suspects));
        random.nextBytes(md5);
        random.nextBytes(sha256);
        return "{\"externalReportId\":\"BENCH-" + run + "-" + n + "\",\"incidentType\":\""
                + TYPES[random.nextInt(TYPES.length)] + "\",\"incidentTime\":\"2026-10-"
                + (10 + random.nextInt(18)) + "T12:" + (10 + random.nextInt(50)) + ":00Z\","
                + "\"annotations\":[\"SEXTORTION\"],\"description\":\"Fictional benchmark report " + n + "\","
                + "\"persons\":[{\"accounts\":[{\"platform\":\"" + PLATFORMS[suspect % PLATFORMS.length]
                + "\",\"screenName\":\"@Suspect_" + suspect + "\",\"email\":\"Suspect" + suspect
                + "@Example.org\",\"phone\":\"0300 " + (1_000_000 + suspect % 9_000_000) + "\"}]}],"
                + "\"files\":[{\"md5\":\"" + hex.formatHex(md5) + "\",\"viewedByPlatform\":true,"
                + "\"publiclyAvailable\":false,\"classification\":\"A2\"},{\"sha256\":\"" + hex.formatHex(sha256)
                + "\",\"viewedByPlatform\":false}]," + victims(reportBytes, random)
                + "\"location\":{\"country\":\"PK\",\"district\":\""
                + DISTRICTS[random.nextInt(DISTRICTS.length)] + "\"}}";
    }

    /** Victims whose notes make a report about {@code bytes} long; nothing when no size was asked for. */
    private static String victims(int bytes, SplittableRandom random) {
        if (bytes <= 0) {
            return "";
        }
        StringBuilder victims = new StringBuilder(bytes + NOTE).append("\"victims\":[");
        for (int left = bytes - 900; left > 0; left -= NOTE) {
            victims.append(victims.length() > 12 ? "," : "").append("{\"age\":").append(8 + random.nextInt(10))
                    .append(",\"known\":\"");
            int end = victims.length() + Math.min(left, NOTE) - 40;
            while (victims.length() < end) {
                victims.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            victims.append("\"}");
        }
        return victims.append("],").toString();
    }
}
