package pk.hifazat.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import pk.hifazat.identifiers.HashAlgorithm;

/**
 * Project VIC's VICS JSON, streamed: the OData {@code value} array is read one element at a time,
 * and only one Media record is in memory at once. An element is a Media record, or a case whose
 * {@code Media} array holds them (a case export). {@code TotalMediaFiles} and {@code odata.count}
 * are not read: exporters disagree on them, so the records are counted instead. A record is
 * numbered by the line its object starts on. Category 0 (not pertinent) is read and not imported.
 */
final class VicsJson implements ImportFormat.Reader {

    private static final int MAX_TEXT = 200;
    /** Reads one value of a stream at a time, so what follows a value is not an error here. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    @Override
    public void read(InputStream in, ImportFormat.Lines lines) throws IOException {
        try (JsonParser parser = MAPPER.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                lines.error(1, "a VICS file is a JSON object with a \"value\" array");
                return;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                if ("value".equals(name) && token == JsonToken.START_ARRAY) {
                    readValues(parser, lines);
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            lines.error(line, "the JSON cannot be read from here on: " + e.getOriginalMessage());
        }
    }

    private static void readValues(JsonParser parser, ImportFormat.Lines lines) {
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            long line = parser.currentTokenLocation().getLineNr();
            JsonNode record = readElement(parser, lines);
            if (record != null) {
                media(line, record, lines);
            }
        }
    }

    /**
     * Reads one element of {@code value}, streaming the records of a case's {@code Media} array as it
     * goes; the element itself as a tree when it is a Media record, else null.
     */
    private static JsonNode readElement(JsonParser parser, ImportFormat.Lines lines) {
        var element = MAPPER.createObjectNode();
        boolean isCase = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            if ("Media".equals(name) && token == JsonToken.START_ARRAY) {
                isCase = true;
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    long line = parser.currentTokenLocation().getLineNr();
                    media(line, MAPPER.readTree(parser), lines);
                }
            } else {
                element.set(name, MAPPER.readTree(parser));
            }
        }
        return isCase ? null : element;
    }

    private static void media(long line, JsonNode record, ImportFormat.Lines lines) {
        String category = text(record, "Category");
        if ("0".equals(category)) {
            lines.ignored(line);
            return;
        }
        byte[] md5 = null;
        byte[] sha1 = null;
        byte[] pdq = null;
        try {
            md5 = hash(record, "MD5", HashAlgorithm.MD5);
            sha1 = hash(record, "SHA1", HashAlgorithm.SHA1);
            for (JsonNode alternative : record.path("AlternativeHashes").values()) {
                if ("PDQ".equals(text(alternative, "HashName").toUpperCase(Locale.ROOT))) {
                    pdq = ParsedEntry.bytes(HashAlgorithm.PDQ, text(alternative, "HashValue"))
                            .orElseThrow(() -> new IllegalArgumentException("a PDQ HashValue is 64 hexadecimal digits"));
                }
            }
        } catch (IllegalArgumentException e) {
            lines.error(line, e.getMessage());
            return;
        }
        ParsedEntry entry = new ParsedEntry(md5, sha1, null, pdq, null, ParsedEntry.text(category, MAX_TEXT),
                ParsedEntry.text(text(record, "Series"), MAX_TEXT), record.path("VictimIdentified").asBoolean(false));
        if (!entry.hasAnyHash()) {
            lines.error(line, "a Media record needs an MD5, a SHA1 or a PDQ alternative hash");
            return;
        }
        lines.entry(line, entry);
    }

    private static byte[] hash(JsonNode record, String field, HashAlgorithm algorithm) {
        String written = text(record, field);
        if (written.isBlank()) {
            return null;
        }
        Optional<byte[]> bytes = ParsedEntry.bytes(algorithm, written);
        return bytes.orElseThrow(() -> new IllegalArgumentException(
                "the " + field + " is " + algorithm.digits() + " hexadecimal digits"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asString("");
    }
}
